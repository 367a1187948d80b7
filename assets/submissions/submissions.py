"""Stage analysts' long-format submissions (data/raw/submissions/*.csv|*.xlsx).

The template and the column rules are in data/raw/submissions/README.md. Each row keeps
its file and line (spreadsheet row for XLSX); a row that breaks a rule is quarantined
with the reason, and the other rows load.
"""

from datetime import date
from pathlib import Path

import dagster as dg
import polars as pl

from assets.csv_records import csv_records
from assets.periods import PeriodError, parse_period
from assets.reference.resolver import ProvinceResolver
from assets.staging import StagedBatch, count_rows, document_frame, raw_fact_frame, stage_facts, staged_asset
from assets.text import normalize_text
from pipelines.resources import RawFiles

REQUIRED = ("province", "indicator_code", "period", "value", "source")
TRUE_WORDS = {"true", "1", "yes", "x", "có"}


def read_rows(path: Path) -> tuple[list[tuple[int, dict]], str | None]:
    """(line number, record) pairs, or an error that rejects the whole file."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook  # only when a spreadsheet is there

        try:
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        except Exception as error:  # noqa: BLE001 - any unreadable workbook is reported, not raised
            return [], f"not a readable XLSX workbook ({type(error).__name__}: {error})"
        rows = list(sheet.iter_rows(values_only=True))
        if not rows:
            return [], "the workbook's first sheet is empty"
        header = [str(h).strip() if h is not None else "" for h in rows[0]]
        return [
            (number, {h: ("" if v is None else str(v)) for h, v in zip(header, values)})
            for number, values in enumerate(rows[1:], start=2)
            if any(v not in (None, "") for v in values)
        ], None
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return [], f"not UTF-8 text (byte {error.start}); save the file as UTF-8 CSV"
    return csv_records(text)[1], None


def submission_rows(path: Path, *, source_file: str, merger_day: date) -> list[dict]:
    records, error = read_rows(path)
    if error is None and records and (missing := [c for c in REQUIRED if c not in records[0][1]]):
        error = f"missing columns {', '.join(missing)} (see data/raw/submissions/README.md)"
    if error:
        return [{"source_file": source_file, "source_line": 1, "province_as_written": "", "quote": "",
                 "reject_rule": "unreadable_file", "reject_reason": f"{source_file}: {error}"}]
    rows = []
    for line, record in records:
        quote = ",".join(f"{k}={v}" for k, v in record.items() if v)
        row = {
            "source_file": source_file,
            "source_line": line,
            "source_url": record["source"].strip() or None,
            "province_as_written": normalize_text(record["province"].strip()),
            "indicator_code": record["indicator_code"].strip(),
            "unit": record.get("unit", "").strip() or None,
            "note": record.get("note", "").strip() or None,
            "is_target": record.get("is_target", "").strip().lower() in TRUE_WORDS,
            "quote": normalize_text(quote),
        }
        problem = None
        try:
            row["period_start"], row["period_end"] = parse_period(record["period"])
        except PeriodError as error:
            problem = ("bad_period", str(error))
        grouping = record.get("grouping", "").strip()
        if grouping in ("63", "34"):
            row["grouping"] = int(grouping)
        elif grouping:
            problem = problem or ("bad_grouping", f"grouping {grouping!r} is neither 63 nor 34")
        elif "period_end" in row:
            row["grouping"] = 63 if row["period_end"] < merger_day else 34
        try:
            row["value"] = float(record["value"].strip())
        except ValueError:
            problem = problem or ("bad_value", f"value {record['value']!r} is not a plain number with '.' as decimal mark")
        if not row["source_url"]:
            problem = problem or ("missing_source", "the source column is empty: every figure needs its source")
        if problem:
            row["reject_rule"], row["reject_reason"] = problem[0], f"{source_file}:{line}: {problem[1]}"
        rows.append(row)
    return rows


@staged_asset(
    "Analysts' long-format submissions (data/raw/submissions/*.csv|*.xlsx: province, indicator_code, "
    "period, value, unit, source, note), names resolved, periods as start/end dates, grouping 63 "
    "before 2025-07-01 and 34 after. Pandera-validated; bad rows quarantined with file, line and reason.",
    raw_folder="submissions",
)
def staged_submissions(
    raw: RawFiles,
    staged_provinces: pl.DataFrame,
    staged_indicators: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
) -> dg.Output[StagedBatch]:
    resolver = ProvinceResolver.from_aliases(staged_province_aliases)
    merger_day = staged_provinces.filter(pl.col("grouping") == 34)["valid_from"].min()
    rows, documents = [], []
    for path in raw.files("submissions", (".csv", ".xlsx")):
        rel = raw.relative(path)
        file_rows = submission_rows(path, source_file=rel, merger_day=merger_day)
        rows += file_rows
        sha = raw.sha256(path)
        documents += [
            {"source_url": url, "raw_file": rel, "raw_sha256": sha, "source_kind": "analyst_submission"}
            for url in sorted({r["source_url"] for r in file_rows if r.get("source_url")})
        ]
    facts, quarantine = stage_facts(raw_fact_frame(rows, "submission_csv/1"), resolver=resolver, catalog=staged_indicators,
                                    stage="submissions")
    batch = StagedBatch(facts=facts, quarantine=quarantine, documents=document_frame(documents), rows_read=count_rows(rows))
    return dg.Output(batch, metadata=batch.metadata())
