"""Periods as reports write them: every time phrase of a text, with its role.

A phrase is a period a figure may be about (``năm 2022``, ``6 tháng đầu năm 2023``,
``Quý III-2025``, ``tháng 11/2025``, ``giai đoạn 2021-2025``, ``DTI 2022``), a moment it is
measured at (``tính đến ngày 21/3/2023``, ``đến tháng 5``, ``hiện nay``), a horizon
(``đến năm 2030``), the start of a running count (``từ ngày 01/6/2022 đến nay``), or the base
of a comparison (``so với năm 2021``, ``cùng kỳ năm 2021``), which is never a figure's period.
Phrases without a year (``tháng 5``, ``Quý I``) take the year of their context when chosen.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from assets.reports.language import Language

_YEAR = r"(?:19[89]\d|20[0-6]\d)"
# "Sáu tháng đầu năm 2024", "ba tháng cuối năm": months counted in words, of a year only ("ba tháng qua", "hai tháng
# đầu triển khai" are no part of a year; "năm", five, is left out: "năm tháng" is also "years and months")
_MONTH_COUNTS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11,
    "mười hai": 12,
}  # fmt: skip
_MONTH_COUNT = r"(?<!\w)(?<!thứ )(?:" + "|".join(sorted(_MONTH_COUNTS, key=len, reverse=True)) + r")"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _date(n: str = "") -> str:
    """A written date, its groups suffixed with ``n`` (a pattern may hold two)."""
    return (
        rf"(?P<d{n}>\d{{1,2}})\s*[/.-]\s*(?P<m{n}>\d{{1,2}})\s*[/.-]\s*(?P<y{n}>{_YEAR})"
        rf"|ngày\s+(?P<dd{n}>\d{{1,2}})\s+tháng\s+(?P<mm{n}>\d{{1,2}})\s+năm\s+(?P<yy{n}>{_YEAR})"
    )


# English pages: month names and the small numbers of months written as words.
EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_EN_MONTH = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_EN_COUNTS = {"three": 3, "six": 6, "nine": 9, "two": 2, "four": 4, "five": 5, "seven": 7, "eight": 8, "ten": 10}
_EN_COUNT = "|".join(_EN_COUNTS)
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


def _en_date(n: str = "") -> str:
    """A date written in English: "June 30, 2025", "30 June 2025", "the 30th of June, 2025"."""
    return (
        rf"(?P<em{n}>{_EN_MONTH})\.?\s+(?P<ed{n}>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey{n}>{_YEAR})"
        rf"|(?:the\s+)?(?P<fd{n}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<fm{n}>{_EN_MONTH})\.?,?\s+(?P<fy{n}>{_YEAR})"
    )


# the first day of an English span, its year said or left to the last day's: "July 1", "July 1, 2025", "1 July"
_EN_FIRST_DAY = (
    rf"(?P<sm>{_EN_MONTH})\.?\s+(?P<sd>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<sy>{_YEAR}))?"
    rf"|(?:the\s+)?(?P<sd2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<sm2>{_EN_MONTH})\.?(?:,?\s+(?P<sy2>{_YEAR}))?"
)

# (kind, pattern) of English pages; read like the Vietnamese ones (see _make_english).
_ENGLISH_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "from July 1 to September 30, 2025", "from 1 July to 30 September 2025", "between July 1, 2025 and ...": a span
    # of days
    (
        "date_range",
        re.compile(
            rf"(?:from|between)\s+(?:{_EN_FIRST_DAY})\s+(?:to|until|till|through|and)\s+"
            rf"(?:{_en_date('2')})"
            # "From September 8 to 12, 2025", "from 8 to 12 September 2025": days of one month in words
            rf"|(?:from|between)\s+(?P<rm3>{_EN_MONTH})\.?\s+(?P<rd5>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until|till|through|and)\s+"
            rf"(?P<rd6>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<ry3>{_YEAR}))?(?![\d/.,-]\d)"
            rf"|(?:from|between)\s+(?:the\s+)?(?P<rd7>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until|till|through|and)\s+(?:the\s+)?"
            rf"(?P<rd8>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rm4>{_EN_MONTH})\.?(?:,?\s+(?P<ry4>{_YEAR}))?(?![\w])"
            # "From July to September 2025": whole months
            rf"|(?:from|between)\s+(?P<wm1>{_EN_MONTH})\s+(?:to|until|till|through|and)\s+(?P<wm2>{_EN_MONTH}),?\s+"
            rf"(?P<wy>{_YEAR})(?!\d)"
            # "On April 3-10, ...", "3-10 April 2020": days of one month, the year said or the text's
            rf"|(?<![\w/.-])(?P<rm>{_EN_MONTH})\.?\s+(?P<rd1>\d{{1,2}})\s*[-–]\s*(?P<rd2>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<ry>{_YEAR}))?(?![\w/.,-]\d)"
            rf"|(?<![\w/.,-])(?P<rd3>\d{{1,2}})\s*[-–]\s*(?P<rd4>\d{{1,2}})\s+(?P<rm2>{_EN_MONTH})\.?"
            rf"(?:,?\s+(?P<ry2>{_YEAR}))?(?![\w])",
            re.I,
        ),
    ),
    (
        "as_of_date",
        re.compile(rf"(?:as\s+(?:of|at)|up\s+to|until|by)\s+(?:the\s+end\s+of\s+)?(?:{_en_date()})", re.I),
    ),
    (
        "as_of_month",
        re.compile(
            rf"(?:as\s+(?:of|at)|up\s+to|until|by)\s+(?:the\s+(?:end|middle)\s+of\s+|(?:end|mid)-)?"
            rf"(?P<em>{_EN_MONTH})\.?(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w])",
            re.I,
        ),
    ),
    ("as_of_year", re.compile(rf"as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(?P<y>{_YEAR})", re.I)),
    ("until_year", re.compile(rf"(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?(?P<y>{_YEAR})", re.I)),
    (
        "months_from_start",
        re.compile(
            rf"(?:the\s+)?first\s+(?P<n>\d{{1,2}}|{_EN_COUNT})\s+months(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?P<y>{_YEAR}))?"
            # a review's months said without "first", as "9 tháng năm 2024" is ("over 86% of dossiers submitted online
            # in nine months", "in the nine-month period of 2024"; not a length of time: "after nine months of
            # operation", "in 18 months")
            rf"|(?:(?<=in\s)|(?<=during\s)|(?<=over\s))(?:the\s+)?(?:past\s+)?(?P<n2>[5-9]|1[01]|five|six|seven|eight|nine|ten|eleven)(?:\s+months|-month\s+period)"
            rf"(?:\s+of(?:\s+the\s+year)?(?:\s+(?P<y2>{_YEAR}))?)?(?!\s+(?:of\s+operation|ago|later|after|since))(?![\w-])"
            # (not a length of time ahead: "In six months, the province plans to ...")
            r"(?![^.;\n]{0,80}?\b(?:will|plans?\s+to|aims?\s+to|(?:is|are)\s+expected\s+to)\b)"
            # (the months right before their year, as a table's column names them: "9 months 2025", "nine months of 2025")
            rf"|(?<![\w.,/-])(?P<n3>[1-9]|1[01]|{_EN_COUNT})[\s-]+months?\s+(?:of\s+)?(?P<y3>{_YEAR})\b",
            re.I,
        ),
    ),
    (
        "months_to_end",
        re.compile(
            rf"(?:the\s+)?last\s+(?P<n>\d{{1,2}}|{_EN_COUNT})\s+months\s+of(?:\s+the\s+year)?(?:\s+(?P<y>{_YEAR}))?",
            re.I,
        ),
    ),
    # ("In the first quarter, the center received ...", "the first half of this year": the page's year)
    (
        "half",
        re.compile(
            rf"(?:the\s+)?(?P<h>first|second)\s+half\s+of(?:\s+(?:the|this)\s+year)?(?:\s+(?P<y>{_YEAR}))?"
            r"|(?<=the\s)(?P<hb>first|second)\s+half(?!\s+of)(?=\s*[,;]|\s+(?:alone|only)\b)",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"(?:the\s+)?(?P<q>first|second|third|fourth|last)\s+quarter\s+of(?:\s+(?:the|this)\s+year)?"
            rf"(?:\s+(?P<y>{_YEAR}))?"
            r"|(?<=the\s)(?P<qb>first|second|third|fourth)\s+quarter(?!\s+of)(?=\s*[,;]|\s+(?:alone|only)\b)"
            rf"|\bQ(?P<qn>[1-4])[\s/-]*(?P<yq>{_YEAR})\b",
            re.I,
        ),
    ),
    ("month", re.compile(rf"(?<![\w])(?P<em>{_EN_MONTH})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})\b", re.I)),
    (
        # "the 2024 Provincial Digital Transformation Index", "the DTI of provinces and cities in 2022"
        "edition",
        re.compile(
            rf"(?P<y>{_YEAR})\s+(?:provincial\s+)?(?:digital\s+transformation\s+index|P?DTI)\b"
            rf"|\bP?DTI(?:\s+(?:of|for)\s+(?:the\s+)?provinces(?:\s+and\s+cities)?)?\s+(?:in|for)\s+(?P<yd>{_YEAR})",
            re.I,
        ),
    ),
]


def _make_english(kind: str, m: re.Match) -> TimePhrase | None:
    """An English phrase as the Vietnamese phrase of the same kind."""
    y = _group(m, "y", "y2", "y3", "ey", "fy", "yq", "yd")
    year = int(y) if y else None
    if kind == "date_range":
        return _english_date_range(m)
    role = {"as_of_date": "as_of", "as_of_month": "as_of", "as_of_year": "as_of", "until_year": "until"}.get(
        kind, "period"
    )
    fields: dict[str, int] = {}
    month = _group(m, "em", "fm")
    if kind == "as_of_date":
        day = int(_group(m, "ed", "fd"))
        try:
            date(year, EN_MONTHS[month.lower()], day)
        except ValueError:
            return None
        fields = {"month": EN_MONTHS[month.lower()], "day": day}
    elif kind in ("as_of_month", "month"):
        fields = {"month": EN_MONTHS[month.lower()]}
    elif kind in ("months_from_start", "months_to_end"):
        n = _group(m, "n", "n2", "n3").lower()
        n = _EN_COUNTS.get(n) or int(n)
        if not 1 <= n <= 12:
            return None
        fields = {"n": n}
    elif kind == "half":
        fields = {"half": 1 if _group(m, "h", "hb").lower() == "first" else 2}
    elif kind == "quarter":
        ordinal = _group(m, "q", "qb")
        fields = {"quarter": _EN_ORDINALS[ordinal.lower()] if ordinal else int(m.group("qn"))}
    if _group(m, "qb", "hb"):
        fields["bare"] = 1  # "In the first quarter, ...": no year, nor "of"
    return TimePhrase(m.start(), m.end(), kind, role, year, tuple(sorted(fields.items())))


def _english_date_range(m: re.Match) -> TimePhrase | None:
    """ "from July 1 to September 30, 2025": the span's days, the first one's year the last one's unless written (or the
    year before, for a span across the new year: "from December 15 to January 14, 2024"); "April 3-10": days of one
    month."""
    if m.group("wm1"):
        # whole months: from the first day of the first to the last day of the last
        year, first_month, last_month = (
            int(m.group("wy")),
            EN_MONTHS[m.group("wm1").lower()],
            EN_MONTHS[m.group("wm2").lower()],
        )
        if not m.group("wm1")[0].isupper() or not m.group("wm2")[0].isupper() or first_month >= last_month:
            return None
        fields = {
            "month": last_month,
            "day": _month_end(year, last_month).day,
            "first_year": year,
            "first_month": first_month,
            "first_day": 1,
        }
        return TimePhrase(m.start(), m.end(), "date_range", "period", year, tuple(sorted(fields.items())))
    month = _group(m, "rm", "rm2", "rm3", "rm4")
    if month is not None and not month[0].isupper():
        return None  # (a month's name is written with a capital: not "may", the verb)
    if month is not None:
        # days of one month ("April 3-10"), of the year said or, without one, of the text's (as "từ ngày 1/7 đến 30/11")
        first_day = int(_group(m, "rd1", "rd3", "rd5", "rd7"))
        last_day = int(_group(m, "rd2", "rd4", "rd6", "rd8"))
        said = _group(m, "ry", "ry2", "ry3", "ry4")
        try:
            date(int(said) if said else 2000, EN_MONTHS[month.lower()], last_day)  # (2000: a leap year)
        except ValueError:
            return None
        if not 1 <= first_day < last_day:
            return None
        fields = {"month": EN_MONTHS[month.lower()], "day": last_day, "first_month": EN_MONTHS[month.lower()]}
        fields["first_day"] = first_day
        if said:
            fields["first_year"] = int(said)
        year = int(said) if said else None
        return TimePhrase(m.start(), m.end(), "date_range", "period", year, tuple(sorted(fields.items())))
    year = int(_group(m, "ey2", "fy2"))
    last = (EN_MONTHS[_group(m, "em2", "fm2").lower()], int(_group(m, "ed2", "fd2")))
    first = (EN_MONTHS[_group(m, "sm", "sm2").lower()], int(_group(m, "sd", "sd2")))
    written = _group(m, "sy", "sy2")
    first_year = int(written) if written else (year if first <= last else year - 1)
    try:
        if date(first_year, *first) > date(year, *last):
            return None
    except ValueError:
        return None
    fields = {
        "month": last[0],
        "day": last[1],
        "first_year": first_year,
        "first_month": first[0],
        "first_day": first[1],
    }
    return TimePhrase(m.start(), m.end(), "date_range", "period", year, tuple(sorted(fields.items())))


# (kind, pattern). Order matters only for equal spans; the longest phrase wins.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "since",
        re.compile(
            rf"(?:tính\s+)?từ\s+(?:ngày\s+)?(?:{_date()})\s+(?:đến|tới)\s+(?:nay|hiện nay|thời điểm hiện tại)", re.I
        ),
    ),
    (
        # "Thống kê lũy kế từ ngày 1-1 đến 14-11-2024", "từ đầu năm đến ngày 14/11/2024": a span of days
        "date_range",
        re.compile(
            # ("từ ngày 15/10 - 14/11/2023", "từ ngày 1 – 31/8/2025": a dash between the days, the month said once)
            rf"(?:(?:thống kê\s+)?(?:lũy kế|luỹ kế|tính)\s+)?từ\s+(?:(?:ngày\s+)?(?P<d1>\d{{1,2}})(?:\s*[/.-]\s*(?P<m1>\d{{1,2}})"
            rf"(?:\s*[/.-]\s*(?P<y1>{_YEAR}))?)?|(?P<opening>đầu\s+năm)(?:\s+(?P<y0>{_YEAR}))?)"
            rf"(?:\s+(?:đến|tới)\s+(?:hết\s+)?|\s*[-–—]\s*)(?:ngày\s+)?"
            rf"(?:{_date()})"
            # "Trong 2 ngày 17 - 18/10/2024", "Ngày 17-18/10/2024, ...": the days of an event, without "từ"
            rf"|(?:trong\s+(?:\d+\s+)?)?ngày\s+(?P<d2>\d{{1,2}})\s*[-–—]\s*(?:{_date('e')})"
            # "từ ngày 1/7 đến 30/11": days without their year (the text's year), "ngày" said (not "từ 1/3 đến 1/2", a
            # range of fractions)
            r"|từ\s+ngày\s+(?P<d3>\d{1,2})\s*/\s*(?P<m3>\d{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
            r"(?P<d4>\d{1,2})\s*/\s*(?P<m4>\d{1,2})(?![\d/.-])",
            re.I,
        ),
    ),
    (
        "as_of_date",
        re.compile(
            rf"(?:(?:tính|cập nhật)\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:{_date()})|(?:tính|as of)\s+(?:ngày\s+)?(?:{_date('b')})",
            re.I,
        ),
    ),
    (
        "as_of_month",
        re.compile(
            rf"(?:(?:tính|cập nhật)\s+)?(?:đến|tới)\s+(?:hết\s+|giữa\s+|cuối\s+|đầu\s+)?tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:/|-|năm|\.)\s*(?P<y>{_YEAR}))?",
            re.I,
        ),
    ),
    ("as_of_year", re.compile(rf"(?:tính|cập nhật)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?P<y>{_YEAR})", re.I)),
    (
        "until_year",
        re.compile(rf"(?:đến|tới|vào|trước)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(?P<y>{_YEAR})(?!\s*[-–]\s*{_YEAR})", re.I),
    ),
    (
        # "hoàn thành trước 30/7/2025", "chậm nhất ngày 31/12/2025": a deadline, the horizon of what is to be done
        "until_year",
        re.compile(rf"(?:trước|chậm nhất(?:\s+(?:là|vào))?)\s+(?:ngày\s+)?(?:{_date('b')})", re.I),
    ),
    (
        "current",
        re.compile(
            r"(?<!\w)(?:(?:tính\s+)?(?:đến|tới)\s+(?:nay|thời điểm này|thời điểm hiện tại)|hiện nay|hiện tại|hiện có|(?<!thực )(?<!thể )(?<!xuất )(?<!phát )hiện(?=\s+(?:toàn|tỉnh|thành|đã|có|đang|đứng|xếp|tỷ|tỉ|trên|mới|nay|các|\d)))(?!\w)",
            re.I,
        ),
    ),
    (
        "months_from_start",
        re.compile(
            rf"(?:(?P<n>\d{{1,2}})\s+tháng\s+(?:đầu\s+năm|đầu|qua|năm)|(?P<w>{_MONTH_COUNT})\s+tháng\s+đầu\s+năm)"
            rf"(?:\s+(?:năm\s+)?(?P<y>{_YEAR}))?",
            re.I,
        ),
    ),
    (
        "months_from_start",
        # (not a span since an event other than the year's start: "sau 3 tháng vận hành chính quyền hai cấp", "3 tháng
        # kể từ khi ...", "3 tháng sau hợp nhất"; a plan's months of work, "sau 10 tháng thực hiện", run from January)
        re.compile(
            rf"(?<![\d/.,])(?P<n>\d{{1,2}})\s+tháng(?!\s+(?:cuối|\d))"
            r"(?!\s+(?:vận hành|hoạt động|kể từ|từ khi|sau khi|sau sáp nhập|sau hợp nhất|chính thức)(?!\w))"
            rf"(?:\s+năm\s+(?P<y>{_YEAR}))?",
            re.I,
        ),
    ),
    (
        "months_to_end",
        re.compile(rf"(?:(?P<n>\d{{1,2}})|(?P<w>{_MONTH_COUNT}))\s+tháng\s+cuối\s+năm(?:\s+(?P<y>{_YEAR}))?", re.I),
    ),
    ("half", re.compile(rf"(?:nửa|bán niên)\s+(?P<h>đầu|cuối)(?:\s+năm)?(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("quarter", re.compile(rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?:\s*(?:/|-|năm)\s*(?P<y>{_YEAR}))?(?![\w])", re.I)),
    ("month", re.compile(rf"tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:/|-|năm|\.)\s*(?P<y>{_YEAR}))?(?![\d/])", re.I)),
    (
        "year_range",
        re.compile(
            rf"(?:giai đoạn\s+|từ\s+(?:năm\s+)?|thời kỳ\s+|nhiệm kỳ\s+)?(?P<y>{_YEAR})\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(?P<y2>{_YEAR})",
            re.I,
        ),
    ),
    (
        "edition",
        re.compile(
            rf"(?:DTI|PDTI|chỉ số chuyển đổi số|ICT Index|PAR Index|EBI)(?:\s+cấp tỉnh)?\s+(?:năm\s+)?(?P<y>{_YEAR})",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?:(?:trong|cả|của|vào|cuối|đầu)\s+)?năm\s+(?P<y>{_YEAR})|(?<![\d.,/-])(?P<y3>{_YEAR})(?![\d.,]\d|\s*%|\s*[-–]\s*\d)",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class TimePhrase:
    start: int
    end: int
    kind: str
    role: str  # period | as_of | until | since | current | comparison
    year: int | None
    fields: tuple[tuple[str, int], ...] = ()

    def get(self, key: str) -> int | None:
        return dict(self.fields).get(key)

    def with_year(self, year: int) -> TimePhrase:
        return self if self.year is not None else replace(self, year=year)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _group(m: re.Match, *names: str) -> str | None:
    for name in names:
        if name in m.groupdict() and m.group(name):
            return m.group(name)
    return None


def _make(kind: str, m: re.Match) -> TimePhrase | None:
    y = _group(m, "y", "yy", "yb", "yyb", "y3", "ye", "yye")
    year = int(y) if y else None
    fields: dict[str, int] = {}
    role = {
        "since": "since",
        "as_of_date": "as_of",
        "as_of_month": "as_of",
        "as_of_year": "as_of",
        "until_year": "until",
        "current": "current",
    }.get(kind, "period")
    if kind == "date_range" and m.group("d3"):
        first, last = (int(m.group("m3")), int(m.group("d3"))), (int(m.group("m4")), int(m.group("d4")))
        try:
            date(2000, *first), date(2000, *last)  # a leap year: any day a month may have
        except ValueError:
            return None
        fields = {"month": last[0], "day": last[1], "first_month": first[0], "first_day": first[1]}
    elif kind == "date_range":
        d, mo = _group(m, "d", "dd", "de", "dde"), _group(m, "m", "mm", "me", "mme")
        written_year = _group(m, "y1", "y0")
        first_year = int(written_year or year)
        first_day = m.group("d1") or m.group("d2")
        first = (1, 1) if m.group("opening") else (int(m.group("m1") or mo), int(first_day))
        try:
            if date(first_year, *first) > date(year, int(mo), int(d)):
                if written_year:
                    return None
                first_year -= 1  # "từ ngày 15/12 đến ngày 14/1/2024": from the year before
                date(first_year, *first)
        except (TypeError, ValueError):
            return None
        fields = {
            "month": int(mo),
            "day": int(d),
            "first_year": first_year,
            "first_month": first[0],
            "first_day": first[1],
        }
    elif kind in ("since", "as_of_date"):
        d, mo = _group(m, "d", "dd", "db", "ddb"), _group(m, "m", "mm", "mb", "mmb")
        try:
            date(year, int(mo), int(d))
        except (TypeError, ValueError):
            return None
        fields = {"month": int(mo), "day": int(d)}
    elif kind in ("as_of_month", "month"):
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        fields = {"month": month}
    elif kind in ("months_from_start", "months_to_end"):
        n = int(m.group("n")) if m.group("n") else _MONTH_COUNTS[m.group("w").lower()]
        if not 1 <= n <= 12:
            return None
        fields = {"n": n}
        if kind == "months_from_start" and not m.group("y") and re.search(r"(?<!\w)qua$", m.group(0), re.I):
            fields["past"] = 1  # "2 tháng qua": the months just past, counted back from the page's date
    elif kind == "half":
        fields = {"half": 1 if m.group("h").lower() == "đầu" else 2}
    elif kind == "quarter":
        fields = {"quarter": _ROMAN[m.group("q").lower()]}
    elif kind == "year_range":
        y2 = int(m.group("y2"))
        if y2 < year:
            return None
        fields = {"year2": y2}
    return TimePhrase(m.start(), m.end(), kind, role, year, tuple(sorted(fields.items())))


# "hai năm tới", "những năm tới", "năm tới đó", "the last year of the plan": not one year counted from the page's
_NOT_ONE_YEAR_BEFORE = re.compile(
    r"(?:\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|những|các|mọi|từng|the)\s+$", re.I
)
_NOT_ONE_YEAR_AFTER = re.compile(r"\s+(?:đó|ấy|of|\d)", re.I)
_UP_TO_BEFORE = re.compile(r"(?:đến|tới|by)\s+(?:hết\s+|cuối\s+|the\s+end\s+of\s+)?$", re.I)


def _relative_years(text: str, language: Language, written: date | None) -> list[TimePhrase]:
    """ "năm nay", "năm ngoái", "last year", "next year": the year the page is written in, or one before or after
    it (the lexicon's ``relative_years``), as a year phrase; none without the page's date, which alone places it."""
    if written is None or not language.relative_years:
        return []
    words = "|".join(re.escape(w) for w in sorted(language.relative_years, key=len, reverse=True))
    found = []
    for m in re.finditer(rf"(?<!\w)(?:(?:trong|vào|in|during)\s+)?(?P<w>{words})(?!\w)", text, re.I):
        if _NOT_ONE_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _NOT_ONE_YEAR_AFTER.match(
            text, m.end()
        ):
            continue
        year = written.year + language.relative_years[m.group("w").lower()]
        role = "until" if _UP_TO_BEFORE.search(text, max(0, m.start() - 20), m.start()) else "period"
        found.append(TimePhrase(m.start(), m.end(), "year", role, year, (("relative", 1),)))
    return found


# the word of a count or of its change right before a bare number ("tăng 2000 thuê bao", "có 2020 trạm BTS"); not a
# word of time ("Trong 2023 hồ sơ trực tuyến tăng")
_COUNT_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:tăng|giảm|có|đạt|gồm|là|thêm|hơn|trên|gần|khoảng|tổng cộng|added|has|have|had|(?<!compared )with|reached|over"
    r"|nearly|about|of which|totalling|totaling)\s+$",
    re.I,
)


def _counts_what_follows(text: str, start: int, end: int, language: Language) -> bool:
    """A bare number that reads as a year, after a word of a count, is followed by a noun the language counts ("tăng
    2000 thuê bao", "có 2020 trạm BTS")."""
    space = re.match(r"[^\S\n]+", text[end : end + 3])
    return (
        space is not None
        and _COUNT_WORD_BEFORE.search(text, max(0, start - 20), start) is not None
        and language.measured_nouns.match(text, end + space.end()) is not None
    )


def find_time_phrases(text: str, language: Language, written: date | None = None) -> list[TimePhrase]:
    """Every time phrase of ``text``, leftmost-longest, without overlaps, each with its role;
    the base of a comparison ("so với năm 2021") has the role ``comparison``. ``written``: the page's date, which
    places the years it names by their distance from its own ("năm ngoái", "next year")."""
    candidates = _relative_years(text, language, written)
    for patterns, make in ((_PATTERNS, _make), (_ENGLISH_PATTERNS, _make_english)):
        for kind, pattern in patterns:
            for m in pattern.finditer(text):
                phrase = make(kind, m)
                if phrase is not None:
                    candidates.append(phrase)
    candidates.sort(key=lambda p: (p.start, -(p.end - p.start)))
    chosen: list[TimePhrase] = []
    for phrase in sorted(candidates, key=lambda p: -(p.end - p.start)):
        if all(phrase.end <= c.start or phrase.start >= c.end for c in chosen):
            chosen.append(phrase)
    names = document_names(text, language)
    out = []
    for phrase in sorted(chosen, key=lambda p: p.start):
        if (
            phrase.kind == "year"
            and text[phrase.start : phrase.end].isdigit()
            and _counts_what_follows(text, phrase.start, phrase.end, language)
        ):
            continue  # "tăng 2000 thuê bao", "có 2020 trạm BTS": a count of what it names, no year
        # (wide enough for an English change before "from": "up 12 percentage points from 2023")
        before = text[max(0, phrase.start - 48) : phrase.start]
        if phrase.role in ("period", "as_of", "until") and _is_comparison(before, language):
            if phrase.get("relative"):
                continue  # "tăng 3 bậc so với năm ngoái": the year before the figure's own, not before the page's
            phrase = replace(phrase, role="comparison")
        elif phrase.role in ("period", "until") and any(s <= phrase.start < e for s, e in names):
            phrase = replace(phrase, role="name")
        elif phrase.role == "until" and horizon_of_targets_met(text, phrase.start, phrase.end):
            # "9/17 mục tiêu thực hiện đến năm 2025 đạt và vượt": the horizon of the targets counted,
            # not the period of the results listed.
            phrase = replace(phrase, role="name")
        elif phrase.role in ("period", "as_of") and _NOT_YET_OUT.match(text, phrase.end):
            # "(kết quả năm 2023 chưa công bố)": a year whose results are not out dates no figure
            phrase = replace(phrase, role="name")
        elif phrase.role == "period" and _PRICE_BASE_BEFORE.search(before):
            # "theo giá so sánh 2010": the base year of constant prices, not a period
            phrase = replace(phrase, role="name")
        elif phrase.kind == "year_range" and _PLAN_BEFORE.search(text[max(0, phrase.start - 70) : phrase.start]):
            # "kế hoạch chuyển đổi số giai đoạn 05 năm (2021 - 2025)": the years of the plan, not of a figure.
            phrase = replace(phrase, role="name")
        out.append(phrase)
    return out


# "từ vị trí 60/63 năm 2021 ... lên ...": the year of where a move started (it dates that figure alone)
ORIGIN_BEFORE = re.compile(
    r"(?<!\w)từ\s+(?:(?:vị trí|hạng|thứ hạng|mức)\s+)?(?:thứ\s+)?\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%|điểm)?\s*"
    r"(?:\(\s*)?(?:trong\s+|vào\s+)?$",
    re.I,
)
# "(kết quả năm 2023 chưa công bố)", "(2023 results not yet published)": results not out
_NOT_YET_OUT = re.compile(
    r"\s*(?:results?\s+)?(?:(?:chưa|còn chưa|vẫn chưa)\s+(?:được\s+)?(?:công bố|có kết quả|đánh giá|xếp hạng)"
    r"|(?:(?:is|are|was|were|has|have)\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:published|announced|released))(?!\w)",
    re.I,
)
# "theo giá so sánh 2010": the base year of constant prices
_PRICE_BASE_BEFORE = re.compile(r"(?<!\w)giá\s+(?:so sánh|cố định|gốc)(?:\s+năm)?\s*$", re.I)
# "9/17 mục tiêu thực hiện đến năm 2025 đạt và vượt": targets counted (not announced: "đề ra 5 chỉ tiêu"),
# then a word that says them met or missed - not "đạt" before a figure ("đến năm 2025 đạt 100% ...").
_COUNTED_TARGETS_BEFORE = re.compile(
    r"(?<!đề ra )(?<!đặt ra )(?<!với )\d+(?:/\d+)?\s+(?:mục tiêu|chỉ tiêu)(?:\s+[^\s\d;.:,]+){0,4}\s*$", re.I
)
_MET_NEXT = re.compile(
    r"\s*(?:của\s+\S+\s+)?(?:đã\s+|đều\s+)?"
    r"(?:đạt và vượt|đạt(?!\s+(?:[\d(]|tỷ lệ|tỉ lệ|mức))|vượt|hoàn thành|không đạt|chưa đạt)\b",
    re.I,
)


def horizon_of_targets_met(text: str, start: int, end: int) -> bool:
    """The horizon at text[start:end] qualifies targets counted and said met ("9/17 mục tiêu thực hiện
    đến năm 2025 đạt và vượt"): it dates the targets, not the results that follow."""
    return bool(_COUNTED_TARGETS_BEFORE.search(text[max(0, start - 80) : start]) and _MET_NEXT.match(text, end))


_PLAN_BEFORE = re.compile(
    r"(?:kế hoạch|chương trình|đề án|chiến lược|nghị quyết|quy hoạch|nhiệm kỳ)(?:\s+[^\s\d;.,]+){0,8}[\s(]*(?:giai đoạn\s*)?(?:\d+\s+năm\s*)?\(?\s*$",
    re.I,
)


# A plan named by what it builds: "đề án xây dựng chính quyền số", "kế hoạch phát triển kinh tế số" (to a
# comma, a stop or a time phrase, at most eight words).
_AIM_OF_DOCUMENT = re.compile(
    r"\s+(?:xây dựng|phát triển|thúc đẩy)(?:\s+(?!(?:đến|tới|giai đoạn|năm|đã|đạt|có|được|là|tỷ|tỉ|tỉnh|thành phố"
    r"|xếp|chiếm|trên|của|tại|tp)\b)[^\s,;.:()\d]+){1,5}"
)


def document_names(text: str, language: Language) -> list[tuple[int, int]]:
    """Spans naming a legal document or programme ("Nghị quyết 05-NQ/TU ... về chuyển đổi số giai
    đoạn 2021 - 2025, định hướng đến năm 2030"): from the document word to the end of its clause."""
    spans = []
    for m in language.document_name_words.finditer(text):
        rest = text[m.end() : m.end() + 200]
        # A named document: its number ("Đề án 06", "Kế hoạch 106/KH-UBND ngày 13/3/2023"), then
        # its subject when "về" introduces it ("... về chuyển đổi số giai đoạn 2021 - 2025").
        # (not a year a table's column heads with the plan word: "Kế hoạch 2026: 85%")
        number = re.match(r"\s*(?:số\s*)?(?!(?:19|20)\d\d\s*:)\d[\w/.-]*(?:\s*,?\s*ngày\s+[\d/.-]+)?", rest, re.I)
        cursor = number.end() if number else 0
        subject = re.match(r"\s+(?:của\s+[^\s;,.:]+(?:\s+[^\s;,.:]+){0,7}?\s+)?về\b", rest[cursor:], re.I)
        titled = None if number else re.match(r"(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ-]*)+(?:\s+(?:19|20)\d{2})?", rest)
        aim = None if (number or titled or subject) else _AIM_OF_DOCUMENT.match(rest)
        if titled:  # "Luật Cư trú 2020", "Chương trình Chuyển đổi số Quốc gia": a proper title
            cursor = titled.end()
        elif subject:
            # a comma ends the subject, unless the name goes on with its horizon ("..., định hướng đến năm 2030")
            stop = re.search(
                r"[;]|\.\s|\n|\s(?:đã|đạt|có|được|là)\s|,(?!\s*(?:định hướng|tầm nhìn|giai đoạn))", rest[cursor:]
            )
            cursor += stop.start() if stop else len(rest) - cursor
        elif aim:  # "Theo đề án xây dựng chính quyền số, ...": what the plan is for, up to a comma
            cursor = aim.end()
        elif not number and not titled:
            continue
        spans.append((m.start(), m.end() + cursor))
    return spans


# an English change that "from"/"over" compare ("up 5% over 2023", "rose from 45th in 2022")
_A_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|rising|increased?|increasing|decreased?|grew|grown|growth|fell|fallen|dropped|climbed|"
    r"jumped|moved|improved|higher|lower|more|less)\b(?:[^.;]|\.(?=\d)){0,40}$"  # (a decimal point: "of 366.4%")
)


_EARLIER_BASE_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:,|and|và|&)\s*(?:năm\s*)?$")


