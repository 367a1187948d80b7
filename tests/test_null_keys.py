"""A NULL key must neither drop good rows nor let bad ones through.

`x NOT IN (SELECT y FROM t)` is NULL, never true, for every x as soon as t.y holds one NULL; used to filter,
it drops every row; used to find offending rows, it finds none. Two places relied on it:

- staging (assets.fact_staging) left Pandera's rejects out of the staged facts by
  `row_key NOT IN (SELECT row_key FROM _pandera_rejects)`: Pandera rejects a row whose row_key is NULL, and then no
  row of the file was staged, with no reason given. No source builds a NULL row_key today (each makes it from a
  file name it always has), so the staging contract (a raw table of RAW_FACT_SCHEMA, through stage_frame, as the
  DTI and report parsers hand it over) is tested here with one row whose row_key is NULL;
- the blocking rule foreign_keys_resolve looked facts' keys up by NOT IN in the dimensions: one NULL key in a
  dimension made it pass whatever the facts named, and a fact with a NULL key was never offending. The
  dimensions are built from validated reference data and hashes of file names, so this too is tested on the
  rule's SQL over small tables.
"""

from datetime import date

import duckdb
import polars as pl

from assets.fact_staging import raw_fact_frame, stage_frame
from assets.reference.catalog import read_indicator_catalog
from assets.reference.provinces import build_alias_table, read_provinces
from assets.reference.resolver import ProvinceResolver
from checks.rule_catalog import RULES, rule_sql
from tests.conftest import RAW

FILE = "dti/pages/dti_2023.txt"


def _row(line: int, year: int, value: float) -> dict:
    return {
        "source_file": FILE,
        "source_line": line,
        "source_url": "https://dti.gov.vn/bao-cao-2023",
        "province_as_written": "Nghệ An",
        "grouping": 63,
        "indicator_code": "online_dossier_rate_pct",
        "period_start": date(year, 1, 1),
        "period_end": date(year, 12, 31),
        "value": value,
        "unit": "percent",
        "is_target": False,
        "quote": f"Nghệ An {year}: {value}",
    }


def test_a_rejected_row_with_a_null_row_key_is_quarantined_and_every_good_row_still_staged(tmp_path):
    provinces = read_provinces(RAW / "reference")
    resolver = ProvinceResolver.from_aliases(build_alias_table(provinces, RAW / "reference"))
    catalog = read_indicator_catalog(RAW / "reference")
    # Five rows of one file, as a parser hands them over (row_key file:line:1). Line 3 is good but for its row_key,
    # made NULL; line 5's value is outside the indicator's range 0..100 (a rejection by a non-null row_key).
    raw = raw_fact_frame(
        [_row(2, 2021, 50.0), _row(3, 2022, 60.0), _row(4, 2023, 66.79), _row(5, 2024, 150.0), _row(6, 2020, 40.0)],
        "dti_page_parser/1",
    ).with_columns(row_key=pl.when(pl.col("source_line") == 3).then(None).otherwise(pl.col("row_key")))
    staged = stage_frame(raw, resolver=resolver, catalog=catalog, stage="dti", workdir=tmp_path / "work")

    facts = pl.read_parquet(staged.facts).sort("source_line")
    # Every good row is staged (lines 2, 4 and 6); line 3 is not, nor staged twice with its NULL key.
    assert facts["row_key"].to_list() == [f"{FILE}:2:1", f"{FILE}:4:1", f"{FILE}:6:1"]
    assert facts["value"].to_list() == [50.0, 66.79, 40.0]
    assert facts["province_code"].to_list() == ["40", "40", "40"]  # Nghệ An resolved
    assert staged.facts_count == 3
    # The two rejected rows are quarantined with file, line and reason, once each.
    quarantine = staged.quarantine.sort("source_line")
    assert quarantine.select("row_key", "source_file", "source_line", "column_name", "rule").rows() == [
        (None, FILE, 3, "row_key", "not_nullable"),
        (
            f"{FILE}:5:1",
            FILE,
            5,
            "StagedFactSchema",
            "value outside the indicator's valid range (catalog valid_min..valid_max)",
        ),
    ]
    assert quarantine["message"][0] == f"{FILE}:3: dti: row_key = null fails not_nullable"
    # Every row read is accounted for: 3 staged + 2 quarantined.
    assert staged.rows_read == {FILE: 5}


def _foreign_keys_con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE dim_province AS SELECT unnest(['01', '02']) AS province_code")
    con.execute("CREATE TABLE dim_indicator AS SELECT unnest(['a', 'b']) AS indicator_code")
    # A source with a NULL id (as a document with neither URL nor file would get): it resolves no fact.
    con.execute("CREATE TABLE dim_source AS SELECT unnest(['s1', NULL]) AS source_id")
    con.execute(
        "CREATE TABLE fact_indicator_value (fact_id VARCHAR, province_code VARCHAR, indicator_code VARCHAR, "
        "source_id VARCHAR, source_file VARCHAR, source_line INTEGER)"
    )
    con.execute(
        "INSERT INTO fact_indicator_value VALUES "
        "('good', '01', 'a', 's1', 'kept.csv', 2), "  # every key known
        "('no_source', '02', 'b', 's9', 'new.csv', 2), "  # s9 is not a source
        "('no_unit', NULL, 'a', 's1', 'new.csv', 3), "  # names no unit
        "('fine', '02', 'b', 's1', 'new.csv', 4)"
    )
    return con


def test_foreign_keys_resolve_flags_orphans_though_a_dimension_holds_a_null_key():
    rule = next(r for r in RULES if r.name == "foreign_keys_resolve")
    with _foreign_keys_con() as con:
        whole = {r[0] for r in con.execute(rule_sql(rule, date(2026, 6, 30))).fetchall()}
        inserted = rule_sql(rule, date(2026, 6, 30), inserted="f.source_file = 'new.csv'")
        assert "new.csv" in inserted  # the incremental build's form of the rule
        only_inserted = {r[0] for r in con.execute(inserted).fetchall()}
    assert whole == {"no_source", "no_unit"}
    assert only_inserted == {"no_source", "no_unit"}
