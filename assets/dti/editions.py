"""Which DTI edition (year) a ranking page belongs to: the first 'năm <year>' of its text.
Kept apart from the page parser so that the partitions (assets.partitions) can ask it
without importing the assets that depend on them."""

import re

from assets.text import normalize_text

_YEAR = re.compile(r"năm\s+(20\d\d)", re.IGNORECASE)


def page_year(text: str) -> int | None:
    match = _YEAR.search(normalize_text(text))
    return int(match.group(1)) if match else None
