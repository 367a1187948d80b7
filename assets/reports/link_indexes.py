"""Indexes a figure's sentence names: an index of other things than digital transformation named last,
an index named by words of its own."""

from __future__ import annotations

import re

from assets.reports.concepts import Concept
from assets.reports.link_document import Document, after_the_figure_before
from assets.reports.mentions import Mention
from assets.reports.segments import Span

_OPEN_BRACKET = re.compile(r"\([^()]*$")
_INDEX_HEAD = re.compile(r"(?<!\w)(?:chỉ số|bộ chỉ số|index)(?!\w)", re.I)
# English names an index before its head ("the PAR index"); "the index" alone refers back to the page's
_THE_INDEX = re.compile(r"(?<!\w)(?:the|this|that|its|their)\s+$", re.I)
_NO_INDEX_NAME = re.compile(
    r"(?<!\w)(?:của|tỉnh|thành phố|này|đó|trên|chung|tổng hợp|thành phần|tăng|giảm|đạt|là|năm|\d+)(?!\w)", re.I
)


def another_index_named_last(doc: Document, mention: Mention, sentence: Span) -> int | None:
    """Where the last index the figure's sentence names before it begins, when that index is one of other things
    than digital transformation ("Chỉ số cải cách hành chính", "chỉ số PAPI"; in English the name before its head:
    "Public Administration Reform (PAR) Index", "Satisfaction Index (SIPAS)") and not named as the parent of a
    component ("chỉ số thành phần ... trong Chỉ số cải cách hành chính"); else None."""
    return _another_index_named_last_in(doc, sentence.start, mention.value_start)


def _another_index_named_last_in(doc: Document, start: int, end: int) -> int | None:
    """``another_index_named_last`` over the text from ``start`` to ``end`` (a sentence before the figure's too)."""
    heads = list(_INDEX_HEAD.finditer(doc.text, start, end))
    if len(heads) > 1 and _AN_ABBREVIATION_OPENED.search(doc.text, heads[-2].end(), heads[-1].start()):
        heads.pop()  # "Chỉ số cải cách hành chính (PAR Index)": the abbreviation of the index before, no index of its own
    if not heads:
        return None
    head = heads[-1]
    if doc.language.other_index_words.match(doc.text, _NAME_AFTER_HEAD.match(doc.text, head.end()).end()):
        if _PARENT_INDEX_BEFORE.search(doc.text, max(start, head.start() - 12), head.start()):
            return None
        return head.start()
    # the English order: the index's name, perhaps its abbreviation in brackets, then "Index"
    before = doc.text[max(start, head.start() - 80) : head.start()]
    bracket = _ABBREVIATION_BRACKET.search(before)
    name_end = bracket.start() if bracket else len(before.rstrip())
    names = [m for m in doc.language.other_index_words.finditer(before, 0, name_end) if m.end() == name_end]
    if head.group(0).lower() == "index" and names:
        return head.start() - len(before) + names[-1].start()
    return None


def an_index_of_other_things_before(doc: Document, mention: Mention, sentence: Span) -> bool:
    """A rank or a change of rank in a sentence right after one, in its paragraph, whose last index named is one of
    other things than digital transformation: "The province's 2024 Public Administration Reform (PAR) Index was
    88.18%, up 1.42 percentage points ... . Although it dropped two places to rank 37th out of 63 localities, ...";
    "Chỉ số PAPI năm 2023 của tỉnh đạt 43,5 điểm. Tỉnh xếp thứ 12/63, tăng 5 bậc." (the index's rank)."""
    if mention.kind not in ("rank", "rank_change") or sentence.start == 0:
        return False
    before = doc.segments.sentence(sentence.start - 1)
    if doc.segments.paragraph(before.start) != doc.segments.paragraph(sentence.start):
        return False
    return _another_index_named_last_in(doc, before.start, before.end) is not None


