"""How much a word can describe a figure (availability), and the best weight of a pattern's words for
it."""

from __future__ import annotations

import re

from assets.reports.link_brackets import (
    after_its_bracket,
    in_another_figures_bracket,
    names_another_bracket,
    names_its_bracket,
)
from assets.reports.link_document import Document
from assets.reports.link_hosts import AGAINST_THE_TARGET
from assets.reports.link_items import (
    IN_CONTRAST,
    a_later_subject_left_unchanged,
    after_a_cause,
    after_a_predicate_of_its_own,
    after_its_own_index,
    before_a_contrast_it_opens,
    in_a_later_item_after_a_rate_named,
    in_a_later_item_of_its_own,
    in_a_later_item_without_figures,
    in_a_parts_lead,
    in_an_earlier_item_of_its_own,
    in_the_rests_clause,
    item_has_a_figure_before,
    labels_a_later_figure,
    topic_of_an_earlier_item,
)
from assets.reports.link_levels import a_level_with_a_clause_of_its_own, every_unit_listed
from assets.reports.link_lists import (
    after_a_clause_of_its_own,
    each_region,
    named_apart,
    own_list_item,
    respectively_part,
    respectively_parts,
)
from assets.reports.link_ownership import ownership
from assets.reports.link_ranks import (
    RANK_TOPIC,
    a_region_beside_its_national_scope,
    bare_rank,
    bare_rank_change,
    scope_of_another_rank,
)
from assets.reports.link_subjects import in_count_head, in_rate_head, rate_named_after_a_percent, refers_back
from assets.reports.link_weights import (
    EARLIER_SENTENCE,
    GAP_SHARE,
    LATER_SENTENCE,
    NEAR,
    OTHER_CLAUSE,
    RATE_HEAD,
    ROW_LABEL,
    SHARED_FLOOR,
    TITLE,
    distance_to,
)
from assets.reports.mentions import Mention
from assets.reports.segments import Span

_EXCEPT = re.compile(r"(?:ngoài|trừ|ngoại trừ|except|other than)\s+(?:\S+\s+)?$", re.I)


