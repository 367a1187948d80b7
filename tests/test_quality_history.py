"""The quality report's Data Docs do not grow with the run history: each suite shows the result that stands
(the last run that validated it), and the results and pages of the runs before are removed."""

import json
import shutil
from pathlib import Path

import duckdb
import yaml

from checks.gx.report import VENDOR_DIR, build_quality_report


def _validation_pages(site: Path) -> dict[str, set[str]]:
    """suite -> the runs whose validation pages the site holds (validations/<suite>/<run>/<time>/<batch>.html)."""
    pages: dict[str, set[str]] = {}
    for page in site.glob("validations/*/*/*/*.html"):
        suite, run = page.relative_to(site / "validations").parts[:2]
        pages.setdefault(suite, set()).add(run)
    return pages


def _stored_results(gx_dir: Path) -> dict[str, set[str]]:
    stored: dict[str, set[str]] = {}
    for result in gx_dir.glob("gx/uncommitted/validations/*/*/*/*.json"):
        suite, run = result.relative_to(gx_dir / "gx/uncommitted/validations").parts[:2]
        stored.setdefault(suite, set()).add(run)
    return stored


def test_each_suite_keeps_one_validation_page_whatever_the_number_of_runs(warehouse_path, tmp_path):
    copy = tmp_path / "dx.duckdb"
    shutil.copy(warehouse_path, copy)
    site, gx_dir = tmp_path / "quality", tmp_path / "gx"
    first = {r.suite: r for r in build_quality_report(copy, site, gx_dir, run_name="first")}
    for run, score in (("second", 0.51), ("third", 0.52), ("fourth", 0.53)):
        with duckdb.connect(str(copy)) as con:  # the mart changes: its suite is validated again each run
            con.execute(f"update mart_dti_ranking set dti_score = {score} where province_code = '48' and year = 2022")
        results = {r.suite: r for r in build_quality_report(copy, site, gx_dir, run_name=run)}
    assert results["mart_dti_ranking_suite"].validated_in_run == "fourth"
    standing = {suite: {r.validated_in_run} for suite, r in results.items()}
    assert standing == {suite: {"first"} for suite in first if suite != "mart_dti_ranking_suite"} | {
        "mart_dti_ranking_suite": {"fourth"}
    }
    # one page per suite, of the run whose result the summary shows (before: the mart had four pages)
    assert _validation_pages(site) == standing
    assert _stored_results(gx_dir) == standing
    for folder in (site / "validations", gx_dir / "gx/uncommitted/validations"):  # nor empty folders of them
        assert [p for p in folder.rglob("*") if p.is_dir() and not any(p.iterdir())] == []
    index = (site / "index.html").read_text(encoding="utf-8")
    for removed in ("second", "third"):
        assert f"/{removed}/" not in index
    assert "mart_dti_ranking_suite/fourth/" in index
    summary = json.loads((site / "summary.json").read_text(encoding="utf-8"))
    assert {s["suite"]: {s["validated_in_run"]} for s in summary["suites"]} == standing
    # every page still points at the vendored copies, not at a CDN
    manifest = yaml.safe_load((VENDOR_DIR / "MANIFEST.yml").read_text(encoding="utf-8"))
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not [e["url"] for e in manifest["files"] if e["url"] in html], page


def test_a_report_prepared_ahead_gives_the_results_of_one_that_is_not(warehouse_path, tmp_path, monkeypatch):
    """The quality worker prepares the context and the checkpoints of the suites an incremental build's report
    validates (those of the tables it changes in place) right after its import (prepare_quality_report); the
    report takes them, sets up the others itself, and validates as it would have without them."""
    from assets.warehouse.incremental import DELTA_TABLES
    from checks.gx import report

    set_up = []  # the suites whose checkpoint the report set up itself
    checkpoint = report._checkpoint
    results = {}
    for name, prepared in (("plain", False), ("prepared", True)):
        copy = tmp_path / name / "dx.duckdb"
        copy.parent.mkdir()
        shutil.copy(warehouse_path, copy)
        site, gx_dir = tmp_path / name / "quality", tmp_path / name / "gx"
        if prepared:
            # as the worker of an incremental build does: the facts, load audit, quarantine and conflicts
            assert report.prepare_quality_report(gx_dir, site, DELTA_TABLES) == 4
        set_up.clear()
        monkeypatch.setattr(report, "_checkpoint", lambda *args: set_up.append(args[-1]["name"]) or checkpoint(*args))
        results[name] = build_quality_report(copy, site, gx_dir, run_name="first")
        monkeypatch.setattr(report, "_checkpoint", checkpoint)
        # prepared: those checkpoints taken as they were prepared; the suites of the dimensions and marts set up here
        assert len(set_up) == (4 if prepared else 8)
        if prepared:
            tables = {s["name"]: s["meta"]["table"] for s in report._suites()}
            assert {tables[name] for name in set_up}.isdisjoint(DELTA_TABLES)
        assert report._PREPARED == {}  # taken by the report
        assert sorted(p.name for p in site.glob("validations/*/*/*/*.html")) == sorted(
            f"warehouse-{r.table}.html" for r in results[name]
        )
    assert results["prepared"] == results["plain"]
    assert all(r.validated_in_run == "first" and r.success for r in results["prepared"])
