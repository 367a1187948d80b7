"""Pandera model (polars backend) shared by every staged fact table: DTI tables,
analysts' submissions and, later, facts extracted from reports."""

from __future__ import annotations

from datetime import date
from typing import Optional

import pandera.polars as pa
import polars as pl

from checks.schemas.reference import UNIT_CODE

# What fixed the period of a fact read from a prose report (assets/reports/dating.py): a phrase of its
# sentence, its paragraph's opening, a heading above it, the title, the sidecar's reporting period, the
# document's date, the year after a comparison base, the index edition of the document's other results,
# or the first half of a half-year review; the year a year-end review the text opens with reviews; for a
# target, the year of the annual plan the text named before it.
PERIOD_BASES = (
    "sentence",
    "paragraph",
    "heading",
    "title",
    "plan",
    "horizon",
    "review",
    "sidecar",
    "document_date",
    "comparison",
    "edition",
    "half_review",
    "opening",
)


class StagedFactSchema(pa.DataFrameModel):
    """One row per source observation, before it enters fact_indicator_value."""

    # file:line:n, unique by construction; not checked here (Pandera sees a file in batches, and the
    # unique check is most of its time): the blocking check fact_id_unique checks the fact table.
    row_key: str
    source_file: str
    source_line: pl.Int64 = pa.Field(ge=1)
    source_url: Optional[str] = pa.Field(nullable=True)
    province_as_written: str
    province_code: str = pa.Field(str_matches=UNIT_CODE)
    grouping: Optional[pl.Int16] = pa.Field(nullable=True, isin=[63, 34])
    indicator_code: str = pa.Field(str_matches=r"^[a-z][a-z0-9_]*$")
    period_start: date
    period_end: date
    value: float
    unit: str
    valid_min: Optional[float] = pa.Field(nullable=True)
    valid_max: Optional[float] = pa.Field(nullable=True)
    qualifier: Optional[str] = pa.Field(nullable=True)
    is_target: bool
    quote: str = pa.Field(str_length={"min_value": 1})
    note: Optional[str] = pa.Field(nullable=True)
    denominator: Optional[float] = pa.Field(nullable=True, gt=0)
    char_start: Optional[pl.Int64] = pa.Field(nullable=True, ge=0)
    char_end: Optional[pl.Int64] = pa.Field(nullable=True, ge=0)
    confidence: float = pa.Field(ge=0, le=1)
    extractor_version: str
    document_id: Optional[str] = pa.Field(nullable=True)
    period_basis: Optional[str] = pa.Field(nullable=True, isin=list(PERIOD_BASES))

    @pa.dataframe_check(error="period_start must not be after period_end")
    def period_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("period_start") <= pl.col("period_end")).alias("ok"))

    @pa.dataframe_check(error="value outside the indicator's valid range (catalog valid_min..valid_max)")
    def value_in_range(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (
                (pl.col("valid_min").is_null() | (pl.col("value") >= pl.col("valid_min")))
                & (pl.col("valid_max").is_null() | (pl.col("value") <= pl.col("valid_max")))
            ).alias("ok")
        )

    @pa.dataframe_check(error="a rank cannot exceed the number of units in its grouping, nor be fractional")
    def rank_within_grouping(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (
                (pl.col("unit") != "rank")
                | (
                    (pl.col("value") <= pl.col("grouping").cast(pl.Float64))
                    & (pl.col("value") == pl.col("value").round(0))
                )
            )
            .fill_null(False)
            .alias("ok")
        )

    @pa.dataframe_check(error="a quote's char_start must come before its char_end")
    def offsets_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (pl.col("char_start").is_null() | (pl.col("char_start") < pl.col("char_end"))).alias("ok")
        )

    class Config:
        strict = True


STAGED_FACT_COLUMNS = list(StagedFactSchema.to_schema().columns)
# StagedFactSchema's dataframe checks (above) as SQL, by check name, for staging's screen in DuckDB
# (checks.column_rules_sql.frame_checks_may_fail_sql): each condition holds, or is NULL, for every row the check
# may reject, so a row it does not flag passes the check; flagged rows are then validated whole by Pandera, whose
# verdict is the one recorded. Written wider than the checks where the engines may differ: a NULL result flags
# the row (Pandera's `ok` column may be null), and so does a NaN in any float the check reads. A dataframe check
# added to the model without its SQL here stops staging (frame_checks_may_fail_sql raises).
FRAME_CHECKS_SQL = {
    "period_ordered": "NOT (period_start <= period_end)",
    "value_in_range": (
        "NOT ((valid_min IS NULL OR value >= valid_min) AND (valid_max IS NULL OR value <= valid_max))"
        " OR coalesce(isnan(value) OR isnan(valid_min) OR isnan(valid_max), false)"
    ),
    "rank_within_grouping": (
        "NOT coalesce(unit <> 'rank' OR (value <= grouping::DOUBLE AND value = round(value, 0)), false)"
        " OR coalesce(isnan(value), false)"
    ),
    "offsets_ordered": "NOT (char_start IS NULL OR char_start < char_end)",
}
