"""Whose a word is: where the words of two figures split, and whether a word is a figure's own, another's,
or shared by the figures of its sentence."""

from __future__ import annotations

import re

from assets.reports.language import Language
from assets.reports.link_counts import part_of, same_head, sub_kind_after
from assets.reports.link_document import Document
from assets.reports.link_hosts import host_of, ranked_host, scored_rank, share_host_among, words_end
from assets.reports.link_subjects import RATE_WORD, a_later_subject, has_a_subject_of_its_own, names_its_rate
from assets.reports.link_weights import OWNER_ELSEWHERE
from assets.reports.mentions import Mention
from assets.reports.segments import Span


def split_point(text: str, left: Mention, right: Mention, language: Language) -> int:
    """Where the words owned by ``left`` end and those of ``right`` begin."""
    between = text[left.end : right.value_start]
    if ";" in between:
        # A semicolon ends the left item: what follows it is the right one's, whatever its words
        # ("80%; tỷ lệ doanh nghiệp nhỏ và vừa ... đạt 50%": not a cut at "và").
        return left.end + between.index(";") + 1
    if left.kind == right.kind == "rank" and _RANK_VERB_BEFORE.search(between) and "," in between:
        # "B2C đứng thứ 9, giao dịch doanh nghiệp với doanh nghiệp (B2B) xếp thứ 13": ranks listed each after its own
        # subject and rank verb; what follows the comma is the next rank's subject
        return left.end + between.index(",") + 1
    cut = None
    # "..., ở cấp tỉnh đạt 99%, cấp huyện, thành phố đạt 97,7%": the commas inside the units of one level
    # listed together are no boundary
    listed = [span for level in language.levels.values() for span in (m.span() for m in level.finditer(between))]
    # a bracket opened and closed between the two figures glosses the words before it ("giao dịch doanh nghiệp với
    # doanh nghiệp (B2B) xếp thứ 13"): its brackets are no boundary
    glosses = [m.span() for m in re.finditer(r"\([^()\d,;]{1,12}\)|\([A-Za-z0-9&]{1,8}\)", between)]
    for m in language.boundary_words.finditer(between):
        if any(s < m.start() and m.end() < e for s, e in listed):
            continue
        if m.group(0) in ("(", ")") and any(s <= m.start() < e for s, e in glosses):
            continue
        if m.group(0).lower() == "with" and cut is not None and not between[: m.start()].rstrip().endswith(","):
            # "738 villages, while households with fibre-optic subscriptions account for 48.3%": a "with" inside the
            # subject after a boundary is no boundary of its own
            continue
        if m.group(0) in ("(", ":") and not between[m.end() :].strip():
            # the bracket the right figure opens, or the colon right before it: the words before it label it
            # ("chính quyền số (0,5512 điểm), kinh tế số (0,4321 điểm)", "(cấp xã: 138, cấp thôn: 1.733)"), so the
            # cut is at the boundary before them
            continue
        cut = m.end()
    rate = list(RATE_WORD.finditer(between)) if right.kind == "percent" else []
    if rate and cut is not None and cut > rate[-1].start():
        # "36.700 hồ sơ tiếp nhận mới, tuy nhiên, tỷ lệ hồ sơ ... được giải quyết đúng hạn vẫn đạt mức cao, ở cấp
        # tỉnh đạt 99%": the rate the percent states is named from "tỷ lệ" on, whatever boundaries follow
        before = [m.end() for m in language.boundary_words.finditer(between, 0, rate[-1].start())]
        cut = before[-1] if before else rate[-1].start()
    if (
        right.kind == "percent"
        and cut is not None
        and between[cut - 1] == ","
        and _BARE_PREDICATE.fullmatch(between[cut:])
    ):
        # "10.200 trạm BTS, phủ sóng 3G và 4G, đạt 99% diện tích": a bare "đạt" after a comma has the
        # words before that comma, back to the comma before them, as its subject
        previous = between.rfind(",", 0, cut - 1)
        if previous >= 0 and not _BARE_PREDICATE.fullmatch(between[previous + 1 : cut - 1]):
            cut = previous + 1
    if cut is None:
        if (
            left.kind == right.kind == "count"
            and left.noun
            and left.noun_at is None
            and right.noun
            and left.end < left.noun_span[1] < right.value_start
        ):
            # "đối với 19 nhiệm vụ đột phá đã hoàn thành 4 nhiệm vụ": the verb after a count's noun takes the
            # count right after it as its object
            return left.noun_span[1]
        named = (
            _PARTS_NAMED.match(text, left.noun_span[1])
            if left.kind == "count" and left.noun and left.noun_at is None
            else None
        )
        if named is not None and named.end() < right.value_start:
            # "trong đó 3 trụ cột là Chính quyền số đứng thứ 30/63, ...": the parts a count announces are named after
            # "là", "gồm", each the subject of its own figure
            return named.end()
        # No boundary: the words are the left number's noun if it has one, else the right's lead.
        return right.value_start if left.noun else left.end
    return left.end + cut