def _is_comparison(before: str, language: Language) -> bool:
    """'so với (cùng kỳ) (cuối) năm 2021', 'cùng kỳ năm 2021', '(from) 2021' right before the phrase."""
    tail = before.rstrip().lower()
    if re.search(r"\bbằng\s+(?:với\s+)?(?:xếp hạng|thứ hạng|hạng|mức|kết quả|cùng kỳ)?\s*(?:năm)?\s*$", tail):
        return True  # "xếp hạng 28 (0,7684) bằng xếp hạng năm 2022": equal to that year's
    for m in language.comparison_words.finditer(tail):
        if m.group(0) in ("from", "over") and not _A_CHANGE_BEFORE.search(tail, 0, m.start()):
            continue  # "Over the first six months of 2024, ...", "From January to June 2024": a period, no base
        # (a year joined to the base year before it is a base too: "so với năm 2018 và 2019", "compared with the year
        # 2018 and 2019")
        between = _EARLIER_BASE_YEARS.sub("", tail[m.end() :])
        if re.fullmatch(
            r"\s*(?:cùng kỳ|cuối|đầu|hết|thời điểm|mức|giá trị|kết quả|của)?\s*(?:năm)?\s*\(?\s*"
            # "compared to 2021", "compared with the same period of 2023", "from the end of 2022"
            # ("compared to the same period last year")
            # ("compared with the first quarter": the text before a phrase is stripped, "the" may end it)
            r"|\s*(?:the(?:\s+|$))?(?:(?:same\s+period|end|level|result|results|figure)(?:\s+(?:of|in))?\s*)?"
            r"(?:the\s+years?\s*)?",
            between,
        ):
            return True
    return False


