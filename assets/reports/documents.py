"""Reading a report file into a ReportDocument: text, province, date and period,
from its sidecar (<file>.source.yml) or, without one, inferred from the text and marked so."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import polars as pl

from assets.periods import PeriodError, parse_period
from assets.raw_text import SidecarError, TextDecodeError, decode_bytes, read_sidecar
from assets.reference.resolver import ProvinceResolutionError, ProvinceResolver
from assets.reports.extract import REVIEW_OPENING, ReportDocument, year_end_review
from assets.reports.language import Language
from assets.reports.pages import without_page_furniture
from assets.reports.tables import VALUE_CELL, read_tables
from assets.reports.timephrases import find_time_phrases, resolve
from assets.reports.titles import opening_title
from assets.reports.wrapping import unwrapped, with_markers_on_their_items
from assets.text import fold_ascii, normalize_text

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm")
_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
            ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH_NAME = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_DATES = [
    re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.I),
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"),
    # "15-03-2024", "15.03.2024": as some portals stamp a page (a year of this century: no thousands-grouped number)
    re.compile(r"(?<![\d.,/-])(?P<d>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<y>20\d\d)(?![\d.,/-]|\.\d)"),
    re.compile(r"\bdate\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?"),
    # an English page's stamp: "March 15, 2024", "15 March 2024"
    re.compile(rf"(?<![\w])(?P<mn>{_MONTH_NAME})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"(?<![\w\d])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn>{_MONTH_NAME})\.?,?\s+(?P<y>\d{{4}})\b", re.I),
]
_PREFIXED = re.compile(r"(?:tỉnh|thành phố|TP\.?)\s*$", re.I)
# ... or followed by its level, as English writes it ("Tien Giang province", "Hai Phong city")
_SUFFIXED = re.compile(r"\s+(?:province|city)\b", re.I)
# The origins of the alias table's names that prose writes (the ASCII spelling without the level word too: an English
# page writes "Tien Giang", "Binh Duong province").
PROSE_NAMES = ("official_name", "alias_file", "ascii_name", "english_name")


class ReportError(ValueError):
    """A report that cannot be used, with the reason."""


# elements that hold no text of the page's own: code, and the site's menus, side columns (related articles, most
# read) and forms
_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "nav", "aside", "form", "select", "button")


LAYOUT_CELL = 300  # a cell longer than this holds a page's text (a table used for layout), not a table's value


@dataclass
class _Cell:
    parts: list[str] = field(default_factory=list)
    columns: int = 1  # colspan
    rows: int = 1  # rowspan


def _span(value: str | None) -> int:
    """A cell's colspan or rowspan as a browser reads it: the digits it opens with ("2;" is 2), at least 1 ("0" and
    "x" are 1); _grid keeps it within the table."""
    digits = re.match(r"\s*(\d{1,9})", value or "")
    return max(int(digits.group(1)), 1) if digits else 1


class _TextOnly(HTMLParser):
    """The text of an HTML page, a line per block. A table is gathered whole, then written: a table of data (short
    cells, two columns or more) a line per row with its cells split by tabs (read_tables reads them), the blocks
    inside a cell ("<td><p>...</p></td>", as word processors write) joined by spaces; a table used for layout (one
    column, a long cell: the article itself, or a cell holding a table) block by block, as if it were not there. A
    table inside a cell is written into that cell. Cells merged across columns or rows (colspan, rowspan) are laid
    out on the table's grid, so that every value stays under its own header."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0
        self._tables: list[list[list[_Cell]]] = []  # open tables: rows of cells

    def _out(self) -> list[str]:
        """Where text goes now: the open cell of the innermost table, else the page."""
        if self._tables and self._tables[-1] and self._tables[-1][-1]:
            return self._tables[-1][-1][-1].parts
        return self.parts

    def handle_starttag(self, tag, attrs):
        if tag in _NOT_TEXT:
            self._skip += 1
        elif tag == "table":
            self._tables.append([])
        elif tag == "tr" and self._tables:
            self._tables[-1].append([])
        elif tag in ("td", "th") and self._tables:
            if not self._tables[-1]:
                self._tables[-1].append([])  # a cell outside any row
            spans = dict(attrs)
            self._tables[-1][-1].append(_Cell(columns=_span(spans.get("colspan")), rows=_span(spans.get("rowspan"))))
        elif tag in ("p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "title"):
            self._out().append("\n")

    def handle_endtag(self, tag):
        if tag in _NOT_TEXT and self._skip:
            self._skip -= 1
        elif tag == "table" and self._tables:
            rows = self._tables.pop()
            self._out().append(_table_text(rows))

    def handle_data(self, data):
        if not self._skip:
            self._out().append(data)


def _holds_text(cell: str) -> bool:
    """A cell of a page laid out in a table: long, holding a table, or paragraphs of sentences (a table's cell may
    be written over two paragraphs, "<p>Tỷ lệ hồ sơ giải quyết</p><p>trực tuyến toàn trình</p>", without a stop)."""
    blocks = [block for block in cell.split("\n") if block.strip()]
    return (
        len(cell.strip()) > LAYOUT_CELL
        or "\t" in cell
        or (len(blocks) > 1 and any(re.search(r"[.!?…]\s*$", block) for block in blocks))
    )


def _grid(rows: list[list[_Cell]]) -> list[list[str]]:
    """The table's rows on its grid, as the browser lays them out: a cell merged across rows or columns fills every
    place it covers. Above the first row of values (the header) a merged cell's words name every column under them
    ("Năm 2024" over "Kế hoạch | Thực hiện") and the places below a cell merged down are left empty (as a header on
    two lines is written); below, a label merged down names each row beside it, a merged value counts once (its
    first place) and a cell merged across (a section's row) is written once.

    Written by hand: the project reads HTML with the standard library's parser (no lxml, BeautifulSoup or pandas in
    the lock), and what a merged cell means for a header or a label is this reader's own rule."""
    texts = [[" ".join("".join(cell.parts).split()) for cell in row] for row in rows]
    # where each cell goes: every place of the grid holds (row, cell) of the cell that fills it, and how far down and
    # across it lies from that cell's first place
    places: list[list[tuple[int, int, int, int] | None]] = [[] for _ in rows]
    widest = max((len(row) for row in rows), default=0)  # no cell spans more columns than the widest row has cells
    for r, row in enumerate(rows):
        column = 0
        for i, cell in enumerate(row):
            while column < len(places[r]) and places[r][column] is not None:
                column += 1  # a place a cell of a row above fills
            columns = min(cell.columns, widest)
            for down in range(min(cell.rows, len(rows) - r)):
                line = places[r + down]
                line.extend([None] * (column + columns - len(line)))
                for across in range(columns):
                    line[column + across] = (r, i, down, across)
            column += columns
    # the header: the rows above the first with a value of its own after its first column
    header_rows = next(
        (
            r
            for r, line in enumerate(places)
            if any(place is not None and place[0] == r and VALUE_CELL.match(texts[r][place[1]]) for place in line[1:])
        ),
        len(rows),
    )

    def text_at(place: tuple[int, int, int, int] | None) -> str:
        if place is None:
            return ""
        r, i, down, across = place
        text = texts[r][i]
        if r < header_rows:
            return "" if down else text  # a header's words over every column under them, once
        if down:
            return "" if across or VALUE_CELL.match(text) else text  # a label for each row, a value once
        return "" if across else text

    grid = [[text_at(place) for place in line] for line in places]
    # columns that no row below the header fills (a header merged wider than the table) hold no value: dropped
    filled = [i for line in grid[header_rows:] for i, text in enumerate(line) if text]
    width = max(filled) + 1 if filled else max((len(line) for line in grid), default=0)
    return [line[:width] for line in grid]


def _table_text(rows: list[list[_Cell]]) -> str:
    cells = [["".join(cell.parts) for cell in row] for row in rows]
    columns = max((sum(bool(cell.strip()) for cell in row) for row in cells), default=0)
    if columns < 2 or any(_holds_text(cell) for row in cells for cell in row):
        return "\n" + "\n".join(cell for row in cells for cell in row) + "\n"
    lines = ["\t".join(row) for row in _grid(rows) if any(c.strip() for c in row)]
    return "\n" + "\n".join(lines) + "\n"


def html_text(markup: str) -> str:
    """The text of an HTML page, a line per block, its tables a line per row with cells split by tabs (_TextOnly)."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def read_text(path: Path) -> str:
    try:
        text, _ = decode_bytes(path.read_bytes())
    except TextDecodeError as error:
        raise ReportError(str(error)) from None
    if path.suffix.lower() in (".html", ".htm"):
        text = html_text(text)
    return unwrapped(with_markers_on_their_items(normalize_text(read_tables(without_page_furniture(text)))))


def province_name_pattern(aliases: pl.DataFrame, exclude: set[str] = frozenset()) -> re.Pattern:
    """Names of pre-2025 provinces as they appear in prose, longest first: with diacritics, and as English pages write
    them, without ("Tien Giang", "Ho Chi Minh City": the alias table's ASCII and English names); each also in
    capitals."""
    names = (
        aliases.filter((pl.col("grouping") == 63) & ~pl.col("province_code").is_in(list(exclude)))
        # names of three letters ("Huế", "HCM") are safe: the search is case-sensitive and they have
        # capitals or diacritics no common word has
        .filter(pl.col("origin").is_in(PROSE_NAMES) & (pl.col("alias").str.len_chars() >= 3))["alias"]
        .unique()
        .to_list()
    )
    names = {normalize_text(n) for n in names}
    # and in capitals, as a headline writes them ("HÀ NỘI DẪN ĐẦU ..."): still no common word
    names = sorted(names | {n.upper() for n in names}, key=len, reverse=True)
    # (a space of a name may be written as a hyphen, "Thua Thien-Hue", and a spaced dash as a hyphen, "Ba Ria-Vung Tau")
    spelled = (re.escape(n).replace(r"\ \-\ ", r"\s*[-–]\s*").replace(r"\ ", "[ -]") for n in names)
    return re.compile(r"(?<![\w])(?:" + "|".join(spelled) + r")(?![\w])")


def _host(url: str | None) -> str:
    if not url:
        return ""
    return (urlparse(url if "//" in url else "//" + url).hostname or "").lower()


def _domain_words(url: str | None) -> str:
    """The words of a URL's host ('sonla.gov.vn' -> 'sonla gov vn'), to find a province's name in it."""
    if not url:
        return ""
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    return " ".join(host.replace("-", ".").split("."))


def infer_province(
    text: str,
    aliases: pl.DataFrame,
    resolver: ProvinceResolver,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    publisher_domains: dict[str, str] | None = None,
) -> str:
    """The province a report is about, by the names it gives: a name in the title weighs most,
    then one in the opening of the text or after 'tỉnh'/'thành phố', then the publisher's name
    and the URL's domain (a provincial portal such as sonla.gov.vn, the province's newspaper or
    television, or a provincial publisher whose name is not the province's: ``publisher_domains``,
    domain -> province code, from source_publishers.csv), then any other mention. Without a title,
    the title words a news address ends with weigh as a title."""
    counts: Counter[str] = Counter()
    pattern = province_name_pattern(aliases)
    if title:
        for m in pattern.finditer(normalize_text(title)):
            # More than a 'tỉnh X' in the opening (3 x 2): the title says what the report is about.
            counts[resolver.resolve(m.group(0), 63)] += 7
    opening = len(text) // 5 if len(text) > 2500 else 500
    for m in pattern.finditer(text):
        code = resolver.resolve(m.group(0), 63)
        named_with_level = _PREFIXED.search(text[max(0, m.start() - 12) : m.start()]) or _SUFFIXED.match(text, m.end())
        weight = 3 if named_with_level else 1
        counts[code] += weight * (2 if m.start() < opening else 1)
    if publisher:
        for m in pattern.finditer(normalize_text(publisher)):
            counts[resolver.resolve(m.group(0), 63)] += 2
    slug = _slug(url)
    if slug and not title:
        # A news address ends with its title in ASCII ('.../ha-nam-dan-dau-ca-nuoc-ve-...'): without a
        # title, the address's title weighs as one.
        for key, code in _slug_keys(aliases).items():
            if re.search(rf"(?<![a-z]){re.escape(key)}(?![a-z])", slug):
                counts[code] += 7
    domain = _domain_words(url)
    if domain:
        # A provincial portal ('sonla.gov.vn'), the province's newspaper ('baodanang.vn': Báo Đà Nẵng)
        # or television ('gialaitv.vn').
        for key, code in _domain_keys(aliases).items():
            if re.search(rf"(?<![a-z])(?:bao)?{re.escape(key)}(?:tv)?(?![a-z])", domain):
                counts[code] += 2
    host = _host(url)
    for known, code in (publisher_domains or {}).items():
        if host == known or host.endswith("." + known):
            counts[code] += 2  # 'baodongkhoi.vn': Báo Đồng Khởi, the newspaper of Bến Tre
    ranked = counts.most_common(2)
    if not ranked:
        raise ReportError("no province is named in the text, title, publisher or URL; add a sidecar or pass --province")
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        raise ReportError(
            f"provinces {ranked[0][0]} and {ranked[1][0]} are named equally often; add a sidecar or pass --province"
        )
    return ranked[0][0]


def _slug(url: str | None) -> str:
    """The title words a news address ends with ('/tinh-dien-bien-tap-trung-phat-trien-5857.html' ->
    'tinh-dien-bien-tap-trung-phat-trien-5857'); empty when the last part has fewer than 3 words."""
    if not url:
        return ""
    path = urlparse(url if "//" in url else "//" + url).path.rstrip("/")
    last = re.sub(r"\.[a-z]{2,5}$", "", path.rsplit("/", 1)[-1].lower())
    return last if last.count("-") >= 2 else ""


def _slug_keys(aliases: pl.DataFrame) -> dict[str, str]:
    """Province names as an address's title writes them: ASCII words joined by hyphens ('dien-bien');
    one-word names only when 5 letters or longer."""
    names = aliases.filter((pl.col("grouping") == 63) & pl.col("origin").is_in(["official_name", "alias_file"]))
    keys = {}
    for alias, code in names.select("alias", "province_code").iter_rows():
        key = "-".join(re.findall(r"[a-z]+", fold_ascii(normalize_text(alias)).lower()))
        if "-" in key or len(key) >= 5:
            keys[key] = code
    return keys


def _domain_keys(aliases: pl.DataFrame) -> dict[str, str]:
    """Province names as a domain writes them: ASCII, no spaces ('sonla', 'thainguyen', 'hcm' is not guessed)."""
    names = aliases.filter((pl.col("grouping") == 63) & pl.col("origin").is_in(["official_name", "alias_file"]))
    keys = {}
    for alias, code in names.select("alias", "province_code").iter_rows():
        key = fold_ascii(normalize_text(alias)).lower().replace(" ", "").replace("-", "")
        if len(key) >= 5 and key.isalpha():
            keys[key] = code
    return keys


def infer_date(text: str, url: str | None = None, language: Language | None = None) -> date | None:
    """The date a report was published, from what a page or an administrative document writes
    for it: a capture or publication stamp ("date 2023-08", "Cập nhật: 08/08/2022"), the
    dateline of a signed document ("Tây Ninh, ngày 14 tháng 11 năm 2023"), a line that is only a
    date; failing those, a date that opens a sentence, as a news lead does ("Ngày 10/01/2024,
    UBND tỉnh tổng kết ..."), unless it is the date a document was issued ("Ngày 27/5/2022, UBND
    tỉnh ban hành ..."). A cited document's date ("Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm
    2020") or the bound of a period ("tính từ ngày 01/6/2022 đến nay") is not the report's.
    Failing all of these, the date the article's address encodes, then the years the text says
    have passed since an act it dates (``date_from_elapsed_years``), then (given the language)
    the end of the part of a year the report reports on (``date_from_reporting_period``)."""
    strong, weak = [], []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = _MONTH_NAMES[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
            try:
                day = date(int(m.group("y")), month, int(m.group("d") or 1))
            except ValueError:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            before = text[line_start : m.start()]
            after = text[m.end() : line_end]
            if (
                m.group(0).lower().startswith("date")
                or _PUBLISHED.search(before)
                or (_DATELINE.fullmatch(before) and "tháng" in m.group(0).lower())
                or (_BARE_LINE.fullmatch(before) and _BARE_TAIL.fullmatch(after))
                or (_BYLINE.fullmatch(before) and _BYLINE_TAIL.fullmatch(after))
            ):
                strong.append((m.start(), day))
            elif _LEAD.search(before) and not _ISSUED.match(after):
                weak.append((m.start(), day))
    found = strong or weak
    if found:
        return min(found)[1]
    return (
        date_from_url(url)
        or (date_from_yearless_lead(text, language) if language is not None else None)
        or date_from_elapsed_years(text)
        or (date_from_reporting_period(text, language) if language is not None else None)
    )


# A news lead's day and month without a year ("Chiều ngày 24/12, Sở ... tổ chức Hội nghị tổng kết năm 2024 ...",
# "Nhân dịp ... năm 2025, ngày 9/10, Sở ... tổ chức hội thảo"): at a sentence's start, or after a comma with "ngày".
_YEARLESS_LEAD = re.compile(
    # after a news agency's dateline too ("TTXVN - Ngày 13/3, ...", "(Baohaiduong.vn) - Sáng 13/3, ...")
    r"(?:(?:^|[.!?\n]\s*)\W*(?:\(?[^\W\d][\w.&]{1,24}\)?\s*[-–—]\s*)?"
    r"(?:(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+(?:ngày\s+)?|Ngày\s+)?|,\s*(?:(?:sáng|chiều|tối)\s+)?ngày\s+)"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])\s*,",
    re.I,
)
_DOCUMENT_NUMBER = re.compile(r"\d+\s*[-/]\s*[A-ZĐ]")  # "57-NQ/TW", "105/KH-UBND"
_ANNOUNCED = re.compile(r"(?<!\w)công bố(?!\w)", re.I)  # an edition announced comes out the year after it assesses


def date_from_yearless_lead(text: str, language: Language) -> date | None:
    """The day and month a lead gives without its year, in the year its sentence names as its own: not a horizon,
    a comparison base or a numbered document's year ("Nghị quyết 57-NQ/TW ... đến năm 2030", "so với năm 2023"); an
    edition announced comes out the year after ("công bố kết quả Chỉ số DTI năm 2023": 2024). A year-end review
    ("tổng kết năm 2024") held from January to April is of the next year; a year and the next ("tổng kết năm 2024,
    triển khai nhiệm vụ năm 2025"): the first from October on, else the next. Not the date of a document issued."""
    for m in _YEARLESS_LEAD.finditer(text, 0, REVIEW_OPENING):
        if _ISSUED.match(text, m.end()):
            continue
        start = max(text.rfind(mark, 0, m.start("d")) for mark in (".", "!", "?", "\n")) + 1
        ends = [i for i in (text.find(mark, m.end()) for mark in (". ", ".\n", "\n")) if i >= 0]
        sentence = text[start : min(ends, default=len(text))]
        years = set()
        for phrase in find_time_phrases(sentence, language):
            if phrase.role != "period" or phrase.year is None or phrase.kind not in ("year", "edition"):
                continue
            if _DOCUMENT_NUMBER.search(sentence, max(0, phrase.start - 40), phrase.start):
                continue  # "Nghị quyết số 09-NQ/TU năm 2021": a document's year
            announced = phrase.kind == "edition" and _ANNOUNCED.search(sentence, 0, phrase.start)
            years.add(phrase.year + (1 if announced else 0))
        month, day = int(m.group("m")), int(m.group("d"))
        first = min(years, default=None)
        if first is None or not years <= {first, first + 1}:
            continue
        if len(years) == 2:
            year = first if month >= 10 else first + 1
        else:  # a review of a year held early in the next ("Chiều 13/2, ... tổng kết năm 2024")
            year = first + (1 if year_end_review(sentence) == first and month <= 4 else 0)
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def date_from_reporting_period(text: str, language: Language) -> date | None:
    """A report on part of a year ("6 tháng đầu năm 2022", "quý III-2025", "Đến tháng 7/2022, ...")
    is written once that part is over and within the year: no earlier than the end of the latest
    such period it names, which is taken as its date. Not when the part ends in December (the
    report may be of the next year), nor when the text also reports a later whole year ("năm
    2023", an index edition): then the part is history. Comparison bases, horizons, deadlines
    after a target word and the start of a running count do not count."""
    latest: date | None = None
    later_years = []
    for phrase in find_time_phrases(text, language):
        if phrase.role in ("comparison", "until", "since", "current", "name") or phrase.year is None:
            continue
        if phrase.kind in ("year", "edition"):
            later_years.append(phrase.year)
            continue
        if phrase.kind not in _PART_OF_YEAR:
            continue
        opening = max(text.rfind(mark, 0, phrase.start) for mark in (".", "\n", ";", "!", "?"))
        if language.target_markers.search(text[opening + 1 : phrase.start]):
            continue  # "Phấn đấu đến tháng 6/2025 ...": a deadline, not a period reported on
        span = resolve(phrase, phrase.year, None)
        if span is None or span[1].month == 12 or span[0].year != span[1].year:
            continue
        latest = max(latest or span[1], span[1])
    if latest is None or any(year > latest.year for year in later_years):
        return None
    return latest


_PART_OF_YEAR = ("as_of_date", "as_of_month", "month", "quarter", "half", "months_from_start")


def date_from_elapsed_years(text: str) -> date | None:
    """When neither the text nor the address dates a report, the time it says has passed since a
    dated act: "Qua 2 năm triển khai Nghị quyết số 21-NQ/TU" with "Nghị quyết số 21-NQ/TU, ngày
    20/8/2021" elsewhere in the text (c. 2023-08-20); "Sau khoảng hai năm tập trung thực hiện"
    when the text dates one act only; "Bốn năm trước, ngày 20/10/2020". The act is found by its
    number when the phrase names it (its leading digits and kind), else it must be the only act
    the text dates. Approximate ("gần", "khoảng"), so only the year is meant to be relied on."""
    for m in _YEARS_BEFORE.finditer(text):
        years = _count(m.group("n"))
        day = _written_date(m)
        if years and day:
            return _add_years(day, years)
    acts = _dated_acts(text)
    for m in _YEARS_SINCE.finditer(text):
        years = _count(m.group("n"))
        if not years:
            continue
        number = _act_number(m.group("act") or "")
        kind = _act_kind(m.group("act") or "")
        if number:
            days = {day for k, n, day in acts if n == number and (kind is None or k is None or k == kind)}
        else:
            days = {day for _, _, day in acts}
        if len(days) == 1:
            return _add_years(days.pop(), years)
    return None


_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_N = r"(?P<n>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_ACT = r"(?:nghị quyết|quyết định|đề án|chỉ thị|chương trình|kế hoạch)"
_WRITTEN_DATE = r"(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)|tháng\s+(?P<m2>\d{1,2})\s*(?:/|năm)\s*(?P<y2>20\d\d))"
# "Qua 2 năm triển khai Nghị quyết số 21-NQ/TU", "Sau khoảng hai năm tập trung thực hiện", "Sau hai năm
# triển khai thực hiện Đề án 06/CP": the years since an act was issued.
_YEARS_SINCE = re.compile(
    rf"\b(?:sau|qua)\s+(?:gần|khoảng|hơn|trên|chưa đầy)?\s*{_N}\s+năm\s+(?:tập trung\s+)?"
    rf"(?:triển khai thực hiện|triển khai|thực hiện|đi vào thực tiễn)"
    rf"(?:\s+(?P<act>{_ACT}[^,.;:\n]{{0,30}}))?",
    re.I,
)
# "Bốn năm trước, ngày 20/10/2020, ...": a date written with the years since it.
_YEARS_BEFORE = re.compile(rf"\b{_N}\s+năm\s+trước\s*,?\s*(?:ngày\s+|vào\s+)?{_WRITTEN_DATE}", re.I)
# An act and the date it was issued: "Nghị quyết số 21-NQ/TU, ngày 20/8/2021", "Ngày 5/8/2022, ...
# ban hành Nghị quyết số 09-NQ/TU", "Tháng 5/2021, tỉnh đã ban hành Nghị quyết".
_ACT_THEN_DATE = re.compile(
    rf"(?P<act>{_ACT}(?:\s+số)?(?:\s+[\w/.-]+)?)\s*,?\s*(?:ngày|ban hành ngày)\s+{_WRITTEN_DATE}", re.I
)
_DATE_THEN_ACT = re.compile(
    rf"(?:ngày\s+)?{_WRITTEN_DATE}\s*,[^.;\n]{{0,60}}?\bban hành\s+(?P<act>{_ACT}(?:\s+số)?(?:\s+[\w/.-]+)?)", re.I
)


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _written_date(m: re.Match) -> date | None:
    try:
        if m.group("y"):
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return date(int(m.group("y2")), int(m.group("m2")), 1)
    except ValueError:
        return None


def _act_number(act: str) -> str | None:
    """The leading digits of an act's number ("21-NQ/TU" -> "21", "Nghị quyết 09 của Tỉnh ủy" -> "09")."""
    found = re.search(r"(?:số\s+|\s)(\d{1,4})(?=[-/\s]|$)", act)
    return found.group(1).lstrip("0") or "0" if found else None


def _act_kind(act: str) -> str | None:
    found = re.match(_ACT, act.strip(), re.I)
    return found.group(0).lower() if found else None


def _dated_acts(text: str) -> list[tuple[str | None, str | None, date]]:
    acts = []
    for pattern in (_ACT_THEN_DATE, _DATE_THEN_ACT):
        for m in pattern.finditer(text):
            day = _written_date(m)
            if day:
                acts.append((_act_kind(m.group("act")), _act_number(m.group("act")), day))
    return acts


def _add_years(day: date, years: int) -> date:
    """The year the elapsed time reaches, as its last day: the count of years is approximate ("gần
    2 năm", "sau 3 năm"), so the month it would give is not known, and nothing of that year is
    read as after the report (a target) for want of it."""
    return date(day.year + years, 12, 31)


def date_from_url(url: str | None) -> date | None:
    """The publication date a news site writes into an article's address, when the page text gives
    none: a path folder of the year and month ("/khcn/202307/", "/2023/07/28/"), or the article id
    of the common Vietnamese publishing systems, which starts with the time of publication:
    yyyymmddhhmmss plus milliseconds ("...-20251031194220466.htm"), a three-digit site prefix and
    yymmddhhmmss plus milliseconds ("...-185230428093533962.htm"), or the Unix time in milliseconds
    ("...-1683512672209.htm", read in Vietnam's time). Every part must be a real date and time of
    day, so that a plain article number is not read as a date."""
    if not url:
        return None
    path = urlparse(url).path
    folder = _URL_MONTH_FOLDER.search(path)
    if folder:
        try:
            return date(int(folder.group("y")), int(folder.group("m")), int(folder.group("d") or 1))
        except ValueError:
            pass
    last = _URL_ID.search(path)
    if not last:
        return None
    digits = last.group(1)
    stamps = []
    if 14 <= len(digits) <= 17:
        stamps.append(digits[:14])
    if len(digits) == 18:
        stamps.append("20" + digits[3:15])
    for stamp in stamps:
        try:
            moment = datetime.strptime(stamp, "%Y%m%d%H%M%S")
        except ValueError:
            continue
        if _URL_YEARS[0] <= moment.year <= _URL_YEARS[1]:
            return moment.date()
    if len(digits) == 13:
        moment = datetime.fromtimestamp(int(digits) / 1000, tz=_VIETNAM)
        if _URL_YEARS[0] <= moment.year <= _URL_YEARS[1]:
            return moment.date()
    return None


# "/202307/" or "/2023/07/" (or "/2023/07/28/"): a folder per month of publication.
_URL_MONTH_FOLDER = re.compile(r"/(?P<y>20[1-3]\d)(?:/)?(?P<m>0[1-9]|1[0-2])(?:/(?P<d>0[1-9]|[12]\d|3[01]))?/")
# The digits that end an address's last part, before its extension: "-185230428093533962.htm".
_URL_ID = re.compile(r"[-/_.a-z](\d{13,18})(?:\.[a-z]{2,5})?/?$", re.I)
_URL_YEARS = (2010, 2035)
_VIETNAM = timezone(timedelta(hours=7))


# Words that announce a page's own date, on its line before it.
# A stamp's word, then at most a clock and a weekday ("Cập nhật lúc 10:20, Thứ sáu, 12/05/2023").
_PUBLISHED = re.compile(
    r"(?:ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|cập nhật|xuất bản|published|updated|posted)(?:\s+on)?"
    r"(?:\W*(?:lúc|vào|at)?\s*\d{1,2}[:h]\d{2}(?:\s*(?:am|pm|sa|ch))?)?"
    r"(?:\W*(?:thứ\s+\w+|chủ nhật|t[2-7]|cn))?\W*$",
    re.I,
)
# A byline: a few words (an author, a place) then the date and a clock on a line of their own
# ("Văn Thiện 07/02/2025 16:30"). A date cited in prose is never followed by the time of day.
_BYLINE = re.compile(r"\s*(?:[^\W\d][^\W\d.]*[\s,|-]+){1,6}")
_BYLINE_TAIL = re.compile(r"\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|gmt[+\d]*))?\s*", re.I)
# "<Place>, ngày d tháng m năm y" opening a line: the dateline of a signed document.
_DATELINE = re.compile(r"\s*[^\W\d][^\n,;:.\d]{1,40},\s*", re.I)
# A line that is a date and nothing else (a weekday and a clock at most): a page's header date.
# (A line that opens with a lowercase "ngày" continues a sentence cut off before it.)
_BARE_LINE = re.compile(
    r"\s*(?:(?i:thứ\s+\w+|chủ nhật|t[2-7]|cn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*[,-]?\s*)?"
    r"(?:(?:Ngày|NGÀY)\s+)?"
)
_BARE_TAIL = re.compile(r"\s*(?:[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|gmt[+\d]*))?)?\s*\.?\s*", re.I)
# A date opening a sentence (a news lead).
# After a news agency's or a place's tag ("(Baohaiduong) - ", "HẢI DƯƠNG - ") and a time of day
# ("Sáng 12/3/2024, ...", "Chiều ngày 5/6/2023, ...").
_LEAD = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:\([^()\n]{1,40}\)|[^\W\d][^\n.,;:\d]{0,30}?)\s*[-–—]\s*)?"
    r"(?:(?:Sáng|Chiều|Trưa|Tối|Đêm|SÁNG|CHIỀU|TRƯA|TỐI|ĐÊM)(?:\s+(?:nay|qua|hôm nay))?\s+(?:ngày\s+)?"
    r"|(?:Ngày|NGÀY)\s+)?$"
)
# The lead of an issued document: "Ngày 5/8/2022, Ban Chấp hành ... ban hành Nghị quyết ...".
# "ngày 20/8/2021 của Ban Thường vụ Tỉnh ủy": the date of a document cited before it.
_ISSUED = re.compile(r"[^.;\n]{0,80}\b(?:ban hành|đã ký|ký ban hành|phê duyệt|issued)\b|\s*của\b", re.I)


