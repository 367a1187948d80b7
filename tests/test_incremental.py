"""Incremental refreshes on the real shipped data, as the Dagster daemon makes them: the raw-files
sensor sees one changed, added or deleted report (or DTI year) and requests its staging; the
automation conditions then request the warehouse build, in one run. Every run is executed for real
(tests/deployment.py), and each test asserts which partitions were materialized and what the
published warehouse holds. The last tests are `dxw run` (in process, pipelines/refresh.py)."""

import shutil

import dagster as dg
import polars as pl
import pytest

from pipelines.refresh import RefreshResult, refresh
from pipelines.sensors import REQUEST_TAG
from storage.staged_store import TableSet
from tests.conftest import AS_OF, drop_a_ranked_unit
from tests.deployment import Deployment, described, materialized

REPORT = "000_cee3a482afddff29"  # Thái Bình's notice
OTHER = "003_d79a531ec0816f30"
PARTITIONED = {
    "staged_dti_official_pages",
    "staged_dti_published_facts",
    "report_documents",
    "staged_report_facts",
    "staged_submissions",
}
REFERENCE = {"staged_provinces", "staged_province_aliases", "staged_indicators", "staged_publishers"}
BUILD = "__ASSET_JOB"  # the automation sensor's runs: the implicit asset job with the build's assets


def report_facts(deployment: Deployment) -> dict[str, list]:
    rows = deployment.query(
        "select document_id, indicator_code, value, quote from fact_indicator_value "
        "where document_id is not null order by all"
    )
    out: dict[str, list] = {}
    for document, *fact in rows:
        out.setdefault(document, []).append(tuple(fact))
    return out


def published_by(deployment: Deployment) -> str:
    """The run id recorded by the last publish."""
    event = deployment.instance.get_latest_materialization_event(dg.AssetKey("publish_warehouse"))
    return event.run_id


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    with dg.instance_for_test() as instance:
        deployment = Deployment(tmp_path_factory.mktemp("incremental"), instance)
        # First look: the reference data alone, then every partition (a partitioning per run), then the build.
        first = deployment.stage()
        assert described(first) == [("stage_reference", None)]
        assert deployment.automate() == set()  # nothing is built from the reference alone
        second = deployment.stage()
        assert described(second) == [
            ("stage_dti_years", f"2020...{AS_OF[:4]}"),
            ("stage_reports", f"{REPORT}...004_991e2ef2d8c11d81"),
        ]
        assert all(run.success for run in first + second)
        requested = deployment.automate()
        assert requested == deployment.build_keys  # the whole build, on one tick: one run
        build = deployment.build(requested)
        assert build.success and ("publish_warehouse", None) in materialized([build])
        assert ("staged_report_facts", REPORT) in materialized(second)
        assert deployment.sync() == []  # settled: nothing more is requested
        yield deployment


def test_nothing_changed_nothing_runs(deployment):
    result = deployment.tick()
    assert result.run_requests == [] and "nothing changed" in str(result.skip_reason)
    assert deployment.automate() == set()