def availability(doc: Document, start: int, end: int, mention: Mention) -> float:
    """How much a word at [start, end) can describe ``mention`` (0: not at all)."""
    segments = doc.segments
    sentence = segments.sentence(mention.value_start)
    if a_region_beside_its_national_scope(doc, start, end, mention):
        return 0.0
    if sentence.start <= start < sentence.end:
        if mention.respectively:
            part = respectively_part(doc, mention.respectively[0], mention)
            if part is not None:
                first_start = min(
                    m.value_start
                    for m in doc.mentions
                    if m.respectively and sentence.start <= m.value_start < sentence.end
                )
                named_after = part[0] > first_start  # the items follow the values
                if (start < first_start or named_after) and part[0] - 1 <= start < part[1]:
                    return 1.0  # the item of a "lần lượt" list this value answers
                parts = respectively_parts(doc, mention)
                if (start < first_start or named_after) and any(p[0] <= start < p[1] for p in parts):
                    return 0.0  # another item of the list
                if parts and start < min(p[0] for p in parts) and doc.text.find(";", start, parts[0][0]) >= 0:
                    return 0.0  # a clause before the list's own ("...; A và B lần lượt đạt ...")
        each = each_region(doc, mention)
        if each is not None and each[0] <= start < each[1]:
            # "A, B và C đều xếp thứ 2/63": each of them is the figure's own, however far
            return max(SHARED_FLOOR, 1.0 / (1.0 + distance_to(start, end, mention) / NEAR))
        if each is not None and sentence.start <= start < each[0] and after_a_clause_of_its_own(doc, start, each[1]):
            return 0.0  # "chỉ số A đứng đầu cả nước, hai chỉ số B và C cùng xếp thứ 9": A's clause is A's
        if named_apart(doc, start, mention, sentence) or scope_of_another_rank(doc, start, mention):
            return 0.0
        if after_a_cause(doc, start, mention):
            return 0.0
        if start >= mention.end and (
            labels_a_later_figure(doc, end, mention)
            or in_a_later_item_of_its_own(doc, start, mention)
            or in_a_later_item_after_a_rate_named(doc, start, mention)
            or after_a_predicate_of_its_own(doc, start, mention)
        ):
            return 0.0
        if (
            in_another_figures_bracket(doc, start, mention)
            or after_its_bracket(doc, start, mention)
            or names_another_bracket(doc, end, mention)
        ):
            return 0.0
        if start < mention.value_start and in_an_earlier_item_of_its_own(doc, start, mention):
            # "13 nhiệm vụ cấp bách có thời hạn hoàn thành trước ngày 30/6/2025; 19 nhiệm vụ đột phá ...": an
            # earlier item's words about its own count are not a later count's
            return 0.0
        if after_its_own_index(doc, start, mention):
            return 0.0  # "cải thiện 3 bậc DTI, tập trung nâng điểm các chỉ số kinh tế số": what it goes on to
        if in_the_rests_clause(doc, start, mention):
            return 0.0  # "hoàn thành 20/24 chỉ tiêu, các chỉ tiêu còn lại ...": the rest's words
        if before_a_contrast_it_opens(doc, start, mention):
            return 0.0  # the other side of the same contrast: the earlier figure's words are its own
        if start >= mention.end and _after_a_later_figure_in_contrast(doc, start, mention):
            # "..., or 95.6 percent, while 97.1 percent of villages are covered by 4G": a figure set in contrast after
            # this one owns the words after it
            return 0.0
        if start >= mention.end and _in_a_later_coordinated_count(doc, start, mention, sentence):
            # "the online dossier rate reached 66.79% and 1.2 million e-ID accounts were activated": what a later
            # count joined by "and" counts is its own, not the percent's
            return 0.0
        if start >= mention.end and in_a_parts_lead(doc, start, mention, sentence):
            # "được giao 166 nhiệm vụ, trong đó đã hoàn thành 90 nhiệm vụ": what is said of a part is not
            # said of the whole
            return 0.0
        if start >= mention.end and (
            in_a_later_item_without_figures(doc, start, mention, sentence)
            or a_later_subject_left_unchanged(doc, start, mention)
        ):
            # "có 2.160 trạm BTS; ...; các doanh nghiệp đang triển khai 5G": a later item of its own,
            # not a predicate the items share ("100% sở (cấp sở); 93% xã (cấp xã) đã thành lập ...")
            return 0.0
        compared = _in_comparison(doc, start, end, mention)
        if compared is not None:
            return compared
        distance = distance_to(start, end, mention)
        weight = 1.0 / (1.0 + distance / NEAR)
        if in_rate_head(doc, start, mention) or in_count_head(doc, start, mention):
            weight = max(weight, RATE_HEAD)
        if segments.clause(start) != segments.clause(mention.value_start):
            weight *= OTHER_CLAUSE
        owner, shared = ownership(doc, start, end, mention, sentence)
        if owner < 1.0 and names_its_bracket(doc, end, mention):
            owner = 1.0  # "chính quyền số (xếp thứ 31/63 với 0,66 điểm)": the bracket's subject is each of its figures'
        if (owner < 1.0 or shared) and start < (rate_named_after_a_percent(doc, mention, sentence) or start):
            # "... generating online applications reached nearly 86%; and the rate of online processing, ... reached
            # over 95%": a percent that names its own rate, after the figure before it, takes none of that one's words
            # (nor the sentence's opening, which names the first figure's rate)
            return 0.0
        if (
            owner < 1.0
            and start < mention.value_start
            and (
                (mention.kind == "rank" and bare_rank(doc, mention))
                or (mention.kind == "rank_change" and bare_rank_change(doc, mention))
            )
        ):
            # "..., đạt tỷ lệ 133% và hiện đứng thứ 5 trên toàn quốc": a rank with no words of its
            # own ranks what its sentence is about, though earlier figures state it too.
            owner = RANK_TOPIC
        if shared:
            floor = SHARED_FLOOR * max(0.5, 1.0 - distance / 400)
            weight = max(
                weight,
                floor * (OTHER_CLAUSE if segments.clause(start) != segments.clause(mention.value_start) else 1.0),
            )
            if topic_of_an_earlier_item(doc, start, mention, sentence):
                # "tỷ lệ hồ sơ trực tuyến đạt 70%; 100% xã có cáp quang": the first item's subject places a
                # later item only when it names nothing of its own ("...; cấp huyện đạt 80%").
                weight = min(weight, EARLIER_SENTENCE)
        return weight * owner
    label = segments.row_label(mention.value_start)
    if label is not None and label.start <= start < label.end:
        return ROW_LABEL
    paragraph = segments.paragraph(mention.value_start)
    if start < sentence.start and refers_back(doc, mention):
        # "..., tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu. Đến cuối năm 2024,
        # tỷ lệ này chỉ đạt 45,8%": the words of the sentence before (in this paragraph or the last).
        before = segments.sentence(sentence.start - 1) if sentence.start > 0 else None
        if before is not None and before.start <= start < before.end:
            return SHARED_FLOOR
    if paragraph.start <= start < paragraph.end:
        return EARLIER_SENTENCE if start < sentence.start else LATER_SENTENCE
    return 0.0


