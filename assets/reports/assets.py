"""Provincial prose reports (data/raw/reports/*.txt|md|html) as Dagster assets: documents,
then facts extracted with exact quotes, staged on the same path as every other source."""

from dataclasses import dataclass

import dagster as dg
import polars as pl

from assets.reports.context import ExtractionContext
from assets.reports.documents import REPORT_SUFFIXES, ReportError, load_document
from assets.reports.extract import EXTRACTOR_VERSION, ReportDocument
from assets.staging import StagedBatch, document_frame, raw_fact_frame, stage_facts
from checks.schemas.reports import ReportDocumentSchema
from checks.validation import QUARANTINE_SCHEMA, split_valid
from pipelines.resources import RawFiles

DOCUMENT_COLUMNS = {
    "document_id": pl.String, "source_file": pl.String, "province_code": pl.String, "province_inferred": pl.Boolean,
    "document_date": pl.Date, "date_inferred": pl.Boolean, "period_start": pl.Date, "period_end": pl.Date,
    "period_inferred": pl.Boolean, "title": pl.String, "source_url": pl.String, "raw_sha256": pl.String,
    "text": pl.String,
}


@dataclass
class ReportBatch:
    documents: list[ReportDocument]
    frame: pl.DataFrame  # one row per document, with its normalised text
    quarantine: pl.DataFrame


def _context(provinces, aliases, indicators, raw: RawFiles) -> ExtractionContext:
    return ExtractionContext.build(provinces, aliases, indicators, raw.path("reference", "report_lexicon.yaml"))


@dg.asset(
    group_name="reports",
    kinds={"polars"},
    deps=[dg.AssetKey(["raw", "reports"])],
    description=(
        "Provincial reports (data/raw/reports: .txt, .md, .html), normalised, with province, date and reporting "
        "period from their sidecar or, without one, inferred from the text and marked inferred. A report whose "
        "province cannot be determined is quarantined with the reason."
    ),
)
def report_documents(
    raw: RawFiles, staged_provinces: pl.DataFrame, staged_province_aliases: pl.DataFrame, staged_indicators: pl.DataFrame
) -> dg.Output[ReportBatch]:
    context = _context(staged_provinces, staged_province_aliases, staged_indicators, raw)
    documents, rows, rejected = [], [], []
    for path in raw.files("reports", REPORT_SUFFIXES):
        rel = raw.relative(path)
        try:
            doc = load_document(path, source_file=rel, aliases=context.aliases, resolver=context.resolver,
                                merger_day=context.merger_day)
        except ReportError as error:
            rejected.append({"row_key": f"{rel}:file", "source_file": rel, "source_line": None, "char_start": None,
                             "stage": "report_documents", "column_name": None,
                             "rule": "unusable_report", "value": None, "message": f"{rel}: {error}"})
            continue
        documents.append(doc)
        rows.append({"document_id": doc.document_id, "source_file": rel, "province_code": doc.province_code,
                     "province_inferred": doc.province_inferred, "document_date": doc.document_date,
                     "date_inferred": doc.date_inferred, "period_start": doc.period_start, "period_end": doc.period_end,
                     "period_inferred": doc.period_inferred, "title": doc.title, "source_url": doc.url,
                     "raw_sha256": raw.sha256(path), "text": doc.text})
    frame = pl.DataFrame(rows, schema=DOCUMENT_COLUMNS).with_columns(
        (pl.col("source_file") + ":file").alias("row_key"), pl.lit(None, pl.Int64).alias("source_line"))
    frame, invalid = split_valid(frame, ReportDocumentSchema, stage="report_documents")
    kept = set(frame["document_id"])
    batch = ReportBatch([d for d in documents if d.document_id in kept], frame.drop("row_key", "source_line"),
                        pl.concat([pl.DataFrame(rejected, schema=QUARANTINE_SCHEMA), invalid]))
    return dg.Output(batch, metadata={"documents": len(batch.documents), "quarantined": batch.quarantine.height,
                                      "inferred_province": sum(d.province_inferred for d in documents)})


@dg.asset(
    group_name="reports",
    kinds={"polars"},
    description=(
        "Indicator facts extracted from the reports by the lexicon (data/raw/reference/report_lexicon.yaml): value, "
        "unit, denominator, qualifier, period, target flag, exact quote with character offsets, confidence and "
        "extractor version; then the same staging and Pandera validation as every source (source_kind = report)."
    ),
)
def staged_report_facts(
    raw: RawFiles, report_documents: ReportBatch, staged_provinces: pl.DataFrame,
    staged_province_aliases: pl.DataFrame, staged_indicators: pl.DataFrame,
) -> dg.Output[StagedBatch]:
    context = _context(staged_provinces, staged_province_aliases, staged_indicators, raw)
    rows, skipped = [], {}
    rows_read = {rel: 1 for rel in report_documents.quarantine["source_file"].unique()}  # a whole report rejected
    for doc in report_documents.documents:
        extraction = context.extract_document(doc)
        rows_read[doc.source_file] = len(extraction.facts) + len(extraction.skipped)
        for _, reason in extraction.skipped:
            by_reason = skipped.setdefault(doc.source_file, {})
            by_reason[reason.split(" (")[0]] = by_reason.get(reason.split(" (")[0], 0) + 1
        for fact in extraction.facts:
            rows.append({
                "source_file": doc.source_file, "source_line": doc.text.count("\n", 0, fact.char_start) + 1,
                "source_url": doc.url, "province_as_written": context.names.get(doc.province_code) or doc.province_code,
                "province_code": doc.province_code, "grouping": fact.grouping, "indicator_code": fact.indicator_code,
                "period_start": fact.period_start, "period_end": fact.period_end, "value": fact.value, "unit": fact.unit,
                "qualifier": fact.qualifier, "is_target": fact.is_target, "quote": fact.quote, "note": fact.note,
                "denominator": fact.denominator, "char_start": fact.char_start, "char_end": fact.char_end,
                "confidence": fact.confidence, "document_id": doc.document_id,
            })
    facts, quarantine = stage_facts(raw_fact_frame(rows, EXTRACTOR_VERSION), resolver=context.resolver,
                                    catalog=staged_indicators, stage="report_facts")
    frame = report_documents.frame
    documents = document_frame([
        {"source_url": url, "title": title, "raw_file": file, "raw_sha256": sha, "source_kind": "report"}
        for url, title, file, sha in frame.select("source_url", "title", "source_file", "raw_sha256").iter_rows()
    ])
    batch = StagedBatch(facts=facts, quarantine=pl.concat([report_documents.quarantine, quarantine]), documents=documents,
                        rows_read=rows_read, skipped=skipped)
    return dg.Output(batch, metadata=batch.metadata())