def test_a_changed_and_an_added_report_are_staged_alone_then_built_once(deployment):
    before = report_facts(deployment)
    path = deployment.raw / "reports" / f"{REPORT}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Tỷ lệ", "Tỉ lệ", 1) + "\n", encoding="utf-8")
    (deployment.raw / "reports" / "nghe_an_2026_bao_cao.md").write_text(
        "UBND tỉnh Nghệ An\nNgày 15/01/2026\n\nTỷ lệ hồ sơ xử lý trực tuyến toàn trình năm 2025 đạt 81,5%.\n",
        encoding="utf-8",
    )
    runs = deployment.sync()

    assert described(runs) == [
        ("stage_reports", REPORT),
        ("stage_reports", "nghe_an_2026_bao_cao"),
        (BUILD, None),
    ]
    assets = materialized(runs)
    assert {(key, part) for key, part in assets if key in PARTITIONED} == {
        ("report_documents", REPORT),
        ("staged_report_facts", REPORT),
        ("report_documents", "nghe_an_2026_bao_cao"),
        ("staged_report_facts", "nghe_an_2026_bao_cao"),
    }
    assert not {key for key, _ in assets} & REFERENCE
    assert {key for key, _ in materialized(runs[-1:])} == {k.to_user_string() for k in deployment.build_keys}
    assert "nghe_an_2026_bao_cao" in deployment.instance.get_dynamic_partitions("report")
    after = report_facts(deployment)
    assert after.keys() == before.keys() | {"nghe_an_2026_bao_cao"}
    assert all(after[d] == before[d] for d in before if d != REPORT)
    assert after["nghe_an_2026_bao_cao"] == [
        ("full_online_dossier_rate_pct", 81.5, "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình năm 2025 đạt 81,5%.")
    ]
    assert deployment.query("select bool_and(balanced) from load_audit") == [(True,)]
    # Each staged partition records its provenance.
    event = next(
        e for e in runs[0].get_asset_materialization_events() if e.asset_key.to_user_string() == "staged_report_facts"
    )
    metadata = event.materialization.metadata
    assert event.partition == REPORT and metadata["run_id"].value == runs[0].run_id
    assert len(metadata["git_commit"].value) in (40, 7) or metadata["git_commit"].value == "unknown"
    assert list(metadata["raw_file_sha256"].data) == [f"reports/{REPORT}.txt"]
    assert metadata["facts"].value > 0


def test_a_deleted_report_loses_its_partition_and_its_facts(deployment):
    kept = report_facts(deployment)
    assert OTHER in kept
    (deployment.raw / "reports" / f"{OTHER}.txt").unlink()
    (deployment.raw / "reports" / f"{OTHER}.txt.source.yml").unlink()
    runs = deployment.sync()
    # Nothing to stage: the sensor records the new set of partitions (staged_sources alone), and the
    # build follows by automation from warehouse_build (staged_sources already ran).
    assert described(runs) == [("build_warehouse", None), (BUILD, None)]
    assert {key for key, _ in materialized(runs[:1])} == {"staged_sources"}
    assert {dg.AssetKey(key) for key, _ in materialized(runs[1:])} == deployment.build_keys - {
        dg.AssetKey("staged_sources")
    }
    assert OTHER not in deployment.instance.get_dynamic_partitions("report")
    after = report_facts(deployment)
    assert OTHER not in after and all(after[d] == kept[d] for d in after)
    assert deployment.query(f"select count(*) from dim_document where document_id = '{OTHER}'") == [(0,)]
    assert deployment.query(f"select count(*) from load_audit where source_file = 'reports/{OTHER}.txt'") == [(0,)]


def test_a_changed_dti_row_restages_only_its_year(deployment):
    table = deployment.raw / "dti" / "dti_facts_2020_2024.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("2023,") and line.rstrip("\n").endswith(","))
    lines[at] = lines[at].rstrip("\n") + "checked against the print edition\n"  # its empty note column
    table.write_text("".join(lines), encoding="utf-8")
    runs = deployment.sync()
    assert described(runs) == [("stage_dti_years", "2023"), (BUILD, None)]
    assert {(k, p) for k, p in materialized(runs) if k in PARTITIONED} == {
        ("staged_dti_official_pages", "2023"),
        ("staged_dti_published_facts", "2023"),
    }
    assert deployment.query(
        f"select year from fact_indicator_value where source_line = {at + 1} "
        "and note = 'checked against the print edition'"
    ) == [(2023,)]


