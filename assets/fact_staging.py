"""The last step every source's rows go through before the warehouse, as set-based work in
DuckDB: resolve province names (each distinct spelling once, then a join), attach the catalog's
unit and valid range, find duplicate rows, validate with Pandera, and send every rejected row to
quarantine with its file, line, rule and reason. One path for all sources.

A source hands over a DuckDB table with the columns of RAW_FACT_SCHEMA (a frame of a few rows
from a parser, or millions of rows read by DuckDB itself). The staged facts come out as a
Parquet file written by DuckDB. Pandera (polars backend) sees, in batches, the rows its rules may reject,
screened in SQL (checks.column_rules_sql), so memory stays bounded whatever the size of the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from assets.reference.resolver import ProvinceResolver
from checks.column_rules_sql import frame_checks_may_fail_sql, may_fail_sql
from checks.schemas.facts import FRAME_CHECKS_SQL, STAGED_FACT_COLUMNS, StagedFactSchema
from checks.validation import QUARANTINE_SCHEMA, empty_quarantine, split_valid
from storage.memory import release_freed_memory
from storage.sql_text import sql_string

# Columns a source hands over; province_code may be null (then resolved from the name),
# unit may be null (then the catalog's), reject_reason non-null sends the row to quarantine.
RAW_FACT_SCHEMA = {
    "row_key": pl.String,
    "source_file": pl.String,
    "source_line": pl.Int64,
    "source_url": pl.String,
    "province_as_written": pl.String,
    "province_code": pl.String,
    "grouping": pl.Int16,
    "indicator_code": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "value": pl.Float64,
    "unit": pl.String,
    "qualifier": pl.String,
    "is_target": pl.Boolean,
    "quote": pl.String,
    "note": pl.String,
    "denominator": pl.Float64,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "confidence": pl.Float64,
    "extractor_version": pl.String,
    "document_id": pl.String,
    "period_basis": pl.String,  # reports: how the period was fixed (sentence, title, sidecar, ...)
    "reject_rule": pl.String,
    "reject_reason": pl.String,
}

# What staging hands on: the raw columns plus the catalog's valid range.
STAGED_FACT_SCHEMA = {
    c: {**RAW_FACT_SCHEMA, "valid_min": pl.Float64, "valid_max": pl.Float64}[c] for c in STAGED_FACT_COLUMNS
}

# Two rows of one file saying the same thing are one observation stated twice.
DUPLICATE_KEY = [
    "source_file",
    "source_url",
    "province_code",
    "indicator_code",
    "grouping",
    "period_start",
    "period_end",
    "is_target",
    "value",
    "quote",
]

# Rows fetched whole into polars at a time for Pandera (stage_facts, step 4): only the rows the SQL screen flags
# (0.5 % of the benchmark's), a few hundred bytes each, so a batch is a few tens of MB whatever the file's size.
VALIDATION_BATCH_ROWS = 100_000
# DuckDB's own limit (it spills to disk past it): the process also holds Dagster, Python and a Pandera
# batch, and must stay within 1.3 GB for a file of 10 million rows.
MEMORY_LIMIT = "500MB"


def raw_fact_frame(rows: list[dict], extractor_version: str) -> pl.DataFrame:
    """Rows of a parser (a DTI page, a report: hundreds of rows) as a raw fact frame; confidence
    defaults to 1.0 (a value read from a table). Each row gets a row_key (file:line:n) that follows
    it into the facts or the quarantine, so that every row read can be accounted for."""
    frame = pl.DataFrame(
        [{c: row.get(c) for c in RAW_FACT_SCHEMA if c != "row_key"} for row in rows],
        schema={c: t for c, t in RAW_FACT_SCHEMA.items() if c != "row_key"},
    )
    return frame.with_columns(
        pl.col("confidence").fill_null(1.0),
        pl.col("extractor_version").fill_null(extractor_version),
        pl.format(
            "{}:{}:{}",
            "source_file",
            pl.col("source_line").fill_null(0),
            pl.int_range(1, pl.len() + 1).over("source_file", "source_line"),
        ).alias("row_key"),
    ).select(list(RAW_FACT_SCHEMA))


@dataclass
class StagedFacts:
    facts: Path  # Parquet, STAGED_FACT_SCHEMA
    quarantine: pl.DataFrame  # QUARANTINE_SCHEMA
    rows_read: dict[str, int]  # source file -> rows the reader produced
    facts_count: int
    source_urls: list[str]  # every source URL the rows name (loaded or not)


def connect(workdir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB for one staging step, spilling to `workdir` past its memory limit."""
    (workdir / "spill").mkdir(parents=True, exist_ok=True)
    return duckdb.connect(
        config={
            "memory_limit": MEMORY_LIMIT,
            "threads": 2,
            "preserve_insertion_order": True,
            "temp_directory": str(workdir / "spill"),
        }
    )


