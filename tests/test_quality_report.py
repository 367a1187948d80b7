"""The Great Expectations report: Data Docs opened in headless Chromium, offline; and the
analyst's commands `dxw run` then `dxw quality` against a fresh Dagster home."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DXW

SUITES = [
    "fact_indicator_value_suite",
    "dim_province_suite",
    "dim_indicator_suite",
    "fact_conflict_suite",
    "quarantine_suite",
    "load_audit_suite",
    "mart_dti_ranking_suite",
    "mart_dti_trend_suite",
]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _dom(url: str, tmp_path: Path) -> str:
    # Flags that keep Chromium from calling out (this machine has no network).
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")
def test_data_docs_show_every_suite_and_its_results_offline(warehouse_path, tmp_path):
    site = warehouse_path.parent / "reports" / "quality"
    index = site / "index.html"
    assert index.exists()
    html = index.read_text(encoding="utf-8")
    loaded = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="(https?://[^"]+)"', html)
    assert loaded == [], f"the page loads from the network: {loaded}"
    dom = _dom(index.as_uri(), tmp_path)
    for suite in SUITES:
        assert suite in dom
    # bootstrap-table (vendored JavaScript) ran and rendered the results table.
    assert "fixed-table-container" in dom or "bootstrap-table" in dom
    page = next(site.glob("validations/fact_indicator_value_suite/**/*.html"))
    result = _dom(page.as_uri(), tmp_path)
    assert "expect_column_values_to_be_unique" in result or "values must be unique" in result.lower()
    assert "fact_id" in result


def test_dxw_run_then_quality(dxw_run_project):
    """`dxw run` (the session's first run, into a fresh warehouse and Dagster home: conftest.dxw_run_project),
    then `dxw quality` against the same home."""
    root, env, run = dxw_run_project
    assert run.returncode == 0, run.stderr
    assert "data-quality report:" in run.stdout and "mart_dti_ranking" in run.stdout
    quality = subprocess.run([DXW, "quality"], capture_output=True, text=True, env=env, timeout=300)
    assert quality.returncode == 0, quality.stderr
    out = quality.stdout
    assert re.search(r"expected_coverage\s+ERROR\s+passed", out)
    assert re.search(r"source_conflicts\s+WARN\s+warning\s+6", out)
    assert "mart_dti_ranking_suite" in out and "every file balances" in out
    assert "unstated_grouping" in out and str(root / "wh" / "reports" / "quality" / "index.html") in out
    summary = json.loads((root / "wh" / "reports" / "quality" / "summary.json").read_text())
    assert {s["suite"] for s in summary["suites"]} == set(SUITES) and all(s["success"] for s in summary["suites"])


def test_a_broken_mart_fails_its_suite(warehouse_path, tmp_path):
    import duckdb

    from checks.gx.report import build_quality_report

    broken = tmp_path / "dx.duckdb"
    shutil.copy(warehouse_path, broken)
    with duckdb.connect(str(broken)) as con:
        con.execute("update mart_dti_ranking set dti_score = 1.5 where province_code = '48' and year = 2022")
        con.execute("update mart_dti_ranking set dti_rank = 40 where province_code = 'N46' and year = 2024")
    results = {r.suite: r for r in build_quality_report(broken, tmp_path / "quality", tmp_path / "gx", run_name="test")}
    mart = results["mart_dti_ranking_suite"]
    assert not mart.success and mart.evaluated - mart.successful == 2
    assert "expect_column_values_to_be_between(dti_score)" in mart.failed_expectations
    assert "expect_column_values_to_be_between(dti_rank)" in mart.failed_expectations  # 40 > 34 in the 34-unit grouping
    assert all(r.success for name, r in results.items() if name != "mart_dti_ranking_suite")


def test_an_unchanged_table_keeps_its_result_and_a_changed_one_is_validated_again(warehouse_path, tmp_path):
    import duckdb

    from checks.gx.report import build_quality_report

    copy = tmp_path / "dx.duckdb"
    shutil.copy(warehouse_path, copy)
    site, gx_dir = tmp_path / "quality", tmp_path / "gx"
    first = {r.suite: r for r in build_quality_report(copy, site, gx_dir, run_name="first")}
    assert all(r.validated_in_run == "first" and r.fingerprint for r in first.values())
    with duckdb.connect(str(copy)) as con:
        con.execute("update mart_dti_ranking set dti_score = 1.5 where province_code = '48' and year = 2022")
    second = {r.suite: r for r in build_quality_report(copy, site, gx_dir, run_name="second")}
    assert set(second) == set(SUITES)
    # the changed mart is validated again (and fails); every other table keeps the first run's result
    assert second["mart_dti_ranking_suite"].validated_in_run == "second"
    assert not second["mart_dti_ranking_suite"].success
    assert all(r.validated_in_run == "first" for name, r in second.items() if name != "mart_dti_ranking_suite")
    summary = json.loads((site / "summary.json").read_text())
    assert {s["suite"]: s["validated_in_run"] for s in summary["suites"]}["mart_dti_ranking_suite"] == "second"


def test_after_an_incremental_build_only_the_inserted_rows_are_validated(warehouse_path, tmp_path):
    """The last result is of the table before the build: the rows the build inserted are validated, the last
    result stands for the others, and the summary says so; a bad inserted row fails the suite."""
    import duckdb

    from checks.gx.report import build_quality_report
    from storage.table_content import content_hash

    copy = tmp_path / "dx.duckdb"
    shutil.copy(warehouse_path, copy)
    site, gx_dir = tmp_path / "quality", tmp_path / "gx"

    def checksum(con) -> str:
        _, rows, total = content_hash(con, "fact_indicator_value")
        return f"{rows}:{total}"

    def insert(con, file: str, value: str) -> dict:
        before = checksum(con)
        con.execute(f"""
            INSERT INTO fact_indicator_value
            SELECT * REPLACE (md5(fact_id || '{file}') AS fact_id, '{file}' AS source_file, {value} AS value)
            FROM (FROM fact_indicator_value ORDER BY fact_id LIMIT 3)""")
        changed = f"source_file IN ('{file}')"
        return {"fact_indicator_value": {"before": before, "after": checksum(con), "changed_rows": changed}}

    build_quality_report(copy, site, gx_dir, run_name="first")
    with duckdb.connect(str(copy)) as con:
        changes = insert(con, "submissions/new.csv", "value")
        rows = con.execute("SELECT count(*) FROM fact_indicator_value").fetchone()[0]
    second = {r.suite: r for r in build_quality_report(copy, site, gx_dir, run_name="second", changes=changes)}
    facts = second["fact_indicator_value_suite"]
    assert (facts.success, facts.validated_in_run, facts.rows_validated, facts.rows_in_table) == (
        True,
        "second",
        3,
        rows,
    )
    assert "the 3 rows this build inserted" in facts.scope and "run first stands" in facts.scope
    summary = json.loads((site / "summary.json").read_text())
    assert {s["suite"]: s["scope"] for s in summary["suites"]}["fact_indicator_value_suite"] == facts.scope

    with duckdb.connect(str(copy)) as con:
        changes = insert(con, "submissions/bad.csv", "NULL")
    third = {r.suite: r for r in build_quality_report(copy, site, gx_dir, run_name="third", changes=changes)}
    facts = third["fact_indicator_value_suite"]
    assert not facts.success and facts.rows_validated == 3
    assert "expect_column_values_to_not_be_null(value)" in facts.failed_expectations
