"""Counts and their parts: two count nouns with one head, a whole a later count is taken from, a part
introduced by "trong đó", the words that make a later count a sub-kind."""

from __future__ import annotations

import re

from assets.reports.link_document import LEADING, Document
from assets.reports.mentions import ENGLISH_WHOLE_BEFORE, Mention
from assets.reports.segments import Span


def same_head(noun: str, other: str) -> bool:
    """Two count nouns with one head: the same first word, or one the initials of the other's first two
    ("7.000 DN công nghệ thông tin" after "68.000 doanh nghiệp")."""
    a, b = noun.lower().split()[:2], other.lower().split()[:2]
    if not a or not b:
        return False

    def initials(words: list[str]) -> str:
        return "".join(w[0] for w in words) if len(words) == 2 else ""

    return a[0] == b[0] or a[0] == initials(b) or b[0] == initials(a)


# (English: "Out of 485,067 dossiers, 154,766 ...", whose part counts the whole's noun, see mentions.py)
_WHOLE_SET_BEFORE = re.compile(
    rf"(?<!\w)(?:đối với|trong(?: tổng)?(?: số)?|trên tổng số|tổng số|{ENGLISH_WHOLE_BEFORE})\s*$", re.I
)


def the_whole_a_later_count_is_taken_from(doc: Document, mention: Mention, sentence: Span) -> bool:
    """A count introduced as a set ("đối với 19 nhiệm vụ", "trong tổng số 35 mục tiêu") before a later count
    of the same thing in its sentence: the whole that count is taken from."""
    return the_part_taken_from(doc, mention, sentence) is not None


def the_part_taken_from(doc: Document, mention: Mention, sentence: Span) -> Mention | None:
    """The later count of the same thing that ``the_whole_a_later_count_is_taken_from`` finds, or None."""
    if mention.kind != "count" or not mention.noun:
        return None
    if not _WHOLE_SET_BEFORE.search(doc.text, max(sentence.start, mention.value_start - 20), mention.value_start):
        return None
    return next(
        (
            other
            for other in (doc.mentions[i] for i in doc.sentence_mentions(sentence.start))
            if other.kind == "count"
            and other.value_start > mention.end
            and other.noun
            and same_head(other.noun, mention.noun)
        ),
        None,
    )


def part_of(doc: Document, whole: Mention, part: Mention) -> bool:
    """A later count introduced as a part of an earlier one ("45.000 tài khoản ..., trong đó đã kích hoạt 30.000
    tài khoản"): the words that make the earlier one a kind are not the part's."""
    return whole.end <= part.value_start and bool(
        re.search(r"\btrong đó\b|\bgồm\b|\bincluding\b|\bof which\b", doc.text[whole.end : part.value_start], re.I)
    )


def qualifies_a_later_part(doc: Document, start: int, end: int, mention: Mention) -> bool:
    """The word comes after a later count of the sentence that counts part of what ``mention`` counts."""
    sentence = doc.segments.sentence(mention.value_start)
    neighbours = [doc.mentions[i] for i in doc.sentence_mentions(sentence.start)]
    left = [m for m in neighbours if m.end <= start]
    right = [m for m in neighbours if m.value_start >= end]
    return bool(
        left and left[-1] is not mention and sub_kind_after(doc, mention, left[-1], doc.segments.clause(start), right)
    )


def sub_kind_after(doc: Document, mention: Mention, last: Mention, clause: Span, right: list[Mention]) -> bool:
    """``last`` closes the clause (no figure after it in the clause) and counts again, a few words
    on, the thing ``mention`` counts: its noun's head is among ``mention``'s own words."""
    if mention.kind != "count" or last.kind != "count" or not mention.noun or not last.noun:
        return False
    if any(m.value_start < clause.end for m in right) or not (
        clause.start <= mention.value_start < last.value_start < clause.end
    ):
        return False
    head = " ".join(LEADING.sub("", last.noun).split()[:2])
    return bool(head) and _names_words(doc, head, mention.value_start, last.value_start)


def _names_words(doc: Document, words: str, start: int, end: int) -> bool:
    """The words stand in the text as words of their own: not inside a longer word, nor the end of a
    longer place word ("xã" in "huyện, thị xã"), which names another unit."""
    places = [m.span() for m in doc.language.local_place_words.finditer(doc.text, start, end)]
    for found in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", doc.text[start:end], re.I):
        at, to = start + found.start(), start + found.end()
        if not any(s < at and to <= e for s, e in places):
            return True
    return False
