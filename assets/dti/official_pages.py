"""Parse the text of the ministry's DTI ranking pages (data/raw/dti/*.txt).

Such a page has a ranking list (``<rank> <province>`` per line, ties repeat the rank),
then a detail table (``<rank> <province> <score> ... <score>``) whose column headers name
the main indices and the overall score. Column headers are matched to indicator codes
through the catalog's ``source_names``; nothing here is specific to one year's page.
Each page has a sidecar (``<file>.source.yml``) with its URL and grouping (63 or 34).
"""

import re
from datetime import date

import dagster as dg
import polars as pl
from dagster import AssetExecutionContext

from assets.dti.editions import page_year
from assets.fact_staging import raw_fact_frame, stage_frame
from assets.partitions import DTI_PAGE_SUFFIXES, DTI_YEARS, dti_year_key
from assets.raw_text import SidecarError, read_sidecar
from assets.reference.resolver import ProvinceResolver
from assets.staging import StagedBatch, document_frame, partition_output, staged_asset
from assets.text import normalize_text
from storage.raw_files import RawFiles
from storage.staged_store import scratch_dir

_YEAR = re.compile(r"năm\s+(20\d\d)", re.IGNORECASE)
_DETAIL_HEADING = "xếp hạng chi tiết"
_RANK_LINE = re.compile(r"^(\d{1,2})\s+(\D.*?)\s*$")
_NUMBER = r"\d+[.,]\d+"
_DETAIL_LINE = re.compile(rf"^(\d{{1,2}})\s+(\D.*?)\s+((?:{_NUMBER}\s+)*{_NUMBER})\s*$")
_BARE_RANK = re.compile(r"^\d{1,2}$")


def header_columns(header_text: str, source_names: dict[str, str]) -> list[str]:
    """Indicator codes of the detail table's value columns, in the order the header names them."""
    text = " ".join(normalize_text(header_text).lower().split())
    found = []
    for name, code in source_names.items():
        position = text.find(name)
        if position >= 0:
            found.append((position, -len(name), code))
    found.sort()
    columns: list[str] = []
    end = -1
    for position, negative_length, code in found:
        if position >= end:  # skip a name found inside a longer one already taken
            columns.append(code)
            end = position - negative_length
    return columns


def parse_ranking_page(
    text: str, *, source_file: str, source_url: str | None, grouping: int, source_names: dict[str, str]
) -> list[dict]:
    """Raw fact rows (see assets.staging.RAW_FACT_SCHEMA) of one ranking page."""
    text = normalize_text(text)
    lines = text.splitlines()
    year_match = _YEAR.search(text)
    base = {"source_file": source_file, "source_url": source_url, "grouping": grouping, "is_target": False}
    if not year_match:
        return [
            {
                **base,
                "source_line": 1,
                "quote": lines[0] if lines else "",
                "province_as_written": "",
                "reject_rule": "unparseable_page",
                "reject_reason": f"{source_file}: no 'năm <year>' in the page text, so its edition is unknown",
            }
        ]
    year = int(year_match.group(1))
    period = {"period_start": date(year, 1, 1), "period_end": date(year, 12, 31)}
    detail_at = next((i for i, line in enumerate(lines) if line.strip().lower() == _DETAIL_HEADING), len(lines))
    rows: list[dict] = []
    for number, line in enumerate(lines[:detail_at], start=1):
        match = _RANK_LINE.match(line.strip())
        if match and number > 1:  # line 1 is the capture's own "source:" header
            rows.append(
                {
                    **base,
                    **period,
                    "source_line": number,
                    "quote": line.strip(),
                    "province_as_written": match.group(2),
                    "indicator_code": "dti_rank",
                    "value": float(match.group(1)),
                }
            )
    first_data = next((i for i in range(detail_at + 1, len(lines)) if _DETAIL_LINE.match(lines[i].strip())), len(lines))
    columns = header_columns("\n".join(lines[detail_at + 1 : first_data]), source_names)
    for number, line in enumerate(lines[first_data:], start=first_data + 1):
        line = line.strip()
        if not line:
            continue
        match = _DETAIL_LINE.match(line)
        if not match:
            reason = (
                "detail row truncated in the stored copy (a rank with no province or values)"
                if _BARE_RANK.match(line)
                else "line is not a detail row of the table"
            )
            rows.append(
                {
                    **base,
                    "source_line": number,
                    "quote": line,
                    "province_as_written": "",
                    "reject_rule": "unparseable_row",
                    "reject_reason": f"{source_file}:{number}: {reason}: {line!r}",
                }
            )
            continue
        values = match.group(3).split()
        if len(values) != len(columns):
            rows.append(
                {
                    **base,
                    "source_line": number,
                    "quote": line,
                    "province_as_written": match.group(2),
                    "reject_rule": "unparseable_row",
                    "reject_reason": f"{source_file}:{number}: {len(values)} values but the header names {len(columns)} columns",
                }
            )
            continue
        for code, token in zip(columns, values):
            # The table prints 0-1 scores with four decimals ("0.8002"; "0,8002" in Vietnamese style).
            rows.append(
                {
                    **base,
                    **period,
                    "source_line": number,
                    "quote": line,
                    "province_as_written": match.group(2),
                    "indicator_code": code,
                    "value": float(token.replace(",", ".")),
                }
            )
    return rows


