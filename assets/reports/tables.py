"""Tables in a report's text, read a value at a time with its row's label and its column's header.

A table copied out of a document or a web page arrives with its cells separated by tabs (or by ``|`` in a text
export, or by runs of spaces in a PDF's text kept in its layout), under a header: "STT | Chỉ tiêu | Đơn vị tính | Kế
hoạch năm 2024 | Thực hiện năm 2024 | Đánh giá" over "1 | Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình | % | 50 |
56,3 | Đạt". Read as prose, its numbers have no unit, the row number reads as a figure and nothing says which value
is the plan and which the result. So each value is written out as the sentence the table means, with the table's own
words only, one a line: the row's label, the column's header, the value with the row's unit ("Tỷ lệ hồ sơ giải quyết
trực tuyến toàn trình: Kế hoạch năm 2024: 50%." and "...: Thực hiện năm 2024: 56,3%."); that sentence is the
figure's quote. A value's own line keeps the plan's column from making a target of the result beside it.
- the row numbers (under "STT", or under no header) and the unit column are no values; a unit may also close the
  label or the header in brackets ("Tỷ lệ ... (%)");
- a column of one value against another ("Tỷ lệ so với KH (%)") is written without the row's label: no measure;
- a header on two lines ("Năm 2024" over "Kế hoạch | Thực hiện") is one header; a group's header written once over
  its columns ("Năm 2024\t" over "Kế hoạch\tThực hiện") names each of them (an HTML table's merged cells are laid out
  on its grid before it gets here: documents.py);
- a table by district, commune or agency (its label column "Huyện", "Đơn vị", "Sở, ngành") gives its units' rows as
  they were (their numbers are the units', not the province's) and reads only its total row ("Tổng cộng");
- a row with a label only (a section: "I. Chính quyền số") stays as it is;
- a year alone atop a column ("Chỉ tiêu | 2021 | 2022") is its values' year ("...: Năm 2022: 78,3%."), also in a
  statistics table whose cells are apart by single spaces ("Chỉ tiêu 2021 2022" over "Số trạm BTS 1.310 1.402"):
  there a row is as many values as the header has years, after a label of words;
- a column of years, one a row, under "Năm"/"Year" ("Năm | Điểm DTI | Xếp hạng" over "2021 | 0,4710 | 33"), is the
  rows' label and their values' year ("Năm 2021: Điểm DTI: 0,4710."); a rank out of a total ("26/63") is a value.
Not read: a text copy of a table that leaves a merged cell out of the rows it spans (their cells shift left).

Written by hand: no maintained library reads a table out of free text mixed with prose.
"""

from __future__ import annotations

import re

