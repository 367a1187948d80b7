"""The items of a sentence (after a semicolon, a comma or a colon) whose words are their own figure's, not
another's: a label before a later figure, a later item with its own predicate or none, an earlier item, the lead
of a part."""

from __future__ import annotations

import re

from assets.reports.dating import A_CONTRAST_OPENS
from assets.reports.link_counts import same_head
from assets.reports.link_document import Document
from assets.reports.link_subjects import RATE_WORD
from assets.reports.mentions import Mention
from assets.reports.segments import Span

_A_CAUSE = re.compile(r"(?<!\w)(?:driven by|thanks to|owing to|nhờ vào|nhờ có|nhờ)(?!\w)", re.I)


def after_a_cause(doc: Document, start: int, mention: Mention) -> bool:
    """The word stands after the figure, past a word of cause ("... to secure the 12th position, driven by three pillars
    of digital government, ...", "đạt 85%, nhờ ..."): what brought the figure about is not what it measures."""
    return start >= mention.end and _A_CAUSE.search(doc.text, mention.end, start) is not None


# a clause of contrast (the dating's, and "còn" set against the figure before: "..., còn 40% thôn có cáp quang")
IN_CONTRAST = re.compile(rf"{A_CONTRAST_OPENS.pattern}|,\s*còn\s", re.I)


def before_a_contrast_it_opens(doc: Document, start: int, mention: Mention) -> bool:
    """The figure opens a clause of contrast set against an earlier figure of its sentence, with words of its own after
    it ("tỷ lệ nộp phí trực tuyến đạt 40%, trong khi 75% hồ sơ được số hóa"): a word before the contrast is the earlier
    figure's, not this one's. A figure with words before it in its clause ("..., trong khi cấp xã đạt 30%") shares
    the earlier clause's words."""
    if start >= mention.value_start:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    contrast = None
    for found in IN_CONTRAST.finditer(doc.text, max(start, sentence.start), mention.value_start):
        contrast = found
    if contrast is None or doc.text[contrast.end() : mention.value_start].strip():
        return False
    if not re.match(r"\s*(?:of\s+)?\w", doc.text[mention.end : sentence.end]):
        return False
    return any(
        m is not mention and sentence.start <= m.value_start and m.value_end <= contrast.start() for m in doc.mentions
    )