# what stands between a comparison's base and the base's value written after it ("cao hơn mức trung bình của các tỉnh,
# thành phố trực thuộc Trung ương là 0,6500": the base "các tỉnh, thành phố" ends its name after "thành phố")
_THE_BASE_VALUE_LEAD = re.compile(
    r"(?:,?\s*(?:và\s+)?(?:thành phố|tp\.?)(?:\s+trực thuộc trung ương)?)?"
    r"[\s(:]*(?:là|bằng|ở mức|xếp hạng|hạng|thứ|vị trí|xếp thứ)?[\s(:]*(?:thứ\s*)?",
    re.I,
)


def _in_comparison(doc: Document, start: int, end: int, mention: Mention) -> float | None:
    """A word after "so với" describes the base of the comparison: only the base value written
    right after it may use it; the compared figure keeps the comparison's own words ("kế hoạch",
    "cùng kỳ"). None when the word is not in a comparison."""
    for c_start, word_end, head_end, c_end in doc.comparisons():
        if c_start <= start and end <= c_end + 1:
            weight = 1.0 / (1.0 + distance_to(start, end, mention) / NEAR)
            gap = _the_gap(doc, c_start, word_end, c_end, mention)
            if start < word_end:
                # The comparison word itself ("cao hơn 0,105", "tăng 15% so với") qualifies the value
                # written right after it, or right after what it is compared with (a gap).
                return (
                    weight
                    if 0 <= mention.value_start - word_end <= 3
                    or gap
                    # "đạt 68% so với chỉ tiêu": the target a share attained is set against, right after it
                    or (0 <= c_start - mention.end <= 2 and AGAINST_THE_TARGET.match(doc.text, mention.end))
                    else 0.0
                )
            if gap:
                return 0.0  # "cao hơn trung bình cả nước 0,0512 điểm": the gap, not the average
            if c_end <= mention.value_start <= c_end + 45 and _THE_BASE_VALUE_LEAD.fullmatch(
                doc.text[c_end : mention.value_start]
            ):
                return weight  # the base value itself
            if (
                end <= head_end
                and mention.end <= c_start
                and not any(mention.end <= m.value_start < c_start for m in doc.mentions if m is not mention)
            ):
                return weight  # "đạt 120% so với kế hoạch": the compared figure keeps "kế hoạch"
            return 0.0
    return None