_RANK_VERB_BEFORE = re.compile(
    r"(?<!\w)(?:xếp|đứng|ở|giữ|nằm ở)\s+(?:thứ|hạng|vị trí)(?:\s+thứ)?\s*$|(?<!\w)ranked\s*$", re.I
)
_PARTS_NAMED = re.compile(r"\s*(?:là|gồm|bao gồm)(?!\w)\s*:?", re.I)
_BARE_PREDICATE = re.compile(r"\s*(?:đạt|chiếm|là)(?:\s+(?:khoảng|gần|hơn|trên))?\s*", re.I)


def ownership(doc: Document, start: int, end: int, mention: Mention, sentence: Span) -> tuple[float, bool]:
    """(weight, shared): 1.0 when the word is the mention's own, OWNER_ELSEWHERE when it is another
    figure's; shared is True for the sentence's topic (before its first number) and closing
    predicate (after its last), which every figure of the sentence may use."""
    indices = doc.sentence_mentions(sentence.start)
    # "từ 25% - 30% GRDP": the two ends of a range share their words, as one figure
    neighbours = [doc.mentions[i] for i in indices if not _upper_end_of(doc.mentions[i], mention)]
    if _subject_of_its_item(doc, start, end, mention, neighbours, sentence):
        # "...; Kinh tế số đạt 0,6518, tăng 90,53%, xếp thứ 29/63, tăng 18 bậc; ...": the words before an
        # item's first figure are the subject of all its figures, as a sentence's topic is.
        return 1.0, True
    host = host_of(doc, mention, neighbours)
    if host is not None and end <= host.value_start:
        # "Kinh tế số: 0,3019 (xếp hạng 14/63)": a figure in a bracket right after another is said of
        # what that one is said of.
        return ownership(doc, start, end, host, sentence)
    scored = scored_rank(doc, mention, neighbours)
    if scored is not None and end <= scored[1]:
        # "ranked 12th in the DTI, with a score of 0.6123": what the rank ranks, the score scores
        return ownership(doc, start, end, scored[0], sentence)
    ranked = ranked_host(doc, mention, neighbours)
    if ranked is not None and end <= words_end(ranked, doc.text):
        # "chiếm 12,52% GRDP, đứng thứ 12/63": the rank ranks the figure before it, whose words are its own
        return ownership(doc, start, end, ranked, sentence)
    for other in neighbours:
        if (
            other is not mention
            and mention.kind == "count"
            and other.kind == "count"
            and other.noun
            and (other.value_start > mention.value_start or part_of(doc, other, mention))
            and other.noun_span[0] <= start
            and end <= other.noun_span[1]
            and same_head(other.noun, mention.noun)
        ):
            # "2.104 trạm BTS (55 trạm 5G)": the words that make a later count of the same thing a
            # sub-kind are not this count's ("hồ sơ định danh ..., 298.004 tài khoản" shares them; a
            # later count of the bare head, "382.455 tài khoản định danh điện tử, đã kích hoạt 186.568
            # tài khoản", counts the same kind).
            return 0.0, False
        if (
            other is not mention
            and other.kind == "percent"
            and other.noun
            and mention.value_start < other.value_start
            and ";" in doc.text[mention.end : other.value_start]
            and other.noun_span[0] <= start
            and end <= other.noun_span[1]
        ):
            # "đạt 70%; 100% xã có cáp quang": what a later item's percent is a share of is its own
            # ("90%, 80% và 70% hồ sơ" shares it: no semicolon ends the first item).
            return OWNER_ELSEWHERE, False
        if (
            other is not mention
            and other.kind == "percent"
            and other.noun
            and mention.value_start < other.value_start
            and other.noun_span[0] <= start
            and end <= other.noun_span[1]
            and (names_its_rate(doc, mention, sentence) or has_a_subject_of_its_own(doc, mention))
            and not other.respectively
            and has_a_subject_of_its_own(doc, other)
        ):
            # "tỷ lệ phủ sóng truyền thanh đến thôn khoảng 65%, 100% xã có đài truyền thanh thông minh",
            # "100% xã có đài truyền thanh, 85% người dân có điện thoại thông minh": a percent whose rate is
            # named before it, or with a subject of its own, is no item of a list sharing the later one's
            # noun (as "90%, 80% và 70% hồ sơ" are).
            return OWNER_ELSEWHERE, False
        if (
            other is not mention
            and mention.kind == "rank"
            and other.kind in ("percent", "count")
            and other.noun
            and mention.end <= other.value_start
            and other.noun_span[0] <= start
            and end <= other.noun_span[1]
            and re.search(r"[,;:]", doc.text[mention.end : other.value_start])
        ):
            # "số hộ có cáp quang đứng thứ 15 toàn quốc, và 75,3% giao dịch thanh toán ...": what a later
            # clause's percent or count counts is never what an earlier rank ranks.
            return OWNER_ELSEWHERE, False
    left = [m for m in neighbours if m.end <= start]
    right = [m for m in neighbours if m.value_start >= end]
    clause = doc.segments.clause(start)
    if (
        left
        and left[-1] is not mention
        and mention.kind == "count"
        and left[-1].kind == "count"
        and mention.value_start < left[-1].value_start
        and part_of(doc, mention, left[-1])
    ):
        # "15.000 cán bộ, công chức, trong đó 3.000 người được tập huấn": the words after a part say
        # what the part is, not the whole
        return OWNER_ELSEWHERE, False
    if left and left[-1] is not mention and sub_kind_after(doc, mention, left[-1], clause, right):
        # "181.579 hồ sơ đã được giải quyết, với 179.973 hồ sơ đúng và trước hạn": the words after a
        # count of part of what an earlier count counts qualify that part, not the whole.
        return OWNER_ELSEWHERE, False
    if not left and right and right[0] is not mention and a_later_subject(doc, start, mention, right[0], sentence):
        # "tỷ lệ dân số trưởng thành có chữ ký số đạt 50%, 40% người dân tham gia mạng xã hội": the
        # rate the first percent names is its own, not the topic of a later percent with its own noun.
        return OWNER_ELSEWHERE, False
    if (
        left
        and not right
        and left[-1] is not mention
        and clause.start <= left[-1].value_start
        and mention.value_start < clause.start
        and has_a_subject_of_its_own(doc, mention)
        and bool(left[-1].noun)
    ):
        # "...; 100% đơn vị y tế triển khai ...; 98% người dân hài lòng": the closing words of a later item
        # whose figure has a subject and predicate of its own are that item's, not a predicate of the whole
        # sentence, for a figure with its own ("100% sở; 93% xã đã thành lập ..." shares it)
        return OWNER_ELSEWHERE, False
    if not left or not right:
        return 1.0, True
    if not [m for m in right if m.value_start < clause.end]:
        # The closing words of a clause ("17/22 sở và 11/11 huyện ban hành kế hoạch ...") belong to
        # every figure of that clause.
        in_clause = doc.segments.clause(mention.value_start) == clause
        return (1.0, True) if in_clause else (OWNER_ELSEWHERE, False)
    lo, hi = left[-1], right[0]
    if mention is not lo and mention is not hi:
        return OWNER_ELSEWHERE, False
    between = doc.text[lo.end : hi.value_start]
    if (
        mention is hi
        and "(" in between
        and ")" not in between[between.rfind("(") :]
        and start < lo.end + between.rfind("(")
    ):
        # "..., mạng di động 3G, 4G (độ phủ đạt 100% khu dân cư)": a bracket comments on what precedes it.
        return 1.0, True
    if lo.kind == "rank" and hi.kind == "score" and "," in between and start >= lo.end:
        if _BARE_PREDICATE.fullmatch(between[between.rfind(",") + 1 :]):
            # "xếp hạng 12/63 về chỉ số kinh tế số, đạt 0,4856": what the rank ranks, the bare score after it
            # scores.
            return 1.0, True
    if mention is hi and share_host_among(doc, mention, neighbours) is lo and start >= lo.end:
        return 1.0, False  # the words of the count's clause, which the share is of
    if mention is hi and mention.kind in ("percent", "rank") and lo.kind == "count" and lo.noun:
        # "20.750 hồ sơ trực tuyến, đạt 87,6%": the percent is the share of that count.
        noun_at = lo.noun_span[0]
        noun_end = noun_at + len(doc.text[noun_at:]) - len(doc.text[noun_at:].lstrip()) + len(lo.noun)
        if start < noun_end + 1 and doc.language.share_joiners.search(doc.text[noun_end : mention.value_start]):
            return 1.0, False
    owner = hi if start >= split_point(doc.text, lo, hi, doc.language) else lo
    return (1.0 if owner is mention else OWNER_ELSEWHERE), False