def topic_of_an_earlier_item(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """A word before the sentence's first figure, when a semicolon closes that figure's item before
    ``mention``; a colon between the word and the first figure makes it a lead-in of every item."""
    figures = [doc.mentions[i] for i in doc.sentence_mentions(sentence.start)]
    first = next((m for m in figures if m.value_start > start), None)
    if first is None or first is mention or mention.value_start < first.value_start:
        return False
    return ";" in doc.text[first.end : mention.value_start] and ":" not in doc.text[start : first.value_start]


def item_has_a_figure_before(doc: Document, mention: Mention) -> bool:
    """Another figure stands before ``mention`` in its semicolon item ("kinh tế số đạt 0,3912 điểm, xếp thứ
    45"): the item has a subject of its own, and the sentence's first subject is only borrowed."""
    sentence = doc.segments.sentence(mention.value_start)
    item_start = max(sentence.start, doc.text.rfind(";", sentence.start, mention.value_start) + 1)
    return any(item_start <= m.value_start < mention.value_start for m in doc.mentions if m is not mention)


_LABEL_COLON = re.compile(r"[^\d;(),.:\n]{0,24}?:[ \t]*")


def labels_a_later_figure(doc: Document, end: int, mention: Mention) -> bool:
    """A word followed by a colon and a figure ("0,4512 điểm (chính quyền số: 0,4812; ...)") labels
    that figure, not one before it."""
    colon = _LABEL_COLON.match(doc.text, end)
    if colon is None:
        return False
    return any(m is not mention and m.start <= colon.end() <= m.value_start for m in doc.mentions)


# "... tăng 1 bậc và chính quyền số giữ nguyên": a subject joined after a figure with a predicate of its own and
# no figure (its rank or score unchanged)
_UNCHANGED_ITEM = re.compile(
    r"[\s,]*(?:vẫn\s+|đều\s+)?(?:giữ nguyên|giữ vững|không đổi|không thay đổi|không tăng|không giảm|đứng yên)(?!\w)",
    re.I,
)


def in_a_later_item_of_its_own(doc: Document, start: int, mention: Mention) -> bool:
    """The word is what a figure of a later ";"-item counts ("gần 4.600 trạm BTS; hỗ trợ chuyển đổi hơn 202.000
    thuê bao 2G sang 4G": "2G" is the subscribers'), not a predicate shared by the items ("100% sở; 93% xã đã
    thành lập Ban chỉ đạo")."""
    item_start = doc.text.rfind(";", mention.end, start)
    return item_start >= 0 and any(
        m is not mention and item_start < m.value_start < start and m.noun and m.noun_span[0] <= start < m.noun_span[1]
        for m in doc.mentions
    )


_ITEMS_PREDICATE = re.compile(r"(?<!\w)(?:được|đã|có|đạt|là)(?!\w)", re.I)


def after_a_predicate_of_its_own(doc: Document, start: int, mention: Mention) -> bool:
    """The word is what a later figure of a comma-item counts, and the figure's own item has a predicate of its own
    ("trên 50% cơ sở dữ liệu của tỉnh được số hóa, hơn 10% dân số trưởng thành có chữ ký số": the signatures are the
    adults'), not a predicate the items share ("100% cơ sở giáo dục, 80% cơ sở y tế có thanh toán không dùng tiền
    mặt")."""
    if mention.kind not in ("percent", "count"):
        return False
    comma = doc.text.find(",", mention.end, start)
    if comma < 0 or not _ITEMS_PREDICATE.search(doc.text, mention.end, comma):
        return False
    return any(
        m is not mention
        and comma < m.value_start < start
        and m.kind in ("percent", "count")
        and m.noun
        and m.noun_span[0] <= start < m.noun_span[1]
        for m in doc.mentions
    )


def in_an_earlier_item_of_its_own(doc: Document, start: int, mention: Mention) -> bool:
    """The word stands in an earlier ";"-item of the sentence that holds a count of its own, before it; or, for a
    share of what it names itself, after a share of the earlier item's own with a predicate of its own ("100% cơ
    quan ... đã sử dụng nền tảng quản lý văn bản; ...; 100% cơ quan cấp tỉnh và huyện triển khai hệ thống chỉ đạo,
    điều hành": the document system is the first share's), not a share the later items complete ("100% sở; 93% xã
    đã thành lập Ban chỉ đạo")."""
    if mention.kind not in ("count", "percent") or not mention.noun:
        return False
    closing = doc.text.find(";", start, mention.value_start)
    if closing < 0:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    opening = max(sentence.start, doc.text.rfind(";", sentence.start, start) + 1)
    if mention.kind == "count":
        return any(m.kind == "count" and opening <= m.value_start < start for m in doc.mentions if m is not mention)
    return any(
        m.kind == "percent"
        and m.noun
        and opening <= m.value_start < start
        and _ITEMS_PREDICATE.search(doc.text, m.noun_span[1] - 1, closing)
        for m in doc.mentions
        if m is not mention
    ) or _in_the_rate_of_an_earlier_item(doc, start, opening, closing, mention)


def in_a_later_item_after_a_rate_named(doc: Document, start: int, mention: Mention) -> bool:
    """The word stands in a later ";"-item, after that item's own figure, and the percent's own item names its rate
    ("tỷ lệ hồ sơ trực tuyến đạt 50%; ...; 100% cán bộ, công chức cấp tỉnh ... được cấp chứng thư số": "cấp tỉnh" is
    the officials', not the rate's)."""
    if mention.kind != "percent" or start < mention.end:
        return False
    closing = doc.text.find(";", mention.end, start)
    if closing < 0:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    opening = max(sentence.start, doc.text.rfind(";", sentence.start, mention.value_start) + 1)
    return RATE_WORD.search(doc.text, opening, mention.value_start) is not None and any(
        closing < m.value_start < start for m in doc.mentions if m is not mention
    )


def _in_the_rate_of_an_earlier_item(doc: Document, start: int, opening: int, closing: int, mention: Mention) -> bool:
    """The word names the rate of an earlier item's own percent ("tỷ lệ hồ sơ trực tuyến đạt 50%; ...; 100% cán bộ,
    công chức ... được cấp chứng thư số"), and the figure's words name what it is a share of, with a predicate."""
    if RATE_WORD.search(doc.text, opening, start) is None:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    own_end = doc.text.find(";", mention.end, sentence.end)
    own = doc.text[mention.end : sentence.end if own_end < 0 else own_end]
    return (
        _ITEMS_PREDICATE.search(own) is not None
        and len(own.split()) >= 4
        and any(start < m.value_start < closing and m.kind == "percent" for m in doc.mentions if m is not mention)
    )


def in_a_parts_lead(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """The word stands after "trong đó" that follows a count, before a later count of the same thing."""
    if mention.kind != "count" or not mention.noun:
        return False
    opening = _PARTS_LEAD.search(doc.text, mention.end, start)
    if opening is None:
        return False
    return any(
        m.kind == "count" and m.noun and start < m.value_start < sentence.end and same_head(m.noun, mention.noun)
        for m in doc.mentions
        if m is not mention
    )


# (or a bare comma: "..., trụ cột chính quyền số tăng 1 bậc, kinh tế số giữ nguyên vị trí")
_LAST_JOINER = re.compile(r"(?:(?:,|\s)(?:và|còn)\s+|,\s*)(?!.*(?:,|\svà\s))", re.I)
_WORD_REST = re.compile(r"\w*")
_BEFORE_UNCHANGED = re.compile(r"[^\d,;.()]{0,30}?(?=[\s,]*(?:vẫn\s+|đều\s+)?(?:giữ|không|đứng))", re.I)
# (English: "4,977 stations, including 1,290 2G stations", "of which", "among them")
_PARTS_LEAD = re.compile(r"(?<!\w)(?:trong đó|including|of which|among which|among them)(?!\w)", re.I)


def a_later_subject_left_unchanged(doc: Document, start: int, mention: Mention) -> bool:
    """The word is the subject of a clause joined after the figure ("..., kinh tế số tăng 1 bậc và chính quyền số
    giữ nguyên") whose own predicate says it did not change, with no figure."""
    if _LAST_JOINER.search(doc.text[mention.end : start] + " ") is None:
        return False
    rest = _BEFORE_UNCHANGED.match(doc.text, _WORD_REST.match(doc.text, start).end())
    return rest is not None and bool(_UNCHANGED_ITEM.match(doc.text, rest.end()))


# the index a figure names right after it ("cải thiện 3 bậc DTI", "tăng 0,05 điểm DTI")
_ITS_INDEX_RIGHT_AFTER = re.compile(r"\s*(?:điểm\s+|bậc\s+|points?\s+|places?\s+)?(?:chỉ số\s+)?P?DTI\b", re.I)


def after_its_own_index(doc: Document, start: int, mention: Mention) -> bool:
    """The word stands after a comma past the index the figure names right after it ("phấn đấu cải thiện ít nhất 5 bậc
    DTI, tập trung nâng điểm các chỉ số kinh tế số ..."): what the page goes on to, not what the figure measures."""
    return (
        start >= mention.end
        and _ITS_INDEX_RIGHT_AFTER.match(doc.text, mention.end) is not None
        and "," in doc.text[mention.end : start]
    )


# a later clause about the rest of the whole the figure counts part of ("hoàn thành 20/24 chỉ tiêu, các chỉ tiêu còn lại
# chủ yếu thuộc ...", "..., the remaining targets are ...")
_THE_RESTS_CLAUSE = re.compile(
    r"[,;]\s*(?:(?:các|những|số)\s+)?(?:[^\W\d]+\s+){0,3}?còn lại(?!\w)|[,;]\s*the\s+(?:remaining|rest)(?!\w)", re.I
)


def in_the_rests_clause(doc: Document, start: int, mention: Mention) -> bool:
    """The word, after the figure, is in a later clause about the rest ("..., các chỉ tiêu còn lại ..."), with no
    figure between: the rest's words are not the part's."""
    if start < mention.end:
        return False
    rest = _THE_RESTS_CLAUSE.search(doc.text, mention.end, start + 1)
    return rest is not None and not any(mention.end <= m.value_start < start for m in doc.mentions if m is not mention)


# a clause set against the one before with a subject and predicate of its own ("..., nhưng kinh tế số và xã hội số đều
# nằm ở nửa dưới", "..., but the economy pillar fell")
_A_CLAUSE_OF_CONTRAST = re.compile(r",\s*(?:nhưng|song(?!\s+song)|tuy nhiên|but|however)(?!\w)", re.I)


def in_a_later_item_without_figures(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    text = doc.text
    contrast = next(reversed(list(_A_CLAUSE_OF_CONTRAST.finditer(text, mention.end, start))), None)
    if contrast is not None and not any(contrast.end() <= m.value_start < sentence.end for m in doc.mentions):
        return True  # "..., lên thứ 19, nhưng kinh tế số và xã hội số đều tụt hạng"
    opening = text.rfind(";", mention.end, start)
    if opening < 0 or re.match(r"\s*(?:và|cũng như)\s", text[opening + 1 :], re.I):
        return False  # "...; 95% cấp xã; và các đơn vị sự nghiệp đã sử dụng ...": coordinated, the shared predicate
    closing = text.find(";", start, sentence.end)
    closing = sentence.end if closing < 0 else closing
    return not any(opening < m.value_start < closing for m in doc.mentions)