def source_name_map(catalog: pl.DataFrame) -> dict[str, str]:
    return {
        " ".join(normalize_text(name).lower().split()): code
        for code, names in catalog.select("code", "source_names").iter_rows()
        for name in names or []
    }


@staged_asset(
    "Facts parsed from the text of the ministry's official DTI ranking pages (data/raw/dti/*.txt): "
    "every published rank and, where the detail table survived, the eight main indices and the "
    "overall score. Each fact quotes its line of the page. Pandera-validated; unparseable or "
    "truncated rows are quarantined. Partitioned by edition year (a page without a year goes to "
    "the current year's partition, which quarantines it).",
    raw_folder="dti",
    partitions_def=DTI_YEARS,
)
def staged_dti_official_pages(
    context: AssetExecutionContext,
    raw: RawFiles,
    staged_indicators: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
) -> dg.Output[dict[str, StagedBatch]]:
    resolver = ProvinceResolver.from_aliases(staged_province_aliases)
    names = source_name_map(staged_indicators)
    pages = {path: path.read_text(encoding="utf-8") for path in raw.files("dti", DTI_PAGE_SUFFIXES)}
    batches = {}
    for key in context.partition_keys:
        rows, documents = [], []
        for path, text in pages.items():
            if dti_year_key(page_year(text)) != key:
                continue
            try:
                meta = read_sidecar(path)
            except SidecarError as error:  # this page is quarantined; the other pages and years load
                rows.append(
                    {
                        "source_file": raw.relative(path),
                        "source_line": 1,
                        "province_as_written": "",
                        "quote": "",
                        "reject_rule": "unreadable_sidecar",
                        "reject_reason": f"{raw.relative(path)}: {error}",
                    }
                )
                continue
            if "grouping" not in meta:
                context.log.warning(f"{raw.relative(path)}: no sidecar with 'grouping'; assuming 63")
            rows += parse_ranking_page(
                text,
                source_file=raw.relative(path),
                source_url=meta.get("url"),
                grouping=int(meta.get("grouping", 63)),
                source_names=names,
            )
            documents.append(
                {
                    "source_url": meta.get("url"),
                    "title": meta.get("title"),
                    "raw_file": raw.relative(path),
                    "raw_sha256": raw.sha256(path),
                }
            )
        staged = stage_frame(
            raw_fact_frame(rows, "dti_page_parser/1"),
            resolver=resolver,
            catalog=staged_indicators,
            stage="dti_official_pages",
            workdir=scratch_dir(),
        )
        batches[key] = StagedBatch.of(
            facts=staged, quarantine=staged.quarantine, documents=document_frame(documents), rows_read=staged.rows_read
        )
    return partition_output(context, batches)
