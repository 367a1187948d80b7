"""CSV records with the physical line each starts on (a quoted field may span lines),
and the structural faults of real files: ragged rows and unbalanced quotes."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field


@dataclass
class CsvRecords:
    header: list[str]
    records: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    ragged: list[tuple[int, str]] = field(default_factory=list)  # (line, reason): rows with a wrong number of fields
    stopped: tuple[int, str] | None = None  # (line, reason): the file cannot be read past this line


def csv_records(text: str) -> CsvRecords:
    """Records keyed by header; rows with another number of fields than the header are ragged."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return CsvRecords(header=[])
    except csv.Error as error:
        return CsvRecords(header=[], stopped=(1, f"malformed header: {error}"))
    result = CsvRecords(header=header)
    line = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.stopped = (
                line,
                f"malformed CSV ({error}), probably an unbalanced quote; the rest of the file was not read",
            )
            break
        if not fields or all(not f.strip() for f in fields):
            line = reader.line_num + 1
            continue
        if len(fields) != len(header):
            result.ragged.append(
                (
                    line,
                    f"has {len(fields)} fields where the header has {len(header)} "
                    "(a stray delimiter, e.g. a decimal comma in an unquoted number?)",
                )
            )
        else:
            result.records.append((line, dict(zip(header, fields))))
        line = reader.line_num + 1
    return result
