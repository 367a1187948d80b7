"""The staged layer's shared parts: what a staged source hands to the warehouse (StagedBatch,
kept as Parquet by the staged store), the asset that gathers every current partition
(staged_sources), and the decorators of staged assets. The rules every fact goes through are
in assets.fact_staging."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import dagster as dg
import polars as pl

from assets.fact_staging import STAGED_FACT_SCHEMA, StagedFacts
from assets.partitions import DTI_YEARS, REPORTS, SUBMISSIONS
from assets.provenance import git_commit
from assets.warehouse.dictionary import column_descriptions
from checks.validation import QUARANTINE_SCHEMA
from storage.staged_store import TableSet, output_metadata

DOCUMENT_SCHEMA = {
    "source_url": pl.String,
    "title": pl.String,
    "raw_file": pl.String,
    "raw_sha256": pl.String,
    "source_kind": pl.String,  # null: classify by the URL's publisher
}


class StagedBatch(TableSet):
    """What one source family hands to the warehouse for one partition: validated facts,
    quarantined rows, the documents the facts came from, and per raw file the rows read and the
    rows skipped on purpose (reason -> count). In the staged store: facts.parquet,
    quarantine.parquet, documents.parquet and meta.json."""

    kind: ClassVar[str] = "staged_batch"

    @classmethod
    def of(
        cls,
        *,
        facts: pl.DataFrame | Path | StagedFacts,
        quarantine: pl.DataFrame,
        documents: pl.DataFrame,
        rows_read: dict[str, int],
        skipped: dict[str, dict[str, int]] | None = None,
        facts_count: int | None = None,
        unclaimed: pl.DataFrame | None = None,
    ) -> StagedBatch:
        """``unclaimed``: for reports, the numbers no catalog indicator claims (report_unclaimed_mention)."""
        if isinstance(facts, StagedFacts):
            facts_count, facts = facts.facts_count, facts.facts
        if isinstance(facts, pl.DataFrame):
            facts_count = facts.height
        return cls(
            tables={
                "facts": facts,
                "quarantine": quarantine.cast(QUARANTINE_SCHEMA),
                "documents": documents.cast(DOCUMENT_SCHEMA),
                **({"unclaimed": unclaimed} if unclaimed is not None else {}),
            },
            meta={
                "rows_read": rows_read,
                "skipped": skipped or {},
                "facts": facts_count,
                "quarantined": quarantine.height,
                "documents": documents.height,
            },
        )

    @property
    def rows_read(self) -> dict[str, int]:
        return self.meta.get("rows_read", {})

    @property
    def skipped(self) -> dict[str, dict[str, int]]:
        return self.meta.get("skipped", {})

    @property
    def run_id(self) -> str | None:
        return self.meta.get("run_id")

    def facts(self) -> pl.DataFrame:
        """The staged facts as a frame: for small sources (a DTI year); the warehouse reads the Parquet file."""
        return self.frame("facts", STAGED_FACT_SCHEMA)

    def quarantine(self) -> pl.DataFrame:
        return self.frame("quarantine", QUARANTINE_SCHEMA)

    def documents(self) -> pl.DataFrame:
        return self.frame("documents", DOCUMENT_SCHEMA)

    def metadata(self) -> dict:
        reasons: dict[str, int] = {}
        for by_reason in self.skipped.values():
            for reason, count in by_reason.items():
                reasons[reason] = reasons.get(reason, 0) + count
        return {
            "rows read": sum(self.rows_read.values()),
            "facts": self.meta.get("facts", 0),
            "quarantined": self.meta.get("quarantined", 0),
            "documents": self.meta.get("documents", 0),
            **{f"skipped: {reason}": count for reason, count in reasons.items()},
        }


class StagedSources(TableSet):
    """Which staged partition of which source the warehouse loads: source asset -> partition key
    -> the folder of its StagedBatch in the staged store (meta only; the loaders read the Parquet
    files with DuckDB)."""

    kind: ClassVar[str] = "staged_sources"

    def batches(self) -> dict[str, list[StagedBatch]]:
        return {
            name: [TableSet.read(Path(folder)) for _, folder in sorted(parts.items())]
            for name, parts in self.meta["partitions"].items()
        }


def merge_counts(batches: list[StagedBatch]) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    rows_read: dict[str, int] = {}
    skipped: dict[str, dict[str, int]] = {}
    for batch in batches:
        for file, count in batch.rows_read.items():
            rows_read[file] = rows_read.get(file, 0) + count
        for file, by_reason in batch.skipped.items():
            for reason, count in by_reason.items():
                skipped.setdefault(file, {})[reason] = skipped.get(file, {}).get(reason, 0) + count
    return rows_read, skipped


def add_partition_metadata(context, values: dict) -> None:
    """Each partition's own row count, column schema (described by the data dictionary) and preview
    in the UI (a run may stage several partitions: the output's metadata would be their total)."""
    descriptions = column_descriptions()
    for key, value in values.items():
        context.add_asset_metadata(output_metadata([value], descriptions), partition_key=key)


def partition_output(context, batches: dict[str, StagedBatch]) -> dg.Output[dict[str, StagedBatch]]:
    """What a partitioned staged asset returns: a batch per partition of its run, each marked
    with the run id; as metadata the totals, the run id, the code version and the raw files read."""
    for batch in batches.values():
        batch.meta["run_id"] = context.run.run_id
    add_partition_metadata(context, batches)
    rows_read, skipped = merge_counts(list(batches.values()))
    documents = [batch.documents() for batch in batches.values()]
    raw_files = (
        dict(sorted(pl.concat(documents).select("raw_file", "raw_sha256").drop_nulls().unique().iter_rows()))
        if documents
        else {}
    )
    totals = {
        "rows read": sum(rows_read.values()),
        "facts": sum(b.meta.get("facts", 0) for b in batches.values()),
        "quarantined": sum(b.meta.get("quarantined", 0) for b in batches.values()),
    }
    reasons: dict[str, int] = {}
    for by_reason in skipped.values():
        for reason, count in by_reason.items():
            reasons[reason] = reasons.get(reason, 0) + count
    return dg.Output(
        batches,
        metadata={
            **totals,
            **{f"skipped: {r}": n for r, n in reasons.items()},
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
    missing = {}
    for name, parts in by_partition.items():
        expected = PARTITIONED_SOURCES[name].get_partition_keys(dynamic_partitions_store=context.instance)
        missing[name] = sorted(set(expected) - set(parts))
        if missing[name]:
            context.log.warning(
                f"{name}: partitions never materialized, so not in the warehouse: {', '.join(missing[name])}"
            )
    sources = StagedSources(
        meta={
            "partitions": {
                name: {key: str(parts[key].folder) for key in sorted(parts)} for name, parts in by_partition.items()
            }
        }
    )
    totals = {name: merge_counts(list(parts.values())) for name, parts in by_partition.items()}
    yield dg.Output(
        sources,
        metadata={
            "staged by run": dg.MetadataValue.json(
                {name: {key: parts[key].run_id for key in sorted(parts)} for name, parts in by_partition.items()}
            ),
            **{f"{name}: partitions": len(parts) for name, parts in by_partition.items()},
            **{f"{name}: partitions never materialized": ", ".join(keys) for name, keys in missing.items() if keys},
            **{f"{name}: rows read": sum(totals[name][0].values()) for name in by_partition},
            **{
                f"{name}: facts": sum(b.meta.get("facts", 0) for b in parts.values())
                for name, parts in by_partition.items()
            },
            **{
                f"{name}: quarantined": sum(b.meta.get("quarantined", 0) for b in parts.values())
                for name, parts in by_partition.items()
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
    storage.staged_store.ParquetStore). The policy is still "beta" in Dagster 1.13: its warning is
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
    """A staged-layer asset (Parquet in the staged store), reading the raw folder it names."""
    return asset(
        group_name="staged",
        kinds={"polars"},
        deps=[dg.AssetKey(["raw", raw_folder])] if raw_folder else [],
        description=description,
        partitions_def=partitions_def,
    )
