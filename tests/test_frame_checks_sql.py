"""Staging screens StagedFactSchema's dataframe checks in SQL too (checks.schemas.facts.FRAME_CHECKS_SQL through
checks.column_rules_sql.frame_checks_may_fail_sql), and fetches into Python only the rows the screen flags.

A row the screen does not flag loads without Pandera seeing it, so the screen must flag every row a dataframe
check rejects (it may flag more: those rows are validated by Pandera for nothing). Pandera is the oracle: the
model's dataframe checks run on the same frame.
"""

import math
from datetime import date, timedelta

import duckdb
import pandera.polars as pa
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import assets.fact_staging as fact_staging
from assets.fact_staging import RAW_FACT_SCHEMA, stage_frame
from assets.reference.catalog import read_indicator_catalog
from assets.reference.provinces import build_alias_table, read_provinces
from assets.reference.resolver import ProvinceResolver
from checks.column_rules_sql import frame_checks_may_fail_sql
from checks.schemas.facts import FRAME_CHECKS_SQL, StagedFactSchema
from checks.validation import failing_rows, frame_checks_schema
from tests.conftest import RAW
from tests.test_column_rules_sql import GOOD as A_GOOD_STAGED_ROW

_RAW_KEYS = (
    "source_file",
    "source_url",
    "province_as_written",
    "province_code",
    "grouping",
    "indicator_code",
    "period_start",
    "period_end",
    "value",
    "unit",
    "is_target",
    "confidence",
    "extractor_version",
)

COLUMNS = {
    "period_start": pl.Date,
    "period_end": pl.Date,
    "value": pl.Float64,
    "valid_min": pl.Float64,
    "valid_max": pl.Float64,
    "unit": pl.String,
    "grouping": pl.Int16,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
}
ORACLE = frame_checks_schema(StagedFactSchema, list(COLUMNS))
SCREEN = frame_checks_may_fail_sql(StagedFactSchema.to_schema(), FRAME_CHECKS_SQL)

floats = st.one_of(
    st.none(),
    st.sampled_from([0.0, 1.0, 2.5, 34.0, 63.0, 64.0, 100.0, 150.0, -1.0, math.nan, math.inf, -math.inf]),
    st.floats(min_value=-1e3, max_value=1e3, allow_nan=False),
)
day = st.one_of(st.none(), st.integers(min_value=0, max_value=4).map(lambda d: date(2024, 1, 1) + timedelta(days=d)))
offsets = st.one_of(st.none(), st.integers(min_value=-2, max_value=5))
rows = st.fixed_dictionaries(
    {
        "period_start": day,
        "period_end": day,
        "value": floats,
        "valid_min": st.one_of(st.none(), st.sampled_from([0.0, 1.0, math.nan])),
        "valid_max": st.one_of(st.none(), st.sampled_from([100.0, 63.0, math.nan])),
        "unit": st.sampled_from([None, "rank", "percent", "score"]),
        "grouping": st.sampled_from([None, 63, 34]),
        "char_start": offsets,
        "char_end": offsets,
    }
)


def _flagged(frame: pl.DataFrame) -> set[int]:
    con = duckdb.connect()
    con.register("facts", frame.with_row_index("_position").to_arrow())
    return {r[0] for r in con.execute(f"SELECT _position FROM facts WHERE {SCREEN}").fetchall()}


def _rejected(frame: pl.DataFrame) -> set[int]:
    return set(failing_rows(frame, ORACLE).to_list())


GOOD = {
    "period_start": date(2023, 1, 1),
    "period_end": date(2023, 12, 31),
    "value": 66.79,
    "valid_min": 0.0,
    "valid_max": 100.0,
    "unit": "percent",
    "grouping": 63,
    "char_start": None,
    "char_end": None,
}
# Each breaks one dataframe check (or sits on its edge, as the comments say).
CASES = [
    {"period_start": date(2024, 1, 1)},  # period_ordered
    {"value": 150.0},  # value_in_range
    {"value": -0.5},  # value_in_range (below)
    {"valid_max": math.nan},  # passes polars (NaN compares greater); flagged anyway
    {"unit": "rank", "value": 2.5},  # rank_within_grouping: fractional
    {"unit": "rank", "value": 64.0},  # rank_within_grouping: beyond the grouping
    {"unit": "rank", "value": 3.0, "grouping": None},  # rank_within_grouping: no grouping
    {"unit": "rank", "value": 63.0, "valid_max": None},  # a valid rank: not flagged
    {"char_start": 9, "char_end": 3},  # offsets_ordered
    {"char_start": 3, "char_end": None},  # an end missing: `ok` is null, which Pandera passes; flagged anyway
]


