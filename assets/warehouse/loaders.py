"""Warehouse tables built from the staged store with set-based SQL: DuckDB reads the Parquet files
of every current partition (assets.staging.StagedSources) straight into the build file, so no row
passes through Python on its way to fact_indicator_value, quarantine or load_audit. The dimension and
reference tables (but dim_document, here) are written in one step by assets.warehouse.dimensions."""

import hashlib
from urllib.parse import urlparse

import dagster as dg
import duckdb
import polars as pl
from dagster import AssetExecutionContext

from assets.fact_staging import STAGED_FACT_SCHEMA
from assets.reports.assets import DOCUMENT_COLUMNS, UNCLAIMED_COLUMNS, ReportBatch
from assets.staging import StagedBatch, StagedSources
from assets.warehouse.dictionary import create_table, describe, replace_table
from assets.warehouse.incremental import (
    FACT_ORDER,
    IN_DELTA_FILES,
    BuildPlan,
    apply_delta,
    forget_delta_keys,
    plan_path,
    record_delta_checksum,
    register_delta_files,
)
from assets.warehouse.table_metadata import table_metadata
from checks.validation import QUARANTINE_SCHEMA
from storage.sql_text import sql_strings
from storage.warehouse import Warehouse

# Priority of a source whose publisher is not listed, by the kind its loader declares:
# a province's own report ranks with government sites; an analyst's figure below them.
DECLARED_KIND_PRIORITY = {"report": 3, "analyst_submission": 4}

_DUCKDB_TYPES = {
    pl.String: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int16: "SMALLINT",
    pl.Float64: "DOUBLE",
    pl.Date: "DATE",
    pl.Boolean: "BOOLEAN",
}


def source_id_sql(expression: str) -> str:
    """Stable key of a source document: the first 12 hex digits of the MD5 of its URL, or of its raw
    file when it has no URL (the same value as `source_id` below)."""
    return f"substr(md5({expression}), 1, 12)"


def source_id(url_or_file: pl.Expr) -> pl.Expr:
    """source_id_sql for the small frames built in Python (documents: one row per source document)."""
    return url_or_file.map_elements(
        lambda text: hashlib.md5(text.encode("utf-8")).hexdigest()[:12], return_dtype=pl.String
    )


def parquet_rows(paths: list, schema: dict) -> str:
    """A FROM item over Parquet files; with no file, an empty relation with the schema's columns."""
    files = [str(p) for p in paths if p is not None]
    if files:
        return f"read_parquet([{sql_strings(files)}], union_by_name = true)"
    columns = ", ".join(f'NULL::{_DUCKDB_TYPES[t]} AS "{c}"' for c, t in schema.items())
    return f"(SELECT {columns} WHERE false)"


def _batches(sources: StagedSources, plan: BuildPlan | None = None) -> dict[str, list[StagedBatch]]:
    """Every current partition's batch; with an incremental plan, only the changed or added ones."""
    batches = sources.batches()
    if plan is None or not plan.incremental:
        return batches
    return {
        name: [
            batch
            for key, batch in zip(sorted(sources.meta["partitions"][name]), batch_list, strict=True)
            if key in plan.changed.get(name, [])
        ]
        for name, batch_list in batches.items()
    }


def _plan(warehouse: Warehouse) -> BuildPlan:
    return BuildPlan.read(plan_path(warehouse.build_path))


def table_paths(sources: StagedSources, table: str, plan: BuildPlan | None = None) -> list:
    return [batch.path(table) for batches in _batches(sources, plan).values() for batch in batches]


def _domain(url: str | None) -> str | None:
    return (urlparse(url).hostname or None) if url else None


