"""Reporting periods as (start, end) dates.

Submission periods are written in a small ISO-like grammar:
``2023`` (year), ``2023-H1`` (half), ``2023-Q4`` (quarter), ``2023-06`` (month),
``2023-06-30`` (day), and any two of these joined by ``/`` for a range
(``2023-01/2023-10`` = January to October 2023).
"""

from __future__ import annotations

import calendar
import re
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
