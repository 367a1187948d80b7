"""Provincial prose reports (data/raw/reports/*.txt|md|html) as Dagster assets: documents,
then facts extracted with exact quotes, staged on the same path as every other source."""

from typing import ClassVar

import dagster as dg
import polars as pl
from dagster import AssetExecutionContext

from assets.fact_staging import raw_fact_frame, stage_frame
from assets.partitions import REPORTS, document_key
from assets.reference.catalog import read_publishers
from assets.reports.context import ExtractionContext
from assets.reports.documents import REPORT_SUFFIXES, ReportError, load_document
from assets.reports.extract import EXTRACTOR_VERSION, ReportDocument
from assets.staging import StagedBatch, add_partition_metadata, asset, document_frame, partition_output
from checks.schemas.reports import ReportDocumentSchema
from checks.validation import QUARANTINE_SCHEMA, split_valid
from storage.raw_files import RawFiles
from storage.staged_store import TableSet, scratch_dir

DOCUMENT_COLUMNS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "province_code": pl.String,
    "province_inferred": pl.Boolean,
    "document_date": pl.Date,
    "date_inferred": pl.Boolean,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "period_inferred": pl.Boolean,
    "title": pl.String,
    "source_url": pl.String,
    "publisher": pl.String,
    "raw_sha256": pl.String,
    "text": pl.String,
}


class ReportBatch(TableSet):
    """The documents of one report partition (one row per document, with its normalised text) and
    the reports quarantined whole; Parquet in the staged store."""

    kind: ClassVar[str] = "report_batch"

    @classmethod
    def of(cls, frame: pl.DataFrame, quarantine: pl.DataFrame) -> "ReportBatch":
        return cls(tables={"documents": frame, "quarantine": quarantine.cast(QUARANTINE_SCHEMA)})

    @property
    def frame(self) -> pl.DataFrame:
        return self.frame_of("documents", DOCUMENT_COLUMNS)

    @property
    def quarantine(self) -> pl.DataFrame:
        return self.frame_of("quarantine", QUARANTINE_SCHEMA)

    @property
    def documents(self) -> list[ReportDocument]:
        return [
            ReportDocument(url=row.pop("source_url"), **{k: v for k, v in row.items() if k != "raw_sha256"})
            for row in self.frame.iter_rows(named=True)
        ]

    def frame_of(self, name: str, schema: dict) -> pl.DataFrame:
        return TableSet.frame(self, name, schema)


# The extraction context compiles hundreds of patterns (about 2 s); both report assets of one run need the
# same one. Kept per content of its inputs, so a changed catalog or lexicon builds a new one.
_CONTEXTS: dict[tuple, ExtractionContext] = {}


def _context(provinces, aliases, indicators, raw: RawFiles) -> ExtractionContext:
    lexicon = raw.path("reference", "report_lexicon.yaml")
    publishers = read_publishers(raw.path("reference"))
    key = (
        *(tuple(frame.hash_rows().to_list()) for frame in (provinces, aliases, indicators, publishers)),
        *(str(frame.schema) for frame in (provinces, aliases, indicators, publishers)),
        lexicon.read_bytes(),
    )
    if key not in _CONTEXTS:
        _CONTEXTS.clear()  # one at a time: a long-lived process (dagster dev) does not accumulate them
        _CONTEXTS[key] = ExtractionContext.build(provinces, aliases, indicators, lexicon, publishers)
    return _CONTEXTS[key]


def _report_files(raw: RawFiles) -> dict[str, list]:
    """Report files by document id (the partition key)."""
    files: dict[str, list] = {}
    for path in raw.files("reports", REPORT_SUFFIXES):
        files.setdefault(document_key("report", path), []).append(path)
    return files


def _rejected(rel: str, rule: str, message: str) -> dict:
    return {
        "row_key": f"{rel}:file",
        "source_file": rel,
        "source_line": None,
        "char_start": None,
        "stage": "report_documents",
        "column_name": None,
        "rule": rule,
        "value": None,
        "message": f"{rel}: {message}",
    }


