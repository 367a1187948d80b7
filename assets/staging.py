"""The last step every source's rows go through before the warehouse: resolve province
names, attach the catalog's unit and valid range, validate with Pandera, and send every
rejected row to quarantine with its reason. One path for all sources."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

import dagster as dg
import polars as pl

from assets.partitions import DTI_YEARS, REPORTS, SUBMISSIONS
from assets.provenance import git_commit
from assets.reference.resolver import ProvinceResolver
from checks.schemas.facts import STAGED_FACT_COLUMNS, StagedFactSchema
from checks.validation import empty_quarantine, quarantine_rows, split_valid

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
    "period_basis": pl.String,
    "reject_rule": pl.String,
    "reject_reason": pl.String,
}

# What stage_facts hands on: the raw columns plus the catalog's valid range.
STAGED_FACT_SCHEMA = {
    c: {**RAW_FACT_SCHEMA, "valid_min": pl.Float64, "valid_max": pl.Float64}[c] for c in STAGED_FACT_COLUMNS
}


def raw_fact_frame(rows: list[dict], extractor_version: str) -> pl.DataFrame:
    """Rows of one source family; confidence defaults to 1.0 (a value read from a table).
    Each row gets a row_key (file:line:n) that follows it into the facts or the quarantine,
    so that every row read can be accounted for."""
    defaults = {"confidence": 1.0, "extractor_version": extractor_version}
    seen: dict[tuple, int] = {}
    out = []
    for row in rows:
        place = (row.get("source_file"), row.get("source_line"))
        seen[place] = seen.get(place, 0) + 1
        record = {column: row.get(column, defaults.get(column)) for column in RAW_FACT_SCHEMA}
        record["row_key"] = f"{place[0]}:{place[1]}:{seen[place]}"
        out.append(record)
    return pl.DataFrame(out, schema=RAW_FACT_SCHEMA)


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


def stage_facts(
    raw: pl.DataFrame, *, resolver: ProvinceResolver, catalog: pl.DataFrame, stage: str
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(validated staged facts, quarantine rows)."""
    rejected = [
        quarantine_rows(
            raw.filter(pl.col("reject_reason").is_not_null()),
            stage=stage,
            rule=pl.col("reject_rule").fill_null("source_row"),
            message_col="reject_reason",
        )
    ]
    rows = raw.filter(pl.col("reject_reason").is_null())

    resolved = [
        (code, None) if code else resolver.try_resolve(name, grouping or 63)
        for code, name, grouping in rows.select("province_code", "province_as_written", "grouping").iter_rows()
    ]
    rows = rows.with_columns(
        pl.Series("province_code", [c for c, _ in resolved], dtype=pl.String),
        pl.Series("_province_error", [e for _, e in resolved], dtype=pl.String),
    )
    rejected.append(
        quarantine_rows(
            rows.filter(pl.col("_province_error").is_not_null()),
            stage=stage,
            rule="province_resolution",
            message_col="_province_error",
            column="province_as_written",
        )
    )
    rows = rows.filter(pl.col("_province_error").is_null())

    catalog_cols = catalog.select(
        pl.col("code").alias("indicator_code"),
        pl.col("unit").alias("_catalog_unit"),
        "valid_min",
        "valid_max",
    )
    rows = rows.join(catalog_cols, on="indicator_code", how="left").with_columns(
        pl.coalesce("unit", "_catalog_unit").alias("unit")
    )
    unknown = rows.filter(pl.col("_catalog_unit").is_null()).with_columns(
        (
            pl.lit("indicator code ")
            + pl.col("indicator_code").fill_null("(empty)")
            + pl.lit(" is not in the indicator catalog")
        ).alias("_msg")
    )
    rejected.append(
        quarantine_rows(unknown, stage=stage, rule="unknown_indicator", message_col="_msg", column="indicator_code")
    )
    rows = rows.filter(pl.col("_catalog_unit").is_not_null())
    mismatch = rows.filter(pl.col("unit") != pl.col("_catalog_unit")).with_columns(
        (
            pl.lit("unit ")
            + pl.col("unit")
            + pl.lit(" differs from the catalog unit ")
            + pl.col("_catalog_unit")
            + pl.lit(" of ")
            + pl.col("indicator_code")
        ).alias("_msg")
    )
    rejected.append(quarantine_rows(mismatch, stage=stage, rule="unit_mismatch", message_col="_msg", column="unit"))
    rows = rows.filter(pl.col("unit") == pl.col("_catalog_unit")).select(STAGED_FACT_COLUMNS)
    duplicate = rows.filter(pl.struct(DUPLICATE_KEY).is_duplicated() & ~pl.struct(DUPLICATE_KEY).is_first_distinct())
    duplicate = duplicate.with_columns(
        pl.lit("the same value for the same unit, indicator and period appears earlier in this file").alias("_msg")
    )
    rejected.append(quarantine_rows(duplicate, stage=stage, rule="duplicate_row", message_col="_msg"))
    rows = rows.filter(~pl.col("row_key").is_in(duplicate["row_key"].implode()))

    valid, invalid = split_valid(rows, StagedFactSchema, stage=stage)
    rejected.append(invalid)
    return valid, pl.concat([q for q in rejected if q.height] or [empty_quarantine()], how="vertical")


