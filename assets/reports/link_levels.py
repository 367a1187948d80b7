"""The administrative levels a figure is said of: a level word the figure owns, the level of the figure
it is coordinated with, a unit named as a place rather than a level."""

from __future__ import annotations

import re

from assets.reports.link_document import Document
from assets.reports.link_lists import respectively_part
from assets.reports.link_ownership import strictly_owned
from assets.reports.mentions import Mention

COORDINATE_LEVEL = 0.5


def level_of_coordinate(doc: Document, mention: Mention, levels) -> str | None:
    """'phủ sóng băng rộng di động tại 95% thôn bản và Internet cáp quang 80%': a percent joined by
    'và' to the percent before it in its clause, naming no level of its own, is of that one's level."""
    if mention.kind != "percent":
        return None
    clause = doc.segments.clause(mention.value_start)
    before = [m for m in doc.mentions if clause.start <= m.value_start and m.end <= mention.value_start]
    if not before or before[-1].kind != "percent":
        return None
    previous = before[-1]
    between = doc.text[previous.end : mention.value_start]
    if not re.search(r"\bvà\b", between, re.I) or any(
        pattern.search(between[between.rfind("và") :]) for pattern in doc.language.levels.values()
    ):
        return None
    for level in levels:
        for start, end in doc.occurrences(doc.language.levels[level]):
            if previous.value_start < start < mention.value_start and strictly_owned(doc, start, end, previous):
                return doc.text[start:end]
    return None


# at least this many words of its own after the level word: the first item names its own thing after the level
# that heads the list ("hộ gia đình có điện thoại thông minh"), not only a level ("cấp tỉnh")
_OWN_WORDS_AFTER_THE_LEVEL = 2


def level_heading_the_list(doc: Document, mention: Mention, levels: frozenset[str]) -> str | None:
    """'Tỷ lệ hộ gia đình có điện thoại thông minh và cáp quang lần lượt là 87,4% và 68,3%': a level word that opens
    the first item of a list of values, before that item's own words, is the whole list's (not a list of levels: "cấp
    tỉnh, cấp huyện, cấp xã lần lượt là ...", whose items are the levels)."""
    if not mention.respectively or mention.respectively[0] == 0:
        return None
    first = respectively_part(doc, 0, mention)
    if first is None:
        return None
    for level in levels:
        for start, end in doc.occurrences(doc.language.levels[level]):
            in_the_first = first[0] <= start < first[1]
            if in_the_first and len(re.findall(r"\w+", doc.text[end : first[1]])) >= _OWN_WORDS_AFTER_THE_LEVEL:
                return doc.text[start:end]
    return None


def owned_level(doc: Document, level: str, mention: Mention) -> bool:
    sentence = doc.segments.sentence(mention.value_start)
    for start, end in doc.occurrences(doc.language.levels[level]):
        if sentence.start <= start < sentence.end and strictly_owned(doc, start, end, mention):
            if _only_where(doc, start, mention) or _names_a_place(doc, end):
                continue
            if start < mention.value_start and every_unit_listed(doc, start, end):
                continue  # (not what the figure counts: "100% các sở, ngành, địa phương đã ban hành kế hoạch")
            if a_level_with_a_clause_of_its_own(doc, start, end, mention):
                continue
            if (
                end <= mention.value_start
                and "," in doc.text[end : mention.value_start]
                and _counts_a_level(doc, mention)
            ):
                # "toàn bộ thôn, bản được cáp quang hóa, trên 75% hộ gia đình có Internet băng rộng": the figure
                # counts a level of its own; the units named before it, a comma between, are another item's
                continue
            return True
    return False


def a_level_with_a_clause_of_its_own(doc: Document, start: int, end: int, mention: Mention) -> bool:
    """The level opens a clause of its own after the figure, with a predicate of its own ("Tỷ lệ hồ sơ trực tuyến 9
    tháng đạt 54,6%, cấp xã còn thấp"): no level of the figure's."""
    return bool(
        start >= mention.end
        and _A_CLAUSE_OF_ITS_OWN_AFTER.match(doc.text, mention.end, start)
        and _ITS_OWN_PREDICATE.match(doc.text, end)
    )


_A_CLAUSE_OF_ITS_OWN_AFTER = re.compile(r"[^,;.]*[,;]\s*(?:(?:trong đó|riêng|còn|nhưng|song)\s+)?$", re.I)
_ITS_OWN_PREDICATE = re.compile(
    r"\s*(?:(?:vẫn|cũng|thì)\s+)?(?:còn|chưa|mới|chỉ|đạt|thấp|cao|tăng|giảm|remains?|is|was|lags?|lagged)(?!\w)", re.I
)


# a level listed with every other unit of the province ("các sở, ngành, địa phương", "sở, ban, ngành và địa phương",
# "các sở, ngành, UBND cấp huyện")
_EVERY_UNIT_LISTED = re.compile(
    r"(?:\s*,\s*(?:ban\s*,\s*)?ngành)?\s*(?:,|và)\s*(?:các\s+)?(?:địa phương|ubnd\s+(?:các\s+)?(?:cấp\s+)?huyện)(?!\w)",
    re.I,
)
_EVERY_UNIT_LISTED_BEFORE = re.compile(r"(?<!\w)(?:các\s+)?sở\s*,\s*(?:ban\s*,\s*)?ngành\s*,\s*$", re.I)


def every_unit_listed(doc: Document, start: int, end: int) -> bool:
    """A level word listed with every other unit of the province ("yêu cầu các sở, ngành, địa phương ..."): all the
    province's units, addressed or counted together, no level of a figure's."""
    return bool(
        _EVERY_UNIT_LISTED.match(doc.text, end) or _EVERY_UNIT_LISTED_BEFORE.search(doc.text, max(0, start - 40), start)
    )


def _counts_a_level(doc: Document, mention: Mention) -> bool:
    """What the figure counts opens with a level's word ("75% hộ gia đình", "100% xã")."""
    if not mention.noun:
        return False
    noun = doc.text[mention.noun_span[0] : mention.noun_span[1]]
    start = mention.noun_span[0] + len(noun) - len(noun.lstrip())  # the span opens with the space after the figure
    return any(words.match(doc.text, start) for words in doc.language.levels.values())


# "tại các xã", "ở các huyện", "trên địa bàn các xã": where the counted things are
# (or a later one of a list of such places: "điểm dân cư ở thành phố, thị xã và thị trấn")
_LOCATIVE = re.compile(
    r"(?<!\w)(?:tại|ở|trên địa bàn|thuộc)\s+(?:các\s+|những\s+|mỗi\s+)?(?:[^\W\d]+(?:\s+[^\W\d]+)?\s*,\s*){0,3}$", re.I
)


def _names_a_place(doc: Document, end: int) -> bool:
    """A unit word followed by a name ("huyện Yên Lạc", "xã Minh Tân"): a place, not a level."""
    after = doc.text[end : end + 3].lstrip()
    return bool(after) and after[0].isupper()


def _only_where(doc: Document, start: int, mention: Mention) -> bool:
    """A unit named after "tại"/"ở", past the noun the figure counts ("40% hộ gia đình tại các xã miền núi"), says
    where those are, not that the units themselves are counted; "tại cấp xã" names a level."""
    return (
        bool(mention.noun)
        and start > mention.noun_span[0]
        and not doc.text.startswith("cấp", start)
        and bool(_LOCATIVE.search(doc.text, max(0, start - 30), start))
    )
