"""The comparison report: written by the refresh, self-contained, drawn by headless Chromium with no
request leaving the page, and its numbers are warehouse rows."""

import re
import shutil

import duckdb
import pytest

from tests.chromium import CHROMIUM, LOCAL_SCHEMES, open_page

CHARTS = ["rank_history", "score_trends", "pillars", "units_2025", "targets", "coverage"]
# Vega's SVG renderer draws each data mark in a group classed by its mark type.
DATA_MARKS = ".mark-symbol path, .mark-line path, .mark-rect path, .mark-text text"


@pytest.fixture(scope="module")
def report(warehouse_path):
    return warehouse_path.parent / "reports" / "comparison.html"


def test_the_refresh_writes_the_report(report):
    assert report.exists(), "dxw run (the comparison_report asset) did not write the report"
    text = report.read_text(encoding="utf-8")
    assert "<script>" in text and "vegaEmbed" in text


def test_the_report_loads_nothing_from_the_network(report):
    text = report.read_text(encoding="utf-8")
    markup = re.sub(r"<script>.*?</script>", "<script></script>", text, flags=re.DOTALL)  # the markup, scripts emptied
    assert re.findall(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=", markup) == []  # every script and style inline
    assert "@import" not in text and "@font-face" not in text
    assert "default-src 'none'" in text  # and the page forbids itself any fetch


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")
def test_chromium_draws_every_chart_offline(report, tmp_path):
    page_copy = tmp_path / "comparison.html"  # the page alone in a folder: nothing beside it to load
    shutil.copy(report, page_copy)
    with open_page(page_copy.as_uri(), tmp_path / "chromium") as page:
        page.wait_for(f"document.querySelectorAll('.chart svg').length === {len(CHARTS)}")
        marks = page.evaluate(
            "Object.fromEntries([...document.querySelectorAll('.chart')].map(d => "
            f"[d.id, d.querySelectorAll('{DATA_MARKS}').length]))"
        )
        failed = page.evaluate(
            "[...document.querySelectorAll('.chart')].map(d => d.textContent).filter(t => t.includes('chart failed'))"
        )
        shot = page.screenshot(tmp_path / "comparison.png")
        requests = page.requests()
    assert set(marks) == set(CHARTS)
    assert all(count > 0 for count in marks.values()), f"charts without data marks: {marks}"
    assert failed == []
    remote = [url for url in requests if not url.startswith(LOCAL_SCHEMES)]
    assert remote == [], f"the page tried to reach the network: {remote}"
    assert requests and all(url.startswith("file:") for url in requests[:1])  # the recorder saw the page itself
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_numbers_on_the_page_are_warehouse_rows(report, warehouse_path):
    text = report.read_text(encoding="utf-8")
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        recomputation = con.execute(
            "select recomputation from mart_dti_by_2025_unit where unit_code = 'N48' "
            "and year = 2024 and indicator_code = 'dti_score'"
        ).fetchone()[0]
        thai_binh = con.execute(
            "select list(dti_rank order by year) from mart_dti_ranking where province_code = '34' "
            "and grouping = 63 and dti_rank is not null"
        ).fetchone()[0]
    assert recomputation == "(0.8335 + 0.5803) / 2" and recomputation in text
    assert thai_binh == [45, 56]
    # The chart data carry the same rows: Thái Bình 45 in 2021, 56 in 2022.
    assert re.search(r'"year": 2021, "province_code": "34", "province_name": "Thái Bình", "dti_rank": 45', text)
    assert re.search(r'"year": 2022, "province_code": "34", "province_name": "Thái Bình", "dti_rank": 56', text)
    for table in (
        "mart_dti_ranking",
        "mart_dti_by_2025_unit",
        "mart_target_attainment",
        "fact_conflict",
        "mart_dti_coverage",
    ):
        assert table in text, f"the page does not say which table its numbers come from: {table}"


def test_the_vega_bundle_is_kept_beside_the_report_and_read_back(report, tmp_path, monkeypatch):
    """The refresh keeps the bundle it inlined beside the report; a later process (an empty in-process
    memo) reads that file instead of bundling again, and a folder without it gets it written."""
    from assets.comparison import page

    (kept,) = report.parent.glob(".vega-bundle-*.js")
    assert kept.read_text(encoding="utf-8").replace("</script", "<\\/script") in report.read_text(encoding="utf-8")
    monkeypatch.setattr(page, "_BUNDLES", {})
    (tmp_path / kept.name).write_text("/* read from the file */", encoding="utf-8")
    assert page.vega_bundle(tmp_path) == "/* read from the file */"
    elsewhere = tmp_path / "elsewhere"
    assert page.vega_bundle(elsewhere) == "/* read from the file */"  # this process's memo...
    assert (elsewhere / kept.name).read_text(encoding="utf-8") == "/* read from the file */"  # ...kept there too


def test_a_page_whose_rows_did_not_change_is_kept(warehouse_path, tmp_path):
    """The refresh keeps the page when the rows it draws (and what draws them) are those recorded in it: no
    Altair import, no drawing, the page as built then. A change of a row it draws writes it again."""
    from assets.comparison.report import page_digest, write_report

    warehouse = tmp_path / "dx.duckdb"
    shutil.copy(warehouse_path, warehouse)
    page = tmp_path / "reports" / "comparison.html"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert write_report(con, page, keep_unchanged=True) == (page, True)  # no page yet
        first, digest = page.stat(), page_digest(page)
        assert digest and len(digest) == 64
        assert write_report(con, page, keep_unchanged=True) == (page, False)
        assert (page.stat().st_ino, page.stat().st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
        assert write_report(con, page) == (page, True)  # `dxw report` always draws it
    with duckdb.connect(str(warehouse)) as con:  # a rank the rank chart draws (Thái Bình, 56th in 2022)
        con.execute("UPDATE mart_dti_ranking SET dti_rank = 55 WHERE province_code = '34' AND year = 2022")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert write_report(con, page, keep_unchanged=True) == (page, True)
    assert page_digest(page) != digest


def test_the_rows_of_a_section_do_not_depend_on_the_tables_physical_order():
    """Targets of one unit and indicator for two periods, and conflicts of one unit, year and kind on two indicators,
    tie on the columns the page sorted by: their order (and so the page's digest, which decides whether it is drawn
    again) followed the order the rows sit in the table, which an incremental build changes."""
    from assets.comparison import data

    def sections(reverse: bool) -> tuple[list, list]:
        with duckdb.connect() as con:
            order = "DESC" if reverse else "ASC"
            con.execute(f"""
                CREATE TABLE mart_target_attainment AS
                SELECT * FROM (VALUES
                    ('40', 'Nghệ An', 'online_dossier_rate_pct', 'Tỷ lệ hồ sơ trực tuyến', 'Online dossier rate',
                     'percent', DATE '2024-01-01', DATE '2024-12-31', 60.0, 58.2, 'not_met', 'below target',
                     'đạt 60%', 'đạt 58,2%', 'reports/a.txt', 'f1'),
                    ('40', 'Nghệ An', 'online_dossier_rate_pct', 'Tỷ lệ hồ sơ trực tuyến', 'Online dossier rate',
                     'percent', DATE '2025-01-01', DATE '2025-12-31', 70.0, 66.8, 'not_met', 'below target',
                     'đạt 70%', 'đạt 66,8%', 'reports/b.txt', 'f2'))
                    AS t(province_code, province_name, indicator_code, indicator_name_vi, indicator_name_en, unit,
                         period_start, period_end, target_value, achieved_value, status, status_reason, target_quote,
                         achieved_quote, target_source_file, target_fact_id)
                ORDER BY target_fact_id {order}""")
            con.execute("CREATE TABLE dim_province AS SELECT '40' AS province_code, 'Nghệ An' AS name_vi")
            con.execute(f"""
                CREATE TABLE fact_conflict AS
                SELECT * FROM (VALUES
                    ('same_unit', '40', 'online_dossier_rate_pct', 63::SMALLINT, 2024::SMALLINT, DATE '2024-01-01',
                     DATE '2024-12-31', NULL, [58.2, 61.0], ['s1', 's2'], '58.2 (a) / 61.0 (b)'),
                    ('same_unit', '40', 'cashless_payment_rate_pct', 63::SMALLINT, 2024::SMALLINT, DATE '2024-01-01',
                     DATE '2024-12-31', NULL, [40.0, 45.0], ['s1', 's2'], '40.0 (a) / 45.0 (b)'))
                    AS t(conflict_kind, province_code, indicator_code, grouping, year, period_start, period_end,
                         other_province_code, conflicting_values, source_ids, detail)
                ORDER BY indicator_code {order}""")
            return data.targets(con).rows, data.conflicts(con).rows

    assert sections(reverse=False) == sections(reverse=True)
    targets, conflicts = sections(reverse=True)
    assert [r["target_fact_id"] for r in targets] == ["f1", "f2"]  # by period
    assert [r["indicator_code"] for r in conflicts] == ["cashless_payment_rate_pct", "online_dossier_rate_pct"]