def load_document(
    path: Path,
    *,
    source_file: str,
    aliases: pl.DataFrame,
    resolver: ProvinceResolver,
    merger_day: date,
    province: str | None = None,
    document_date: date | None = None,
    language: Language | None = None,
    publisher_domains: dict[str, str] | None = None,
) -> ReportDocument:
    """A report with its context. Explicit arguments override the sidecar, which overrides inference.
    Its province is named among the units in force on its date (63 before ``merger_day``, 34 from it)."""
    text = read_text(path)
    try:
        meta = read_sidecar(path)
    except SidecarError as error:
        raise ReportError(str(error)) from None
    date_inferred = False
    if document_date is None and meta.get("document_date"):
        try:
            document_date = date.fromisoformat(str(meta["document_date"]))
        except ValueError as error:
            raise ReportError(f"sidecar document_date {meta['document_date']!r}: {error}") from None
    if document_date is None:
        document_date, date_inferred = infer_date(text, url=meta.get("url"), language=language), True
    grouping = 34 if document_date and document_date >= merger_day else 63
    name = province or meta.get("province")
    try:
        code = (
            resolver.resolve(name, grouping)
            if name
            else infer_province(
                text,
                aliases,
                resolver,
                title=meta.get("title"),
                publisher=meta.get("publisher"),
                url=meta.get("url"),
                publisher_domains=publisher_domains,
            )
        )
    except ProvinceResolutionError as error:
        raise ReportError(str(error)) from None
    period_start = period_end = None
    period_inferred = False
    if meta.get("reporting_period"):
        try:
            period_start, period_end = parse_period(str(meta["reporting_period"]))
        except PeriodError as error:
            raise ReportError(f"sidecar reporting_period: {error}") from None
    elif document_date:
        period_start, period_end, period_inferred = (
            date(document_date.year, 1, 1),
            date(document_date.year, 12, 31),
            True,
        )
    return ReportDocument(
        document_id=Path(source_file).stem,
        source_file=source_file,
        text=text,
        province_code=code,
        province_inferred=not name,
        document_date=document_date,
        date_inferred=date_inferred,
        period_start=period_start,
        period_end=period_end,
        period_inferred=period_inferred,
        # without one in the sidecar, the title the text opens with (a headline, a document's type and subject)
        title=normalize_text(str(meta["title"])) if meta.get("title") else opening_title(text),
        url=meta.get("url"),
        publisher=meta.get("publisher"),
    )