def load_reports(paths: list, raw: RawFiles, context: ExtractionContext) -> ReportBatch:
    documents, rows, rejected = [], [], []
    if len(paths) > 1:  # one document id, several files: which is the document is unknown
        names = ", ".join(raw.relative(p) for p in paths)
        return ReportBatch.of(
            pl.DataFrame(schema=DOCUMENT_COLUMNS),
            pl.DataFrame(
                [
                    _rejected(
                        raw.relative(p),
                        "ambiguous_document_id",
                        f"document id {p.stem!r} is shared by {names}; rename one",
                    )
                    for p in paths
                ],
                schema=QUARANTINE_SCHEMA,
            ),
        )
    for path in paths:
        rel = raw.relative(path)
        try:
            doc = load_document(
                path,
                source_file=rel,
                aliases=context.aliases,
                resolver=context.resolver,
                merger_day=context.merger_day,
                language=context.grammar.language,
                publisher_domains=context.publisher_domains,
            )
        except ReportError as error:
            rejected.append(_rejected(rel, "unusable_report", str(error)))
            continue
        documents.append(doc)
        rows.append(
            {
                "document_id": doc.document_id,
                "source_file": rel,
                "province_code": doc.province_code,
                "province_inferred": doc.province_inferred,
                "document_date": doc.document_date,
                "date_inferred": doc.date_inferred,
                "period_start": doc.period_start,
                "period_end": doc.period_end,
                "period_inferred": doc.period_inferred,
                "title": doc.title,
                "source_url": doc.url,
                "publisher": doc.publisher,
                "raw_sha256": raw.sha256(path),
                "text": doc.text,
            }
        )
    frame = pl.DataFrame(rows, schema=DOCUMENT_COLUMNS).with_columns(
        (pl.col("source_file") + ":file").alias("row_key"), pl.lit(None, pl.Int64).alias("source_line")
    )
    frame, invalid = split_valid(frame, ReportDocumentSchema, stage="report_documents")
    return ReportBatch.of(
        frame.drop("row_key", "source_line"), pl.concat([pl.DataFrame(rejected, schema=QUARANTINE_SCHEMA), invalid])
    )


@asset(
    group_name="reports",
    kinds={"polars"},
    deps=[dg.AssetKey(["raw", "reports"])],
    partitions_def=REPORTS,
    description=(
        "Provincial reports (data/raw/reports: .txt, .md, .html), normalised, with province, date and reporting "
        "period from their sidecar or, without one, inferred from the text and marked inferred. A report whose "
        "province cannot be determined is quarantined with the reason. One partition per report, keyed by its "
        "document id (file name without extension)."
    ),
)
def report_documents(
    context: AssetExecutionContext,
    raw: RawFiles,
    staged_provinces: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
    staged_indicators: pl.DataFrame,
) -> dg.Output[dict[str, ReportBatch]]:
    extraction = _context(staged_provinces, staged_province_aliases, staged_indicators, raw)
    files = _report_files(raw)
    batches = {key: load_reports(files.get(key, []), raw, extraction) for key in context.partition_keys}
    add_partition_metadata(context, batches)
    return dg.Output(
        batches,
        metadata={
            "documents": sum(len(b.documents) for b in batches.values()),
            "quarantined": sum(b.quarantine.height for b in batches.values()),
            "inferred_province": sum(d.province_inferred for b in batches.values() for d in b.documents),
        },
    )


UNCLAIMED_COLUMNS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "source_line": pl.Int64,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "value_start": pl.Int64,
    "value_end": pl.Int64,
    "value": pl.Float64,
    "denominator": pl.Float64,
    "unit": pl.String,
    "mention_kind": pl.String,
    "noun": pl.String,
    "quote": pl.String,
    "reason": pl.String,
    # a measure outside the catalog is attributed and dated like a fact (null for other unclaimed numbers)
    "province_code": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "is_target": pl.Boolean,
}
NO_PERIOD = (
    "no period: nothing in the sentence, the title, the sidecar or the document's date fixes it; "
    "give the report a document_date (sidecar) to load it"
)


def _line(doc: ReportDocument, offset: int) -> int:
    return doc.text.count("\n", 0, offset) + 1


def _fact_row(doc: ReportDocument, fact, context: ExtractionContext) -> dict:
    place = fact.province_code or doc.province_code
    row = {
        "source_file": doc.source_file,
        "source_line": _line(doc, fact.char_start),
        "source_url": doc.url,
        "province_as_written": context.names.get(place) or place,
        "province_code": place,
        "grouping": fact.grouping,
        "indicator_code": fact.indicator_code,
        "period_start": fact.period_start,
        "period_end": fact.period_end,
        "value": fact.value,
        "unit": fact.unit,
        "qualifier": fact.qualifier,
        "is_target": fact.is_target,
        "quote": fact.quote,
        "note": fact.note,
        "denominator": fact.denominator,
        "char_start": fact.char_start,
        "char_end": fact.char_end,
        "confidence": fact.confidence,
        "document_id": doc.document_id,
        "period_basis": fact.period_basis,
    }
    if fact.period_end is None:
        row.update(
            reject_rule="no_period",
            reject_reason=(
                f"{doc.source_file}:{row['source_line']}: {fact.indicator_code} = {fact.value:g} "
                f"({fact.quote[:80]!r}): {NO_PERIOD}"
            ),
        )
    return row