# a title's vision after its plan's span ("Kế hoạch ... giai đoạn 2021-2025, định hướng đến năm 2030")
_VISION_BEFORE = re.compile(r"(?:định hướng|tầm nhìn|orientations?|vision)(?:\s+(?:đến|tới|to|towards?))?\s*$", re.I)


def plan_span_over_its_vision(title: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """The title's phrases, its vision's horizon ("định hướng đến năm 2030") read as a name when the title gives its
    plan's span before it ("giai đoạn 2021-2025", read as part of the plan's name): the span's last year is the
    horizon of the targets the text leaves undated, as the plan sets them for its span."""
    spans = [p for p in phrases if p.kind == "year_range" and p.get("year2")]
    out = []
    for phrase in phrases:
        before = title[max(0, phrase.start - 24) : phrase.start]
        span = next((s for s in spans if s.end <= phrase.start), None)
        if phrase.role == "until" and span is not None and _VISION_BEFORE.search(before):
            out.append(replace(phrase, role="name"))
            if span.role == "name":
                out.append(TimePhrase(span.start, span.end, "until_year", "until", span.get("year2")))
        else:
            out.append(phrase)
    return sorted(out, key=lambda p: p.start)


_SPAN_AHEAD = timedelta(days=60)  # a yearless span that starts later than this after its page is last year's


def resolve(phrase: TimePhrase, year: int | None, document_date: date | None) -> tuple[date, date] | None:
    """(start, end) of a phrase; ``year`` fills a phrase without one; the current moment and
    the end of a running count are the document's date."""
    y = phrase.year if phrase.year is not None else year
    kind = phrase.kind
    if kind == "current":
        return (document_date, document_date) if document_date else None
    if kind == "since":
        start = date(y, phrase.get("month"), phrase.get("day"))
        return (start, document_date) if document_date and document_date >= start else None
    if y is None:
        return None
    if kind == "as_of_date":
        day = date(y, phrase.get("month"), phrase.get("day"))
        return day, day
    if kind == "date_range":
        last = (phrase.get("month"), phrase.get("day"))
        first = (phrase.get("first_month"), phrase.get("first_day"))
        try:
            if phrase.year is None and document_date is not None and date(y, *first) > document_date + _SPAN_AHEAD:
                y -= 1  # "Từ ngày 1/10 đến 30/11" on a page of January: last autumn (not a span under way or at hand)
            first_year = phrase.get("first_year") or (y if first <= last else y - 1)
            return date(first_year, *first), date(y, *last)
        except ValueError:
            return None  # 29/2 of a year that has none
    if kind == "as_of_month":
        end = _month_end(y, phrase.get("month"))
        return end, end
    if kind == "as_of_year":
        return date(y, 12, 31), date(y, 12, 31)
    if kind == "months_from_start":
        if phrase.get("past") and document_date is not None:
            # "2 tháng qua" on a page of September: July and August (the months before the page's month)
            end_index = document_date.year * 12 + document_date.month - 2  # the month before the page's, counted from 0
            start_index = end_index - phrase.get("n") + 1
            end_year, end_month = divmod(end_index, 12)
            return date(start_index // 12, start_index % 12 + 1, 1), _month_end(end_year, end_month + 1)
        return date(y, 1, 1), _month_end(y, phrase.get("n"))
    if kind == "months_to_end":
        return date(y, 13 - phrase.get("n"), 1), date(y, 12, 31)
    if kind in ("half", "quarter"):
        months = 6 if kind == "half" else 3
        n = phrase.get(kind)
        start, end = date(y, months * n - months + 1, 1), _month_end(y, months * n)
        if phrase.get("bare") and phrase.year is None and (document_date is None or start > document_date):
            # "In the fourth quarter, the city received ..." on a page of January: which year's is not said (the
            # quarter to come, or last year's); read only a quarter or half the page's date has reached
            return None
        return start, end
    if kind == "month":
        month = phrase.get("month")
        return date(y, month, 1), _month_end(y, month)
    if kind == "year_range":
        return date(y, 1, 1), date(phrase.get("year2"), 12, 31)
    return date(y, 1, 1), date(y, 12, 31)  # year, edition, until_year
