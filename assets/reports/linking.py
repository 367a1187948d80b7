"""Which indicator a number states, from the concept words around it.

Each catalog concept (concepts.py) lists groups of words; a number states a concept when every
group has a word near it, weighed by where the word is:
  - in the number's own sentence: by distance (1 / (1 + chars/25)); a word between two numbers
    belongs to one of them (split at the last boundary word before the second: "100% X, Y | và
    80% Z"), and counts only 0.15 for the other; in another clause it counts 0.7;
  - words before the first number of a sentence, or after the last, are shared by all of them;
  - in an earlier sentence of the paragraph: 0.13; in the row label of a table cell: 0.9;
  - in the document's title: 0.15.
(The weights are link_weights.py's constants.)
The concept with the highest sum wins; kinds must fit (a percent states a percent indicator, a
count the indicator whose noun it counts, a rank a rank); a value outside the indicator's valid
range, or an ``unless`` word near the number, rules a concept out. One number said of several
coordinated administrative levels ("cấp tỉnh, cấp huyện và cấp xã") states one figure per level.
No rule names a document, a sentence or a province.
"""

from __future__ import annotations

import json
import re

from assets.reports.concepts import Concept
from assets.reports.link_availability import availability
from assets.reports.link_candidates import candidates, converted_value, fits_kind
from assets.reports.link_document import LEADING, Document, Link, sentence_neighbours
from assets.reports.link_hosts import (
    EXCEEDING,
    SHARE_ROUNDING,
    host_of,
    scored_rank,
    set_against_the_target_first,
    share_host,
)
from assets.reports.link_indexes import another_index_named_last, names_its_own_index
from assets.reports.link_levels import COORDINATE_LEVEL, owned_level
from assets.reports.link_lists import each_region
from assets.reports.link_ownership import strictly_owned
from assets.reports.link_ranks import RANK_TOPIC, bare_rank
from assets.reports.link_subjects import its_own_item, names_its_rate, owns_nothing_but_levels, refers_back
from assets.reports.link_unless import near
from assets.reports.link_weights import (
    BORROWED_COST,
    EARLIER_SENTENCE,
    HEAD_NOUN,
    LATER_SENTENCE,
    MIN_GROUP,
    NEAR,
    NOUN_BEFORE,
    OTHER_CLAUSE,
    OWNER_ELSEWHERE,
    RATE_HEAD,
    ROW_LABEL,
    SHARED_FLOOR,
    TITLE,
    TOPIC_KINDS,
    UNLESS,
    WEAK_GROUP,
)
from assets.reports.mentions import Mention

__all__ = [
    "BORROWED_COST",
    "COORDINATED",
    "COORDINATE_LEVEL",
    "Document",
    "EARLIER_SENTENCE",
    "HEAD_NOUN",
    "LATER_SENTENCE",
    "Link",
    "MIN_GROUP",
    "NEAR",
    "NOUN_BEFORE",
    "OTHER_CLAUSE",
    "OWNER_ELSEWHERE",
    "RANK_TOPIC",
    "RATE_HEAD",
    "ROW_LABEL",
    "SHARED_FLOOR",
    "SHARE_ROUNDING",
    "TITLE",
    "TOPIC_KINDS",
    "UNLESS",
    "WEAK_GROUP",
    "another_index_named_last",
    "availability",
    "candidates",
    "converted_value",
    "fits_kind",
    "link",
    "names_its_own_index",
    "share_host",
    "strictly_owned",
]


