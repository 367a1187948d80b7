"""The physical layout mart_province_comparison relies on instead of a sort (its SQL file has no ORDER BY).

600,000 facts (30 indicators x 20 years x 1,000 rows) in fact_indicator_value's order, their preferred table and
the comparison mart built by the assets' own SQL with the runs' DuckDB settings (two threads). A query for one
indicator and year must find its rows in a few row groups (at most two per thread), as it did when the mart was
sorted by indicator and year, and the mart must hold one row per preferred achievement.
"""

from pathlib import Path

import duckdb
import pytest

from storage.settings import DUCKDB_CONFIG
from tests.row_groups import fact_keys, groups_holding, zone_maps
from tests.sql_files import build_from_sql_file

ROOT = Path(__file__).resolve().parents[1]
PREFERRED = ROOT / "assets" / "warehouse" / "fact_indicator_preferred.sql"
COMPARISON = ROOT / "assets" / "marts" / "mart_province_comparison.sql"
INDICATORS, YEARS, PER_YEAR = 30, 20, 1_000


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "layout.duckdb"
    con = duckdb.connect(str(path), config=DUCKDB_CONFIG)
    con.execute(
        "CREATE TABLE dim_source AS SELECT 'portal' AS source_id, 1::SMALLINT AS priority, 'official' AS source_kind"
    )
    con.execute("""
        CREATE TABLE dim_province AS
        SELECT lpad(i::VARCHAR, 2, '0') AS province_code, 'Tỉnh ' || i AS name_vi, 63::SMALLINT AS grouping,
               NULL::VARCHAR[] AS member_codes
        FROM range(50) t(i)""")
    con.execute(f"""
        CREATE TABLE dim_indicator AS
        SELECT 'ind_' || lpad(i::VARCHAR, 2, '0') || '_rate' AS indicator_code, 'Chỉ số ' || i AS name_vi,
               'Indicator ' || i AS name_en, 'percent' AS unit,
               CASE WHEN i % 2 = 0 THEN 'higher_is_better' ELSE 'lower_is_better' END AS direction
        FROM range({INDICATORS}) t(i)""")
    con.execute("CREATE TABLE ref_focus_province AS SELECT '07' AS province_code")
    con.execute(
        "CREATE TABLE ref_national_average AS SELECT NULL::VARCHAR AS indicator_code, "
        "NULL::VARCHAR AS average_indicator_code WHERE false"
    )
    # Each (indicator, year) has 1,000 facts: 50 units x 20 days.
    con.execute(f"""
        CREATE TABLE fact_indicator_value AS
        WITH keys AS ({fact_keys(INDICATORS, YEARS, PER_YEAR)})
        SELECT md5(i::VARCHAR) AS fact_id, province_code, indicator_code, 63::SMALLINT AS grouping,
               make_date(year, 1, 1) + day::INTEGER AS period_start, make_date(year, 1, 1) + day::INTEGER AS period_end,
               year, (i % 97)::DOUBLE AS value, 'percent' AS unit, false AS is_target, 'portal' AS source_id,
               'submissions/x.csv' AS source_file, i::BIGINT AS source_line, 'a quote of the row ' || i AS quote,
               NULL::DOUBLE AS confidence
        FROM keys
        ORDER BY indicator_code, year, grouping, province_code, source_id, source_line""")
    build_from_sql_file(con, PREFERRED)
    build_from_sql_file(con, COMPARISON)
    con.execute("CHECKPOINT")
    yield con
    con.close()


def test_one_row_per_preferred_achievement(built):
    # 600,000 facts, one per key; per (indicator, day) 50 units ranked.
    assert built.execute(
        "SELECT count(*), count(DISTINCT fact_id), max(rank_among_reporting), max(units_reporting) "
        "FROM mart_province_comparison"
    ).fetchone() == (600_000, 600_000, 50, 50)


def test_zone_maps_leave_one_indicator_and_year_few_row_groups(built):
    maps = zone_maps(built, "mart_province_comparison")
    assert len(maps) >= 5  # 600,000 rows: the test means something only over several row groups
    threads = DUCKDB_CONFIG["threads"]
    for indicator in (0, 13, INDICATORS - 1):
        for year in (2000, 2011, 2000 + YEARS - 1):
            candidates = groups_holding(maps, f"ind_{indicator:02d}_rate", year)
            assert 1 <= len(candidates) <= 2 * threads, (indicator, year, candidates)
