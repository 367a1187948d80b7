"""Staging screens the staged facts for StagedFactSchema's column rules in SQL (checks.column_rules_sql) and
runs Pandera whole only on the rows the screen flags or the dataframe checks reject (assets.fact_staging).

The screen must flag every row Pandera rejects for a column rule (else a bad row would load), and should flag
no good row; the staged facts and quarantine must be what Pandera over every row gives. Pandera itself is the
oracle here: the same frame is validated whole by the model.
"""

from datetime import date

import duckdb
import pandera.polars as pa
import polars as pl
import pytest

from assets.fact_staging import RAW_FACT_SCHEMA, STAGED_FACT_SCHEMA, stage_frame
from assets.reference.catalog import read_indicator_catalog
from assets.reference.provinces import build_alias_table, read_provinces
from assets.reference.resolver import ProvinceResolver
from checks.column_rules_sql import may_fail_sql
from checks.schemas.facts import StagedFactSchema
from checks.validation import split_valid
from tests.conftest import RAW

GOOD = {
    "row_key": "submissions/a.csv:2:1",
    "source_file": "submissions/a.csv",
    "source_line": 2,
    "source_url": "https://www.nghean.gov.vn/x",
    "province_as_written": "Nghệ An",
    "province_code": "40",
    "grouping": 63,
    "indicator_code": "online_dossier_rate_pct",
    "period_start": date(2023, 1, 1),
    "period_end": date(2023, 12, 31),
    "value": 66.79,
    "unit": "percent",
    "valid_min": 0.0,
    "valid_max": 100.0,
    "qualifier": None,
    "is_target": False,
    "quote": "province=Nghệ An,value=66.79",
    "note": None,
    "denominator": None,
    "char_start": None,
    "char_end": None,
    "confidence": 1.0,
    "extractor_version": "submission_csv/1",
    "document_id": None,
    "period_basis": None,
}

# One row per column rule of the model (line -> the changed values), each breaking that rule only.
BROKEN = {
    3: {"source_line": 0},
    4: {"province_code": "X1"},
    5: {"grouping": 50},
    6: {"indicator_code": "Online-Rate"},
    7: {"quote": ""},
    8: {"denominator": 0.0},
    10: {"char_start": -1, "char_end": 5},
    11: {"confidence": 1.5},
    12: {"confidence": float("nan")},
    13: {"value": float("nan")},
    14: {"value": None},
    15: {"period_basis": "guessed"},
    16: {"row_key": None},
    17: {"province_code": None},
    18: {"is_target": None},
}
# Rows that break a dataframe check only: the screen is not meant to flag them (Pandera checks them).
FRAME_ONLY = {
    19: {"value": 150.0},  # value_in_range
    20: {"period_start": date(2024, 1, 1)},  # period_ordered
    21: {"unit": "rank", "value": 2.5},  # rank_within_grouping
    22: {"char_start": 9, "char_end": 3},  # offsets_ordered
}


def _frame(rows: dict[int, dict]) -> pl.DataFrame:
    records = [{**GOOD, "source_line": 1, "row_key": "submissions/a.csv:1:1"}]
    for line, changes in rows.items():
        # a quote of its own: rows of one file saying the same thing would be duplicates
        quote = f"province=Nghệ An,value=66.79,line={line}"
        records.append(
            {**GOOD, "source_line": line, "row_key": f"submissions/a.csv:{line}:1", "quote": quote, **changes}
        )
    return pl.DataFrame(records, schema=STAGED_FACT_SCHEMA)


def _rejected_positions(frame: pl.DataFrame, column_rules: bool) -> set[int]:
    """The rows Pandera rejects (for a column rule, or for a dataframe check), by their position in the frame."""
    _, rejected = split_valid(frame, StagedFactSchema, stage="t")
    by_model = pl.col("column_name") == "StagedFactSchema"
    keys = set(rejected.filter(~by_model if column_rules else by_model)["row_key"])
    positions = {i for i, key in enumerate(frame["row_key"]) if key in keys}
    if column_rules and None in keys:
        positions |= {i for i, key in enumerate(frame["row_key"]) if key is None}
    return positions


def _flagged(frame: pl.DataFrame) -> set[int]:
    """The rows the screen flags, by their position in the frame."""
    con = duckdb.connect()
    con.register("facts", frame.with_row_index("_position").to_arrow())
    sql = f"SELECT _position FROM facts WHERE coalesce({may_fail_sql(StagedFactSchema.to_schema())}, true)"
    return {r[0] for r in con.execute(sql).fetchall()}


def test_the_screen_flags_every_row_pandera_rejects_for_a_column_rule_and_no_good_row():
    frame = _frame({**BROKEN, **FRAME_ONLY})
    broken = set(range(1, 1 + len(BROKEN)))  # the frame's rows: the good one, BROKEN's, FRAME_ONLY's
    # The oracle: Pandera rejects each broken row for a column rule, and FRAME_ONLY's for a dataframe check.
    assert _rejected_positions(frame, column_rules=True) == broken
    frame_only = set(range(1 + len(BROKEN), frame.height))
    assert _rejected_positions(frame, column_rules=False) - broken == frame_only  # (a NaN value fails both)
    assert _flagged(frame) == broken  # every one flagged; neither the good row nor the dataframe-check rows


def test_the_screen_may_flag_a_row_pandera_accepts_never_the_reverse():
    # polars' `\d` is Unicode-aware, DuckDB's RE2 `\d` is ASCII; NaN passes polars' `> 0` (NaN sorts last).
    frame = _frame({2: {"province_code": "٤٠"}, 3: {"denominator": float("nan")}})
    assert _rejected_positions(frame, column_rules=True) == set()
    assert _flagged(frame) == {1, 2}


def test_a_check_without_sql_form_is_refused():
    schema = pa.DataFrameSchema({"x": pa.Column(pl.Int64, checks=pa.Check(lambda s: s > 0))})
    with pytest.raises(ValueError, match="no SQL form"):
        may_fail_sql(schema)


def test_staging_quarantines_what_pandera_over_every_row_rejects(tmp_path):
    provinces = read_provinces(RAW / "reference")
    resolver = ProvinceResolver.from_aliases(build_alias_table(provinces, RAW / "reference"))
    catalog = read_indicator_catalog(RAW / "reference")
    # Rows that reach Pandera (a catalog indicator, a known unit, no source rule): the catalog's unit and range.
    rows = {
        line: changes
        for line, changes in {**BROKEN, **FRAME_ONLY}.items()
        if "indicator_code" not in changes
        and "unit" not in changes
        and "province_code" not in changes
        and changes.get("row_key", "") is not None  # a row is quarantined and kept out by its row_key
    }
    frame = _frame(rows)
    raw = frame.drop("valid_min", "valid_max").with_columns(
        pl.lit(None, pl.String).alias("reject_rule"), pl.lit(None, pl.String).alias("reject_reason")
    )
    staged = stage_frame(
        raw.select(list(RAW_FACT_SCHEMA)), resolver=resolver, catalog=catalog, stage="t", workdir=tmp_path / "w"
    )
    # The oracle: the model over every row (staging adds the catalog's range, 0..100 for this indicator).
    valid, rejected = split_valid(frame, StagedFactSchema, stage="t")
    key = ["row_key", "column_name", "rule", "value", "message"]
    assert staged.quarantine.select(key).sort(key).rows() == rejected.select(key).sort(key).rows()
    assert sorted(pl.read_parquet(staged.facts)["row_key"]) == sorted(valid["row_key"])
    # every broken row is rejected, the good one is not
    assert set(rejected["row_key"]) == {f"submissions/a.csv:{line}:1" for line in rows}
