"""A delimited text file made readable by DuckDB: UTF-8 on disk, its delimiter and header known.

DuckDB reads UTF-8 (and rejects, line by line, bytes that are not). Files in another encoding
(UTF-16 from Excel's "Unicode text", legacy Windows-1258) are decoded by assets.raw_text and
written once as UTF-8 to a work folder; they come from old tools and are small. A UTF-8 file,
however large, is read where it is.

Excel in Vietnamese locale saves "CSV" with `;` between fields and `,` as decimal mark: the
header line tells which (more `;` than `,` in it), and the numbers of such a file are read with
`,` as their decimal mark.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assets.raw_text import TextDecodeError, decode_bytes

SNIFF_BYTES = 1 << 20
CHUNK_BYTES = 1 << 26
# UTF-8 lead bytes of U+0300..U+037F (combining diacritical marks): NFD Vietnamese has them, NFC
# text has none. Finding none in a file spares normalising each of its millions of fields.
_COMBINING_LEAD = re.compile(rb"[\xcc\xcd]")


def has_combining_marks(path: Path) -> bool:
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            if _COMBINING_LEAD.search(chunk):
                return True
    return False


@dataclass(frozen=True)
class TextFile:
    path: Path  # UTF-8, what DuckDB reads
    encoding: str  # what the original was
    delimiter: str  # "," or ";" (or tab)
    decimal_comma: bool  # numbers are written 66,79
    header: list[str]  # column names as written (stripped, NFC)
    header_lines: int  # physical lines the header takes (1 unless a name holds a line break)
    needs_nfc: bool  # the file holds combining marks (NFD text): its fields must be NFC-normalised


def _looks_utf8(head: bytes) -> bool:
    """The first megabyte decodes as UTF-8 (a character cut at the end is fine)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        return False


def open_text_file(path: Path, workdir: Path) -> TextFile:
    """Raises TextDecodeError (empty, binary, undecodable) with the reason."""
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise TextDecodeError("the file is empty")
    plain_utf8 = (
        not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" not in head and _looks_utf8(head)
    )
    if plain_utf8:
        target, encoding = path, ("UTF-8 with byte-order mark" if head.startswith(codecs.BOM_UTF8) else "UTF-8")
        text_head = head.decode("utf-8", errors="ignore").lstrip("\ufeff")
    else:
        text, encoding = decode_bytes(path.read_bytes())
        workdir.mkdir(parents=True, exist_ok=True)
        target = workdir / (path.name + ".utf8")
        target.write_text(text, encoding="utf-8", newline="")
        text_head = text[:SNIFF_BYTES]
    first_line = text_head.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    header_row, header_lines = _header(text_head, delimiter)
    return TextFile(
        path=target,
        encoding=encoding,
        delimiter=delimiter,
        decimal_comma=delimiter == ";",
        header=[unicodedata.normalize("NFC", h).strip() for h in header_row],
        header_lines=header_lines,
        needs_nfc=plain_utf8 and has_combining_marks(path),
    )


def _header(text_head: str, delimiter: str) -> tuple[list[str], int]:
    """The first record (the csv module: a header is one short record, not millions of rows)."""
    lines = text_head.splitlines(keepends=True)
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        row = next(reader)
    except (StopIteration, csv.Error):
        return [], 1
    return row, max(reader.line_num, 1)