def test_a_failed_restage_is_retried_and_nothing_is_built_before_it_succeeds(deployment):
    """Before: the sensor's cursor moved when the runs were requested, so a failed restage was never
    retried and the next unrelated build published the partition's stale staged output."""
    store = deployment.warehouse.parent / ".staged"
    before = published_by(deployment)
    report = deployment.raw / "reports" / f"{REPORT}.txt"
    report.write_text(
        report.read_text(encoding="utf-8") + "\nTỷ lệ hồ sơ xử lý trực tuyến toàn trình năm 2025 đạt 77,7%.\n",
        encoding="utf-8",
    )
    table = deployment.raw / "dti" / "dti_facts_2020_2024.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("2021,") and line.rstrip("\n").endswith(","))
    lines[at] = lines[at].rstrip("\n") + "second check\n"
    table.write_text("".join(lines), encoding="utf-8")
    # A real failure: the staged provinces that reports (not DTI tables) are read with are gone from the store.
    shutil.move(store / "staged_provinces", store.parent / "staged_provinces.aside")
    try:
        first = deployment.stage()
    finally:
        shutil.move(store.parent / "staged_provinces.aside", store / "staged_provinces")
    assert [(job, part, run.success) for (job, part), run in zip(described(first), first)] == [
        ("stage_dti_years", "2021", True),
        ("stage_reports", REPORT, False),
    ]
    # The DTI year was restaged, but the report's restage failed: no build, so the report's old staged
    # output is not published with the new DTI year.
    assert deployment.automate() == set()
    retried = deployment.stage()  # the failed report only, in a new run
    assert described(retried) == [("stage_reports", REPORT)] and retried[0].success
    assert retried[0].dagster_run.tags[REQUEST_TAG] != first[1].dagster_run.tags[REQUEST_TAG]  # a new request
    build = deployment.sync()
    assert described(build) == [(BUILD, None)] and build[0].success
    assert published_by(deployment) != before
    assert ("full_online_dossier_rate_pct", 77.7) in {fact[:2] for fact in report_facts(deployment)[REPORT]}
    assert deployment.query(f"select note from fact_indicator_value where year = 2021 and source_line = {at + 1}") == [
        ("second check",)
    ]


def test_a_failed_blocking_check_never_publishes(deployment):
    """The automation run executes the checks of its assets; a failed blocking (ERROR) check stops
    publish_warehouse in that run, and no later tick picks up the rest of the build."""
    published = deployment.warehouse.read_bytes()
    count_2022 = "select count(*) from fact_indicator_value where year = 2022"
    facts_2022 = deployment.query(count_2022)
    saved = drop_a_ranked_unit(deployment.raw)
    runs = deployment.sync()
    # The deleted line moves the lines (provenance) of every later row of the table, of every year from
    # 2020 to 2024: those years are restaged, consecutive ones in one run over their range.
    assert described(runs) == [("stage_dti_years", "2020...2024"), (BUILD, None)]
    build = runs[-1]
    failed = [e for e in build.get_asset_check_evaluations() if not e.passed and e.severity.value == "ERROR"]
    assert "expected_coverage" in {e.check_name for e in failed}
    done = {key for key, _ in materialized([build])}
    assert "fact_indicator_value" in done and "publish_warehouse" not in done and "mart_dti_ranking" not in done
    assert deployment.warehouse.read_bytes() == published
    assert deployment.automate() == set()  # fact_indicator_value was updated, but nothing follows it
    assert deployment.tick().run_requests == []
    # Fixed at the source: restaged and published.
    for path, content in saved.items():
        path.write_bytes(content)
    fixed = deployment.sync()
    assert described(fixed) == [("stage_dti_years", "2020...2024"), (BUILD, None)]
    assert "publish_warehouse" in {key for key, _ in materialized(fixed)}
    assert deployment.query(count_2022) == facts_2022


