"""An XLSX submission into a DuckDB table shaped like a CSV's (source_line = spreadsheet row,
one VARCHAR column per header name), and the rows that cannot be read, with reasons.

openpyxl in read-only mode streams the first sheet (an Excel sheet holds at most about a million
rows). What a cell shows matters, not only what it stores:
- a number formatted as a percentage (`66.79%`) is stored as 0.6679; it is read as the number
  shown, 66.79 (a decimal shift of the stored digits, never a float multiplication);
- a number is written in plain notation with the digits Excel stored (`803868`, `0.00001`), so
  the strict number rule downstream applies to text typed into cells, not to typed numbers;
- a formula whose result was never saved (a file written by a script, not by Excel) has no value:
  the row is rejected with the cell named.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import polars as pl

from assets.ingest.columns import column_name

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass(frozen=True)
class XlsxProblem:
    line: int
    rule: str
    reason: str


def cell_text(value, number_format: str | None) -> str:
    """The text of a cell as an analyst reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if number_format and "%" in number_format:
            number = number.scaleb(2)  # 0.6679 shown as 66.79%: the digits, moved two places
        text = format(number.normalize(), "f")
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value))


def _merged_header_ranges(book) -> list[str]:
    """Merged ranges touching row 1 (read-only mode does not parse them: read them from the sheet XML)."""
    sheet = book.worksheets[0]
    ranges = []
    with book._archive.open(sheet._worksheet_path) as handle:  # noqa: SLF001 - openpyxl keeps no public path
        for _, element in ET.iterparse(handle):
            if element.tag == f"{_MAIN}mergeCell":
                ref = element.get("ref", "")
                first = ref.split(":")[0].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                if first == "1":
                    ranges.append(ref)
            elif element.tag == f"{_MAIN}row":
                element.clear()
    return ranges


def load_xlsx(con: duckdb.DuckDBPyConnection, path: Path, name: str) -> tuple[list[str], list[XlsxProblem]]:
    """Table `{name}` in `con` (source_line and one VARCHAR column per header name); returns the
    header and the rows (or the whole file, line 1) that cannot be read."""
    from openpyxl import load_workbook  # only when a spreadsheet is there

    try:
        values = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # noqa: BLE001 - any unreadable workbook is reported, not raised
        return [], [
            XlsxProblem(1, "unreadable_file", f"not a readable XLSX workbook ({type(error).__name__}: {error})")
        ]
    try:
        merged = _merged_header_ranges(values)
        if merged:
            return [], [
                XlsxProblem(
                    1,
                    "merged_header",
                    f"the header row has merged cells ({', '.join(merged)}): "
                    "unmerge them and give each column its own name",
                )
            ]
        rows = zip(values.worksheets[0].iter_rows(), formulas.worksheets[0].iter_rows())
        first = next(rows, None)
        if first is None:
            return [], [XlsxProblem(1, "empty_file", "the workbook's first sheet is empty")]
        header = [str(c.value).strip() if c.value is not None else "" for c in first[0]]
        columns: list[list[str]] = [[] for _ in header]
        lines: list[int] = []
        problems: list[XlsxProblem] = []
        for shown, typed in rows:
            cells = [c for c in shown if getattr(c, "column", None) is not None]
            if not cells or all(c.value in (None, "") for c in cells):
                continue
            line = cells[0].row
            unsaved = [t.coordinate for s, t in zip(shown, typed) if t.data_type == "f" and s.value is None]
            if unsaved:
                problems.append(
                    XlsxProblem(
                        line,
                        "formula_without_value",
                        f"cell {', '.join(unsaved)} holds a formula with no saved value: open and "
                        "save the file in Excel or LibreOffice, or type the value",
                    )
                )
                continue
            by_column = {c.column: c for c in cells}
            lines.append(line)
            for index, values_of_column in enumerate(columns, start=1):
                cell = by_column.get(index)
                values_of_column.append(cell_text(cell.value, cell.number_format) if cell is not None else "")
    finally:
        values.close()
        formulas.close()
    frame = pl.DataFrame(
        {
            "source_line": pl.Series(lines, dtype=pl.Int64),
            **{f"c{i}": pl.Series(column, dtype=pl.String) for i, column in enumerate(columns)},
        }
    )
    named = ", ".join(f'c{i} AS "{column_name(h, i, header)}"' for i, h in enumerate(header))
    con.register(f"{name}_frame", frame.to_arrow())
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT source_line, {named} FROM {name}_frame")
    con.unregister(f"{name}_frame")
    return header, problems