def link(doc: Document, mention: Mention, concepts: tuple[Concept, ...], previous: Link | None = None) -> list[Link]:
    """The indicators a mention states: usually one; one per level when it is said of several
    coordinated levels; none when no concept fits (an unclaimed mention). ``previous`` is the link
    of the figure before it in its sentence, for an elliptical figure ("..., 70% tại cấp xã")."""
    if (
        mention.kind == "percent"
        and mention.change is None
        and EXCEEDING.search(doc.text, max(0, mention.start - 24), mention.start)
        and re.match(
            r"\s*(?:so với|compared|kế hoạch|chỉ tiêu|mục tiêu|(?:the\s+)?(?:plan|target))",
            doc.text[mention.end :],
            re.I,
        )
    ):
        # "đạt 82%, vượt 12% so với cùng kỳ", "bằng 104% kế hoạch, vượt 4% kế hoạch năm": how far it went past the base,
        # no level of the measure nor a share of the plan attained (the target's own level, "vượt 60% chỉ tiêu" after a
        # result of 76%, is read in extract.py)
        return []
    found = candidates(doc, mention, concepts)
    if not found and previous is not None:
        found = (
            _elliptical(doc, mention, concepts, previous)
            or _score_of_the_rank_before(doc, mention, concepts, previous)
            or _rank_joined_to_the_score_before(doc, mention, concepts, previous)
        )
        if (
            not found
            and _repeats_rank(doc, mention, previous, found)
            and _NOTHING_RANKED_AFTER.match(doc.text, mention.end)
        ):
            # "Đà Nẵng xếp thứ nhất về DTI, Hải Phòng xếp thứ 6": another's rank in the ranking before it (not one that
            # names what it ranks after it, "xếp thứ 20 về chỉ số PAPI", which no catalog entry holds)
            found = [Link(previous.concept, previous.score * 0.8, ["as the rank before it"])]
    elif previous is not None and _repeats_rank(doc, mention, previous, found):
        # "đứng thứ 3/63 về số giao dịch qua NDXP năm 2022; đứng thứ 2/63 tính đến ngày 21/3/2023": a
        # rank with no words of its own ranks what the rank before it ranks, not what the title names.
        found = [Link(previous.concept, previous.score * 0.8, ["as the rank before it"])]
    elif (
        previous is not None
        and found
        # (a level of the same measure stays: "tỷ lệ này ở cấp xã là 72%")
        and found[0].concept.signature != previous.concept.signature
        and _names_the_figure_before_back(doc, mention, previous)
    ):
        # "..., tương đương 79,2% công dân từ 14 tuổi. Riêng địa bàn X, tỷ lệ này mới đạt 58%": the rate named back is
        # the rate before, not another that the earlier sentence's words fit as well
        same = next((f for f in found if f.concept is previous.concept), None)
        found = [same or Link(previous.concept, previous.score * 0.8, ["as the figure before it, named back"])] + [
            f for f in found if f is not same
        ]
    elif previous is not None and found and (ranked := _rank_of_the_score_before(doc, mention, previous, found)):
        # "Bộ chỉ số phục vụ ... đạt tổng 77,65/100 điểm, đứng thứ hai cả nước": a bare rank right after an index's
        # score ranks that index, not one a ranking word elsewhere in the sentence names
        found = [ranked, *[f for f in found if f is not ranked]]
    if not found:
        return []
    best = found[0]
    if (
        best.concept.kind == "count"
        and mention.kind in ("count", "plain")
        and not any(f.concept.levels for f in found if f.concept.signature == best.concept.signature)
        # (a count of the level's own units, "Ở cấp huyện, 8/8 huyện ...", "cấp tỉnh có 21 sở, ngành ...", is the
        # province's count of those units)
        and not _UNITS_OF_A_LEVEL.match(LEADING.sub("", mention.noun or ""))
        and not mention.denominator
        and _a_count_at_a_level(doc, mention)
    ):
        # "cấp tỉnh tiếp nhận 52.300 hồ sơ trực tuyến, cấp huyện 21.400 hồ sơ": one level's part of a count the
        # catalog holds for the whole province only, no count of the province's (it stays unclaimed)
        return []
    every = _said_of_each(doc, mention, best, found[1:])
    if every:
        return [best, *every]
    if not best.concept.levels:
        return _with_coordinated(best, _coordinated(doc, mention, best, found[1:]))
    # One figure per level named with the number: every member of the best concept's family
    # whose level words the number owns.
    family = [f for f in found if f.concept.signature == best.concept.signature and f.concept.levels]
    chosen, covered = [], set()
    for member in family:
        levels = member.concept.levels
        if levels & covered:
            continue
        owned = any(owned_level(doc, level, mention) for level in levels)
        if owned or member is best:
            chosen.append(member)
            covered |= levels
    if len(chosen) == 1:
        others = [f for f in found if f.concept.signature != best.concept.signature]
        return _with_coordinated(best, _coordinated(doc, mention, best, others))
    if mention.kind == "count":
        # "450 tổ công nghệ số cộng đồng cấp xã và khóm ấp": one count of the units of several levels together
        # is their total, no level's own count (a percent is said of each: "100% xã, thôn có cáp quang")
        return [f for f in found if f.concept.signature == best.concept.signature and not f.concept.levels][:1]
    return chosen


