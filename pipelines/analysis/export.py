"""dxw export: any warehouse table, view or mart as CSV, Parquet or XLSX.

Spreadsheet apps run a cell that starts with =, +, -, @, tab or carriage return as a formula.
Text cells that start so are neutralised (CSV: a leading apostrophe; XLSX: stored as text with
Excel's quote prefix); numbers stay numbers, so a rank change of -11 is still a number."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
from pathlib import Path

from pipelines.analysis.errors import AnalysisError
from pipelines.analysis.progress import Progress
from storage.sql_text import sql_string

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "parquet", "xlsx")
BATCH = 2000


def neutralise(value):
    """A value safe to hand to a spreadsheet: text that a spreadsheet would run gets a leading
    apostrophe; anything that is not text is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value):
    """A DuckDB value as a spreadsheet cell: lists and structs become text, decimals floats."""
    if isinstance(value, (list, tuple, dict)):
        return ", ".join("" if v is None else str(v) for v in value) if not isinstance(value, dict) else str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # Excel has no time zones; UTC
    return value


def tables(con) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where database_name = current_database() union "
            "select view_name from duckdb_views() where database_name = current_database() and not internal order by 1"
        ).fetchall()
    ]


def export(con, table: str, fmt: str, out: Path | None) -> Path:
    known = tables(con)
    if table not in known:
        raise AnalysisError(f"no table or view {table!r} in the warehouse; one of: {', '.join(known)}")
    if fmt not in FORMATS:
        raise AnalysisError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(out) if out else Path.cwd() / f"{table}.{fmt}"
    if out.parent and not out.parent.exists():
        raise AnalysisError(f"{out.parent}: no such folder")
    total = con.execute(f'select count(*) from "{table}"').fetchone()[0]
    progress = Progress(f"exporting {table}", total)
    partial = out.with_name(f".{out.name}.partial")
    try:
        if fmt == "parquet":
            progress.step(f"{total} rows to {out}")
            con.execute(f'COPY (SELECT * FROM "{table}") TO {sql_string(partial)} (FORMAT parquet)')
        else:
            cursor = con.execute(f'select * from "{table}"')
            columns = [(d[0], str(d[1])) for d in cursor.description]
            (_write_csv if fmt == "csv" else _write_xlsx)(cursor, table, columns, partial, progress)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
        progress.finish()
    return out


def _batches(cursor, progress: Progress):
    while batch := cursor.fetchmany(BATCH):
        yield batch
        progress.advance(len(batch))


def _write_csv(cursor, table: str, columns: list[tuple[str, str]], path: Path, progress: Progress) -> None:
    # UTF-8 with a BOM: Excel then reads Vietnamese letters correctly.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([neutralise(name) for name, _ in columns])
        for batch in _batches(cursor, progress):
            writer.writerows([[neutralise(_cell(v)) for v in row] for row in batch])


def _number_format(duck_type: str) -> str | None:
    t = duck_type.upper()
    if t in ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"):
        return "0"
    if t in ("DOUBLE", "FLOAT", "REAL") or t.startswith("DECIMAL"):
        return "#,##0.00####"
    if t == "DATE":
        return "yyyy-mm-dd"
    if t.startswith("TIMESTAMP"):
        return "yyyy-mm-dd hh:mm:ss"
    return None


def _write_xlsx(cursor, table: str, columns: list[tuple[str, str]], path: Path, progress: Progress) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from assets.warehouse.dictionary import column_description, vietnamese_labels

    labels = vietnamese_labels()
    book = Workbook(write_only=True)
    sheet = book.create_sheet(table[:31])
    sheet.freeze_panes = "A2"
    widths = [len(labels.get(name, name)) for name, _ in columns]
    # Widths must be set before rows are written; measure on the first rows.
    first = cursor.fetchmany(BATCH)
    for row in first[:500]:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], min(len(str(_cell(value))) if value is not None else 0, 60))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 62)
    header = []
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE5F0")
    for name, _ in columns:
        cell = WriteOnlyCell(sheet, value=labels.get(name, name))
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.comment = Comment(f"{name}: {column_description(table, name) or ''}", "dx-warehouse")
        header.append(cell)
    sheet.append(header)
    formats = [_number_format(t) for _, t in columns]

    def cells(row):
        out = []
        for value, number_format in zip(row, formats):
            value = _cell(value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True
            elif number_format and value is not None:
                cell.number_format = number_format
            out.append(cell)
        return out

    for row in first:
        sheet.append(cells(row))
    progress.advance(len(first))
    for batch in _batches(cursor, progress):
        for row in batch:
            sheet.append(cells(row))
    book.save(path)