def test_a_reference_change_stages_the_reference_first_then_every_partition(deployment):
    aliases = deployment.raw / "reference" / "province_aliases.csv"
    aliases.write_text(aliases.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    first = deployment.stage()
    assert described(first) == [("stage_reference", None)]
    assert deployment.automate() == set()
    second = deployment.stage()
    assert described(second) == [
        ("stage_dti_years", f"2020...{AS_OF[:4]}"),
        ("stage_reports", f"{REPORT}...nghe_an_2026_bao_cao"),
    ]
    assert deployment.sync() and deployment.sync() == []


def test_files_no_asset_reads_are_ignored(deployment):
    (deployment.raw / "submissions" / "README.md").write_text("notes\n", encoding="utf-8")
    (deployment.raw / "submissions" / "_template.csv").unlink()
    assert deployment.tick().run_requests == []


def test_dxw_run_prunes_deleted_partitions_from_the_staged_store(tmp_path):
    deployment = Deployment(tmp_path, dg.DagsterInstance.ephemeral())
    first: RefreshResult = refresh(deployment.defs, deployment.instance)
    assert first.success
    store = deployment.warehouse.parent / ".staged" / "staged_report_facts"
    assert (store / OTHER / "facts.parquet").exists()
    (deployment.raw / "reports" / f"{OTHER}.txt").unlink()
    second = refresh(deployment.defs, deployment.instance)
    assert second.success and f"delete report {OTHER}" in second.plan.describe()
    assert not (store / OTHER).exists() and (store / REPORT / "facts.parquet").exists()
    assert OTHER not in report_facts(deployment)


def test_a_partition_never_staged_is_reported_not_hidden(tmp_path):
    deployment = Deployment(tmp_path, dg.DagsterInstance.ephemeral())
    assert refresh(deployment.defs, deployment.instance).success
    deployment.instance.add_dynamic_partitions("report", ["added_but_never_staged"])
    build = deployment.defs.resolve_job_def("build_warehouse").execute_in_process(instance=deployment.instance)
    check = next(e for e in build.get_asset_check_evaluations() if e.check_name == "every_partition_staged")
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN
    assert check.metadata["missing"].data == {"staged_report_facts": ["added_but_never_staged"]}
    staged = next(
        e for e in build.get_asset_materialization_events() if e.asset_key.to_user_string() == "staged_sources"
    )
    by_run = staged.materialization.metadata["staged by run"].data
    assert set(by_run["staged_report_facts"]) == {
        REPORT,
        OTHER,
        "001_a86cd0dc36e5e64f",
        "002_210b0f43e3af7201",
        "004_991e2ef2d8c11d81",
    }
    assert len(set(by_run["staged_report_facts"].values())) == 1  # one run staged them all


def test_dti_rows_without_an_edition_year_are_quarantined_once(tmp_path):
    deployment = Deployment(tmp_path, dg.DagsterInstance.ephemeral())
    url = "https://dti.gov.vn/xep-hang-2022"
    (deployment.raw / "dti" / "extra.csv").write_text(
        "year,province_as_written,measure,value,grouping,source_url,quote,note\n"
        f"2019,Thái Bình,overall_rank,40,63,{url},quote,\n"
        f"20x2,Thái Bình,overall_rank,40,63,{url},quote,\n"
        f"2021,Thái Bình,overall_rank,45,63,{url},quote,too,many,fields\n"
        f"2021,Thái Bình,overall_rank,45,63,{url},45 Thái Bình,\n",
        encoding="utf-8",
    )
    result = refresh(deployment.defs, deployment.instance)
    assert result.success
    rules = deployment.query("select source_line, rule from quarantine where source_file = 'dti/extra.csv' order by 1")
    assert rules == [(2, "year_outside_dti"), (3, "bad_year"), (4, "ragged_row")]
    assert deployment.query(
        "select rows_read, rows_loaded, rows_quarantined, balanced from load_audit where source_file = 'dti/extra.csv'"
    ) == [(4, 1, 3, True)]
    store = deployment.warehouse.parent / ".staged" / "staged_dti_published_facts"
    staged = {year: TableSet.read(store / year) for year in ("2021", AS_OF[:4])}
    extra = {
        year: sorted(batch.quarantine().filter(pl.col("source_file") == "dti/extra.csv")["source_line"].to_list())
        for year, batch in staged.items()
    }
    assert extra == {"2021": [], AS_OF[:4]: [2, 3, 4]}  # the last (as-of) year's partition holds them
    assert staged["2021"].facts().filter(pl.col("source_file") == "dti/extra.csv")["source_line"].to_list() == [5]