MIN_ROWS = 2  # a header and one row at least
_NUMBERING_HEADER = re.compile(r"^(?:stt|tt|số\s*tt|số\s*thứ\s*tự|no\.?|#)$", re.I)
_UNIT_HEADER = re.compile(r"^(?:đơn\s*vị\s*tính|đvt|unit)$", re.I)  # ("Đơn vị" alone names an agency)
_BRACKETED_UNIT = re.compile(r"\(\s*(%|[^\W\d_][^()]{0,20})\s*\)\s*$")
_BRACKETED_PERCENT = re.compile(r"\(\s*%\s*\)")
_A_RATES_LABEL = re.compile(r"[\W\d]*(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|percentage|share|rate|proportion)(?!\w)", re.I)
COMPARED_HEADER = re.compile(
    # (not a share of the row's whole: "Tỷ lệ so với tổng số hồ sơ", a rate of the row's own)
    r"\bso\s+(?:với|cùng)\b(?!\s+tổng)|%\s*(?:kh|kế hoạch)\b"
    # (a change: "Tăng/giảm (%)", "Thay đổi", "Chênh lệch", "Change (%)", "Year-on-year")
    r"|^\W*(?:tăng\s*/\s*giảm|tăng\s+giảm|thay\s+đổi|chênh\s+lệch|change|changes|growth|year-on-year|y/y|yoy)\b"
    # (English: "% of plan", "% against target", "compared with plan", "vs. plan")
    r"|%\s*(?:of|against)\s+(?:the\s+)?(?:plan|target)\b|\bcompared\s+(?:with|to)\b|\bvs\.?\s+(?:the\s+)?(?:plan|target)\b",
    re.I,
)
# a label column of units below the province ("Đơn vị", "Địa phương", "Huyện/thành phố", "Sở, ngành") and its total row
_UNITS_HEADER = re.compile(
    r"^(?:tên\s+)?(?:đơn\s*vị(?!\s*tính)|địa\s+phương|huyện|quận|xã|phường|cơ\s+quan|sở|ban|ngành"
    r"|cấp\s+xã|cấp\s+huyện)\b",
    re.I,
)
_TOTAL = re.compile(r"^\W*(?:tổng(?:\s+cộng|\s+số)?|cộng|toàn\s+tỉnh|toàn\s+thành\s+phố|total)\b", re.I)
# a rank's header, also under a group's ("Năm 2023" over "Điểm | Xếp hạng": "Năm 2023 Xếp hạng"); not "Hạng mục"
_RANK_HEADER = re.compile(
    r"(?:^|\s)(?:xếp\s+hạng|thứ\s+hạng|hạng(?!\s+mục)|vị\s+trí|thứ\s+tự\s+xếp\s+hạng|rank|ranking)\b", re.I
)
_NUMBERING_CELL = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,5}|[a-zđ])[.)]?$")
# a cell that holds a value; a rank or a share out of a total ("26/63", "19/19"), not a day and month ("15/6")
VALUE_CELL = re.compile(r"^[-+]?\s*\d[\d.,]*\s*%?$|^\d{1,3}\s*/\s*\d{2,3}$")
_MARKDOWN_RULE = re.compile(r"^[\s|:+-]+$")
# columns laid out with spaces (a PDF's text layer kept in its layout): three spaces or more between cells
_COLUMN_GAP = re.compile(r" {3,}")
_CELL_RUN = re.compile(r"\S+(?: {1,2}\S+)*")  # a cell of a laid-out line: words apart by fewer than three spaces
# a column headed by a year alone ("Chỉ tiêu | 2021 | 2022"): a header, not a row of values
_YEAR_HEADER = re.compile(r"^(?:năm\s+)?((?:19|20)\d{2})$", re.I)
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d{2}$")
# the header of a column of years, one a row ("Năm | Điểm DTI | Xếp hạng" over "2021 | 0,4710 | 33")
_YEARS_HEADER = re.compile(r"^(?:năm|year|years|kỳ|period)$", re.I)
_SPACED_HEADER_WORDS = 6  # "STT Chỉ tiêu Đơn vị tính", "Nội dung", "Năm": a header's words before its years
_BRACKETS = re.compile(r"\([^()]*\)")
_SPACED_VALUE = re.compile(r"^[-+]?\d[\d.,]*%?$|^[-–…]$")  # a value of a line with single spaces, or "-" for none


def _cells(line: str) -> list[str] | None:
    """The cells of a table's line (split at tabs, at ``|`` or at runs of three spaces or more), or None for a line of
    prose."""
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


def _years_of(header: list[str]) -> list[int]:
    """The years a header's cells name alone, in order ("2021", "Năm 2022")."""
    return [int(m.group(1)) for m in (_YEAR_HEADER.match(cell) for cell in header) if m]


def _years_over_columns(header: list[str]) -> bool:
    """A header of words over two years or more, in order, one a column ("Chỉ tiêu | 2021 | 2022 | 2023")."""
    years = _years_of(header)
    words = [cell for cell in header if cell and not _YEAR_HEADER.match(cell)]
    return len(years) >= 2 and years == sorted(set(years)) and not any(VALUE_CELL.match(cell) for cell in words)