def stage_frame(
    raw: pl.DataFrame, *, resolver: ProvinceResolver, catalog: pl.DataFrame, stage: str, workdir: Path
) -> StagedFacts:
    """stage_facts for a polars frame of RAW_FACT_SCHEMA."""
    with connect(workdir) as con:
        con.register("_raw_frame", raw.select(list(RAW_FACT_SCHEMA)).to_arrow())
        con.execute("CREATE TEMP TABLE raw_facts AS SELECT * FROM _raw_frame")
        con.unregister("_raw_frame")
        return stage_facts(con, "raw_facts", resolver=resolver, catalog=catalog, stage=stage, workdir=workdir)


def _located(message: str) -> str:
    """Every message starts with the place it is about: file:line (file alone for a whole file)."""
    place = "coalesce(source_file || ':' || source_line, source_file)"
    return f"CASE WHEN starts_with({message}, {place} || ':') THEN {message} ELSE {place} || ': ' || {message} END"


def stage_facts(
    con: duckdb.DuckDBPyConnection,
    raw: str,
    *,
    resolver: ProvinceResolver,
    catalog: pl.DataFrame,
    stage: str,
    workdir: Path,
) -> StagedFacts:
    """Stage the rows of table `raw` (RAW_FACT_SCHEMA columns) in `con`."""
    # 1. Province names: each distinct (spelling, grouping) resolved once, then joined.
    # (every row's spelling: cheaper than filtering, and a rejected row's name resolved in vain costs nothing)
    names = con.execute(
        f"SELECT DISTINCT coalesce(province_as_written, ''), coalesce(grouping, 63)::SMALLINT FROM {raw}"
    ).fetchall()
    resolved = [(name, grouping, *resolver.try_resolve(name, grouping)) for name, grouping in names]
    con.register(
        "_resolved_frame",
        pl.DataFrame(
            resolved,
            schema={"name": pl.String, "grouping": pl.Int16, "code": pl.String, "error": pl.String},
            orient="row",
        ).to_arrow(),
    )
    con.execute("CREATE OR REPLACE TEMP TABLE _resolved AS SELECT * FROM _resolved_frame")
    con.unregister("_resolved_frame")
    con.register("_catalog_frame", catalog.select("code", "unit", "valid_min", "valid_max").to_arrow())
    con.execute("CREATE OR REPLACE TEMP TABLE _catalog AS SELECT * FROM _catalog_frame")
    con.unregister("_catalog_frame")

    # 2. One pass over the raw rows, written straight to a Parquet file (every row, good or not): the first rule
    #    that needs no Pandera a row breaks (its reason), and whether StagedFactSchema may reject it (the screen:
    #    its column rules compiled to SQL by checks.column_rules_sql, its dataframe checks by their SQL beside the
    #    model). The later steps read this file's columns they need; the staged facts are copied from it at the
    #    end. (A wide temporary table in DuckDB, spilled past the memory limit and read back, cost 57 CPU-s of
    #    the 10M-row file's staging where this file and the final copy cost about 48.)
    workdir.mkdir(parents=True, exist_ok=True)
    schema = StagedFactSchema.to_schema()
    screen = f"coalesce({may_fail_sql(schema)}, true) OR {frame_checks_may_fail_sql(schema, FRAME_CHECKS_SQL)}"
    checked_file = workdir / "checked.parquet"
    checked = f"read_parquet({sql_string(str(checked_file))}, file_row_number = true)"
    con.execute(f"""
        COPY (
        SELECT *, _rule IS NULL AND ({screen}) AS _suspect FROM (
        SELECT r.* EXCLUDE (province_code, unit, reject_rule, reject_reason),
               coalesce(r.province_code, p.code) AS province_code,
               coalesce(r.unit, c.unit) AS unit, c.valid_min, c.valid_max,
               CASE WHEN r.reject_reason IS NOT NULL THEN coalesce(r.reject_rule, 'source_row')
                    WHEN r.province_code IS NULL AND p.error IS NOT NULL THEN 'province_resolution'
                    WHEN c.code IS NULL THEN 'unknown_indicator'
                    WHEN r.unit IS NOT NULL AND r.unit <> c.unit THEN 'unit_mismatch' END AS _rule,
               CASE WHEN r.reject_reason IS NOT NULL THEN r.reject_reason
                    WHEN r.province_code IS NULL AND p.error IS NOT NULL THEN p.error
                    WHEN c.code IS NULL THEN 'indicator code ' || coalesce(r.indicator_code, '(empty)')
                                             || ' is not in the indicator catalog'
                    WHEN r.unit IS NOT NULL AND r.unit <> c.unit
                    THEN 'unit ' || r.unit || ' differs from the catalog unit ' || c.unit || ' of ' || r.indicator_code
               END AS _message,
               CASE WHEN r.reject_reason IS NOT NULL THEN NULL
                    WHEN r.province_code IS NULL AND p.error IS NOT NULL THEN 'province_as_written'
                    WHEN c.code IS NULL THEN 'indicator_code'
                    WHEN r.unit IS NOT NULL AND r.unit <> c.unit THEN 'unit' END AS _column
        FROM {raw} AS r
        LEFT JOIN _resolved AS p  -- equality only: a hash join (a condition on r alone would make it a loop join)
          ON p.name = coalesce(r.province_as_written, '') AND p.grouping = coalesce(r.grouping, 63)
        LEFT JOIN _catalog AS c ON c.code = r.indicator_code))
        TO {sql_string(str(checked_file))} (FORMAT parquet)""")

    # 3. Duplicates within a file: rows are grouped by a 64-bit hash of the key first (cheap), and
    #    only rows whose hash repeats are compared on the key itself. The hash is computed once per row
    #    (kept with the row number: `hashed` is read twice, so DuckDB materialises these two narrow columns).
    key = ", ".join(DUPLICATE_KEY)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _duplicates AS
        WITH hashed AS (SELECT file_row_number AS r, hash({key}) AS h FROM {checked} WHERE _rule IS NULL),
        candidates AS (
            SELECT * FROM {checked} WHERE file_row_number IN (
                SELECT r FROM hashed WHERE h IN (SELECT h FROM hashed GROUP BY h HAVING count(*) > 1)))
        SELECT file_row_number AS _row, row_key FROM candidates
        QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY source_line, row_key) > 1""")

    # 4. Pandera on the rows the screen flags (step 2), fetched whole in batches and validated by the whole model,
    #    so every rejected row is Pandera's own verdict with its column, check and value. A row the screen does not
    #    flag passes every rule of the model (checks.column_rules_sql), so no other row is fetched into Python.
    #    (Fetching every row into polars, whole and then narrow for the dataframe checks, was most of staging's
    #    time.) Each batch's rejected rows go straight into a DuckDB table, and the memory of each batch is given
    #    back to the OS once it is validated (storage.memory): the process holds one batch at a time.
    columns = ", ".join(f'"{c}"' for c in STAGED_FACT_COLUMNS)
    quarantine_columns = ", ".join(f'"{c}"' for c in QUARANTINE_SCHEMA)
    con.register("_no_rejects", empty_quarantine().to_arrow())
    con.execute("CREATE OR REPLACE TEMP TABLE _pandera_quarantine AS SELECT * FROM _no_rejects")
    con.unregister("_no_rejects")
    # The whole model on no rows: its column set and dtypes (a mismatch rejects the table, as before).
    split_valid(
        con.execute(f"SELECT {columns} FROM {checked} LIMIT 0").pl().cast(STAGED_FACT_SCHEMA),
        StagedFactSchema,
        stage=stage,
    )
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _suspects AS
        SELECT file_row_number AS _row FROM {checked}
        WHERE _suspect AND file_row_number NOT IN (SELECT _row FROM _duplicates) ORDER BY file_row_number""")
    suspects = con.execute("SELECT count(*) FROM _suspects").fetchone()[0]
    for start in range(0, suspects, VALIDATION_BATCH_ROWS):
        frame = con.execute(
            f"SELECT {columns} FROM {checked} WHERE _suspect AND file_row_number IN "
            f"(SELECT _row FROM _suspects WHERE rowid >= {start} AND rowid < {start + VALIDATION_BATCH_ROWS})"
        ).pl()
        _, rejected = split_valid(frame.cast(STAGED_FACT_SCHEMA), StagedFactSchema, stage=stage)
        if rejected.height:
            con.register("_batch_rejects", rejected.cast(QUARANTINE_SCHEMA).to_arrow())
            con.execute(f"INSERT INTO _pandera_quarantine SELECT {quarantine_columns} FROM _batch_rejects")
            con.unregister("_batch_rejects")
        del frame, rejected
        release_freed_memory()
    pandera = con.execute(f"SELECT {quarantine_columns} FROM _pandera_quarantine").pl()
    con.execute("CREATE OR REPLACE TEMP TABLE _pandera_rejects AS SELECT DISTINCT row_key FROM _pandera_quarantine")

    # 5. The staged facts (Parquet) and the quarantine. Pandera's rejects are left out by an anti-join on row_key:
    #    `row_key NOT IN (SELECT row_key FROM _pandera_rejects)` is NULL for every row once one rejected row_key is
    #    NULL, and no row of the file would be staged. IS NOT DISTINCT FROM: a row whose row_key is NULL is always
    #    one of Pandera's rejects (a non-nullable column the screen flags), so it is left out too, not staged as
    #    well as quarantined. (An ANTI JOIN is a hash anti-join here; NOT EXISTS with IS NOT DISTINCT FROM would
    #    group every row_key of the file first.) _duplicates._row is a file_row_number: never NULL.
    facts = workdir / "facts.parquet"
    con.execute(f"""COPY (SELECT {columns} FROM {checked} AS c
                          ANTI JOIN _pandera_rejects AS r ON r.row_key IS NOT DISTINCT FROM c.row_key
                          WHERE c._rule IS NULL AND c.file_row_number NOT IN (SELECT _row FROM _duplicates))
                    TO {sql_string(str(facts))} (FORMAT parquet)""")
    duplicate_message = "the same value for the same unit, indicator and period appears earlier in this file"
    quarantine = con.execute(f"""
        WITH rejected AS (
            SELECT * EXCLUDE (file_row_number) FROM {checked} WHERE _rule IS NOT NULL
            UNION ALL BY NAME
            SELECT * EXCLUDE (file_row_number, _rule, _message, _column),
                   'duplicate_row' AS _rule, {sql_string(duplicate_message)} AS _message, NULL AS _column
            FROM {checked} WHERE file_row_number IN (SELECT _row FROM _duplicates))
        SELECT row_key, source_file, source_line, char_start, {sql_string(stage)} AS stage, _column AS column_name,
               _rule AS rule, CASE _column WHEN 'province_as_written' THEN province_as_written
                                           WHEN 'indicator_code' THEN indicator_code WHEN 'unit' THEN unit END AS value,
               {_located("_message")} AS message
        FROM rejected ORDER BY source_file, source_line, row_key""").pl()
    quarantine = pl.concat([quarantine.cast(QUARANTINE_SCHEMA), pandera.cast(QUARANTINE_SCHEMA)])
    rows_read = dict(con.execute(f"SELECT source_file, count(*) FROM {checked} GROUP BY source_file").fetchall())
    count = con.execute(f"SELECT count(*) FROM read_parquet({sql_string(str(facts))})").fetchone()[0]
    urls = [
        u
        for (u,) in con.execute(
            f"SELECT DISTINCT source_url FROM {checked} WHERE source_url IS NOT NULL ORDER BY 1"
        ).fetchall()
    ]
    for table in ("_duplicates", "_suspects", "_pandera_rejects", "_pandera_quarantine", "_resolved", "_catalog"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    checked_file.unlink()
    return StagedFacts(facts=facts, quarantine=quarantine, rows_read=rows_read, facts_count=count, source_urls=urls)
