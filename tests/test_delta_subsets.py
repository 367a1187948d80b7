"""The keyed deltas' subsets (assets.warehouse.incremental): which rows a set of keys selects, NULL matching NULL,
and how much of a clustered table DuckDB reads to find them.

A table of 600,000 facts clustered as fact_indicator_value is (by indicator, then year): 30 indicators x 20 years
x 1,000 units; a fact's grouping is NULL for one unit in ten (as the DTI facts without a grouping are). The keys
are the facts of one indicator and year, so every matching row lies in one or two of the table's row groups.
"""

import json

import duckdb
import pytest

from assets.warehouse.incremental import _subset, _touched
from storage.settings import DUCKDB_CONFIG

KEY = ("province_code", "indicator_code", "grouping", "period_start", "period_end", "is_target")
INDICATORS, YEARS, UNITS = 30, 20, 1_000


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    con = duckdb.connect(str(tmp_path_factory.mktemp("subsets") / "facts.duckdb"), config=DUCKDB_CONFIG)
    con.execute(f"""
        CREATE TABLE facts AS
        SELECT 'u' || lpad(u::VARCHAR, 4, '0') AS province_code,
               'ind_' || lpad(i::VARCHAR, 2, '0') AS indicator_code,
               CASE WHEN u % 10 = 0 THEN NULL ELSE 63 END AS grouping,
               make_date(2000 + y, 1, 1) AS period_start, make_date(2000 + y, 12, 31) AS period_end,
               false AS is_target, 2000 + y AS year, (i * 1000 + u)::DOUBLE AS value
        FROM range({INDICATORS}) a(i), range({YEARS}) b(y), range({UNITS}) c(u)
        ORDER BY indicator_code, year, province_code""")
    yield con
    con.close()


def _keys(con, where: str) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE _k AS SELECT DISTINCT {', '.join(KEY)} FROM facts WHERE {where}")


def _expected(con, where: str) -> list:
    """The facts matching a key, worked out without SQL joins: a key matches a fact when every column is equal,
    None equal to None."""
    keys = {tuple(row) for row in con.execute(f"SELECT {', '.join(KEY)} FROM _k").fetchall()}
    rows = con.execute(f"SELECT {', '.join(KEY)}, value FROM facts").fetchall()
    return sorted((row for row in rows if tuple(row[: len(KEY)]) in keys), key=lambda r: r[-1])


@pytest.mark.parametrize(
    "where",
    [
        "indicator_code = 'ind_07' AND year = 2011 AND province_code <= 'u0030'",  # some keys with a NULL grouping
        "indicator_code = 'ind_07' AND year = 2011 AND grouping IS NOT NULL AND province_code <= 'u0030'",
        "false",  # no keys at all
    ],
)
def test_subset_and_touched_select_the_facts_of_the_keys_null_matching_null(con, where):
    _keys(con, where)
    expected = _expected(con, where)
    _subset(con, "_picked", "facts", "_k", KEY)
    picked = con.execute(f"SELECT {', '.join(KEY)}, value FROM _picked ORDER BY value").fetchall()
    touched = con.execute(
        f"SELECT {', '.join(KEY)}, value FROM facts AS f WHERE {_touched(con, 'f', '_k', KEY)} ORDER BY value"
    ).fetchall()
    assert picked == touched == expected
    if where != "false":
        assert len(expected) == (27 if "NOT NULL" in where else 31)  # u0000, u0010, u0020, u0030: grouping NULL
        assert any(row[2] is None for row in expected) == ("NOT NULL" not in where)


def _rows_read(con, tmp_path, statement) -> int:
    """The rows DuckDB's scan of `facts` handed on in the last query `statement()` ran (its JSON profile)."""
    output = tmp_path / "profile.json"
    con.execute("PRAGMA enable_profiling = 'json'")
    con.execute(f"SET profiling_output = '{output}'")
    try:
        statement()
    finally:
        con.execute("PRAGMA disable_profiling")

    def scanned(node) -> int:
        table = str(node.get("extra_info", {}).get("Table", ""))
        own = (
            node.get("operator_cardinality", 0)
            if "SCAN" in node.get("operator_type", "") and (table == "facts" or table.endswith(".facts"))
            else 0
        )
        return own + sum(scanned(child) for child in node.get("children", []))

    return scanned(json.loads(output.read_text()))


@pytest.mark.parametrize("null_grouping", [False, True])
def test_subset_reads_only_the_row_groups_the_keys_fall_in(con, tmp_path, null_grouping):
    """31 keys of one indicator and year (with or without a NULL grouping among them): the subset's scan hands on
    at most two of the table's row groups (122,880 rows each), not the 600,000 facts (a WHERE EXISTS on IS NOT
    DISTINCT FROM read them all)."""
    _keys(
        con,
        "indicator_code = 'ind_07' AND year = 2011 AND province_code <= 'u0030'"
        + ("" if null_grouping else " AND grouping IS NOT NULL"),
    )
    read = _rows_read(con, tmp_path, lambda: _subset(con, "_picked", "facts", "_k", KEY))
    assert con.execute("SELECT count(*) FROM _picked").fetchone()[0] == (31 if null_grouping else 27)
    assert 0 < read <= 2 * 122_880