DOCUMENT_SCHEMA = {
    "source_url": pl.String,
    "title": pl.String,
    "raw_file": pl.String,
    "raw_sha256": pl.String,
    "source_kind": pl.String,  # null: classify by the URL's publisher
}


@dataclass
class StagedBatch:
    """What one source family hands to the warehouse: validated facts, quarantined rows,
    the documents the facts came from, and rows skipped on purpose (reason -> count)."""

    facts: pl.DataFrame
    quarantine: pl.DataFrame
    documents: pl.DataFrame
    rows_read: dict[str, int] = field(default_factory=dict)  # source file -> rows the reader produced
    skipped: dict[str, dict[str, int]] = field(default_factory=dict)  # source file -> reason -> rows
    run_id: str | None = None  # the run that staged it (set for a partition)
    unclaimed: pl.DataFrame | None = None  # reports: numbers no indicator claims (report_unclaimed_mention)

    def metadata(self) -> dict:
        reasons: dict[str, int] = {}
        for by_reason in self.skipped.values():
            for reason, count in by_reason.items():
                reasons[reason] = reasons.get(reason, 0) + count
        return {
            "rows read": sum(self.rows_read.values()),
            "facts": self.facts.height,
            "quarantined": self.quarantine.height,
            "documents": self.documents.height,
            **{f"skipped: {reason}": count for reason, count in reasons.items()},
        }


def count_rows(rows: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["source_file"]] = counts.get(row["source_file"], 0) + 1
    return counts


@dataclass
class StagedSources:
    """Every source family's staged batch, by asset name: the one input of the warehouse loaders."""

    by_source: dict[str, StagedBatch]

    def batches(self) -> list[StagedBatch]:
        return list(self.by_source.values())


def merge_batches(batches: list[StagedBatch]) -> StagedBatch:
    """One batch from several (the partitions of one source), in the order given."""
    rows_read: dict[str, int] = {}
    skipped: dict[str, dict[str, int]] = {}
    for batch in batches:
        for file, count in batch.rows_read.items():
            rows_read[file] = rows_read.get(file, 0) + count
        for file, by_reason in batch.skipped.items():
            for reason, count in by_reason.items():
                skipped.setdefault(file, {})[reason] = skipped.get(file, {}).get(reason, 0) + count
    return StagedBatch(
        facts=pl.concat([b.facts for b in batches], how="vertical")
        if batches
        else pl.DataFrame(schema=STAGED_FACT_SCHEMA),
        quarantine=pl.concat([b.quarantine for b in batches], how="vertical") if batches else empty_quarantine(),
        documents=pl.concat([b.documents for b in batches], how="vertical").unique(maintain_order=True)
        if batches
        else pl.DataFrame(schema=DOCUMENT_SCHEMA),
        rows_read=rows_read,
        skipped=skipped,
        unclaimed=pl.concat([b.unclaimed for b in batches if b.unclaimed is not None], how="vertical")
        if any(b.unclaimed is not None for b in batches)
        else None,
    )


def partition_output(context, batches: dict[str, StagedBatch]) -> dg.Output[dict[str, StagedBatch]]:
    """What a partitioned staged asset returns: a batch per partition of its run, each marked
    with the run id; as metadata the totals, the run id, the code version and the raw files read."""
    for batch in batches.values():
        batch.run_id = context.run.run_id
    merged = merge_batches([batches[k] for k in sorted(batches)])
    raw_files = dict(sorted(merged.documents.select("raw_file", "raw_sha256").drop_nulls().unique().iter_rows()))
    return dg.Output(
        batches,
        metadata={
            **merged.metadata(),
            "run_id": context.run.run_id,
            "git_commit": git_commit(),
            "raw_file_sha256": dg.MetadataValue.json(raw_files),
        },
    )