def _spaced_year_table(lines: list[str], index: int) -> tuple[int, list[list[str]]] | None:
    """A statistics table whose cells are apart by single spaces, as a page's table reaches a text copy: a header of
    words ending with years ("Chỉ tiêu 2021 2022 2023", "Năm 2021 Năm 2022"), over rows of words ending with as many
    values ("Tỷ lệ hộ gia đình có Internet (%) 70,1 78,3 85,2"). Returns the line after the table and its cells,
    or None. Only as many values as the header has years make a row: prose ends with one number, not a run of them.
    The unit, where the header names its column ("Chỉ tiêu ĐVT 2021 2022"), is the one word before the values."""
    if "\t" in lines[index] or "|" in lines[index]:
        return None  # cells split by tabs or bars: read as such (an empty cell is a cell)
    words = lines[index].split()
    count = 0
    while count < len(words) and _YEAR_TOKEN.match(words[len(words) - 1 - count]):
        count += 1
        if len(words) - 1 - count >= 0 and words[len(words) - 1 - count].lower() == "năm":
            count += 1
    head = words[: len(words) - count]
    years = [w for w in words[len(words) - count :] if _YEAR_TOKEN.match(w)]
    if len(years) < 2 or years != sorted(set(years)) or any(any(ch.isdigit() for ch in w) for w in head):
        return None
    if len(head) > _SPACED_HEADER_WORDS:
        return None  # a title or a sentence that ends with years, not a header ("... giai đoạn 2021 2025")
    with_unit = len(head) >= 1 and _UNIT_HEADER.match(head[-1]) is not None
    if not with_unit and len(head) >= 3 and _UNIT_HEADER.match(" ".join(head[-3:])):
        head, with_unit = [*head[:-3], "Đơn vị tính"], True
    numbered = bool(head) and _NUMBERING_HEADER.match(head[0]) is not None
    label_head = head[int(numbered) : len(head) - int(with_unit)]
    header = [*(["STT"] if numbered else []), " ".join(label_head)]
    header += [*(["Đơn vị tính"] if with_unit else []), *(f"Năm {year}" for year in years)]
    rows, end = [], index + 1
    while end < len(lines):
        row = lines[end].split()
        values, rest = row[len(row) - len(years) :], row[: len(row) - len(years)]
        if len(row) <= len(years) or not all(_SPACED_VALUE.match(v) for v in values):
            break
        number = [rest.pop(0)] if numbered and rest and _NUMBERING_CELL.match(rest[0]) else [""] if numbered else []
        # (a unit of words, "tài khoản", is not told from the label's last words: it stays in the label)
        unit = [rest.pop()] if with_unit and rest and rest[-1] == "%" else [""] if with_unit else []
        label = " ".join(rest)
        if not any(ch.isalpha() for ch in label) or any(ch.isdigit() for ch in _BRACKETS.sub("", label)):
            break  # a label of words before the values (a line of prose that ends with numbers has figures of its own)
        rows.append([*number, " ".join(rest), *unit, *(v if VALUE_CELL.match(v) else "" for v in values)])
        end += 1
    return (end, [header, *rows]) if rows else None


def _with_unit(cell: str, unit: str) -> str:
    if unit == "%":
        return cell if cell.endswith("%") else f"{cell}%"
    return f"{cell} {unit}" if unit else cell


def _bracketed_unit(words: str) -> str:
    """ "Tỷ lệ hồ sơ trực tuyến (%)", "Số tài khoản (tài khoản)": the unit a label or a header names last; a percent
    sign in brackets anywhere ("Tỷ lệ hồ sơ trực tuyến (%) cấp huyện": the label's scope after its unit)."""
    found = _BRACKETED_UNIT.search(words)
    if found:
        return found.group(1).strip()
    # (only a rate's label, the sign not inside another bracket: "Số xã có tỷ lệ (%) hộ dùng cáp quang trên 80" counts
    # communes, "Số tài khoản (đạt (%) dân số)" accounts)
    inner = _BRACKETED_PERCENT.search(words)
    return (
        "%"
        if inner
        and _A_RATES_LABEL.match(words)
        and words.count("(", 0, inner.start()) == words.count(")", 0, inner.start())
        else ""
    )


