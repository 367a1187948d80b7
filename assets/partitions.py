"""How the raw data is partitioned, and which partition each raw file or row belongs to.

- DTI figures by year: a static partition per edition year, 2020 (the first DTI) to the year of
  the "as of" day (DXW_AS_OF, default today: storage.settings). A row or page whose year is
  missing, unreadable or outside those years belongs to no edition; the last year's partition
  reads it and quarantines it, so it is reported once.
- Reports by document: a dynamic partition per report, keyed by its document id (the file name
  without extension, the same id as in the warehouse). Two report files with one id are both
  quarantined.
- Submissions by document: a dynamic partition per submitted file, keyed by its file name.

`partition_digests` fingerprints every partition's raw input (data files and their sidecars), so
that the sensor can tell which partitions changed without staging anything.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import dagster as dg

from assets.csv_records import csv_records
from assets.dti.editions import page_year
from assets.raw_text import TextDecodeError, decode_bytes
from assets.reports.documents import REPORT_SUFFIXES
from storage.raw_files import RawFiles
from storage.settings import as_of as settings_as_of

FIRST_DTI_YEAR = 2020
SIDECAR = ".source.yml"

DTI_PAGE_SUFFIXES = (".txt",)
DTI_TABLE_SUFFIXES = (".csv",)
SUBMISSION_SUFFIXES = (".csv", ".xlsx")


def dti_year_keys(as_of: date | None = None) -> list[str]:
    return [str(year) for year in range(FIRST_DTI_YEAR, (as_of or settings_as_of()).year + 1)]


DTI_YEARS = dg.StaticPartitionsDefinition(dti_year_keys())
REPORTS = dg.DynamicPartitionsDefinition(name="report")
SUBMISSIONS = dg.DynamicPartitionsDefinition(name="submission")

# Which raw folder feeds which dynamic partitions, and the definitions by name.
DYNAMIC = {"report": ("reports", REPORT_SUFFIXES), "submission": ("submissions", SUBMISSION_SUFFIXES)}
DYNAMIC_DEFINITIONS = {"report": REPORTS, "submission": SUBMISSIONS}


def current_year_key() -> str:
    return dti_year_keys()[-1]


def dti_year_key(year: int | None) -> str:
    """The partition of a DTI row or page of edition `year`; no edition: the current year's."""
    key = str(year) if year is not None else None
    return key if key in DTI_YEARS.get_partition_keys() else current_year_key()


def in_dti_years(year: int) -> bool:
    return str(year) in DTI_YEARS.get_partition_keys()


def parse_year(cell: str | None) -> int | None:
    try:
        return int(cell)  # the DTI tables' rule: the year column is a plain integer
    except (TypeError, ValueError):
        return None


def document_key(partitions: str, path: Path) -> str:
    """A report's key is its document id (file stem); a submission's, its file name."""
    return Path(path).stem if partitions == "report" else Path(path).name


def data_file_of(path: Path) -> Path:
    """A sidecar stands for the file it describes."""
    return path.with_name(path.name[: -len(SIDECAR)]) if path.name.endswith(SIDECAR) else path


def _sha(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def _page_year(data: bytes) -> int | None:
    return page_year(data.decode("utf-8", errors="replace"))


def _table_rows_by_year(rel: str, data: bytes) -> dict[str, list[bytes]]:
    """Each record of a DTI table under its year partition, with its line (provenance)."""
    try:
        text, _ = decode_bytes(data)
    except TextDecodeError:
        return {current_year_key(): [rel.encode(), data]}
    parsed = csv_records(text)
    out: dict[str, list[bytes]] = {
        current_year_key(): [f"{rel}|{parsed.header}|{parsed.ragged}|{parsed.stopped}".encode()]
    }
    for line, record in parsed.records:
        key = dti_year_key(parse_year(record.get("year")))
        out.setdefault(key, []).append(f"{rel}:{line}|{sorted(record.items())}".encode())
    return out


def partition_digests(root: Path) -> dict[str, str]:
    """What the raw folder holds, partition by partition: "reference", "dti/<year>",
    "report/<id>", "submission/<file>" -> sha256 of the raw input of that partition. Files no
    asset reads (READMEs, templates) are left out."""
    root = Path(root)
    parts: dict[str, list[bytes]] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")):
        rel = path.relative_to(root).as_posix()
        folder = rel.split("/", 1)[0]
        described = data_file_of(path)
        # A whole file stands in its partition's digest by its name and its own sha256 (hashed in
        # blocks: a submission of a gigabyte is never held in memory).
        whole_file = rel.encode() + b"\0" + bytes.fromhex(RawFiles.sha256(path))
        if folder == "reference":
            parts.setdefault("reference", []).append(whole_file)
        elif folder == "dti" and RawFiles.is_data_file(described, DTI_PAGE_SUFFIXES) and described.exists():
            year = _page_year(described.read_bytes())
            parts.setdefault(f"dti/{dti_year_key(year)}", []).append(whole_file)
        elif folder == "dti" and RawFiles.is_data_file(path, DTI_TABLE_SUFFIXES):
            for key, rows in _table_rows_by_year(rel, path.read_bytes()).items():
                parts.setdefault(f"dti/{key}", []).extend(rows)
        for partitions, (raw_folder, suffixes) in DYNAMIC.items():
            if folder == raw_folder and RawFiles.is_data_file(described, suffixes) and described.exists():
                parts.setdefault(f"{partitions}/{document_key(partitions, described)}", []).append(whole_file)
    return {key: _sha(*chunks) for key, chunks in sorted(parts.items())}


def dynamic_keys(digests: dict[str, str], partitions: str) -> list[str]:
    """The keys of one dynamic partitions definition present in `partition_digests`' answer:
    only keys with a data file (a sidecar alone makes no document)."""
    return sorted(key.split("/", 1)[1] for key in digests if key.startswith(f"{partitions}/"))