def build_dim_source(documents: pl.DataFrame, publishers: pl.DataFrame) -> pl.DataFrame:
    documents = documents.with_columns(
        pl.coalesce("source_url", "raw_file").alias("_identity"),
        pl.col("source_url").map_elements(_domain, return_dtype=pl.String).alias("domain"),
    )
    by_doc = documents.group_by("_identity").agg(
        pl.col("source_url").first(),
        pl.col("domain").first(),
        pl.col("title").drop_nulls().first(),
        pl.col("source_kind").drop_nulls().first().alias("declared_kind"),
        pl.col("raw_file").unique().sort().alias("raw_files"),
        pl.col("raw_sha256").unique().sort().alias("raw_sha256"),
    )
    return (
        by_doc.join(publishers.select("domain", "publisher", "source_kind", "priority"), on="domain", how="left")
        .with_columns(
            source_id(pl.col("_identity")).alias("source_id"),
            pl.coalesce("declared_kind", "source_kind", pl.lit("unclassified")).alias("source_kind"),
            # An unknown publisher ranks below every known one; an analyst's own figure
            # without a known publisher sits between government sites and the press.
            pl.coalesce(
                "priority",
                pl.col("declared_kind").replace_strict(DECLARED_KIND_PRIORITY, default=None, return_dtype=pl.Int16),
                pl.lit(9, pl.Int16),
            ).alias("priority"),
        )
        .select(
            "source_id",
            "source_url",
            "domain",
            "publisher",
            "source_kind",
            "priority",
            "title",
            "raw_files",
            "raw_sha256",
        )
        .sort("priority", "source_id")
    )


def fact_table_sql(facts: str) -> str:
    """fact_indicator_value from the staged facts. fact_id is the MD5 of the row's row_key
    (file:line:n, unique by construction: one file, one physical line, the n-th fact read there);
    the blocking check fact_id_unique verifies it."""
    return f"""
        SELECT md5(row_key) AS fact_id, province_code, indicator_code, grouping, period_start, period_end,
               year(period_end)::SMALLINT AS year, value, unit, qualifier, is_target,
               {source_id_sql("coalesce(source_url, source_file)")} AS source_id,
               source_file, source_line, char_start, char_end, quote, province_as_written, note, denominator,
               confidence, extractor_version, document_id, period_basis
        FROM {facts}
        ORDER BY {FACT_ORDER}"""


def _table_asset(name: str, deps: list[str] = ()):
    """A warehouse table asset; its inputs are the staged assets named by its parameters."""
    return dg.asset(
        name=name, group_name="warehouse", kinds={"duckdb"}, description=describe(name), deps=["warehouse_build", *deps]
    )


def _result(con: duckdb.DuckDBPyConnection, table: str, **extra) -> dg.MaterializeResult:
    """What the Dagster UI shows of a table just written: rows, column schema, a preview."""
    return dg.MaterializeResult(metadata={**table_metadata(con, table), **extra})


# After load_audit: when the row accounting does not balance, the facts are not loaded.
@_table_asset("fact_indicator_value", deps=["dim_province", "dim_indicator", "dim_source", "load_audit"])
def fact_indicator_value(warehouse: Warehouse, staged_sources: StagedSources) -> dg.MaterializeResult:
    plan = _plan(warehouse)
    facts = parquet_rows(table_paths(staged_sources, "facts", plan), STAGED_FACT_SCHEMA)
    forget_delta_keys(warehouse.build_path)
    with warehouse.connect() as con:
        if plan.incremental:  # the delta's files' rows replaced, in the start file
            register_delta_files(con, plan)
            delta = apply_delta(con, "fact_indicator_value", IN_DELTA_FILES, fact_table_sql(facts))
            record_delta_checksum(warehouse.build_path, "fact_indicator_value", delta)
        else:
            delta = {}
            create_table(con, "fact_indicator_value", fact_table_sql(facts))
        return _result(con, "fact_indicator_value", build_mode=plan.mode, **_rows(delta))


def _rows(delta: dict) -> dict:
    """What a delta did, as metadata: rows deleted and inserted (its hash sums are for the publish)."""
    return {k: v for k, v in delta.items() if k.startswith("rows_")}