_HIGHER_OR_LOWER = re.compile(r"(?:cao|thấp)\s+hơn|(?<!không )kém", re.I)


def _the_gap(doc: Document, c_start: int, word_end: int, c_end: int, mention: Mention) -> bool:
    """The figure written right after what "cao hơn"/"thấp hơn" compares with, nothing between ("cao hơn trung bình
    cả nước 0,0512 điểm"), is how much higher or lower: the gap, not the value compared with (that is written
    after "là", "bằng" or in brackets: "so với trung bình cả nước là 0,58")."""
    if not (
        _HIGHER_OR_LOWER.fullmatch(doc.text, c_start, word_end) is not None
        and word_end < c_end <= mention.value_start
        and not doc.text[c_end : mention.value_start].strip()
    ):
        return False
    # (a gap is less than half the level it is said of: "đạt 0,4655 điểm, kém trung bình cả nước 0,4842 điểm" gives the
    # average compared with)
    sentence = doc.segments.sentence(mention.value_start)
    level = next(
        (
            m
            for m in reversed(doc.mentions)
            if sentence.start <= m.value_start < c_start and m.kind == mention.kind and m.change is None
        ),
        None,
    )
    return level is None or not level.value or abs(mention.value) < GAP_SHARE * abs(level.value)


def best_weight(
    doc: Document,
    pattern: re.Pattern,
    mention: Mention,
    window: Span,
    used: list | None = None,
    owned_only: bool = False,
    title: bool = True,
    borrow: bool = True,
) -> tuple[float, str]:
    """The best weight of the pattern's words for the mention, skipping words another group of
    the same concept already took (``used``, updated)."""
    best, word, span = 0.0, "", None

    def skipped(start: int, end: int) -> bool:
        return bool(
            # one phrase ("dịch vụ công trực tuyến") cannot be two of a concept's groups
            (used and any((s <= start and end <= e) or (start <= s and e <= end) for s, e in used))
            # inside a document's name ("Luật Cư trú 2020")
            or any(s < start < e for s, e in doc.no_concept_spans())
            # "ngoài lĩnh vực cư trú, ...": the figures are about everything else
            or _EXCEPT.search(doc.text[max(0, start - 16) : start])
        )

    for start, end in _occurrences_that_may_weigh(doc, pattern, mention, window, owned_only or not borrow, skipped):
        if skipped(start, end):
            continue
        weight = availability(doc, start, end, mention)
        if owned_only and weight > 0 and not _owned_or_shared(doc, start, end, mention):
            continue
        if owned_only and start < mention.value_start and every_unit_listed(doc, start, end):
            continue  # (a level's words) "yêu cầu các sở, ngành, địa phương ...": every unit, no level
        if owned_only and a_level_with_a_clause_of_its_own(doc, start, end, mention):
            continue  # (a level's words) "..., đạt 54,6%, cấp xã còn thấp": a clause of its own
        if not borrow and not _in_sentence_span(doc, start, mention):
            continue
        if weight > best or (0 < weight == best and start < doc.segments.sentence(mention.value_start).start):
            # of an earlier sentence's words, which all weigh the same, the nearest
            best, word, span = weight, doc.text[start:end], (start, end)
    if used is not None and span is not None:
        used.append(span)
    if (
        span is not None
        and not own_list_item(doc, span[0], mention)
        and (
            not _in_sentence_span(doc, span[0], mention)
            or not _owned_or_shared(doc, span[0], span[1], mention)
            or (
                topic_of_an_earlier_item(doc, span[0], mention, doc.segments.sentence(mention.value_start))
                and item_has_a_figure_before(doc, mention)
            )
        )
    ):
        word = f"borrowed: {word}"  # from another sentence, or another figure's words
    if title and best < TITLE and doc.in_title(pattern):
        best, word = TITLE, f"title: {pattern.search(doc.title).group(0)}"
    return best, word


