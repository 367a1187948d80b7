"""Incremental refreshes on the real shipped data: the raw-files sensor sees one changed,
added or deleted report (or DTI year), and the runs it requests, followed step by step by the
refresh_chain sensor exactly as the daemon would, materialize that partition and the warehouse
downstream, and nothing else."""

import shutil

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipelines.definitions import build_definitions
from pipelines.refresh import NEXT_TAG, RefreshResult, refresh, steps_from_json
from pipelines.resources import RawFiles, Warehouse
from pipelines.sensors import PLAN_ID_TAG, raw_files_sensor, refresh_chain
from storage.staged_store import TableSet
from tests.conftest import AS_OF, RAW

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


class Deployment:
    """A raw folder, a warehouse, one Dagster instance, and the sensors' cursor: what the daemon keeps."""

    def __init__(self, root):
        self.raw = root / "raw"
        shutil.copytree(RAW, self.raw)
        self.warehouse = root / "dx.duckdb"
        self.defs = build_definitions(
            resources={
                "raw": RawFiles(root=str(self.raw)),
                "warehouse": Warehouse(path=str(self.warehouse), as_of=AS_OF),
            }
        )
        self.instance = dg.DagsterInstance.ephemeral()
        self.cursor = None

    def tick(self):
        """One evaluation of raw_files_sensor; its partition requests applied as the daemon does."""
        context = dg.build_sensor_context(
            cursor=self.cursor,
            instance=self.instance,
            definitions=self.defs,
            resources={"raw": RawFiles(root=str(self.raw))},
        )
        result = raw_files_sensor(context)
        if isinstance(result, dg.SkipReason):
            return result
        for request in result.dynamic_partitions_requests:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(request.partitions_def_name, request.partition_keys)
            else:
                for key in request.partition_keys:
                    self.instance.delete_dynamic_partition(request.partitions_def_name, key)
        self.cursor = result.cursor
        if not result.run_requests:
            return dg.SkipReason(str(result.skip_reason or "nothing to run"))
        return result

    def follow(self, request: dg.RunRequest) -> list[dg.ExecuteInProcessResult]:
        """Run `request`, then each next step that refresh_chain requests when a run succeeds."""
        runs = []
        while request is not None:
            run = self.defs.resolve_job_def(request.job_name).execute_in_process(
                instance=self.instance, partition_key=request.partition_key, tags=request.tags
            )
            runs.append(run)
            success = next(e for e in run.all_events if e.event_type == dg.DagsterEventType.RUN_SUCCESS)
            context = dg.build_run_status_sensor_context(
                sensor_name="refresh_chain",
                dagster_event=success,
                dagster_instance=self.instance,
                dagster_run=run.dagster_run,
            )
            following = refresh_chain(context)
            request = None if isinstance(following, dg.SkipReason) else following
        return runs

    def sync(self) -> list[dg.ExecuteInProcessResult]:
        result = self.tick()
        assert not isinstance(result, dg.SkipReason), result
        assert len(result.run_requests) == 1
        return self.follow(result.run_requests[0])

    def query(self, sql: str):
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.execute(sql).fetchall()


def materialized(runs) -> set[tuple[str, str | None]]:
    return {(e.asset_key.to_user_string(), e.partition) for run in runs for e in run.get_asset_materialization_events()}


def report_facts(deployment: Deployment) -> dict[str, list]:
    rows = deployment.query(
        "select document_id, indicator_code, value, quote from fact_indicator_value "
        "where document_id is not null order by all"
    )
    out: dict[str, list] = {}
    for document, *fact in rows:
        out.setdefault(document, []).append(tuple(fact))
    return out


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    deployment = Deployment(tmp_path_factory.mktemp("incremental"))
    runs = deployment.sync()  # first look: a full refresh
    assert [r.dagster_run.job_name for r in runs] == [
        "stage_reference",
        "stage_dti_years",
        "stage_reports",
        "build_warehouse",
    ]
    assert ("staged_report_facts", REPORT) in materialized(runs)
    assert ("staged_dti_published_facts", "2022") in materialized(runs)
    return deployment


def test_nothing_changed_nothing_runs(deployment):
    assert isinstance(deployment.tick(), dg.SkipReason)


