"""Vietnamese and English numbers as written in real documents.

Vietnamese style groups thousands with ``.`` and marks decimals with ``,`` (``803.868`` =
803868, ``66,79`` = 66.79), but documents mix in English style (``774.45 điểm``,
``6,343 người``). A single separator followed by exactly three digits is ambiguous; it is
decided by what the number counts: a count of people, cards or accounts is a whole number, so
``6,343 người`` is 6343, while ``1,67 km`` (two digits) is 1.67 whatever the unit, and
``0,105`` (a leading zero never starts a thousands group) is 0.105. Where nothing else decides, the page's
language does: a Vietnamese page groups with ``.`` (``1.705`` = 1705, ``1,705`` = 1.705), an English page with
``,`` (``1,705`` = 1705, ``1.705`` = 1.705).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# longest first: "5,2 nghìn tỷ" is 5.2 thousand billion (a trillion), not "5,2 nghìn" billion
SCALES = {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

# Catalog units whose values are whole numbers (counts). Others may be fractional.
WHOLE_UNITS = {
    "cards",
    "accounts",
    "services",
    "tasks",
    "documents",
    "departments",
    "districts",
    "communes",
    "persons",
    "rank",
    "places",
}


class NumberError(ValueError):
    pass


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    ambiguous: bool  # both readings were possible and the unit decided


def _digits(text: str) -> str:
    return text.replace(".", "").replace(",", "")


def parse_number(
    text: str,
    unit: str | None = None,
    valid_max: float | None = None,
    *,
    whole: bool | None = None,
    english: bool = False,
) -> ParsedNumber:
    """Parse one number as written (``803.868``, ``66,79``, ``1,5 triệu``, ``1.234,5``).
    ``whole`` says the number counts things (else the catalog ``unit`` decides); ``english``: the page writes
    numbers the English way (``,`` groups thousands, ``.`` marks decimals) where nothing else decides."""
    raw = text.strip()
    scale = 1.0
    for word, factor in SCALES.items():
        if raw.endswith(word):
            raw, scale = raw[: -len(word)].strip(), factor
            break
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", raw):
        raise NumberError(f"{text!r} is not a number")
    if whole is None:
        whole = unit in WHOLE_UNITS
    dots, commas = raw.count("."), raw.count(",")
    ambiguous = False
    if dots and commas:
        # Both present: the last one is the decimal mark ("1.234,5" or "1,234.5").
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole_part, _, fraction = raw.rpartition(decimal)
        if not re.fullmatch(rf"\d{{1,3}}(?:\{group}\d{{3}})*", whole_part):
            raise NumberError(f"{text!r}: thousands groups must have three digits")
        value = float(whole_part.replace(group, "") + "." + fraction)
    elif dots + commas == 0:
        value = float(raw)
    else:
        mark = "." if dots else ","
        parts = raw.split(mark)
        grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3 and parts[0] != "0"
        if len(parts) > 2:
            if not grouped:
                raise NumberError(f"{text!r}: several {mark!r} but not in groups of three digits")
            value = float(_digits(raw))  # 1.500.000
        elif not grouped:
            value = float(raw.replace(",", "."))  # 66,79 / 774.45 / 0.8002 / 0,105
        else:
            # One separator, three digits after it: thousands or decimal?
            as_thousands, as_decimal = float(_digits(raw)), float(raw.replace(",", "."))
            if scale != 1.0:
                # With a scale word the mark decides: "34.000 tỷ" is 34 000 tỷ, "1,500 triệu" is 1.5 triệu.
                value = as_thousands if mark == "." else as_decimal
            elif whole:
                value = as_thousands
            elif valid_max is not None and as_thousands > valid_max >= as_decimal:
                value = as_decimal
            elif english:
                value = as_thousands if mark == "," else as_decimal  # "1,705 km" on an English page
            elif mark == ".":
                value = as_thousands  # Vietnamese style is the default
            else:
                value = as_decimal
            ambiguous = True
    return ParsedNumber(value * scale, ambiguous)
