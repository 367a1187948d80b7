"""Tables in a report's text, read row by row with their column headers.

A table copied out of a document or a web page arrives with its cells separated by tabs (or by ``|`` in a text
export, or by runs of spaces in a PDF's text kept in its layout): "1\\tTỷ lệ hồ sơ giải quyết trực tuyến toàn trình\\t%\\t50\\t56,3\\tĐạt" under "STT\\tChỉ tiêu\\tĐơn vị
tính\\tKế hoạch năm 2024\\tThực hiện năm 2024\\tĐánh giá". Read as prose, its numbers have no unit, the row number
reads as a figure and nothing says which value is the plan and which the result. So each row is written out as the
sentence the table means, with the table's own words only: the row's label, then each value cell after its column's
header, with the row's unit: "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình: Kế hoạch năm 2024: 50%; Thực hiện năm
2024: 56,3%; Đánh giá: Đạt." The row number and the unit column are left out (the unit goes with the values); a row
with a label only (a section: "I. Chính quyền số") stays as it is. A quote from such a row is that sentence.

Written by hand: no maintained library reads a table out of free text mixed with prose.
"""

from __future__ import annotations

import re

MIN_ROWS = 2  # a header and one row at least
_NUMBERING_HEADER = re.compile(r"^(?:stt|tt|số\s*tt|số\s*thứ\s*tự|no\.?|#)$", re.I)
_UNIT_HEADER = re.compile(r"^(?:đơn\s*vị(?:\s*tính)?|đvt|unit)$", re.I)
_NUMBERING_CELL = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,5}|[a-zđ])[.)]?$")
_VALUE = re.compile(r"^[-+]?\s*\d[\d.,]*\s*%?$")
_MARKDOWN_RULE = re.compile(r"^[\s|:+-]+$")
# columns laid out with spaces (a PDF's text layer kept in its layout): three spaces or more between cells
_COLUMN_GAP = re.compile(r" {3,}")
_CELL_RUN = re.compile(r"\S+(?: {1,2}\S+)*")  # a cell of a laid-out line: words apart by fewer than three spaces


def _cells(line: str) -> list[str] | None:
    """The cells of a table's line (split at tabs, or at ``|``), or None for a line of prose."""
    if line.count("\t") >= 2:
        return [cell.strip() for cell in line.split("\t")]
    if line.count("|") >= 2:
        return [cell.strip() for cell in line.strip().strip("|").split("|")]
    if len(_COLUMN_GAP.findall(line.strip())) >= 2:
        return [cell.strip() for cell in _COLUMN_GAP.split(line.strip())]
    return None


def _laid_out(lines: list[str]) -> list[list[str]]:
    """The cells of lines laid out with spaces, each put in the header's column it overlaps most: a row may leave a
    cell empty ("3   Số tài khoản ...        600.000   652.318" with no unit), which splitting alone would shift."""
    header = [(m.start(), m.end()) for m in _CELL_RUN.finditer(lines[0])]
    bounds = [(start, header[i + 1][0] if i + 1 < len(header) else 10**9) for i, (start, _) in enumerate(header)]
    rows = [[m.group(0) for m in _CELL_RUN.finditer(lines[0])]]
    for line in lines[1:]:
        row = [""] * len(bounds)
        for m in _CELL_RUN.finditer(line):
            overlap = [min(m.end(), end) - max(m.start(), start) for start, end in bounds]
            column = max(range(len(bounds)), key=lambda i: (overlap[i], -abs(bounds[i][0] - m.start())))
            row[column] = f"{row[column]} {m.group(0)}".strip()
        rows.append(row)
    return rows


def _with_unit(cell: str, unit: str) -> str:
    if unit == "%":
        return cell if cell.endswith("%") else f"{cell}%"
    return f"{cell} {unit}" if unit else cell


def _block(lines: list[list[str]]) -> list[str] | None:
    """The sentences of one table (its first line the header), or None when it has no header."""
    header = lines[0]
    rows = [row for row in lines[1:] if not all(_MARKDOWN_RULE.match(cell) or not cell for cell in row)]
    if not rows or any(_VALUE.match(cell) for cell in header if cell):
        return None
    width = max(len(row) for row in [header, *rows])
    column = [[row[i] if i < len(row) else "" for row in rows] for i in range(width)]
    name = [header[i] if i < len(header) else "" for i in range(width)]
    skipped, unit_column = set(), None
    for i in range(width):
        if _NUMBERING_HEADER.match(name[i]) or (i == 0 and all(_NUMBERING_CELL.match(c) or not c for c in column[i])):
            skipped.add(i)  # the rows' numbers
        elif _UNIT_HEADER.match(name[i]):
            skipped.add(i)
            unit_column = i
    values = [
        i
        for i in range(width)
        if i not in skipped and 2 * sum(bool(_VALUE.match(c)) for c in column[i]) >= sum(bool(c) for c in column[i]) > 0
    ]
    if not values:
        return None
    labels = [i for i in range(min(values)) if i not in skipped]
    sentences = []
    for r in range(len(rows)):
        unit = column[unit_column][r] if unit_column is not None else ""
        label = " ".join(column[i][r] for i in labels if column[i][r])
        parts = [
            f"{name[i]}: {_with_unit(column[i][r], unit) if _VALUE.match(column[i][r]) else column[i][r]}"
            for i in range(min(values), width)
            if i not in skipped and column[i][r]
        ]
        if not parts:
            sentences.append(label)  # a section of the table ("I. Chính quyền số")
        else:
            sentences.append(f"{label}: {'; '.join(parts)}." if label else f"{'; '.join(parts)}.")
    return sentences


def read_tables(text: str) -> str:
    """``text`` with each table (lines of cells split by tabs, ``|`` or runs of spaces, under a header line) written
    out a row a sentence; everything else unchanged."""
    lines = text.split("\n")
    out, index = [], 0
    while index < len(lines):
        end = index
        while end < len(lines) and (
            _cells(lines[end]) is not None
            # in a table laid out with spaces, a row with one gap (a section: "I     Chính quyền số")
            or (end > index and _COLUMN_GAP.search(lines[end].strip()) and "\t" not in lines[index])
        ):
            end += 1
        if end - index >= MIN_ROWS:
            block = lines[index:end]
            laid_out = not any("\t" in line or "|" in line for line in block)
            sentences = _block(_laid_out(block) if laid_out else [_cells(line) for line in block])
            if sentences is not None:
                out.append(lines[index].replace("\t", " | "))  # the header, kept as a line of its own
                out.extend(sentences)
                index = end
                continue
        out.extend(lines[index : max(end, index + 1)])
        index = max(end, index + 1)
    return "\n".join(out)
