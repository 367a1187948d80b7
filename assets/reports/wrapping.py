"""Text hard-wrapped at a fixed width (a PDF's text layer, a plain-text export, an e-mail) read as its paragraphs.

A report copied out of a PDF breaks every line at the page's width, in the middle of sentences: "Tỷ lệ hồ sơ
trực tuyến toàn trình của tỉnh đạt\\n68,5%, tăng 12% so với cùng kỳ". The rules read a line break as the end of a
heading, an item or a table cell, so such a figure loses its words, and its line reads as a list item. Web pages
and most reports put a paragraph on one line; a wrapped text is told from them by its lines: most of them are
about as long as the longest ones (the width), which paragraphs of prose never are.

In a wrapped text a line as long as the width continues on the next, unless the next opens an item ("- ", "1.",
"a)") or a new sentence begins there after a full stop. A text whose full lines are mostly followed by lines that open
anew (a capital, a figure after a stop, an item), not in lower case, is a list of entries of one length, not wrapped
prose. Each break joined becomes one space: the text keeps its
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


def _continues(line: str, following: str) -> bool:
    """The next line plainly goes on with the sentence: it opens in lower case, or with a figure after a line that
    stops mid-sentence ("... cáp quang băng rộng đạt\n87,3%"); not an item or a capital (a list's next entry)."""
    nxt = following.lstrip()
    if not nxt or _OPENS_AN_ITEM.match(following):
        return False
    return nxt[0].islower() or (nxt[0].isdigit() and not _ENDS_A_SENTENCE.search(line))


def _joins(line: str, following: str) -> bool:
    """In a wrapped text, a full line goes on on the next unless that opens an item, or a sentence after a full stop
    (a capital after no stop is a name the wrap put first: "... của tỉnh\nNam Định đạt 80%")."""
    nxt = following.lstrip()
    return (
        bool(nxt)
        and not _OPENS_AN_ITEM.match(following)
        and not (_ENDS_A_SENTENCE.search(line) and not nxt[0].islower())
    )


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
    breaks = [
        _continues(line, following)
        for line, following in zip(lines, lines[1:])
        if len(line.rstrip()) >= full and following.strip()
    ]
    if sum(breaks) < WRAPPED_SHARE * len(breaks):
        # full lines whose next line mostly opens anew: a list of entries of one length, not prose cut at a width
        return text
    joined = [
        line + (" " if len(line.rstrip()) >= full and _joins(line, following) else "\n")
        for line, following in zip(lines, lines[1:])
    ]
    joined.append(lines[-1])
    return "".join(joined)


# a list marker alone on its line, the item's words on the next ("-\n100% sở, ngành ..."): a web page whose list items
# lost their marker's line when copied
_MARKER_ALONE = re.compile(r"(?m)^([ \t]*[-+•*–—▪●][ \t]*)\n(?=[ \t]*\S)")


def with_markers_on_their_items(text: str) -> str:
    """``text`` with each list marker that stands alone on its line joined to the item under it by a space (the text
    keeps its length and every offset)."""
    return _MARKER_ALONE.sub(lambda m: m.group(1) + " ", text)