_PARTS_IN_WORDS: dict[int, re.Pattern] = {}


def _another_part_in_words(doc: Document, between: str) -> bool:
    """A part of a count told by a number in words, with a predicate of its own, after a comma or "and" ("..., six are
    on track", "... and seven are under way", "..., hai nhiệm vụ đang thực hiện")."""
    language = doc.language
    if id(language) not in _PARTS_IN_WORDS:
        words = [w for w in (*language.english_change_cardinals, *language.cardinal_words) if w != "năm"]
        joined = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        _PARTS_IN_WORDS[id(language)] = re.compile(
            rf"(?:,\s*(?:while|whereas|còn|trong khi)?|\band\b|\bvà\b)\s+(?:{joined})\s+(?:[^\W\d]+\s+)?(?:are|is|were|was|have|has|remain|remains|đang|đã|còn|chưa)\b",
            re.I,
        )
    return _PARTS_IN_WORDS[id(language)].search(between) is not None


def _with_coordinated(best: Link, coordinated: list) -> list[Link]:
    """The best link and the concept coordinated with it; a trailing None says the coordinated one
    replaces it (the best one's own words are another figure's)."""
    if coordinated and coordinated[-1] is None:
        return [link for link in coordinated if link is not None]
    return [best, *coordinated]


COORDINATED = 0.5  # a second concept must weigh at least this share of the first
_A_PREDICATE_OF_ITS_OWN = re.compile(
    r"(?<!\w)(?:đứng đầu|dẫn đầu|đứng|xếp|đạt|tăng|giảm|led|topped|ranked|ranks|reached|rose|fell)(?!\w)[^,;]*,", re.I
)


def _coordinated(doc: Document, mention: Mention, best: Link, others: list[Link]) -> list[Link | None]:
    """One number said of two concepts joined by "và" ("and") or a comma ("100% xã đã có cáp quang và được
    phổ cập băng rộng di động (4G)"; "đứng thứ hai về tỷ lệ cấp CCCD và tỷ lệ kích hoạt định danh"):
    a second figure when the other concept's words are all the number's own, apart from the first's,
    with a coordinator between them."""
    if mention.respectively and mention.without_cue:
        return []  # "A và B xếp thứ 12 và thứ 25": each value answers its own item, no two concepts
    clause = doc.segments.clause(mention.value_start)
    own = [s for s in best.spans if clause.start <= s[0] < clause.end]
    if not own:
        return []
    for other in others:
        concept = other.concept
        if concept.signature == best.concept.signature or concept.kind != best.concept.kind:
            continue
        if other.score < COORDINATED * best.score or concept.levels != best.concept.levels:
            continue
        spans = [s for s in other.spans if clause.start <= s[0] < clause.end]
        if not spans or len(spans) < len(concept.groups):
            continue
        # Words both concepts take are the shared predicate ("100% cơ sở giáo dục, cơ sở y tế đã triển khai
        # thanh toán không dùng tiền mặt"); what tells them apart must be words of their own, coordinated.
        distinct = [(s, e) for s, e in spans if not any(s < oe and os < e for os, oe in own)]
        own_distinct = [(os, oe) for os, oe in own if not any(s < oe and os < e for s, e in spans)]
        if not distinct or not own_distinct:
            continue
        if not all(strictly_owned(doc, s, e, mention) for s, e in spans):
            continue
        if (
            mention.kind in ("percent", "count")
            and min(distinct)[0] >= mention.end
            and (head := doc.language.rate_heads.search(doc.text, mention.end, min(distinct)[0])) is not None
            and "," in doc.text[mention.end : head.start()]
        ):
            # "... tổng mức bán lẻ đạt trên 8%, tỷ lệ nhân lực lao động kinh tế số ...": a rate named after the figure
            # opens an item of its own (whose figure a cut page may have lost), no second concept of this one
            continue
        first, second = sorted([min(own_distinct), min(distinct)])
        # the number between them, one concept's words before it and the other's after ("... trên Cổng dịch vụ công
        # quốc gia, với 912 dịch vụ công trực tuyến toàn trình"): no two concepts coordinated over one number
        astride = first[1] <= mention.value_start < second[0]
        if re.search(
            r"(?<!\w)(?:còn\s+lại|the\s+rest|the\s+remaining|the\s+remainder)(?!\w)",
            doc.text[first[1] : second[0]],
            re.I,
        ):
            # "trong đó có 980 dịch vụ toàn trình, còn lại là dịch vụ một phần": the rest are another set, not the
            # number's
            continue
        if astride and second == min(distinct) and "," in doc.text[first[1] : mention.value_start]:
            # ... and when a comma sets the words before apart, the figure is what its own words after it name ("Tỉnh
            # mở rộng vùng phủ sóng 4G, với 100% xã đã có cáp quang")
            return [other, None]
        between = doc.text[first[1] : second[0]]
        if _another_part_in_words(doc, between):
            # "18 have been achieved, six are on track and two are at risk": a later part told by a number in words
            # owns the words after it
            continue
        if len(distinct) < len(spans) or len(own_distinct) < len(own):
            # with a shared predicate, only names listed side by side: "cơ sở giáo dục, cơ sở y tế"
            if not astride and re.fullmatch(r"\s*(?:,|và|,\s*và|and|,\s*and)\s*", between, re.I):
                return [other]
        elif (
            re.search(r"\bvà\b|,|\bcũng như\b|\band\b|\bas well as\b", between, re.I)
            and not re.search(r"[;.]", between)
            # (not a first concept with a predicate of its own before the comma: "nhận thức số đứng đầu, thể chế số xếp
            # thứ 3")
            and not _A_PREDICATE_OF_ITS_OWN.search(between)
        ):
            if not any(strictly_owned(doc, s, e, mention) for s, e in own_distinct):
                # "hạ tầng cáp quang phủ đến 100% xã và 97,7% số thôn được phủ sóng 4G": the first concept's
                # words are the sentence's topic, another figure's; the second's are this figure's own
                return [other, None]
            if not astride:
                return [other]
    return []


