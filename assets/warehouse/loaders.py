"""Warehouse tables built from the staged frames: dimensions, the fact table, quarantine."""

import hashlib
from urllib.parse import urlparse

from datetime import datetime, timezone

import dagster as dg
import polars as pl
from dagster import AssetExecutionContext

from assets.reports.assets import DOCUMENT_COLUMNS, UNCLAIMED_COLUMNS, ReportBatch
from assets.staging import StagedBatch, StagedSources
from assets.warehouse.dictionary import describe, replace_table
from assets.warehouse.table_metadata import table_metadata
from pipelines.resources import Warehouse

# Priority of a source whose publisher is not listed, by the kind its loader declares:
# a province's own report ranks with government sites; an analyst's figure below them.
DECLARED_KIND_PRIORITY = {"report": 3, "analyst_submission": 4}


def source_id(url_or_file: pl.Expr) -> pl.Expr:
    """Stable key of a source document: its URL, or its raw file when it has no URL."""
    return url_or_file.map_elements(
        lambda text: hashlib.md5(text.encode("utf-8")).hexdigest()[:12], return_dtype=pl.String
    )


def _domain(url: str | None) -> str | None:
    return (urlparse(url).hostname or None) if url else None


def build_dim_source(batches: list[StagedBatch], publishers: pl.DataFrame) -> pl.DataFrame:
    documents = pl.concat([b.documents for b in batches], how="vertical")
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


def build_fact_table(batches: list[StagedBatch]) -> pl.DataFrame:
    facts = pl.concat([b.facts for b in batches], how="vertical")
    key = pl.concat_str(
        [
            pl.col("source_file"),
            pl.col("source_line").cast(pl.String),
            pl.col("province_code"),
            pl.col("indicator_code"),
            pl.col("period_start").cast(pl.String),
            pl.col("period_end").cast(pl.String),
            pl.col("is_target").cast(pl.String),
        ],
        separator="|",
    )
    return facts.select(
        source_id(key).alias("fact_id"),
        "province_code",
        "indicator_code",
        "grouping",
        "period_start",
        "period_end",
        pl.col("period_end").dt.year().cast(pl.Int16).alias("year"),
        "value",
        "unit",
        "qualifier",
        "is_target",
        source_id(pl.coalesce("source_url", "source_file")).alias("source_id"),
        "source_file",
        "source_line",
        "char_start",
        "char_end",
        "quote",
        "province_as_written",
        "note",
        "denominator",
        "confidence",
        "extractor_version",
        "document_id",
        "period_basis",
    ).sort("indicator_code", "year", "grouping", "province_code", "source_id")


def _write(warehouse: Warehouse, table: str, frame: pl.DataFrame) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        replace_table(con, table, frame)
        return dg.MaterializeResult(metadata=table_metadata(con, table))


def _table_asset(name: str, deps: list[str] = ()):
    """A warehouse table asset; its inputs are the staged assets named by its parameters."""
    return dg.asset(
        name=name, group_name="warehouse", kinds={"duckdb"}, description=describe(name), deps=["warehouse_build", *deps]
    )


@_table_asset("dim_province")
def dim_province(warehouse: Warehouse, staged_provinces: pl.DataFrame) -> dg.MaterializeResult:
    return _write(warehouse, "dim_province", staged_provinces)


@_table_asset("dim_province_alias")
def dim_province_alias(warehouse: Warehouse, staged_province_aliases: pl.DataFrame) -> dg.MaterializeResult:
    return _write(warehouse, "dim_province_alias", staged_province_aliases)


@_table_asset("dim_indicator")
def dim_indicator(warehouse: Warehouse, staged_indicators: pl.DataFrame) -> dg.MaterializeResult:
    return _write(warehouse, "dim_indicator", staged_indicators.rename({"code": "indicator_code"}))


@_table_asset("dim_source")
def dim_source(
    warehouse: Warehouse, staged_publishers: pl.DataFrame, staged_sources: StagedSources
) -> dg.MaterializeResult:
    return _write(warehouse, "dim_source", build_dim_source(staged_sources.batches(), staged_publishers))


