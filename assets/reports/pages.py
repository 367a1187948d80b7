"""The pages of a PDF's text layer made one text: page numbers and running headers and footers left out.

A PDF's text (``pdftotext``) ends each page with a form feed, and most pages start or end with the same furniture: a
page number ("2", "- 2 -", "Trang 2", "2/15") and a running header or footer ("UBND TỈNH NAM ĐỊNH", "Báo cáo kết quả
chuyển đổi số năm 2024"). A sentence that runs over a page break then reads "... cáp quang băng rộng đạt\\n\\n2\\n\\f
UBND TỈNH NAM ĐỊNH\\n87,3%": the number "2" is a figure of the sentence, the header cuts it, and the blank line ends its
paragraph. The furniture is taken out and the pages joined by a line break, so the wrap reader (wrapping.py) joins
the sentence again. Text copied out of a PDF without its form feeds shows its pages by their numbers alone on a
line, marked as page numbers ("- 2 -", "Trang 3", "Trang 4/15") and counting up one by one from page to page: a page
ends after each. Other text without form feeds is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

EDGE_LINES = 2  # furniture stands among the first or the last lines of a page
_PAGE_NUMBER = re.compile(
    r"^\s*(?P<dash>[-–—])?\s*(?P<word>trang|page)?\s*(?P<n>\d{1,4})(?P<of>\s*/\s*\d{1,4})?\s*[-–—]?\s*$", re.I
)
PAGE_SLACK = 2  # a bare number is a page's number only near the page's place (a cover or two may go unnumbered)


def _page_number(line: str, page: int) -> bool:
    """ "- 2 -", "Trang 2", "2/15", or a bare number near the page's own place (not a table's value cell that
    happens to open the page)."""
    found = _PAGE_NUMBER.match(line)
    if found is None:
        return False
    marked = found.group("dash") or found.group("word") or found.group("of")
    return bool(marked) or abs(int(found.group("n")) - (page + 1)) <= PAGE_SLACK


def _shape(line: str) -> str:
    """A line with its digits made one mark: the footers "Trang 2/15" and "Trang 3/15" are one footer."""
    return re.sub(r"\d+", "#", line.strip().lower())


def _edges(lines: list[str], last: bool) -> list[int]:
    indices = [i for i, line in enumerate(lines) if line.strip()]
    return (indices[-EDGE_LINES:] if last else indices[:EDGE_LINES]) if indices else []


def _edge_lines(lines: list[str]) -> set[int]:
    return set(_edges(lines, False)) | set(_edges(lines, True))


# a page's number that says it is one, without a form feed to place it: "- 2 -", "Trang 2", "Page 3 of 15", "Trang
# 2/15" (not "2/15" or "-2" alone: a rank out of 63 or a change, a cell a line in a table's copy)
_NAMED_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*(?P<n>\d{1,4})\s*[-–—]|(?:trang|page)\s+(?P<m>\d{1,4})(?:\s*(?:/|of)\s*\d{1,4})?)\s*$", re.I
)


def _marked_page_number(line: str) -> int | None:
    found = _NAMED_PAGE_NUMBER.match(line)
    return int(found.group("n") or found.group("m")) if found else None


def _with_page_breaks(text: str) -> str:
    """Text without form feeds with one after each line that numbers a page, when two or more such lines count up one
    by one ("- 2 -" ... "- 3 -"): what a PDF viewer's copy of several pages gives. Otherwise ``text`` as it is."""
    lines = text.split("\n")
    numbered = [(i, n) for i, n in ((i, _marked_page_number(line)) for i, line in enumerate(lines)) if n is not None]
    if len(numbered) < 2 or any(b != a + 1 for (_, a), (_, b) in zip(numbered, numbered[1:], strict=False)):
        return text
    for i, _ in numbered:
        lines[i] += "\f"
    return "\n".join(lines)


def without_page_furniture(text: str) -> str:
    """``text`` with the furniture of its pages left out and the pages joined by a line break; text without form
    feeds unchanged unless its page numbers show its pages."""
    if "\f" not in text:
        text = _with_page_breaks(text)
        if "\f" not in text:
            return text
    pages = [page.split("\n") for page in text.split("\f")]
    # a running line: one that stands at an edge of at least half of the pages (two at least), counted once a page
    running = Counter(shape for page in pages for shape in {_shape(page[i]) for i in _edge_lines(page)})
    # (words: a bare number at the top of two pages is a table's cell or a page's number, never a running line)
    repeated = {
        shape for shape, count in running.items() if count >= max(2, len(pages) // 2) and re.search(r"[^\W\d_]", shape)
    }
    kept = []
    for number, page in enumerate(pages):
        edges = _edge_lines(page)
        drop = {i for i in edges if _page_number(page[i], number) or _shape(page[i]) in repeated}
        lines = [line for i, line in enumerate(page) if i not in drop]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        kept.append("\n".join(lines))
    return "\n".join(page for page in kept if page)