def test_the_frame_screen_flags_every_row_a_dataframe_check_rejects_and_not_the_good_rows():
    frame = pl.DataFrame([GOOD, *({**GOOD, **case} for case in CASES)], schema=COLUMNS)
    rejected = _rejected(frame)
    assert rejected == {1, 2, 3, 5, 6, 7, 9}  # the oracle, as the cases say
    assert _flagged(frame) == rejected | {4, 10}  # the NaN bound and the null `ok` too; not the good row, the rank


@given(st.lists(rows, min_size=1, max_size=40))
def test_the_frame_screen_never_misses_a_row_pandera_rejects(records):
    frame = pl.DataFrame(records, schema=COLUMNS)
    assert _rejected(frame) <= _flagged(frame)


def test_a_dataframe_check_without_sql_form_is_refused():
    schema = pa.DataFrameSchema(
        {"x": pa.Column(pl.Int64)},
        checks=[pa.Check(lambda data: data.lazyframe.select(pl.col("x") > 0), name="x_positive")],
    )
    with pytest.raises(ValueError, match="x_positive .*no SQL form"):
        frame_checks_may_fail_sql(schema, FRAME_CHECKS_SQL)
    assert frame_checks_may_fail_sql(schema, {"x_positive": "NOT (x > 0)"}) == "coalesce((NOT (x > 0)), true)"


def test_staging_validates_in_python_only_the_rows_the_screen_flags(tmp_path, monkeypatch):
    """2,000 good rows and 4 that break a dataframe check: Pandera sees only those 4 (and the model's empty
    frame of column types), and they are quarantined by its verdict."""
    provinces = read_provinces(RAW / "reference")
    resolver = ProvinceResolver.from_aliases(build_alias_table(provinces, RAW / "reference"))
    catalog = read_indicator_catalog(RAW / "reference")
    # the good row of tests.test_column_rules_sql, as a source hands it over (before staging adds its columns)
    base = {key: A_GOOD_STAGED_ROW[key] for key in _RAW_KEYS}
    bad = {
        2001: {"value": 150.0},
        2002: {"period_start": date(2024, 1, 1)},
        2003: {"char_start": 9, "char_end": 3},
        2004: {"value": -1.0},
    }
    records = [
        {**base, "source_line": line, "row_key": f"submissions/a.csv:{line}:1", "quote": f"line={line}"}
        | bad.get(line, {})
        for line in range(1, 2005)
    ]
    raw = pl.DataFrame(records, schema={c: t for c, t in RAW_FACT_SCHEMA.items()}).select(list(RAW_FACT_SCHEMA))

    validated: list[int] = []
    real_validate = pa.DataFrameSchema.validate

    def counting_validate(self, check_obj, *args, **kwargs):
        validated.append(check_obj.height if isinstance(check_obj, pl.DataFrame) else -1)
        return real_validate(self, check_obj, *args, **kwargs)

    monkeypatch.setattr(pa.DataFrameSchema, "validate", counting_validate)
    staged = stage_frame(raw, resolver=resolver, catalog=catalog, stage="t", workdir=tmp_path / "w")
    assert sum(validated) == len(bad)  # the model's empty frame (0 rows) and the 4 flagged rows, nothing else
    quarantined = staged.quarantine.select("source_line", "column_name", "rule").sort("source_line").rows()
    error = {check.name: check.error for check in StagedFactSchema.to_schema().checks}  # Pandera's rule names
    assert quarantined == [
        (2001, "StagedFactSchema", error["value_in_range"]),
        (2002, "StagedFactSchema", error["period_ordered"]),
        (2003, "StagedFactSchema", error["offsets_ordered"]),
        (2004, "StagedFactSchema", error["value_in_range"]),
    ]
    assert staged.facts_count == 2000
    assert fact_staging.VALIDATION_BATCH_ROWS >= len(bad)
