"""Stage the published DTI facts file(s) (data/raw/dti/*.csv): one row per
(year, province, measure, source), each with its source URL and the exact quote.

Rows transcribed from an official page that is itself parsed (assets.dti.official_pages)
are not loaded twice: each is compared with the parsed page; agreeing rows are skipped
(counted), disagreeing rows are quarantined.
"""

import shutil
from datetime import date
from pathlib import Path

import dagster as dg
import polars as pl
from dagster import AssetExecutionContext

from assets.csv_records import csv_records
from assets.dti.official_pages import source_name_map
from assets.fact_staging import raw_fact_frame, stage_frame
from assets.partitions import (
    DTI_TABLE_SUFFIXES,
    DTI_YEARS,
    FIRST_DTI_YEAR,
    current_year_key,
    dti_year_key,
    in_dti_years,
    parse_year,
)
from assets.raw_text import TextDecodeError, decode_bytes
from assets.reference.provinces import NATION_CODE
from assets.reference.resolver import ProvinceResolver
from assets.staging import StagedBatch, document_frame, partition_output, staged_asset
from assets.text import normalize_text
from checks.validation import quarantine_rows
from storage.raw_files import RawFiles
from storage.staged_store import scratch_dir

REQUIRED_COLUMNS = ("year", "province_as_written", "measure", "value", "grouping", "source_url", "quote")
KEY = ["province_code", "indicator_code", "period_start", "grouping"]


def read_published_facts(
    path: Path, *, source_file: str, measure_codes: dict[str, str], national_codes: set[str]
) -> list[dict]:
    """Raw fact rows with exact physical line numbers (quoted fields may span lines), each with
    the year partition it belongs to (``partition``; rows without a readable edition year: the
    current year's). Measures of the catalog subfamily ``national`` (family ``dti``) describe the nation (VN),
    whatever grouping the row states."""

    def reject(line: int, rule: str, reason: str) -> dict:
        return {
            "source_file": source_file,
            "source_line": line,
            "province_as_written": "",
            "quote": "",
            "reject_rule": rule,
            "reject_reason": f"{source_file}:{line}: {reason}",
        }

    try:
        text, _ = decode_bytes(path.read_bytes())
    except TextDecodeError as error:
        return [reject(1, "unreadable_file", str(error))]
    parsed = csv_records(text)
    missing = [c for c in REQUIRED_COLUMNS if c not in parsed.header]
    if missing:
        return [reject(1, "missing_columns", f"missing columns {', '.join(missing)}")]
    rows = [reject(line, "ragged_row", reason) for line, reason in parsed.ragged]
    if parsed.stopped:
        rows.append(reject(parsed.stopped[0], "malformed_csv", parsed.stopped[1]))
    for start, record in parsed.records:
        row = {
            "source_file": source_file,
            "source_line": start,
            "source_url": (record["source_url"] or "").strip() or None,
            "province_as_written": normalize_text((record["province_as_written"] or "").strip()),
            "quote": normalize_text(record["quote"] or ""),
            "note": (record.get("note") or "").strip() or None,
            "is_target": False,
        }
        problem = None
        code = measure_codes.get(" ".join(normalize_text(record["measure"] or "").lower().split()))
        grouping = (record["grouping"] or "").strip()
        if grouping == "n/a" or code in national_codes:
            row["province_code"] = NATION_CODE  # a national figure, not a province
        elif grouping in ("63", "34"):
            row["grouping"] = int(grouping)
        else:
            problem = (
                "unstated_grouping",
                f"grouping {grouping!r}: the source does not say whether the rank is among 63 or 34 units",
            )
        if code is None:
            problem = problem or (
                "unknown_measure",
                f"measure {record['measure']!r} is not a source name of any catalog indicator",
            )
        row["indicator_code"] = code
        year = parse_year(record["year"])
        row["partition"] = dti_year_key(year)
        if year is None:
            problem = problem or ("bad_year", f"year {record['year']!r} is not a year")
        elif not in_dti_years(year):
            problem = problem or (
                "year_outside_dti",
                f"year {year} is not a DTI edition ({FIRST_DTI_YEAR} to the year of the as-of day)",
            )
        else:
            row["period_start"], row["period_end"] = date(year, 1, 1), date(year, 12, 31)
        try:
            row["value"] = float(record["value"])
        except (TypeError, ValueError):
            problem = problem or ("bad_value", f"value {record['value']!r} is not a number with '.' as decimal mark")
        if problem:
            row["reject_rule"] = problem[0]
            row["reject_reason"] = f"{source_file}:{start}: {problem[1]}"
        rows.append(row)
    return rows