def _with_header_lines(lines: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The header, with the lines under it that hold no value merged into it cell by cell (a header on two lines:
    "Năm 2024" over "Kế hoạch | Thực hiện"), and the rows after it."""
    header = list(lines[0])
    rest = [row for row in lines[1:] if not all(_MARKDOWN_RULE.match(cell) or not cell for cell in row)]
    # (a line under the header that opens with an empty cell, as the label columns span both lines; not a section's
    # row "I | Chính quyền số")
    while (
        rest
        and rest[0]
        and not rest[0][0]
        and not any(VALUE_CELL.match(cell) for cell in rest[0] if cell)
        and len([c for c in rest[0] if c]) > 1
    ):
        below = rest.pop(0)
        width = max(len(header), len(below))
        header = header + [""] * (width - len(header))
        below = below + [""] * (width - len(below))
        for i in range(1, width):
            if not header[i] and below[i] and header[i - 1] and below[i - 1]:
                # a group's header over several columns, written once ("Năm 2024\t" over "Kế hoạch\tThực hiện"):
                # it names each of them
                header[i] = header[i - 1]
        header = [" ".join(part for part in (upper, lower) if part) for upper, lower in zip(header, below, strict=True)]
    return header, rest


def _block(lines: list[list[str]]) -> list[str] | None:
    """The sentences of one table (its first line the header), or None when it has no header."""
    header, rows = _with_header_lines(lines)
    by_year = _years_over_columns(header)
    # (a year alone among headers of words is a header too: "Indicator | 2024 | 9 months 2025 | Target 2025")
    a_year_among_words = any(_YEAR_HEADER.match(cell) for cell in header) and any(
        cell and not VALUE_CELL.match(cell) for cell in header[1:]
    )
    if not rows or (not by_year and any(VALUE_CELL.match(cell) and not a_year_among_words for cell in header if cell)):
        return None
    if by_year or a_year_among_words:
        # a year alone heads its column: the year of the values under it ("Năm 2022: 78,3%")
        header = [f"Năm {m.group(1)}" if (m := _YEAR_HEADER.match(cell)) else cell for cell in header]
    width = max(len(row) for row in [header, *rows])
    column = [[row[i] if i < len(row) else "" for row in rows] for i in range(width)]
    name = [header[i] if i < len(header) else "" for i in range(width)]
    skipped, unit_column = set(), None
    for i in range(width):
        if _YEARS_HEADER.match(name[i]) and all(_YEAR_HEADER.match(c) for c in column[i] if c) and any(column[i]):
            # a column of years, one a row: the row's label, its values' year ("Năm 2021: Điểm DTI: 0,4710.")
            column[i] = [f"Năm {_YEAR_HEADER.match(c).group(1)}" if c else c for c in column[i]]
        if _NUMBERING_HEADER.match(name[i]) or (
            i == 0 and not name[i] and all(_NUMBERING_CELL.match(c) or not c for c in column[i])
        ):
            skipped.add(i)  # the rows' numbers (under "STT", or under no header)
        elif _UNIT_HEADER.match(name[i]):
            skipped.add(i)
            unit_column = i
    values = [
        i
        for i in range(width)
        if i not in skipped
        and 2 * sum(bool(VALUE_CELL.match(c)) for c in column[i]) >= sum(bool(c) for c in column[i]) > 0
    ]
    if not values:
        return None
    words = [i for i in range(width) if i not in skipped and i not in values]
    # the row's label: the cells of words before its values, else the first of words ("Hạng | Tỉnh | Điểm")
    labels = [i for i in words if i < min(values)] or words[:1]
    by_unit = any(_UNITS_HEADER.match(name[i]) for i in labels)
    sentences = []
    for r in range(len(rows)):
        label = " ".join(column[i][r] for i in labels if column[i][r])
        if by_unit and not _TOTAL.match(label):
            # a table by district, commune or agency: its rows are those units' figures, not the province's; the row
            # stays as it was written (its numbers unclaimed), only its total is read
            sentences.append(" | ".join(cell for cell in rows[r] if cell))
            continue
        row_unit = column[unit_column][r] if unit_column is not None else _bracketed_unit(label)
        cells = [i for i in range(width) if i not in skipped and i not in labels and column[i][r]]
        if not cells:
            sentences.append(label)  # a section of the table ("I. Chính quyền số")
            continue
        for i in cells:
            cell = column[i][r]
            if not VALUE_CELL.match(cell):
                sentences.append(f"{label}: {name[i]}: {cell}." if label else f"{name[i]}: {cell}.")
                continue
            if COMPARED_HEADER.search(name[i]):
                # "Tỷ lệ so với kế hoạch (%)", "Change (%)": how much of another column it is, or how far it moved, no
                # measure of the row's own (with its header's own unit, never the row's)
                sentences.append(f"{name[i]}: {_with_unit(cell, _bracketed_unit(name[i]))}.")
                continue
            value = _with_unit(cell, row_unit or _bracketed_unit(name[i]))
            # each value a sentence of its own with its row's label: the plan's column does not make the result a
            # target; a rank's header reads with its value ("Xếp hạng 15")
            said = f"{name[i]} {value}" if _RANK_HEADER.search(name[i]) else f"{name[i]}: {value}" if name[i] else value
            sentences.append(f"{label}: {said}." if label else f"{said}.")
    return sentences


def read_tables(text: str) -> str:
    """``text`` with each table (lines of cells split by tabs, ``|`` or runs of spaces, under a header line) written
    out a value a line; everything else unchanged."""
    lines = text.split("\n")
    out, index = [], 0
    while index < len(lines):
        spaced = _spaced_year_table(lines, index)
        if spaced is not None and (sentences := _block(spaced[1])) is not None:
            out.append(lines[index])  # the header, kept as a line of its own
            out.extend(sentences)
            index = spaced[0]
            continue
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
