"""The physical layout fact_indicator_preferred.sql relies on, at a size of several row groups.

600,000 facts (30 indicators x 20 years x 1,000 rows) in fact_indicator_value's order, a few with a second,
less trusted observation; the preferred table is built by the asset's own SQL with the runs' DuckDB settings
(two threads). A join keeps no global order, so the table is not sorted; what the SQL file claims, and what
zone maps need, is that every row group holds rows of one thread's run, in fact order, so a query for one
indicator and year finds its rows in at most two row groups per thread.
"""

from pathlib import Path

import duckdb
import pytest

from storage.settings import DUCKDB_CONFIG
from tests.row_groups import fact_keys, groups_holding, zone_maps
from tests.sql_files import build_from_sql_file

SQL = Path(__file__).resolve().parents[1] / "assets" / "warehouse" / "fact_indicator_preferred.sql"
INDICATORS, YEARS, PER_YEAR = 30, 20, 1_000


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "layout.duckdb"
    con = duckdb.connect(str(path), config=DUCKDB_CONFIG)
    con.execute(
        "CREATE TABLE dim_source AS SELECT * FROM (VALUES ('portal', 1::SMALLINT, 'official_portal'), "
        "('news', 8::SMALLINT, 'news')) s(source_id, priority, source_kind)"
    )
    # Each (indicator, year) has 1,000 keys (province x day); every 100th key also has a news observation.
    con.execute(f"""
        CREATE TABLE fact_indicator_value AS
        WITH keys AS ({fact_keys(INDICATORS, YEARS, PER_YEAR)}),
        facts AS (
            SELECT k.*, 'portal' AS source_id, (i % 97)::DOUBLE AS value FROM keys AS k
            UNION ALL
            SELECT k.*, 'news', (i % 97)::DOUBLE + 1 FROM keys AS k WHERE i % 100 = 0
        )
        SELECT md5(source_id || i::VARCHAR) AS fact_id, province_code, indicator_code, 63::SMALLINT AS grouping,
               make_date(year, 1, 1) + day::INTEGER AS period_start, make_date(year, 1, 1) + day::INTEGER AS period_end,
               year, value, false AS is_target, source_id, i::BIGINT AS source_line, NULL::DOUBLE AS confidence
        FROM facts
        ORDER BY indicator_code, year, grouping, province_code, source_id, source_line""")
    build_from_sql_file(con, SQL)
    yield con
    con.close()


def test_one_value_per_key(built):
    # 600,000 keys; the 6,000 with a news observation keep the portal's.
    assert built.execute(
        "SELECT count(*), count(*) FILTER (WHERE source_id = 'news'), max(n_observations), sum(n_observations) "
        "FROM fact_indicator_preferred"
    ).fetchone() == (600_000, 0, 2, 606_000)


def test_every_row_group_is_in_fact_order(built):
    # Row groups are not all full (each thread ends on a partial one): their bounds come from the storage info.
    out_of_order, rows = built.execute("""
        WITH groups AS (
            SELECT row_group_id, sum(count) AS n FROM pragma_storage_info('fact_indicator_preferred')
            WHERE column_name = 'year' AND segment_type <> 'VALIDITY' GROUP BY row_group_id
        ),
        bounds AS (
            SELECT row_group_id, sum(n) OVER (ORDER BY row_group_id) - n AS first_row,
                   sum(n) OVER (ORDER BY row_group_id) AS end_row
            FROM groups
        ),
        placed AS (
            SELECT b.row_group_id, f.indicator_code, f.year,
                   lag(f.indicator_code) OVER w AS prev_indicator, lag(f.year) OVER w AS prev_year
            FROM fact_indicator_preferred AS f JOIN bounds AS b ON f.rowid >= b.first_row AND f.rowid < b.end_row
            WINDOW w AS (PARTITION BY b.row_group_id ORDER BY f.rowid)
        )
        SELECT count(*) FILTER (WHERE prev_indicator > indicator_code
                                   OR (prev_indicator = indicator_code AND prev_year > year)),
               count(*)
        FROM placed""").fetchone()
    assert (out_of_order, rows) == (0, 600_000)


