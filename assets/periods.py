"""Reporting periods as (start, end) dates.

Submission periods are written in a small ISO-like grammar:
``2023`` (year), ``2023-H1`` (half), ``2023-Q4`` (quarter), ``2023-06`` (month),
``2023-06-30`` (day), and any two of these joined by ``/`` for a range
(``2023-01/2023-10`` = January to October 2023).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$", re.IGNORECASE)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class PeriodError(ValueError):
    pass


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _single(text: str) -> tuple[date, date]:
    if m := _YEAR.match(text):
        y = int(m.group(1))
        return date(y, 1, 1), date(y, 12, 31)
    if m := _HALF.match(text):
        y, h = int(m.group(1)), int(m.group(2))
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    if m := _QUARTER.match(text):
        y, q = int(m.group(1)), int(m.group(2))
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m := _MONTH.match(text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise PeriodError(f"period {text!r}: month {mo} does not exist")
        return date(y, mo, 1), _month_end(y, mo)
    if m := _DAY.match(text):
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as error:
            raise PeriodError(f"period {text!r}: {error}") from None
        return d, d
    raise PeriodError(f"period {text!r} is not one of YYYY, YYYY-H1, YYYY-Q4, YYYY-MM, YYYY-MM-DD or a range A/B")


def parse_period(text: str | None) -> tuple[date, date]:
    if text is None or not str(text).strip():
        raise PeriodError("period is empty")
    text = str(text).strip()
    if "/" in text:
        first, _, last = text.partition("/")
        try:
            start, _ = _single(first.strip())
            _, end = _single(last.strip())
        except PeriodError as error:
            raise PeriodError(f"range {text!r}: {error}") from None
        if start > end:
            raise PeriodError(f"period {text!r} ends before it starts")
        return start, end
    return _single(text)


# --- Periods as Vietnamese documents write them -----------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_VI_PATTERNS = [
    # "6 tháng đầu năm 2023", "06 tháng cuối năm 2022", "10 tháng đầu năm"
    ("months", re.compile(r"(?P<n>\d{1,2})\s+tháng\s+(?P<side>đầu|cuối)\s+năm(?:\s+(?P<year>\d{4}))?", re.I)),
    # "Quý IV/2022", "quý 4 năm 2022"
    ("quarter", re.compile(r"quý\s+(?P<q>IV|I{1,3}|[1-4])\s*(?:/|năm)\s*(?P<year>\d{4})", re.I)),
    # "tháng 8/2023", "tháng 8 năm 2023"
    ("month", re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<year>\d{4})", re.I)),
    # "2021 - 2025", "giai đoạn 2021-2025"
    ("range", re.compile(r"(?P<y1>(?:19|20)\d{2})\s*[-–—]\s*(?P<y2>(?:19|20)\d{2})")),
    # "10 tháng" (from January of the context year)
    (
        "months_bare",
        re.compile(r"(?<![\d/])(?P<n>\d{1,2})\s+tháng(?!\s+(?:đầu|cuối))(?:\s+năm\s+(?P<year>\d{4}))?", re.I),
    ),
    # "năm 2022"
    ("year", re.compile(r"năm\s+(?P<year>(?:19|20)\d{2})", re.I)),
]


@dataclass(frozen=True)
class PeriodMention:
    char_start: int
    char_end: int
    start: date
    end: date
    comparison: bool  # "so với năm 2021": the base of a comparison, not the value's period


def find_vi_periods(text: str, context_year: int | None = None) -> list[PeriodMention]:
    """Every period phrase in the text, leftmost-longest, without overlaps."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _VI_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            period = _vi_period(kind, m, context_year)
            if period is None:
                continue
            before = text[max(0, m.start() - 12) : m.start()].lower()
            found.append(PeriodMention(m.start(), m.end(), *period, comparison="so với" in before))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda p: p.char_start)


def _vi_period(kind: str, m: re.Match, context_year: int | None) -> tuple[date, date] | None:
    year = int(m.group("year")) if "year" in m.groupdict() and m.group("year") else context_year
    if kind == "range":
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        return (date(y1, 1, 1), date(y2, 12, 31)) if y1 <= y2 else None
    if year is None:
        return None
    if kind in ("months", "months_bare"):
        n = int(m.group("n"))
        if not 1 <= n <= 12:
            return None
        if kind == "months" and m.group("side").lower() == "cuối":
            return date(year, 13 - n, 1), date(year, 12, 31)
        return date(year, 1, 1), _month_end(year, n)
    if kind == "quarter":
        q = _ROMAN[m.group("q").lower()]
        return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    if kind == "month":
        month = int(m.group("m"))
        return (date(year, month, 1), _month_end(year, month)) if 1 <= month <= 12 else None
    return date(year, 1, 1), date(year, 12, 31)