def test_one_changed_report_touches_only_its_partition(deployment):
    before = report_facts(deployment)
    path = deployment.raw / "reports" / f"{REPORT}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Tỷ lệ", "Tỉ lệ", 1) + "\n", encoding="utf-8")
    result = deployment.tick()
    assert f"changed: report/{REPORT}" in result.run_requests[0].tags["dxw/plan"]
    runs = deployment.follow(result.run_requests[0])

    assert [(r.dagster_run.job_name, r.dagster_run.tags.get("dagster/partition")) for r in runs] == [
        ("stage_reports", REPORT),
        ("build_warehouse", None),
    ]
    assets = materialized(runs)
    assert {(key, part) for key, part in assets if key in PARTITIONED} == {
        ("report_documents", REPORT),
        ("staged_report_facts", REPORT),
    }
    assert not {key for key, _ in assets} & REFERENCE
    assert {"staged_sources", "fact_indicator_value", "mart_dti_trend", "publish_warehouse"} <= {
        key for key, _ in assets
    }
    after = report_facts(deployment)
    assert after.keys() == before.keys() and all(after[d] == before[d] for d in before if d != REPORT)
    accounted = deployment.query("select bool_and(balanced) from load_audit")
    assert accounted == [(True,)]


def test_an_added_report_is_a_new_partition(deployment):
    (deployment.raw / "reports" / "nghe_an_2026_bao_cao.md").write_text(
        "UBND tỉnh Nghệ An\nNgày 15/01/2026\n\nTỷ lệ hồ sơ xử lý trực tuyến toàn trình năm 2025 đạt 81,5%.\n",
        encoding="utf-8",
    )
    runs = deployment.sync()
    assert {(k, p) for k, p in materialized(runs) if k in PARTITIONED} == {
        ("report_documents", "nghe_an_2026_bao_cao"),
        ("staged_report_facts", "nghe_an_2026_bao_cao"),
    }
    assert "nghe_an_2026_bao_cao" in deployment.instance.get_dynamic_partitions("report")
    assert report_facts(deployment)["nghe_an_2026_bao_cao"] == [
        ("full_online_dossier_rate_pct", 81.5, "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình năm 2025 đạt 81,5%.")
    ]


def test_a_deleted_report_loses_its_partition_and_its_facts(deployment):
    kept = report_facts(deployment)
    assert OTHER in kept
    (deployment.raw / "reports" / f"{OTHER}.txt").unlink()
    (deployment.raw / "reports" / f"{OTHER}.txt.source.yml").unlink()
    runs = deployment.sync()
    assert [r.dagster_run.job_name for r in runs] == ["build_warehouse"]  # nothing to stage
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
    assert {(k, p) for k, p in materialized(runs) if k in PARTITIONED} == {
        ("staged_dti_official_pages", "2023"),
        ("staged_dti_published_facts", "2023"),
    }
    assert deployment.query(
        f"select year from fact_indicator_value where source_line = {at + 1} "
        "and note = 'checked against the print edition'"
    ) == [(2023,)]


def test_a_reference_change_restages_everything(deployment):
    aliases = deployment.raw / "reference" / "province_aliases.csv"
    aliases.write_text(aliases.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = deployment.tick()
    first = result.run_requests[0]
    assert first.job_name == "stage_reference" and "full refresh: the reference data changed" in first.tags["dxw/plan"]
    assert [s.job for s in steps_from_json(first.tags[NEXT_TAG])] == [
        "stage_dti_years",
        "stage_reports",
        "build_warehouse",
    ]
    assert isinstance(deployment.tick(), dg.SkipReason)  # one refresh at a time: it waits for this one
    # Settle it without running it (the daemon's runs would): its build "succeeded".
    deployment.instance.create_run_for_job(
        deployment.defs.resolve_job_def("build_warehouse"),
        status=dg.DagsterRunStatus.SUCCESS,
        tags={PLAN_ID_TAG: first.tags[PLAN_ID_TAG]},
    )


def test_files_no_asset_reads_are_ignored(deployment):
    assert isinstance(deployment.tick(), dg.SkipReason)  # the reference change above has published
    (deployment.raw / "submissions" / "README.md").write_text("notes\n", encoding="utf-8")
    (deployment.raw / "submissions" / "_template.csv").unlink()
    assert isinstance(deployment.tick(), dg.SkipReason)


def test_dxw_run_prunes_deleted_partitions_from_the_staged_store(tmp_path):
    deployment = Deployment(tmp_path)
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
    deployment = Deployment(tmp_path)
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


def test_partition_materializations_record_their_provenance(deployment):
    runs = deployment.follow(dg.RunRequest(job_name="stage_reports", partition_key=REPORT))
    event = next(
        e for e in runs[0].get_asset_materialization_events() if e.asset_key.to_user_string() == "staged_report_facts"
    )
    metadata = event.materialization.metadata
    assert event.partition == REPORT and metadata["run_id"].value == runs[0].run_id
    assert len(metadata["git_commit"].value) in (40, 7) or metadata["git_commit"].value == "unknown"
    assert list(metadata["raw_file_sha256"].data) == [f"reports/{REPORT}.txt"]
    assert metadata["facts"].value > 0


def test_dti_rows_without_an_edition_year_are_quarantined_once(tmp_path):
    deployment = Deployment(tmp_path)
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