def test_zone_maps_leave_one_indicator_and_year_few_row_groups(built):
    maps = zone_maps(built, "fact_indicator_preferred")
    assert len(maps) >= 5  # 600,000 rows: the test means something only over several row groups
    threads = DUCKDB_CONFIG["threads"]
    for indicator in (0, 13, INDICATORS - 1):
        for year in (2000, 2011, 2000 + YEARS - 1):
            candidates = groups_holding(maps, f"ind_{indicator:02d}_rate", year)
            assert 1 <= len(candidates) <= 2 * threads, (indicator, year, candidates)


def test_the_choice_between_equally_preferred_facts_does_not_depend_on_their_physical_order(tmp_path):
    """Two facts of one key from one source, confidence and line, with different values: the fact id breaks
    the tie, so an incremental build (changed files' facts appended at the end) chooses as a full one does."""
    chosen = []
    for order in ("fact_id", "fact_id DESC"):
        con = duckdb.connect(str(tmp_path / f"{order.replace(' ', '_')}.duckdb"), config=DUCKDB_CONFIG)
        con.execute(
            "CREATE TABLE dim_source AS SELECT 'portal' AS source_id, 1::SMALLINT AS priority, 'p' AS source_kind"
        )
        con.execute(f"""
            CREATE TABLE fact_indicator_value AS
            SELECT * FROM (VALUES (md5('a'), 1.0), (md5('b'), 2.0), (md5('c'), 3.0)) v(fact_id, value)
            CROSS JOIN (SELECT '01' AS province_code, 'x_rate' AS indicator_code, 63::SMALLINT AS grouping,
                               DATE '2024-01-01' AS period_start, DATE '2024-01-01' AS period_end,
                               2024::SMALLINT AS year, false AS is_target, 'portal' AS source_id,
                               7::BIGINT AS source_line, NULL::DOUBLE AS confidence)
            ORDER BY {order}""")
        build_from_sql_file(con, SQL)
        chosen.append(con.execute("SELECT fact_id, value, n_distinct_values FROM fact_indicator_preferred").fetchall())
        con.close()
    least = min(
        ("0cc175b9c0f1b6a831c399e269772661", 1.0),
        ("92eb5ffee6ae2fec3ad71c777531578f", 2.0),
        ("4a8a08f09d37b73795649038408b5f33", 3.0),
    )
    assert chosen[0] == chosen[1] == [(*least, 3)]


def test_single_and_several_observations(tmp_path):
    """Keys with one observation take the fact itself (one observation; one value, none when it is null); keys
    with several go through the choice; a fact of a source not in dim_source is no observation."""
    con = duckdb.connect(str(tmp_path / "counts.duckdb"), config=DUCKDB_CONFIG)
    con.execute(
        "CREATE TABLE dim_source AS SELECT * FROM (VALUES ('portal', 1::SMALLINT, 'official_portal'), "
        "('news', 8::SMALLINT, 'news')) s(source_id, priority, source_kind)"
    )
    con.execute("""
        CREATE TABLE fact_indicator_value AS
        SELECT md5(k || source_id) AS fact_id, province_code, 'x_rate' AS indicator_code, 63::SMALLINT AS grouping,
               DATE '2024-01-01' AS period_start, DATE '2024-12-31' AS period_end, 2024::SMALLINT AS year,
               value::DOUBLE AS value, false AS is_target, source_id, 1::BIGINT AS source_line,
               NULL::DOUBLE AS confidence
        FROM (VALUES ('k1', '01', 'news', 12.0), ('k1', '01', 'portal', 10.0),
                     ('k2', '02', 'news', 5.0000001), ('k2', '02', 'portal', 5.0000002),
                     ('k3', '03', 'portal', NULL), ('k4', '04', 'unknown', 7.0), ('k5', '05', 'news', 3.0),
                     ('k6', '06', 'unknown', 1.0), ('k6', '06', 'news', 2.0)) v(k, province_code, source_id, value)""")
    build_from_sql_file(con, SQL)
    rows = con.execute(
        "SELECT province_code, source_id, value, source_priority, n_observations, n_distinct_values "
        "FROM fact_indicator_preferred ORDER BY province_code"
    ).fetchall()
    con.close()
    assert rows == [
        ("01", "portal", 10.0, 1, 2, 2),
        ("02", "portal", 5.0000002, 1, 2, 1),  # equal to 6 decimals: one value
        ("03", "portal", None, 1, 1, 0),
        ("05", "news", 3.0, 8, 1, 1),
        ("06", "news", 2.0, 8, 1, 1),
    ]
