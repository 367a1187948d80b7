"""Figures that take their measure from a figure before them: a sentence that opens elliptically, a list
of values that refers back, the change of the rank before, a figure not said twice in other words."""

from __future__ import annotations

import re

from assets.reports.language import Language
from assets.reports.linking import Document, Link, candidates
from assets.reports.members import opens_with_places_and_figures
from assets.reports.mentions import Mention, only_change_words
from assets.reports.segments import Segments
from assets.reports.uncatalogued import OPEN_CONCEPTS


def change_of_the_rank_before(text: str, mention: Mention, mentions: list[Mention], index: int, claimed, grammar):
    """The rank-change concept of the rank a rank change directly follows ("hạng 17 giảm 10 bậc",
    "thứ 32/63, giảm 08 bậc": a few words, no other figure between), or None."""
    if mention.kind != "rank_change" or index == 0 or index - 1 not in claimed:
        return None
    rank = mentions[index - 1]
    between = text[rank.end : mention.value_start]
    if rank.kind != "rank" or not only_change_words(between, grammar.language):
        return None
    rank_code = claimed[index - 1][0].concept.code
    change = next((change for change, of in grammar.rank_of_change.items() if of.code == rank_code), None)
    # "xếp thứ 12/63 về triển khai Đề án 06, tăng 8 bậc": the change of a rank the catalog holds no change of is
    # still that rank's change, kept outside the catalog
    return next((c for c in grammar.concepts if c.code == change), OPEN_CONCEPTS[("rank_change", True)])


# A sentence that opens with its rank, with no subject and no words of what is ranked.
_RANK_ONLY = re.compile(
    r"(?:và\s+)?(?:hiện\s+|hiện nay\s+)?(?:đứng|xếp|xếp hạng|vươn lên|giữ)\s*(?:vị trí\s+|ở vị trí\s+)?(?:thứ|hạng)?",
    re.I,
)


# "các thứ tự này là", "các thứ hạng này lần lượt là": a list of values that refers back to as many figures before it
_A_LIST_REFERRING_BACK = re.compile(
    r"(?<!\w)(?:các|những)\s+(?:thứ hạng|thứ tự|vị trí|chỉ số|giá trị|tỷ lệ|tỉ lệ|con số|số liệu)\s+(?:này|trên)\s+"
    r"(?:lần lượt\s+|tương ứng\s+)?(?:là|đạt)\s*$",
    re.I,
)
# ... or a bracket that gives, respectively, the levels of another time for the figures before it ("90% ... cấp tỉnh,
# 80% ... cấp huyện, 60% ... cấp xã (mục tiêu năm 2030 lần lượt là: 100%, 90% và 70%)"): each of the figure of its
# rank, of the same kind
_A_BRACKET_REFERRING_BACK = re.compile(
    r"\(\s*(?:[^()\d;]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}?(?<!\w)(?:lần lượt|tương ứng)\s+(?:là|đạt|ở mức)\s*:?\s*$",
    re.I,
)
_LIST_JOINER = re.compile(r"\s*(?:,|và|;)\s*(?:và\s+)?", re.I)


def answered_by_a_list_referring_back(text: str, segments: Segments, mentions, index: int, claimed) -> int | None:
    """The index of the figure before (in its sentence) that the value answers, when it is the k-th value of a list
    that refers back to as many figures ("... xếp 24/63, ... 27/63, ... 29/63 trong khi năm 2020 thì các thứ tự này là
    47, 39, 29": 47 answers 24's figure); None otherwise."""
    sentence = segments.sentence(mentions[index].value_start)
    first = index
    while first > 0 and _LIST_JOINER.fullmatch(text, mentions[first - 1].end, mentions[first].start):
        first -= 1
    head = _A_LIST_REFERRING_BACK.search(text, sentence.start, mentions[first].start)  # it ends at the list
    bracket = None if head else _A_BRACKET_REFERRING_BACK.search(text, sentence.start, mentions[first].start)
    if head is None and bracket is None:
        return None
    last = index
    while last + 1 < len(mentions) and _LIST_JOINER.fullmatch(text, mentions[last].end, mentions[last + 1].start):
        last += 1
    answered = [i for i in claimed if sentence.start <= mentions[i].value_start < (head or bracket).start()]
    if len(answered) < last - first + 1:
        return None
    answered = answered[-(last - first + 1) :]
    if bracket is not None and any(mentions[i].kind != mentions[index].kind for i in answered):
        return None  # a bracket's list answers figures of its own kind only
    return answered[index - first]


def opens_elliptically(text: str, segments: Segments, mention: Mention, language: Language) -> bool:
    """A sentence that opens with a bracket or an administrative level and has a figure and little
    else ("(cấp tỉnh đạt 19,73%, ...)", "Cấp xã đạt tỷ lệ: 82%"), that is only a figure and its
    level ("178/178 đơn vị cấp xã."), that opens with a rank ("Đứng thứ 2/63 tính đến ..."), or that names the
    figure before back ("Năm 2024, tỷ lệ này đạt 58%"), continues the one before it."""
    sentence = segments.sentence(mention.value_start)
    lead = text[sentence.start : mention.value_start].strip(" \n-+•")
    if opens_with_places_and_figures(text, segments, mention):
        return True  # "Đà Nẵng (58,89%), Hà Giang (55,76%) ... xếp sau.": places ranked on the rate before
    if mention.kind == "rank" and _RANK_ONLY.fullmatch(lead):
        return True  # "... đứng thứ 3/63 về số giao dịch qua NDXP năm 2022. Đứng thứ 2/63 tính đến ngày 21/3/2023."
    if not lead and re.fullmatch(
        r"[\d.,/%\s]*(?:đơn vị\s+)?cấp\s+\w+[\s.;]*", text[mention.value_start : sentence.end], re.I
    ):
        return True  # "... tại 9/9 đơn vị cấp huyện. 178/178 đơn vị cấp xã.": a figure and its level only
    if language.figure_anaphora_words.search(lead) and len(lead) < 80:
        # "Năm 2024, tỷ lệ này đạt 58%", "Riêng địa bàn tỉnh X (cũ), tỷ lệ này mới đạt 58%": the figure of the sentence
        # before, named back, of the place the clause names (whose figure it is, places.py reads: a part of the
        # province, "Riêng khu vực miền núi, tỷ lệ này ...", holds none of the province's)
        return True
    return bool(re.match(r"\(|cấp\s+\w+|(?:cao|thấp|nhiều|ít)?\s*(?:hơn\s+)?so với", lead, re.I)) and len(lead) < 60


SAID_BEFORE_TIE = 0.9  # an other concept at least this share of the best one's score is as likely


def another_than_said_before(doc: Document, mention: Mention, concepts, links: list[Link]) -> list[Link]:
    """ "100% xã có cáp quang đến trung tâm xã; tỷ lệ xã, phường có mạng Internet băng rộng đạt 100%": a
    sentence does not state one figure twice in other words, so a figure of the value an earlier figure of its
    sentence has, linked to that one's indicator, takes the other indicator its words fit as well, if any."""
    best = links[0]
    alternative = next(
        (
            found
            for found in candidates(doc, mention, concepts)
            if found.concept.code != best.concept.code
            and found.concept.unit == best.concept.unit
            and found.concept.change == best.concept.change
            and found.score >= SAID_BEFORE_TIE * best.score
        ),
        None,
    )
    return [alternative] if alternative is not None else links