# After load_audit: when the row accounting does not balance, the facts are not replaced.
@_table_asset("fact_indicator_value", deps=["dim_province", "dim_indicator", "dim_source", "load_audit"])
def fact_indicator_value(warehouse: Warehouse, staged_sources: StagedSources) -> dg.MaterializeResult:
    return _write(warehouse, "fact_indicator_value", build_fact_table(staged_sources.batches()))


def _run_columns(context: AssetExecutionContext) -> list[pl.Expr]:
    return [pl.lit(context.run.run_id).alias("run_id"), pl.lit(datetime.now(timezone.utc)).alias("recorded_at")]


def build_load_audit(sources: StagedSources) -> pl.DataFrame:
    """Per source and file: rows read = rows loaded + rows quarantined + rows skipped (with reasons)."""
    rows = []
    for name, batch in sources.by_source.items():
        for file, read in sorted(batch.rows_read.items()):
            loaded = set(batch.facts.filter(pl.col("source_file") == file)["row_key"])
            quarantined = set(batch.quarantine.filter(pl.col("source_file") == file)["row_key"])
            skipped = batch.skipped.get(file, {})
            rows.append(
                {
                    "source": name,
                    "source_file": file,
                    "rows_read": read,
                    "rows_loaded": len(loaded),
                    "rows_quarantined": len(quarantined),
                    "rows_skipped": sum(skipped.values()),
                    "skip_reasons": "; ".join(f"{reason}: {count}" for reason, count in sorted(skipped.items()))
                    or None,
                    "rows_both_loaded_and_quarantined": len(loaded & quarantined),
                }
            )
    schema = {
        "source": pl.String,
        "source_file": pl.String,
        "rows_read": pl.Int64,
        "rows_loaded": pl.Int64,
        "rows_quarantined": pl.Int64,
        "rows_skipped": pl.Int64,
        "skip_reasons": pl.String,
        "rows_both_loaded_and_quarantined": pl.Int64,
    }
    frame = pl.DataFrame(rows, schema=schema)
    return frame.with_columns(
        (
            (pl.col("rows_read") == pl.col("rows_loaded") + pl.col("rows_quarantined") + pl.col("rows_skipped"))
            & (pl.col("rows_both_loaded_and_quarantined") == 0)
        ).alias("balanced")
    )


@_table_asset("load_audit")
def load_audit(
    context: AssetExecutionContext, warehouse: Warehouse, staged_sources: StagedSources
) -> dg.MaterializeResult:
    frame = build_load_audit(staged_sources).with_columns(_run_columns(context))
    result = _write(warehouse, "load_audit", frame)
    totals = frame.select(pl.col("rows_read", "rows_loaded", "rows_quarantined", "rows_skipped").sum()).row(
        0, named=True
    )
    return dg.MaterializeResult(
        metadata={**result.metadata, **totals, "unbalanced_files": int((~frame["balanced"]).sum())}
    )


@_table_asset("quarantine")
def quarantine(
    context: AssetExecutionContext, warehouse: Warehouse, staged_sources: StagedSources
) -> dg.MaterializeResult:
    frame = (
        pl.concat([b.quarantine for b in staged_sources.batches()], how="vertical")
        .with_columns(_run_columns(context))
        .sort("source_file", "source_line")
    )
    return _write(warehouse, "quarantine", frame)


@_table_asset("report_unclaimed_mention")
def report_unclaimed_mention(warehouse: Warehouse, staged_sources: StagedSources) -> dg.MaterializeResult:
    batch = staged_sources.by_source.get("staged_report_facts")
    frame = (
        batch.unclaimed if batch is not None and batch.unclaimed is not None else pl.DataFrame(schema=UNCLAIMED_COLUMNS)
    )
    return _write(warehouse, "report_unclaimed_mention", frame.sort("source_file", "value_start"))


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
    return _write(warehouse, "dim_document", frame)