def _upper_end_of(other: Mention, mention: Mention) -> bool:
    """``other`` is the upper end of the range whose lower end is ``mention``."""
    return (
        mention.bound == "lower"
        and other.bound == "upper"
        and 0 <= other.value_start - mention.end <= 12
        and other.noun_span[0] == mention.noun_span[0]
    )


def _subject_of_its_item(
    doc: Document, start: int, end: int, mention: Mention, neighbours: list[Mention], sentence: Span
) -> bool:
    """The word opens the semicolon item of ``mention`` (after a semicolon), before the item's first figure."""
    item_start = doc.text.rfind(";", sentence.start, mention.value_start) + 1
    if item_start <= sentence.start or not (item_start <= start and end <= mention.value_start):
        return False
    return not any(item_start <= m.value_start < end for m in neighbours)


def strictly_owned(doc: Document, start: int, end: int, mention: Mention) -> bool:
    """The word is among the mention's own words: between its neighbours' words, or (for the
    first figure of a clause) before it, or (for the last) after it."""
    sentence = doc.segments.sentence(mention.value_start)
    clause = doc.segments.clause(mention.value_start)
    if not (clause.start <= start < clause.end):
        return False
    neighbours = [
        doc.mentions[i]
        for i in doc.sentence_mentions(sentence.start)
        if clause.start <= doc.mentions[i].value_start < clause.end
    ]
    left = [m for m in neighbours if m.end <= start]
    right = [m for m in neighbours if m.value_start >= end]
    if not left:
        return bool(right) and right[0] is mention
    if not right:
        return left[-1] is mention
    owner, _ = ownership(doc, start, end, mention, sentence)
    return owner == 1.0