def _said_of_each(doc: Document, mention: Mention, best: Link, others: list[Link]) -> list[Link]:
    """ "Chính quyền số, kinh tế số và xã hội số đều xếp thứ 2/63": a number that "đều" (each) says of
    several concepts named before it, with no other figure between them, is one figure per concept."""
    region = each_region(doc, mention)
    if region is None or best.concept.levels:
        return []

    def named(link: Link) -> bool:
        return bool(link.spans) and all(region[0] <= s < region[1] for s, _ in link.spans)

    if not named(best):
        return []
    chosen, taken = [], list(best.spans)
    for other in others:
        concept = other.concept
        if concept.kind != best.concept.kind or concept.signature == best.concept.signature or concept.levels:
            continue
        if not named(other) or len(other.spans) < len(concept.groups):
            continue
        if any(s < te and ts < e for s, e in other.spans for ts, te in taken):
            continue
        chosen.append(other)
        taken += other.spans
    return chosen


def _elliptical(doc: Document, mention: Mention, concepts: tuple[Concept, ...], previous: Link) -> list[Link]:
    """A figure whose own words name only a level (or nothing) repeats the concept of the figure
    before it: "100% hồ sơ công việc cấp tỉnh, 70% tại cấp xã"; "cáp quang đến 100% xã; 98,2% cấp thôn"."""
    if previous.concept.kind == mention.kind and _alone_in_brackets_after_a_name(doc, mention):
        # "đứng trên Hải Phòng (thứ ba), TP. Hồ Chí Minh (thứ tư) và Thanh Hóa (thứ năm)": each name's figure
        return [Link(previous.concept, previous.score * 0.8, ["as the figure before it, of another name"])]
    if previous.concept.kind != mention.kind or mention.kind not in ("percent", "count"):
        return []
    if previous.concept.change != (mention.change is not None):
        # "đạt 9,1% GRDP, tăng 1,2%": a change does not repeat a level (nor a level a change); it is the
        # change of that level's measure where the catalog has one
        return _change_of(doc, mention, concepts, previous) if mention.change is not None else []
    if (
        mention.kind == "percent"
        and not previous.concept.attainment
        and (
            doc.language.attainment_nouns.match(mention.noun or "")
            or set_against_the_target_first(doc.text, doc.segments, mention)
        )
    ):
        # "100% xã có sóng 4G (đạt 100% mục tiêu)", "...: Thực hiện: 82,6%.\nSo với KH: 97,2%.": the share of the
        # target attained, no level
        return []
    neighbours = sentence_neighbours(doc, doc.segments.sentence(mention.value_start))
    host = host_of(doc, mention, neighbours)
    if mention.kind == "percent" and host is not None and host.kind == "count":
        return []  # "..., 3 chỉ tiêu chưa hoàn thành (13%)": the share of its own count, not the figure before
    unless = previous.concept.unless
    if unless is not None and near(doc, unless, mention, doc.segments.sentence(mention.value_start)) >= UNLESS:
        return []  # "969 thôn chưa có sóng (gồm 781 thôn đã có điện, ...)": its own words rule the concept out
    family = [c for c in concepts if c.signature == previous.concept.signature]
    # (a share with a predicate of its own, after a ";"-item with its own, is no repeat: "100% cán bộ, công chức được
    # cấp tài khoản thư điện tử; 100% cơ quan cấp tỉnh và huyện triển khai hệ thống chỉ đạo, điều hành"; but "100%
    # sở; 93% xã đã thành lập Ban chỉ đạo" shares the later predicate)
    another_statement = mention.kind == "percent" and _a_statement_of_its_own_after_another(doc, mention, previous)
    for concept in [] if another_statement else family:
        for level in concept.levels:
            if owned_level(doc, level, mention):
                return [Link(concept, previous.score * 0.8, ["as the figure before it", level])]
    if mention.kind == "count" and previous.concept.levels:
        # "9/9 đơn vị cấp huyện. 178/178 đơn vị cấp xã": the same concept at another level, whose
        # entry names that level's units as what it counts.
        noun = LEADING.sub("", mention.noun)
        for concept in concepts:
            if (
                concept.levels
                and concept.nouns is not None
                and concept.nouns.match(noun)
                and _without_nouns(concept.signature) == _without_nouns(previous.concept.signature)
                and any(owned_level(doc, level, mention) for level in concept.levels)
            ):
                return [Link(concept, previous.score * 0.8, ["as the figure before it", noun])]
    if (
        mention.kind == "count"
        and mention.noun
        and previous.concept.nouns is not None
        and not previous.concept.nouns.match(LEADING.sub("", mention.noun))
    ):
        # "lắp đặt 1.100 camera giám sát tại 12 xã, phường": a count of units, where the figure before counts
        # something else (cameras), counts those units, not more of it
        return []
    if (
        mention.kind == "percent"
        and previous.concept.levels
        and not another_statement
        and owns_nothing_but_levels(doc, mention)
        and (refers_back(doc, mention) or names_its_rate(doc, mention, doc.segments.sentence(mention.value_start)))
    ):
        # "85% hộ gia đình có kết nối cáp quang; tỷ lệ này năm 2023 là 72%", "...; 6 tháng cuối năm tỷ lệ đã tăng lên
        # đạt 60%": the rate before, referred back to or named again without words of its own, at its level
        return [Link(previous.concept, previous.score * 0.8, ["as the figure before it, its rate named again"])]
    if not another_statement and doc.language.figure_anaphora_words.search(
        doc.text, doc.segments.clause(mention.value_start).start, mention.value_start
    ):
        # "Riêng khu vực phía tây, tỷ lệ này mới đạt khoảng 58% do ...": the rate before, named back, whatever the
        # clause says of where or why
        return [Link(previous.concept, previous.score * 0.8, ["as the figure before it, named back"])]
    if not any(concept.levels for concept in family) or not previous.concept.levels:
        plain = [c for c in family if not c.levels]
        if (
            plain
            and owns_nothing_but_levels(doc, mention)
            and not another_statement
            # (nor an item that names what it speaks of before its figure: "...; sản phẩm chủ lực được bán qua sàn
            # thương mại điện tử đạt gần 20%")
            and its_own_item(doc, mention, doc.segments.sentence(mention.value_start)) is None
        ):
            return [Link(plain[0], previous.score * 0.8, ["as the figure before it"])]
    return []


