"""CSV records with the physical line each starts on (a quoted field may span lines)."""

from __future__ import annotations

import csv
import io


def csv_records(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """(header, [(line number, record)]). Line 1 is the header."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = list(reader.fieldnames or [])  # reads the header line
    records, line = [], reader.line_num + 1
    for record in reader:
        records.append((line, {k: (v or "") for k, v in record.items() if k is not None}))
        line = reader.line_num + 1
    return header, records