def _occurrences_that_may_weigh(doc: Document, pattern, mention: Mention, window: Span, own_words_only: bool, skipped):
    """The pattern's occurrences in the window that may give the figure its best weight, nearest of equals kept.

    Outside the figure's sentence and table row a word weighs by where it lies alone (``availability``): the sentence
    before, if the figure refers back to it, at SHARED_FLOOR, the rest of the paragraph before at EARLIER_SENTENCE,
    anything later at LATER_SENTENCE (nothing) and anything else nothing; never more the farther back it lies. So of
    the words before, only the nearest one not skipped may win (the nearest of equal weights wins anyway), and none
    after; words outside are never the figure's own (``own_words_only``: none of them). On a table of hundreds of rows
    in one paragraph this keeps each figure's look-up to its own row instead of every row before it."""
    assert LATER_SENTENCE == 0.0 and SHARED_FLOOR >= EARLIER_SENTENCE  # (what the shortcut relies on)
    segments = doc.segments
    sentence = segments.sentence(mention.value_start)
    label = segments.row_label(mention.value_start)
    own_start = min(sentence.start, label.start) if label else sentence.start
    own_end = max(sentence.end, label.end) if label else sentence.end
    own = [
        (start, end)
        for start, end in doc.occurrences_within(pattern, max(window.start, own_start), min(window.end, own_end))
        if own_start <= start and end >= window.start
    ]
    if own_words_only:
        return own
    earlier = doc.occurrences_within(pattern, window.start, min(window.end, own_start))
    before = next(([(start, end)] for start, end in reversed(earlier) if not skipped(start, end)), [])
    return before + own


_ALL_LEVELS = re.compile(r"từ\s+cấp\s+\w+\s+(?:tới|đến)\s+cấp\s+\w+", re.I)


def _owned_or_shared(doc: Document, start: int, end: int, mention: Mention) -> bool:
    """A level word must be the figure's own: in its sentence (or its table row), not another figure's;
    "từ cấp tỉnh tới cấp xã" names every level, so none in particular."""
    offset = max(0, start - 40)
    if any(offset + m.start() <= start < offset + m.end() for m in _ALL_LEVELS.finditer(doc.text[offset : end + 40])):
        return False
    sentence = doc.segments.sentence(mention.value_start)
    if not (sentence.start <= start < sentence.end):
        label = doc.segments.row_label(mention.value_start)
        return label is not None and label.start <= start < label.end
    owner, _ = ownership(doc, start, end, mention, sentence)
    return owner == 1.0


def _in_sentence_span(doc: Document, start: int, mention: Mention) -> bool:
    sentence = doc.segments.sentence(mention.value_start)
    label = doc.segments.row_label(mention.value_start)
    return sentence.start <= start < sentence.end or (label is not None and label.start <= start < label.end)


_AND = re.compile(r"(?<!\w)(?:và|and)(?!\w)", re.I)


def _after_a_later_figure_in_contrast(doc: Document, start: int, mention: Mention) -> bool:
    """The word follows a later figure of the sentence that a clause of contrast (", while", ", trong khi") opens
    after this one."""
    contrast = IN_CONTRAST.search(doc.text, mention.end, start)
    return contrast is not None and any(
        contrast.end() <= m.value_start < start for m in doc.mentions if m is not mention
    )


def _in_a_later_coordinated_count(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """The word is in the noun of a count after the percent, in its sentence, joined to it by "và"/"and" (counts
    joined so may share a predicate: "320 DN và 1.500 sản phẩm tham gia giao dịch trên sàn TMĐT")."""
    return mention.kind == "percent" and any(
        m.kind == "count"
        and m.noun
        and mention.end <= m.value_start < sentence.end
        and m.noun_span[0] <= start < m.noun_span[1]
        and _AND.search(doc.text, mention.end, m.value_start) is not None
        for m in doc.mentions
        if m is not mention
    )