# Sources partitioned by year or by document: the warehouse reads every current partition of each.
PARTITIONED_SOURCES = {
    "staged_dti_official_pages": DTI_YEARS,
    "staged_dti_published_facts": DTI_YEARS,
    "staged_submissions": SUBMISSIONS,
    "staged_report_facts": REPORTS,
}


@dg.asset(
    group_name="staged",
    kinds={"polars"},
    ins={name: dg.AssetIn(metadata={"allow_missing_partitions": True}) for name in PARTITIONED_SOURCES},
    check_specs=[
        dg.AssetCheckSpec(
            "every_partition_staged",
            asset="staged_sources",
            description="Every current partition (DTI year, report, submission) has been staged; one that never was "
            "(its staging run failed or was never launched) is missing from the warehouse.",
        )
    ],
    description="All staged sources together (DTI pages and facts of every year, every submission, every report): "
    "what the warehouse loads. Reads every current partition from the staged store; a partition never "
    "materialized is listed in the metadata.",
)
def staged_sources(
    context,
    staged_dti_official_pages: dict[str, StagedBatch],
    staged_dti_published_facts: dict[str, StagedBatch],
    staged_submissions: dict[str, StagedBatch],
    staged_report_facts: dict[str, StagedBatch],
) -> Iterator[dg.Output[StagedSources] | dg.AssetCheckResult]:
    by_partition = {
        "staged_dti_official_pages": staged_dti_official_pages,
        "staged_dti_published_facts": staged_dti_published_facts,
        "staged_submissions": staged_submissions,
        "staged_report_facts": staged_report_facts,
    }
    sources = StagedSources(
        {name: merge_batches([parts[k] for k in sorted(parts)]) for name, parts in by_partition.items()}
    )
    missing = {}
    for name, parts in by_partition.items():
        expected = PARTITIONED_SOURCES[name].get_partition_keys(dynamic_partitions_store=context.instance)
        missing[name] = sorted(set(expected) - set(parts))
        if missing[name]:
            context.log.warning(
                f"{name}: partitions never materialized, so not in the warehouse: {', '.join(missing[name])}"
            )
    yield dg.Output(
        sources,
        metadata={
            "staged by run": dg.MetadataValue.json(
                {
                    name: {key: getattr(parts[key], "run_id", None) for key in sorted(parts)}
                    for name, parts in by_partition.items()
                }
            ),
            **{f"{name}: partitions": len(parts) for name, parts in by_partition.items()},
            **{f"{name}: partitions never materialized": ", ".join(keys) for name, keys in missing.items() if keys},
            **{
                f"{name}: {key}": value
                for name, batch in sources.by_source.items()
                for key, value in batch.metadata().items()
            },
        },
    )
    unstaged = {name: keys for name, keys in missing.items() if keys}
    yield dg.AssetCheckResult(
        check_name="every_partition_staged",
        passed=not unstaged,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"offending_rows": sum(len(k) for k in unstaged.values()), "missing": dg.MetadataValue.json(unstaged)},
    )


def document_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame([{c: r.get(c) for c in DOCUMENT_SCHEMA} for r in rows], schema=DOCUMENT_SCHEMA)


def asset(**kwargs):
    """dg.asset; a partitioned one can stage a range of partitions in one run
    (BackfillPolicy.single_run), and so returns {partition key: value} (see
    pipelines.resources.StagedStore). The policy is still "beta" in Dagster 1.13: its warning is
    silenced here, the one place the project sets it."""

    def decorate(fn):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dg.BetaWarning)
            policy = dg.BackfillPolicy.single_run() if kwargs.get("partitions_def") else None
            return dg.asset(backfill_policy=policy, **kwargs)(fn)

    return decorate


def staged_asset(
    description: str, raw_folder: str | None = None, partitions_def: dg.PartitionsDefinition | None = None
):
    """A staged-layer asset (polars frames), reading the raw folder it names."""
    return asset(
        group_name="staged",
        kinds={"polars"},
        deps=[dg.AssetKey(["raw", raw_folder])] if raw_folder else [],
        description=description,
        partitions_def=partitions_def,
    )