SUPERSEDED = "transcribed from a parsed official page, values agree"


def set_aside_transcriptions(
    facts: pl.DataFrame, official: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, int]]:
    """(facts to load, quarantine rows, rows skipped per file): rows whose URL is an official
    page that is parsed directly are checked against the parsed values instead of loaded."""
    page_urls = official["source_url"].drop_nulls().unique().implode()
    transcribed = facts.filter(pl.col("source_url").is_in(page_urls))
    kept = facts.filter(~pl.col("source_url").is_in(page_urls) | pl.col("source_url").is_null())
    compared = transcribed.join(
        official.select(
            *KEY,
            "source_url",
            pl.col("value").alias("page_value"),
            pl.col("source_line").alias("page_line"),
            pl.col("source_file").alias("page_file"),
        ),
        on=[*KEY, "source_url"],
        how="left",
        nulls_equal=True,
    )
    not_on_page = compared.filter(pl.col("page_value").is_null()).select(facts.columns)
    disagree = compared.filter(
        pl.col("page_value").is_not_null() & ((pl.col("value") - pl.col("page_value")).abs() > 1e-9)
    )
    quarantine = quarantine_rows(
        disagree.with_columns(
            pl.format(
                "transcribed value {} disagrees with {} parsed from {}:{}",
                "value",
                "page_value",
                "page_file",
                "page_line",
            ).alias("_msg")
        ),
        stage="dti_published_facts",
        rule="disagrees_with_parsed_page",
        message_col="_msg",
        column="value",
    )
    agree = compared.filter(
        pl.col("page_value").is_not_null() & ((pl.col("value") - pl.col("page_value")).abs() <= 1e-9)
    )
    skipped = dict(agree.group_by("source_file").len().iter_rows())
    return pl.concat([kept, not_on_page]), quarantine, skipped


@staged_asset(
    "Published DTI figures 2020-2024 from data/raw/dti/*.csv, one row per (year, province, "
    "measure, source) with the source URL and exact quote; measures mapped to catalog codes, "
    "names resolved within their grouping (63 or 34), national figures attached to VN. "
    "Rows without a stated grouping are quarantined; rows transcribed from a parsed official "
    "page are checked against it instead of loaded twice. Partitioned by year: a row goes to "
    "its year's partition; a row without a readable DTI year to the current year's, which "
    "quarantines it.",
    raw_folder="dti",
    partitions_def=DTI_YEARS,
)
def staged_dti_published_facts(
    context: AssetExecutionContext,
    raw: RawFiles,
    staged_indicators: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
    staged_dti_official_pages: dict[str, StagedBatch],
) -> dg.Output[dict[str, StagedBatch]]:
    resolver = ProvinceResolver.from_aliases(staged_province_aliases)
    measure_codes = source_name_map(staged_indicators)
    national_codes = set(
        staged_indicators.filter((pl.col("family") == "dti") & (pl.col("subfamily") == "national"))["code"]
    )
    files = [
        (
            raw.relative(path),
            raw.sha256(path),
            read_published_facts(
                path, source_file=raw.relative(path), measure_codes=measure_codes, national_codes=national_codes
            ),
        )
        for path in raw.files("dti", DTI_TABLE_SUFFIXES)
    ]
    batches = {}
    for key in context.partition_keys:
        page_facts = staged_dti_official_pages[key].facts()
        official_urls = set(page_facts["source_url"].drop_nulls().to_list())
        rows, documents = [], []
        for rel, sha, file_rows in files:
            mine = [r for r in file_rows if r.get("partition", current_year_key()) == key]
            rows += mine
            documents += [
                {"source_url": url, "raw_file": rel, "raw_sha256": sha}
                for url in sorted({r["source_url"] for r in mine if r.get("source_url")})
                if url not in official_urls
            ]
        staged = stage_frame(
            raw_fact_frame(rows, "dti_facts_csv/1"),
            resolver=resolver,
            catalog=staged_indicators,
            stage="dti_published_facts",
            workdir=scratch_dir(),
        )
        facts, disagreements, skipped = set_aside_transcriptions(pl.read_parquet(staged.facts), page_facts)
        shutil.rmtree(staged.facts.parent, ignore_errors=True)  # the facts go on as a frame
        batches[key] = StagedBatch.of(
            facts=facts,
            quarantine=pl.concat([staged.quarantine, disagreements]),
            documents=document_frame(documents),
            rows_read=staged.rows_read,
            skipped={file: {SUPERSEDED: count} for file, count in skipped.items()},
        )
    return partition_output(context, batches)