def _run_columns(context: AssetExecutionContext) -> str:
    run_id = context.run.run_id.replace("'", "")
    return f"'{run_id}' AS run_id, get_current_timestamp() AS recorded_at"


def _read_counts(sources: StagedSources, plan: BuildPlan | None = None) -> pl.DataFrame:
    """Per source and raw file: rows read and rows skipped (with reasons), from each partition's metadata
    (with an incremental plan, of the changed partitions only)."""
    rows = []
    for name, batches in _batches(sources, plan).items():
        read: dict[str, int] = {}
        skipped: dict[str, dict[str, int]] = {}
        for batch in batches:
            for file, count in batch.rows_read.items():
                read[file] = read.get(file, 0) + count
            for file, reasons in batch.skipped.items():
                for reason, count in reasons.items():
                    skipped.setdefault(file, {})[reason] = skipped.get(file, {}).get(reason, 0) + count
        for file, count in sorted(read.items()):
            reasons = skipped.get(file, {})
            rows.append(
                {
                    "source": name,
                    "source_file": file,
                    "rows_read": count,
                    "rows_skipped": sum(reasons.values()),
                    "skip_reasons": "; ".join(f"{r}: {n}" for r, n in sorted(reasons.items())) or None,
                }
            )
    return pl.DataFrame(
        rows,
        schema={
            "source": pl.String,
            "source_file": pl.String,
            "rows_read": pl.Int64,
            "rows_skipped": pl.Int64,
            "skip_reasons": pl.String,
        },
    )


def load_audit_sql(facts: str, quarantine: str, run_columns: str) -> str:
    """Per source and file: rows read = rows loaded + rows quarantined + rows skipped, counted by
    row_key in the staged Parquet files (never loaded into Python)."""
    return f"""
        WITH loaded AS (SELECT source_file, count(*) AS n FROM {facts} GROUP BY source_file),
        quarantined AS (SELECT source_file, count(DISTINCT row_key) AS n FROM {quarantine} GROUP BY source_file),
        both_places AS (
            SELECT q.source_file, count(DISTINCT q.row_key) AS n
            FROM (SELECT DISTINCT source_file, row_key FROM {quarantine}) AS q
            SEMI JOIN (SELECT row_key FROM {facts}) AS f ON f.row_key = q.row_key
            GROUP BY q.source_file)
        SELECT r.source, r.source_file, r.rows_read, coalesce(l.n, 0)::BIGINT AS rows_loaded,
               coalesce(q.n, 0)::BIGINT AS rows_quarantined, r.rows_skipped, r.skip_reasons,
               coalesce(b.n, 0)::BIGINT AS rows_both_loaded_and_quarantined,
               r.rows_read = coalesce(l.n, 0) + coalesce(q.n, 0) + r.rows_skipped AND coalesce(b.n, 0) = 0 AS balanced,
               {run_columns}
        FROM _read_counts AS r
        LEFT JOIN loaded AS l USING (source_file)
        LEFT JOIN quarantined AS q USING (source_file)
        LEFT JOIN both_places AS b USING (source_file)
        ORDER BY r.source, r.source_file"""


@_table_asset("load_audit")
def load_audit(
    context: AssetExecutionContext, warehouse: Warehouse, staged_sources: StagedSources
) -> dg.MaterializeResult:
    plan = _plan(warehouse)
    facts = parquet_rows(table_paths(staged_sources, "facts", plan), STAGED_FACT_SCHEMA)
    quarantine = parquet_rows(table_paths(staged_sources, "quarantine", plan), QUARANTINE_SCHEMA)
    with warehouse.connect() as con:
        con.register("_read_counts", _read_counts(staged_sources, plan).to_arrow())
        audit = load_audit_sql(facts, quarantine, _run_columns(context))
        if plan.incremental:  # the delta's files' rows replaced, in the start file
            register_delta_files(con, plan)
            delta = apply_delta(con, "load_audit", IN_DELTA_FILES, audit)
            record_delta_checksum(warehouse.build_path, "load_audit", delta)
        else:
            delta = {}
            create_table(con, "load_audit", audit)
        con.unregister("_read_counts")
        totals = con.execute(
            "SELECT sum(rows_read), sum(rows_loaded), sum(rows_quarantined), sum(rows_skipped), "
            "count(*) FILTER (WHERE NOT balanced) FROM load_audit"
        ).fetchone()
        return _result(
            con,
            "load_audit",
            rows_read=int(totals[0] or 0),
            rows_loaded=int(totals[1] or 0),
            rows_quarantined=int(totals[2] or 0),
            rows_skipped=int(totals[3] or 0),
            unbalanced_files=int(totals[4]),
            **_rows(delta),
        )