_ITEM_PREDICATE = re.compile(r"(?<!\w)(?:được|đã|có|đạt|là|triển khai|sử dụng|thực hiện|áp dụng)(?!\w)", re.I)


def _a_statement_of_its_own_after_another(doc: Document, mention: Mention, link: Link) -> bool:
    """The ";"-item of ``mention`` says something of its own after its words (a predicate, without the words that
    placed the figure before it: ``link``), and so does the item of that figure, with another verb."""
    sentence = doc.segments.sentence(mention.value_start)
    before = [m for m in doc.mentions if sentence.start <= m.value_start and m.end <= mention.value_start]
    if not before or ";" not in doc.text[before[-1].end : mention.value_start]:
        return False
    previous = before[-1]
    closing = doc.text.find(";", previous.end, mention.value_start)
    own_end = doc.text.find(";", mention.end, sentence.end)
    own_end = sentence.end if own_end < 0 else own_end
    own = doc.text[mention.end : own_end].lower()
    repeated = any(_BORROWED.sub("", word).lower() in own for word in link.evidence if word)
    theirs = _ITEM_PREDICATE.search(doc.text, previous.end, closing)
    mine = _ITEM_PREDICATE.search(doc.text, mention.end, own_end)
    # (the same verb again is the same statement shortened: "...được cấp tài khoản thư điện tử; 95% cấp huyện được cấp")
    return bool(not repeated and theirs and mine and theirs.group(0).lower() != mine.group(0).lower())


