"""Run a Pandera schema over a staged frame and split good rows from rejected ones.

Facts are never dropped silently: a row that fails a rule leaves the flow as a
quarantine row naming its source file, line, column, rule, value and a message.
Reference data is different: everything depends on it, so a failure stops the run.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

ROW_ID = "_row"

QUARANTINE_SCHEMA = {
    "row_key": pl.String,
    "source_file": pl.String,
    "source_line": pl.Int64,
    "char_start": pl.Int64,
    "stage": pl.String,
    "column_name": pl.String,
    "rule": pl.String,
    "value": pl.String,
    "message": pl.String,
}


def empty_quarantine() -> pl.DataFrame:
    return pl.DataFrame(schema=QUARANTINE_SCHEMA)


def quarantine_rows(
    rows: pl.DataFrame, *, stage: str, rule: str | pl.Expr, message_col: str, column: str | None = None
) -> pl.DataFrame:
    """Quarantine rows rejected before schema validation (e.g. an unknown province).
    ``rule`` is a rule name, or an expression giving one per row."""
    if rows.is_empty():
        return empty_quarantine()
    return rows.select(
        pl.col("row_key"),
        pl.col("source_file"),
        pl.col("source_line").cast(pl.Int64),
        _char_start(rows),
        pl.lit(stage).alias("stage"),
        pl.lit(column).cast(pl.String).alias("column_name"),
        (pl.lit(rule) if isinstance(rule, str) else rule).cast(pl.String).alias("rule"),
        (pl.col(column).cast(pl.String) if column else pl.lit(None, pl.String)).alias("value"),
        _located(pl.col(message_col).cast(pl.String)).alias("message"),
    )


def _char_start(rows: pl.DataFrame) -> pl.Expr:
    """Where a rejected value starts in a prose document, when the row comes from one."""
    return (pl.col("char_start") if "char_start" in rows.columns else pl.lit(None)).cast(pl.Int64).alias("char_start")


def _located(message: pl.Expr) -> pl.Expr:
    """Every message starts with the place it is about: file:line (file alone for a whole file)."""
    place = pl.format("{}:{}", "source_file", "source_line").fill_null(pl.col("source_file"))
    return pl.when(message.str.starts_with(place)).then(message).otherwise(pl.format("{}: {}", place, message))


def split_valid(
    frame: pl.DataFrame, schema: type[pa.DataFrameModel], *, stage: str
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, quarantine rows). The frame must carry source_file and source_line."""
    indexed = frame.with_row_index(ROW_ID)
    try:
        schema.validate(indexed.drop(ROW_ID), lazy=True)
        return frame, empty_quarantine()
    except pa.errors.SchemaErrors as errors:
        failures = errors.failure_cases
    row_failures = failures.filter(pl.col("index").is_not_null())
    table_failures = failures.filter(pl.col("index").is_null())
    if table_failures.height:
        # A failure that belongs to no row (a missing column, a wrong dtype) rejects the table.
        raise ValueError(f"{stage}: the staged table does not match {schema.__name__}: {_described(table_failures)}")
    bad = row_failures.select(
        pl.col("index").cast(pl.UInt32).alias(ROW_ID),
        pl.col("column").alias("column_name"),
        pl.col("check").alias("rule"),
        pl.col("failure_case").alias("value"),
    )
    located = ["row_key", "source_file", "source_line"] + (["char_start"] if "char_start" in frame.columns else [])
    quarantined = bad.join(indexed.select(ROW_ID, *located), on=ROW_ID).select(
        "row_key",
        "source_file",
        pl.col("source_line").cast(pl.Int64),
        _char_start(frame),
        pl.lit(stage).alias("stage"),
        "column_name",
        "rule",
        "value",
        _located(
            pl.lit(f"{stage}: ")
            + pl.col("column_name")
            + pl.lit(" = ")
            + pl.col("value").fill_null("null")
            + pl.lit(" fails ")
            + pl.col("rule")
        ).alias("message"),
    )
    valid = indexed.filter(~pl.col(ROW_ID).is_in(bad[ROW_ID].implode())).drop(ROW_ID)
    return valid, quarantined


def frame_checks_schema(schema: type[pa.DataFrameModel], columns: list[str]) -> pa.DataFrameSchema:
    """The model's dataframe-wide checks alone, over `columns` (the ones they read): no column rules (nullable
    columns without checks), not strict, under the model's name, so a failure names the model as before."""
    full = schema.to_schema()
    return pa.DataFrameSchema(
        columns={c: pa.Column(full.columns[c].dtype, nullable=True) for c in columns},
        checks=full.checks,
        name=full.name,
        strict=False,
    )


def failing_rows(frame: pl.DataFrame, schema: pa.DataFrameSchema) -> pl.Series:
    """The positions (0-based) of the rows of `frame` that fail a rule of `schema`; a failure that belongs to no
    row (a missing column, a wrong dtype) raises, as in split_valid."""
    try:
        schema.validate(frame, lazy=True)
        return pl.Series(ROW_ID, [], dtype=pl.UInt32)
    except pa.errors.SchemaErrors as errors:
        failures = errors.failure_cases
    table_failures = failures.filter(pl.col("index").is_null())
    if table_failures.height:
        raise ValueError(f"the frame does not match {schema.name}: {_described(table_failures)}")
    return failures["index"].cast(pl.UInt32).unique().sort().alias(ROW_ID)


def validate_reference(frame: pl.DataFrame, schema: type[pa.DataFrameModel], what: str) -> pl.DataFrame:
    """Validate reference data whole: any failure is an error listing every failing value."""
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases.head(20)
        raise ValueError(
            f"reference data ({what}) fails {schema.__name__}: "
            + "; ".join(
                f"row {i}: {c} {k} ({v})"
                for c, k, v, i in cases.select("column", "check", "failure_case", "index").iter_rows()
            )
        ) from None


def _described(table_failures: pl.DataFrame) -> str:
    """Pandera's failures that belong to no row, as "column: check (case)"."""
    return "; ".join(
        f"{c}: {k} ({v})" for c, k, v in table_failures.select("column", "check", "failure_case").iter_rows()
    )