def report_fact_rows(
    batch: ReportBatch, context: ExtractionContext
) -> tuple[list[dict], dict[str, int], dict[str, dict[str, int]], pl.DataFrame]:
    """The extractor's side: (fact rows as dicts of RAW_FACT_SCHEMA columns, rows read per file,
    rows skipped per file and reason, unclaimed mentions). Every figure a report states is a row
    read: a fact, a quarantined fact (no period, or rejected by staging), or a skip with its reason
    (a number no indicator claims, one outside any sentence about digital transformation, a figure
    stated again). Nothing is left uncounted."""
    rows, skipped, unclaimed = [], {}, []
    rows_read = {rel: 1 for rel in batch.quarantine["source_file"].unique()}  # a whole report rejected
    for doc in batch.documents:
        extraction = context.extract_document(doc)
        rows_read[doc.source_file] = (
            len(extraction.facts)
            + len(extraction.undated)
            + len(extraction.unclaimed)
            + len(extraction.uncatalogued)
            + extraction.duplicates
        )
        by_reason = skipped.setdefault(doc.source_file, {})
        for row in extraction.unclaimed_rows(doc.province_code):
            by_reason[row["reason"]] = by_reason.get(row["reason"], 0) + 1
            unclaimed.append(
                {
                    "document_id": doc.document_id,
                    "source_file": doc.source_file,
                    "source_line": _line(doc, row["value_start"]),
                    **row,
                }
            )
        if extraction.duplicates:
            by_reason["the same figure stated again in the document (kept once)"] = extraction.duplicates
        rows += [_fact_row(doc, fact, context) for fact in extraction.facts + extraction.undated]
    skipped = {file: reasons for file, reasons in skipped.items() if reasons}
    return rows, rows_read, skipped, pl.DataFrame(unclaimed, schema=UNCLAIMED_COLUMNS)


def stage_report_facts(
    rows: list[dict],
    *,
    rows_read: dict[str, int],
    skipped: dict[str, dict[str, int]],
    batch: ReportBatch,
    context: ExtractionContext,
    catalog: pl.DataFrame,
    unclaimed: pl.DataFrame | None = None,
) -> StagedBatch:
    """Fact rows of one report partition into the staged columns, on the path every source takes
    (assets.fact_staging). `rows`: dicts with RAW_FACT_SCHEMA keys (missing keys are null; a row
    with `reject_rule`/`reject_reason` is quarantined as it is); `rows_read`: rows read per raw
    file (loaded + quarantined + skipped); `skipped`: per file, reason -> rows left out on purpose;
    `unclaimed`: the numbers no indicator claims (UNCLAIMED_COLUMNS)."""
    staged = stage_frame(
        raw_fact_frame(rows, EXTRACTOR_VERSION),
        resolver=context.resolver,
        catalog=catalog,
        stage="report_facts",
        workdir=scratch_dir(),
    )
    documents = document_frame(
        [
            {"source_url": url, "title": title, "raw_file": file, "raw_sha256": sha, "source_kind": "report"}
            for url, title, file, sha in batch.frame.select(
                "source_url", "title", "source_file", "raw_sha256"
            ).iter_rows()
        ]
    )
    return StagedBatch.of(
        facts=staged,
        quarantine=pl.concat([batch.quarantine, staged.quarantine]),
        documents=documents,
        rows_read=rows_read,
        skipped=skipped,
        unclaimed=unclaimed if unclaimed is not None else pl.DataFrame(schema=UNCLAIMED_COLUMNS),
    )


def stage_report(batch: ReportBatch, context: ExtractionContext, catalog: pl.DataFrame) -> StagedBatch:
    rows, rows_read, skipped, unclaimed = report_fact_rows(batch, context)
    return stage_report_facts(
        rows, rows_read=rows_read, skipped=skipped, batch=batch, context=context, catalog=catalog, unclaimed=unclaimed
    )


@asset(
    group_name="reports",
    kinds={"polars"},
    partitions_def=REPORTS,
    description=(
        "Indicator facts extracted from the reports: every number read with the grammar of the language "
        "(data/raw/reference/report_lexicon.yaml) and linked to a catalog indicator by its concept words "
        "(indicators.yaml `report`): value, unit, denominator, qualifier, place, period and how it was fixed, target "
        "flag, exact quote with character offsets, confidence and extractor version; then the same staging and "
        "Pandera validation as every source. A figure whose period nothing fixes is quarantined (no_period); a number "
        "no indicator claims is kept as an unclaimed mention. One partition per report."
    ),
)
def staged_report_facts(
    context: AssetExecutionContext,
    raw: RawFiles,
    report_documents: dict[str, ReportBatch],
    staged_provinces: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
    staged_indicators: pl.DataFrame,
) -> dg.Output[dict[str, StagedBatch]]:
    extraction = _context(staged_provinces, staged_province_aliases, staged_indicators, raw)
    return partition_output(
        context,
        {key: stage_report(report_documents[key], extraction, staged_indicators) for key in context.partition_keys},
    )