@_table_asset("quarantine")
def quarantine(
    context: AssetExecutionContext, warehouse: Warehouse, staged_sources: StagedSources
) -> dg.MaterializeResult:
    plan = _plan(warehouse)
    columns = ", ".join(f'"{c}"' for c in QUARANTINE_SCHEMA)

    def select(rows_from: str) -> str:
        return f"SELECT {columns}, {_run_columns(context)} FROM {rows_from} ORDER BY source_file, source_line, row_key"

    with warehouse.connect() as con:
        if plan.incremental:  # the delta's files' rows replaced, in the start file
            rows_from = parquet_rows(table_paths(staged_sources, "quarantine", plan), QUARANTINE_SCHEMA)
            # Rows are replaced by their file: a row without one (none is staged so today) could not be told
            # apart from an unchanged partition's, so then the table is rebuilt whole.
            unfiled = con.execute(
                f"SELECT (SELECT count(*) FROM quarantine WHERE source_file IS NULL) "
                f"+ (SELECT count(*) FROM {rows_from} WHERE source_file IS NULL)"
            ).fetchone()[0]
            if not unfiled:
                register_delta_files(con, plan)
                delta = apply_delta(con, "quarantine", IN_DELTA_FILES, select(rows_from))
                record_delta_checksum(warehouse.build_path, "quarantine", delta)
                return _result(con, "quarantine", build_mode=plan.mode, **_rows(delta))
        create_table(
            con, "quarantine", select(parquet_rows(table_paths(staged_sources, "quarantine"), QUARANTINE_SCHEMA))
        )
        return _result(con, "quarantine", build_mode="full")


@_table_asset("report_unclaimed_mention")
def report_unclaimed_mention(warehouse: Warehouse, staged_sources: StagedSources) -> dg.MaterializeResult:
    paths = [batch.path("unclaimed") for batch in _batches(staged_sources).get("staged_report_facts", [])]
    rows_from = parquet_rows(paths, UNCLAIMED_COLUMNS)
    columns = ", ".join(f'"{c}"' for c in UNCLAIMED_COLUMNS)
    with warehouse.connect() as con:
        create_table(
            con,
            "report_unclaimed_mention",
            f"SELECT {columns} FROM {rows_from} ORDER BY source_file, value_start",
        )
        return _result(con, "report_unclaimed_mention")


# Its own step: its input is every report's partition, loaded with allow_missing_partitions (an input's own
# metadata, which a multi-asset's shared step cannot carry alongside its specs' dependencies).
@dg.asset(
    name="dim_document",
    group_name="warehouse",
    kinds={"duckdb"},
    description=describe("dim_document"),
    deps=["warehouse_build"],
    ins={"report_documents": dg.AssetIn(metadata={"allow_missing_partitions": True})},
)
def dim_document(warehouse: Warehouse, report_documents: dict[str, ReportBatch]) -> dg.MaterializeResult:
    frames = [report_documents[key].frame for key in sorted(report_documents)]
    frame = pl.concat(frames, how="vertical") if frames else pl.DataFrame(schema=DOCUMENT_COLUMNS)
    frame = frame.with_columns(source_id(pl.coalesce("source_url", "source_file")).alias("source_id"))
    with warehouse.connect() as con:
        replace_table(con, "dim_document", frame)
        return _result(con, "dim_document")