_BORROWED = re.compile(r"^(?:borrowed|title): ")


def _change_of(doc: Document, mention: Mention, concepts: tuple[Concept, ...], previous: Link) -> list[Link]:
    """A change with no words of its own right after a level ("kinh tế số đạt 9,1% GRDP, tăng 1,2 điểm phần
    trăm"): the change indicator whose every group of words is among the words that named the level, at
    the level's levels, unless its own exclusions stand near the change."""
    words = [_BORROWED.sub("", evidence) for evidence in previous.evidence]
    sentence = doc.segments.sentence(mention.value_start)
    for concept in concepts:
        if (
            concept.change
            and concept.kind == mention.kind
            and concept.groups
            and concept.levels == previous.concept.levels
            and all(any(group.search(word) for word in words) for group in concept.groups)
            and (concept.unless is None or near(doc, concept.unless, mention, sentence) < UNLESS)
        ):
            return [Link(concept, previous.score * 0.8, ["the change of the figure before it"])]
    return []


# "..., Hải Phòng (thứ ba), TP. Hồ Chí Minh (" : a name in a list of names, each with its figure in brackets
_NAME_THEN_BRACKET = re.compile(
    r"\)\s*(?:,|\svà)\s*[A-ZĐ][^\s(),;]*(?:\s+[^\s(),;]+){0,4}\s*\(\s*(?:thứ|hạng|vị trí|xếp thứ)?\s*$"
)


_UNITS_OF_A_LEVEL = re.compile(
    r"(?:các\s+)?(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|thôn|bản|tổ|"
    r"departments?|agencies|units|districts?|communes?|wards?|villages?)(?!\w)",
    re.I,
)
_AT_A_LEVEL = re.compile(
    r"(?<!\w)(?:(?:ở|tại)\s+)?cấp\s+(?:tỉnh|huyện|xã|sở|thôn)(?!\w)|(?<!\w)(?:provincial|district|commune)[- ]level(?!\w)",
    re.I,
)


def _a_count_at_a_level(doc: Document, mention: Mention) -> bool:
    """A level of administration ("cấp huyện", "district-level") as the count's subject, before it among its own words,
    or its table row's label: the count is that level's (not a level that qualifies what it counts, after it: "3.150
    cán bộ cấp xã", "178/178 đơn vị cấp xã")."""
    sentence = doc.segments.sentence(mention.value_start)
    label = doc.segments.row_label(mention.value_start)
    return any(
        (sentence.start <= start < mention.value_start and strictly_owned(doc, start, end, mention))
        or (label is not None and label.start <= start < label.end)
        for start, end in doc.occurrences(_AT_A_LEVEL)
    )


def _names_the_figure_before_back(doc: Document, mention: Mention, previous: Link) -> bool:
    """The figure's clause names the figure before it back ("tỷ lệ này", "con số trên", "this rate"), and the two are of
    one kind."""
    clause = doc.segments.clause(mention.value_start)
    return (
        previous.concept.kind == mention.kind
        and fits_kind(previous.concept, mention)
        and doc.language.figure_anaphora_words.search(doc.text, clause.start, mention.value_start) is not None
    )


def _alone_in_brackets_after_a_name(doc: Document, mention: Mention) -> bool:
    before = doc.text[max(0, mention.start - 60) : mention.start]
    return bool(_NAME_THEN_BRACKET.search(before)) and bool(re.match(r"\s*\)", doc.text[mention.end :]))


def _repeats_rank(doc: Document, mention: Mention, previous: Link, found: list[Link]) -> bool:
    """A bare rank after another rank, whose candidates rest only on words borrowed from other
    sentences, other figures or the title."""
    if mention.kind != "rank" or previous.concept.kind != "rank" or not bare_rank(doc, mention):
        return False
    return all(all(e.startswith(("borrowed", "title")) for e in link.evidence) for link in found)