def an_index_of_other_things_after(doc: Document, mention: Mention) -> bool:
    """A rank or a leading group whose own index is named right after it, one of other things than digital
    transformation ("xếp thứ 22 về Chỉ số cải cách hành chính (PAR Index)", "ranked 22nd in the 2023 PAR Index",
    "thuộc nhóm 10 tỉnh dẫn đầu về chỉ số PAPI"): that index's, whatever the sentences around it are about."""
    if mention.kind not in ("rank", "rank_change", "top_n"):
        return False
    lead = _OWN_INDEX_AFTER.match(doc.text, mention.end)
    if lead is None:
        return False
    named = lead.end()
    if _INDEX_HEAD.match(doc.text, named):
        head = _INDEX_HEAD.match(doc.text, named)
        return (
            doc.language.other_index_words.match(doc.text, _NAME_AFTER_HEAD.match(doc.text, head.end()).end())
            is not None
        )
    # the English order, the name before its head ("PAR Index", "Public Administration Reform Index")
    name = doc.language.other_index_words.match(doc.text, named)
    return name is not None


# what leads the index a rank ranks, right after it: "về", "trong", "in the 2023", "of the", "trên bảng xếp hạng"
_OWN_INDEX_AFTER = re.compile(
    r"(?:\s*/\s*\d+)?(?:\s+(?:tỉnh|địa phương|provinces?|localities)(?:,?\s+thành(?:\s+phố)?)?)?(?:\s+(?:cả nước|toàn quốc|nationwide))?"
    r"\s*,?\s+(?:về|trong|theo|của|in|on|of|for)\s+(?:(?:bảng\s+xếp\s+hạng|the\s+ranking\s+of)\s+)?(?:the\s+)?"
    r"(?:(?:năm\s+)?(?:19|20)\d\d\s+)?",
    re.I,
)


def another_index_is_its_subject(named: int | None, used: list) -> bool:
    """``named``: where the last index the figure's sentence names before it begins, when one of other things than
    digital transformation (``another_index_named_last``). The concept's words (``used``) that come before that name
    (a lead-in line's, an earlier sentence's) make the figure that index's; words after the figure are its own
    ("Nhằm cải thiện Chỉ số PAPI, tỉnh đã tiếp nhận 150.000 hồ sơ trực tuyến")."""
    return named is not None and any(start < named for start, _ in used)


_AN_ABBREVIATION_OPENED = re.compile(r"\(\s*[A-Za-z]{2,10}\s*$")
_NAME_AFTER_HEAD = re.compile(r"\s*(?:\(\s*)?")  # "chỉ số PAPI", "Index (SIPAS)"
_ABBREVIATION_BRACKET = re.compile(r"\s*\(\s*[A-Z][A-Za-z-]{1,10}\s*\)\s*$")
_PARENT_INDEX_BEFORE = re.compile(r"(?<!\w)(?:trong|của|thuộc)\s+$", re.I)


def names_its_own_index(doc: Document, mention: Mention, sentence: Span, concept: Concept | None = None) -> bool:
    """A score whose sentence names an index before it by words of its own ("chỉ số phát triển con người
    (HDI)"), not the index of the page ("chỉ số của tỉnh", "chỉ số này"), nor one the concept's words name
    ("Chỉ số Thương mại điện tử ... đứng thứ 40/63; ... đạt 13,92 điểm" for the e-commerce index)."""
    if mention.kind not in ("score", "points"):
        return False
    start = after_the_figure_before(doc, mention, sentence)
    if start > sentence.start and _OPEN_BRACKET.search(doc.text, start, mention.value_start):
        # "đạt 11,3/18 điểm (điểm trung bình cả nước: 12,3)": a bracket after a figure is said of what it is
        start = after_the_figure_before(doc, mention, sentence, before=start)
    heads = list(_INDEX_HEAD.finditer(doc.text, start, mention.value_start))
    if not heads:
        return False
    if heads[-1].group(0).lower() == "index" and _THE_INDEX.search(
        doc.text, max(0, heads[-1].start() - 8), heads[-1].start()
    ):
        return False  # "three editions of the index, the province's score ...": the index referred back to, no name
    if concept is not None and any(
        group.search(doc.text, heads[-1].end(), mention.value_start) for group in concept.groups
    ):
        return False
    words = _NO_INDEX_NAME.sub(" ", doc.text[heads[-1].end() : mention.value_start])
    return len(re.findall(r"\w+", words)) >= 2
