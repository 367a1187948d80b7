"""Paragraphs, sentences and clauses of a report, as character spans of its text.

Scopes decide what a number may borrow: its clause (up to ``;`` or a line break inside a
list), its sentence, its paragraph (up to a blank line). Written by hand because no
maintained library segments Vietnamese web text with its quirks: decimals written with a
dot (``7.2023``), abbreviations that end with a dot before a capital (``TP. Đà Nẵng``), and
tables rendered as one cell per line, where a line holding only a value belongs to the row
label above it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A sentence ends at . ! ? followed by space and a capital, digit, quote or dash; at a line
# break (unless the line ends with , ; : or the next line starts in lower case); at the end.
_ABBREVIATIONS = re.compile(r"(?:\b(?:TP|Tp|tp|TT|Q|P|ThS|TS|PGS|GS|BS|Đ/c|đ/c|v\.v|St|No|Mr|Ms|Dr))\.$")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+[\"“'(\-–•+]?[A-ZĐÀ-Ỹ\d])|[.!?…]+\s*$", re.MULTILINE)
# a line of values only (a table's cells), perhaps behind the column they stand in ("Kế hoạch: 70%", "Thực hiện: 81,6%"),
# or a fraction ("1.054/1.058")
_VALUE_ONLY_LINE = re.compile(
    r"^\s*[-+•]?\s*(?:(?i:kế hoạch|thực hiện|kết quả|ước thực hiện|ước đạt|KH|TH)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*:\s*)?"
    r"(?:[\d.,]+(?:/[\d.,]+)?\s*(?:%|điểm)?\s*)+[.;,]?\s*$"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __contains__(self, position: int) -> bool:
        return self.start <= position < self.end


class Segments:
    """Index of the paragraphs, sentences and clauses of one text."""

    def __init__(self, text: str):
        self.text = text
        self.paragraphs = _paragraphs(text)
        self.sentences = [s for p in self.paragraphs for s in _sentences(text, p)]
        self.clauses = [c for s in self.sentences for c in _clauses(text, s)]
        self.sentence_starts = [s.start for s in self.sentences]
        self._clause_starts = [c.start for c in self.clauses]
        self._paragraph_starts = [p.start for p in self.paragraphs]
        # what a rule computes of one sentence, kept for the text: a rule that looks back over the sentences before a
        # figure would otherwise redo it for every figure of a long page (a table of hundreds of rows)
        self.memo: dict = {}

    @staticmethod
    def _find(starts: list[int], spans: list[Span], position: int) -> Span:
        i = max(bisect_right(starts, position) - 1, 0)
        return spans[i]

    def sentence_index(self, position: int) -> int:
        return max(bisect_right(self.sentence_starts, position) - 1, 0)

    def paragraph_index(self, position: int) -> int:
        return max(bisect_right(self._paragraph_starts, position) - 1, 0)

    def sentence(self, position: int) -> Span:
        return self._find(self.sentence_starts, self.sentences, position)

    def clause(self, position: int) -> Span:
        return self._find(self._clause_starts, self.clauses, position)

    def paragraph(self, position: int) -> Span:
        return self._find(self._paragraph_starts, self.paragraphs, position)

    def row_label(self, position: int) -> Span | None:
        """For a value written alone on its line (a table cell), the text line above it that
        names the row; None when the value's line has words of its own."""
        line_start = self.text.rfind("\n", 0, position) + 1
        line_end = self.text.find("\n", position)
        line_end = len(self.text) if line_end < 0 else line_end
        if not _VALUE_ONLY_LINE.match(self.text[line_start:line_end]):
            return None
        cursor = line_start - 1
        while cursor > 0:
            previous_start = self.text.rfind("\n", 0, cursor) + 1
            line = self.text[previous_start:cursor]
            if line.strip() and not _VALUE_ONLY_LINE.match(line) and not line.strip().startswith("("):
                return Span(previous_start, cursor)
            cursor = previous_start - 1
        return None


def _paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for m in re.finditer(r"\n[^\S\n]*\n\s*", text):
        # A blank line inside a table (value cells) does not end the paragraph.
        following = text[m.end() : text.find("\n", m.end()) if text.find("\n", m.end()) >= 0 else len(text)]
        if _VALUE_ONLY_LINE.match(following) or following.strip().startswith("("):
            continue
        spans.append(Span(start, m.start()))
        start = m.end()
    spans.append(Span(start, len(text)))
    return [s for s in spans if s.end > s.start] or [Span(0, len(text))]


def _sentences(text: str, paragraph: Span) -> list[Span]:
    spans, start = [], paragraph.start
    chunk = text[paragraph.start : paragraph.end]
    cuts = []
    for m in _SENTENCE_END.finditer(chunk):
        if _ABBREVIATIONS.search(chunk[max(0, m.start() - 5) : m.end()].rstrip()):
            continue
        cuts.append(paragraph.start + m.end())
    for m in re.finditer(r"\n", chunk):
        before = chunk[: m.start()].rstrip()
        after = chunk[m.end() :].lstrip()
        ended = before[-1:] in ".!?…" and not _ABBREVIATIONS.search(before[-6:])
        line = before[before.rfind("\n") + 1 :]
        if (
            not ended
            and (
                before.endswith((",", ";", ":", "("))
                or (after[:1].islower() and not after.startswith(("-", "+")))
                # a long line wrapped before a number (PDF text: "Kinh tế số đạt 0,6062, xếp thứ\n45/63, ...")
                or (
                    after[:1].isdigit()
                    and len(line) >= _WRAPPED_LINE
                    and _NEEDS_A_NUMBER.search(line)
                    and not re.match(r"(?:19|20)\d\d\b", after)
                    and not _VALUE_ONLY_LINE.match(after.split("\n", 1)[0])
                )
            )
        ):
            continue
        if _VALUE_ONLY_LINE.match(after.split("\n", 1)[0]) or after.startswith("("):
            continue  # a table cell continues its row
        cuts.append(paragraph.start + m.end())
    for cut in sorted(set(cuts)):
        if cut > start:
            spans.append(Span(start, cut))
            start = cut
    if paragraph.end > start:
        spans.append(Span(start, paragraph.end))
    return spans


def _clauses(text: str, sentence: Span) -> list[Span]:
    spans, start = [], sentence.start
    for m in re.finditer(r";|\n(?=\s*[-+•])", text[sentence.start : sentence.end]):
        cut = sentence.start + m.end()
        spans.append(Span(start, cut))
        start = cut
    spans.append(Span(start, sentence.end))
    return [s for s in spans if s.end > s.start]


HEADING_WORDS = 15  # a heading line is short
_WRAPPED_LINE = 60  # characters: a line this long that stops mid-sentence was wrapped, not ended
# ...when it stops on a word that wants a number after it ("xếp thứ", "đạt", "là", "tổng số")
_NEEDS_A_NUMBER = re.compile(
    r"(?<!\w)(?:thứ|hạng|vị trí|đạt|là|chiếm|khoảng|trên|dưới|gần|hơn|với|có|số|được|lên|xuống|tăng|giảm)\s*$", re.I
)


def capital_line(line: str) -> bool:
    """A short line in capitals (at least four letters in five): a heading ("II. HẠ TẦNG SỐ")."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        and len(line.split()) <= HEADING_WORDS
    )