def _rank_of_the_score_before(doc: Document, mention: Mention, previous: Link, found: list[Link]) -> Link | None:
    """The candidate that ranks the index whose score the figure before it states (``x_score`` / ``x``: ``x_rank``),
    for a bare rank right after that score."""
    if mention.kind != "rank" or previous.concept.kind != "score" or not bare_rank(doc, mention):
        return None
    code = previous.concept.code
    rank = code.removesuffix("_score") + "_rank"
    return next((link for link in found if link.concept.code == rank), None)


def _score_of_the_rank_before(
    doc: Document, mention: Mention, concepts: tuple[Concept, ...], previous: Link
) -> list[Link]:
    """A score no words of its own claim, joined to the rank right before it ("Đà Nẵng xếp thứ nhất về DTI, tỉnh xếp
    thứ 21 với 0,5123 điểm"): the score of what that rank ranks (``x_rank``: ``x_score``), as the rank found it."""
    if mention.kind != "score" or previous.concept.kind != "rank" or not previous.concept.code.endswith("_rank"):
        return []
    sentence = doc.segments.sentence(mention.value_start)
    joined = scored_rank(doc, mention, [doc.mentions[i] for i in doc.sentence_mentions(sentence.start)])
    if joined is None or not bare_rank(doc, joined[0]) or not _NOTHING_RANKED_AFTER.match(doc.text, joined[0].end):
        return []  # (the rank it is joined to names what it ranks: "xếp thứ 20 về chỉ số PCI với 65,3 điểm")
    code = previous.concept.code.removesuffix("_rank") + "_score"
    scored = next((c for c in concepts if c.code == code and c.kind == "score" and not c.change), None)
    if scored is None or converted_value(scored, mention) != mention.value:
        return []  # a score on another scale ("88,5 điểm" after a rank of the DTI): never rescaled on a guess
    return [Link(scored, previous.score * 0.8, ["the score of the rank before it"])]


# a rank joined to the score right before it ("0.3810 points, ranking 51st", "0,3810 điểm, xếp thứ 51")
_JOINED_TO_A_SCORE = re.compile(
    r"\s*(?:points?|điểm)?\s*,?\s*(?:and\s+|và\s+)?(?:ranking|ranked|ranks|xếp thứ|xếp hạng|đứng thứ|xếp|đứng)\s*$",
    re.I,
)


def _rank_joined_to_the_score_before(
    doc: Document, mention: Mention, concepts: tuple[Concept, ...], previous: Link
) -> list[Link]:
    """A rank no words of its own claim, joined to the score right before it ("from 0.3810 points, ranking 51st, in
    2021"): the rank of what that score scores (``x_score``: ``x_rank``), as the score found it."""
    if mention.kind != "rank" or previous.concept.kind != "score":
        return []
    position = doc.mentions.index(mention)
    before = doc.mentions[position - 1] if position else None
    if (
        before is None
        or before.kind not in ("score", "points")
        or not _JOINED_TO_A_SCORE.fullmatch(doc.text, before.value_end, mention.value_start)
    ):
        return []
    code = previous.concept.code.removesuffix("_score") + "_rank"
    ranked = next((c for c in concepts if c.code == code and c.kind == "rank" and not c.change), None)
    return [Link(ranked, previous.score * 0.8, ["the rank of the score before it"])] if ranked else []


# what may follow a rank that ranks what the rank before it ranks: its scope, a score joined by "với"/"with", the end
# of its part ("Hải Phòng xếp thứ 6 với 0,6123 điểm."), not words naming what it ranks ("xếp thứ 20 về chỉ số PAPI")
_NOTHING_RANKED_AFTER = re.compile(
    r"(?:\s*/\s*\d+)?\s*(?:(?:cả nước|toàn quốc|trong cả nước|trên cả nước|nationwide|in the country)\s*)?"
    r"(?:[,;.)]|\s*$|\s+(?:với|with|và|and|trong khi|while|whereas|,)(?!\w)|\s+(?:tăng|giảm|up|down)\s)",
    re.I,
)


def _without_nouns(signature: str) -> str:
    kind, terms, _nouns, change = json.loads(signature)
    return json.dumps([kind, terms, change], ensure_ascii=False)
