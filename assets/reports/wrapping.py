"""Text hard-wrapped at a fixed width (a PDF's text layer, a plain-text export, an e-mail) read as its paragraphs.

A report copied out of a PDF breaks every line at the page's width, in the middle of sentences: "Tỷ lệ hồ sơ
trực tuyến toàn trình của tỉnh đạt\\n68,5%, tăng 12% so với cùng kỳ". The rules read a line break as the end of a
heading, an item or a table cell, so such a figure loses its words, and its line reads as a list item. Web pages
and most reports put a paragraph on one line; a wrapped text is told from them by its lines: most of them are
about as long as the longest ones (the width), which paragraphs of prose never are.

In a wrapped text a line as long as the width continues on the next, unless the next opens an item ("- ", "1.",
"a)") or a new sentence begins there after a full stop. Each break joined becomes one space: the text keeps its
length and every offset, so quotes and spans stay where they were.
"""

from __future__ import annotations

import re

MIN_LINES = 8  # fewer lines tell nothing of a width
WIDTH_QUANTILE = 0.9  # the width: the length most lines stay within
FULL_SHARE = 0.7  # a line this close to the width was broken by the wrap, not by its writer
WRAPPED_SHARE = 0.5  # share of lines that must be full for the text to be wrapped
MIN_WIDTH = 40  # narrower "lines" are a list or a table's cells, not wrapped prose
MAX_WIDTH = 200  # wider lines are paragraphs: no page or screen wraps there

_OPENS_AN_ITEM = re.compile(
    r"\s*(?:[-+•*–—]|\d{1,2}\s*[.)](?!\d)|[a-zđ]\s*\)|[IVXL]{1,4}\s*[.)]|\(\s*(?:\d{1,2}|[a-zđ])\s*\))",
)
_ENDS_A_SENTENCE = re.compile(r"[.!?:;…]\s*$")


def _width(lengths: list[int]) -> int:
    ordered = sorted(lengths)
    return ordered[min(len(ordered) - 1, int(len(ordered) * WIDTH_QUANTILE))]


def unwrapped(text: str) -> str:
    """``text`` with the breaks of its hard wrap made spaces; any other text unchanged."""
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < MIN_LINES:
        return text
    width = _width(lengths)
    full = FULL_SHARE * width
    if not MIN_WIDTH <= width <= MAX_WIDTH or sum(full <= n <= width for n in lengths) < WRAPPED_SHARE * len(lengths):
        return text
    joined = []
    for line, following in zip(lines, lines[1:]):
        nxt = following.lstrip()
        joins = (
            len(line.rstrip()) >= full
            and nxt
            and not _OPENS_AN_ITEM.match(following)
            # a full stop at the end of a line before a capital: a sentence, maybe a paragraph, begins
            and not (_ENDS_A_SENTENCE.search(line) and not nxt[0].islower())
        )
        joined.append(line + (" " if joins else "\n"))
    joined.append(lines[-1])
    return "".join(joined)
