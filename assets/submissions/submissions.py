"""Stage analysts' long-format submissions (data/raw/submissions/*.csv|*.xlsx).

The template and the column rules are in data/raw/submissions/README.md. Each row keeps
its file and line (spreadsheet row for XLSX); a row that breaks a rule is quarantined
with the reason, and the other rows load.
"""

from datetime import date
from pathlib import Path

import dagster as dg
from dagster import AssetExecutionContext
import polars as pl

from assets.csv_records import csv_records
from assets.periods import PeriodError, parse_period
from assets.raw_text import TextDecodeError, decode_bytes
from assets.reference.resolver import ProvinceResolver
from assets.partitions import SUBMISSION_SUFFIXES, SUBMISSIONS, document_key
from assets.staging import (
    StagedBatch,
    count_rows,
    document_frame,
    partition_output,
    raw_fact_frame,
    stage_facts,
    staged_asset,
)
from assets.text import normalize_text
from pipelines.resources import RawFiles

REQUIRED = ("province", "indicator_code", "period", "value", "source")
TRUE_WORDS = {"true", "1", "yes", "x", "có"}


def _read_xlsx(path: Path) -> tuple[list[tuple[int, dict]], list[tuple[int, str, str]]]:
    """Rows of the first sheet (header in row 1), and rows that cannot be read, with reasons."""
    from openpyxl import load_workbook  # only when a spreadsheet is there

    try:
        values = load_workbook(path, data_only=True).worksheets[0]
        formulas = load_workbook(path, data_only=False).worksheets[0]
    except Exception as error:  # noqa: BLE001 - any unreadable workbook is reported, not raised
        return [], [(1, "unreadable_file", f"not a readable XLSX workbook ({type(error).__name__}: {error})")]
    merged = [str(r) for r in values.merged_cells.ranges if r.min_row == 1]
    if merged:
        return [], [
            (
                1,
                "merged_header",
                f"the header row has merged cells ({', '.join(merged)}): "
                "unmerge them and give each column its own name",
            )
        ]
    rows = list(values.iter_rows(values_only=True))
    if not rows:
        return [], [(1, "empty_file", "the workbook's first sheet is empty")]
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    records, problems = [], []
    for number, (row, cells) in enumerate(zip(rows[1:], formulas.iter_rows(min_row=2)), start=2):
        if all(v in (None, "") for v in row):
            continue
        unsaved = [c.coordinate for c, v in zip(cells, row) if c.data_type == "f" and v is None]
        if unsaved:
            problems.append(
                (
                    number,
                    "formula_without_value",
                    f"cell {', '.join(unsaved)} holds a formula with no saved value: open and save the file "
                    "in Excel or LibreOffice, or type the value",
                )
            )
            continue
        records.append((number, {h: ("" if v is None else str(v)) for h, v in zip(header, row)}))
    return records, problems


def read_rows(path: Path) -> tuple[list[tuple[int, dict]], list[tuple[int, str, str]]]:
    """(line number, record) pairs, and (line, rule, reason) for what cannot be read."""
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    try:
        text, _ = decode_bytes(path.read_bytes())
    except TextDecodeError as error:
        return [], [(1, "empty_file" if "empty" in str(error) else "unreadable_file", str(error))]
    parsed = csv_records(text)
    problems = [(line, "ragged_row", reason) for line, reason in parsed.ragged]
    if parsed.stopped:
        problems.append((parsed.stopped[0], "malformed_csv", parsed.stopped[1]))
    if not parsed.header:
        problems.append((1, "empty_file", "no header row"))
    elif missing := [c for c in REQUIRED if c not in parsed.header]:
        return [], [
            (1, "missing_columns", f"missing columns {', '.join(missing)} (see data/raw/submissions/README.md)")
        ]
    return parsed.records, problems


def submission_rows(path: Path, *, source_file: str, merger_day: date) -> list[dict]:
    records, problems = read_rows(path)
    rows = [
        {
            "source_file": source_file,
            "source_line": line,
            "province_as_written": "",
            "quote": "",
            "reject_rule": rule,
            "reject_reason": f"{source_file}:{line}: {reason}",
        }
        for line, rule, reason in problems
    ]
    if records and (missing := [c for c in REQUIRED if c not in records[0][1]]):
        return rows + [
            {
                "source_file": source_file,
                "source_line": 1,
                "province_as_written": "",
                "quote": "",
                "reject_rule": "missing_columns",
                "reject_reason": f"{source_file}:1: missing columns {', '.join(missing)} (see data/raw/submissions/README.md)",
            }
        ]
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
            problem = problem or (
                "bad_value",
                f"value {record['value']!r} is not a plain number with '.' as decimal mark",
            )
        if not row["source_url"]:
            problem = problem or ("missing_source", "the source column is empty: every figure needs its source")
        if problem:
            row["reject_rule"], row["reject_reason"] = problem[0], f"{source_file}:{line}: {problem[1]}"
        rows.append(row)
    return rows


@staged_asset(
    "Analysts' long-format submissions (data/raw/submissions/*.csv|*.xlsx: province, indicator_code, "
    "period, value, unit, source, note), names resolved, periods as start/end dates, grouping 63 "
    "before 2025-07-01 and 34 after. Pandera-validated; bad rows quarantined with file, line and reason. "
    "One partition per submitted file, keyed by its file name.",
    raw_folder="submissions",
    partitions_def=SUBMISSIONS,
)
def staged_submissions(
    context: AssetExecutionContext,
    raw: RawFiles,
    staged_provinces: pl.DataFrame,
    staged_indicators: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
) -> dg.Output[dict[str, StagedBatch]]:
    resolver = ProvinceResolver.from_aliases(staged_province_aliases)
    merger_day = staged_provinces.filter(pl.col("grouping") == 34)["valid_from"].min()
    files = {document_key("submission", path): path for path in raw.files("submissions", SUBMISSION_SUFFIXES)}
    batches = {}
    for key in context.partition_keys:
        rows, documents = [], []
        if key in files:  # a deleted file's partition stages nothing
            rel = raw.relative(files[key])
            rows = submission_rows(files[key], source_file=rel, merger_day=merger_day)
            sha = raw.sha256(files[key])
            documents = [
                {"source_url": url, "raw_file": rel, "raw_sha256": sha, "source_kind": "analyst_submission"}
                for url in sorted({r["source_url"] for r in rows if r.get("source_url")})
            ]
        facts, quarantine = stage_facts(
            raw_fact_frame(rows, "submission_csv/1"), resolver=resolver, catalog=staged_indicators, stage="submissions"
        )
        batches[key] = StagedBatch(
            facts=facts, quarantine=quarantine, documents=document_frame(documents), rows_read=count_rows(rows)
        )
    return partition_output(context, batches)
