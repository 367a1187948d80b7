"""How near a word that rules a concept out stands to a figure, leaving out the words of other figures."""

from __future__ import annotations

import re

from assets.reports.link_brackets import in_another_figures_bracket
from assets.reports.link_counts import qualifies_a_later_part
from assets.reports.link_document import Document
from assets.reports.link_items import (
    after_a_cause,
    after_its_own_index,
    before_a_contrast_it_opens,
    in_the_rests_clause,
    labels_a_later_figure,
)
from assets.reports.link_lists import each_region, in_another_item_of_its_list, named_apart
from assets.reports.link_ownership import strictly_owned
from assets.reports.link_ranks import a_region_beside_its_national_scope, scope_of_another_rank
from assets.reports.link_subjects import own_rate_head
from assets.reports.link_weights import NEAR, OTHER_CLAUSE, distance_to
from assets.reports.mentions import Mention
from assets.reports.segments import Span

_COMMA = re.compile(r",\s*(?:và\s+|and\s+)?")


def _a_later_rate_item(doc: Document, after: int, start: int) -> bool:
    """Between a figure (ending at ``after``) and a word (at ``start``), a comma opens an item that names a rate of its
    own ("..., tỷ lệ thanh toán trực tuyến ...", "..., the rate of online payments ...")."""
    return any(
        (head := doc.language.rate_heads.match(doc.text, comma.end())) is not None and head.end() <= start + 1
        for comma in _COMMA.finditer(doc.text, after, start)
    )


def near(doc: Document, pattern: re.Pattern, mention: Mention, sentence: Span, own: list | None = None) -> float:
    """Closeness of the nearest occurrence in the sentence, whoever owns it (for ``unless`` words),
    leaving out the concept's own evidence ("toàn trình và một phần") and what another count counts."""
    best = 0.0
    each = each_region(doc, mention)
    counted = [
        m.noun_span
        for m in doc.mentions
        if m is not mention and m.kind == "count" and m.noun and sentence.start <= m.value_start < sentence.end
    ]
    # "tỷ lệ hộ gia đình ... đạt 50%, tỷ lệ người dân sử dụng internet đạt 57%": a figure whose rate is named
    # after the figure before it ("tỷ lệ ...") owns no word before that figure
    named_from = own_rate_head(doc, mention, sentence)
    opens_its_own_item = _opens_its_own_item(doc, mention, sentence, own)
    for start, end in doc.occurrences(pattern):
        if sentence.start <= start < sentence.end:
            if own and any(s <= start and end <= e for s, e in own):
                continue
            if start >= mention.end and ";" in doc.text[mention.end : start]:
                # "tỉnh đã hoàn thành 24/31 chỉ tiêu đề ra; các chỉ tiêu chưa đạt chủ yếu thuộc nhóm kinh tế số": a later
                # item's words say nothing of this one's
                continue
            if start >= mention.end and _a_later_rate_item(doc, mention.end, start):
                # "... tỷ lệ hồ sơ nộp trực tuyến đạt từ 80% trở lên, tỷ lệ thanh toán trực tuyến đạt chỉ tiêu": a later
                # item that names its own rate says nothing of this one
                continue
            if own and start >= mention.end and _ranks_what_it_names_after_it(doc, own, mention, start):
                # "xếp thứ 17/63 tỉnh, thành phố về chỉ số phục vụ người dân, doanh nghiệp, khẳng định hướng đi của
                # chuyển đổi số": what the figure's own words name, right after it, is what it is; a word of a later
                # clause is about something else
                continue
            if named_from is not None and start < named_from:
                continue
            if opens_its_own_item is not None and start < opens_its_own_item:
                # "... băng rộng di động trung bình của tỉnh đạt 138,6 Mbps, băng rộng cố định đạt 221,4 Mbps": an item
                # that opens with the concept's own words, after the figure before it, owns no word of an earlier item
                continue
            if start >= mention.end and labels_a_later_figure(doc, end, mention):
                continue  # "0,4512 điểm (chính quyền số: 0,4812)": the label of the next figure
            if after_a_cause(doc, start, mention):
                continue  # "..., driven by the digital economy pillar": what brought it about
            if start >= mention.end and any(
                mention.end <= c_start <= start and end <= c_end + 1 for c_start, _, _, c_end in doc.comparisons()
            ):
                # "đạt 0,5912, thấp hơn mức bình quân chung của các tỉnh": what the figure is compared with, after it
                continue
            if in_the_rests_clause(doc, start, mention) or after_its_own_index(doc, start, mention):
                continue  # "..., các chỉ tiêu còn lại chủ yếu thuộc trụ cột kinh tế số": the rest's words
            if before_a_contrast_it_opens(doc, start, mention):
                continue  # "..., trong khi 75% hồ sơ ...": the words before the contrast are the earlier figure's
            if any(s <= start < e for s, e in counted) or qualifies_a_later_part(doc, start, end, mention):
                # what another count counts, however far its words run on ("52.000 doanh nghiệp đang hoạt động,
                # trong đó có 1.200 doanh nghiệp công nghệ số": the total's words are not the part's)
                continue
            if (
                (each is not None and each[0] <= start < each[1])
                or named_apart(doc, start, mention, sentence)
                or in_another_item_of_its_list(doc, start, mention)
            ):
                continue  # "A, B và C đều xếp thứ 2": the others are named for the same figure
            if (
                in_another_figures_bracket(doc, start, mention)
                or scope_of_another_rank(doc, start, mention)
                or a_region_beside_its_national_scope(doc, start, end, mention)
            ):
                continue  # "thứ 3 khu vực ... và thứ 18 cả nước": the scope of the other rank
            if strictly_owned(doc, start, end, mention):
                return 1.0  # among the figure's own words, however far
            weight = 1.0 / (1.0 + distance_to(start, end, mention) / NEAR)
            if doc.segments.clause(start) != doc.segments.clause(mention.value_start):
                if _owned_by_another(doc, start, end, mention):
                    continue  # another clause's words about its own figure ("9/33; đang thực hiện 24/33")
                weight *= OTHER_CLAUSE
            elif start >= mention.end and _owned_by_another(doc, start, end, mention):
                # "xếp thứ 4/63, trong đó, chính quyền số xếp thứ 4/63": the words of the next figure,
                # after a boundary, do not make this one another indicator.
                continue
            elif start < mention.value_start and (
                _trails_an_earlier_figure(doc, start, end, mention)
                or any(
                    other.value_end <= start and strictly_owned(doc, start, end, other)
                    for other in doc.mentions
                    if other is not mention
                    and other.value_start < mention.value_start
                    and (other.kind != mention.kind or names_its_own_after(doc, own, mention, other))
                )
            ):
                # "đạt 10% GRDP của tỉnh, ... trong từng ngành, lĩnh vực đạt 15%", "98% là trạm 2G/3G/4G và
                # 169 trạm 5G": what an earlier figure's own words say after it is not this figure's (a figure
                # of the same kind may be an elliptical item sharing them: "100% hồ sơ công việc ..., 70% hồ sơ
                # cấp xã").
                continue
            best = max(best, weight)
    return best


def names_its_own_after(doc: Document, own: list | None, mention: Mention, other: Mention) -> bool:
    """The concept's own words stand right after the figure (no comma between), its own, and some of them are not the earlier
    figure's (``other``) ("100 percent of hamlets covered by 4G and at least 40 percent of the population covered by
    5G": 40's "5G"): that figure's words are then not shared with it, as an elliptical item's are ("100% hồ sơ công
    việc tại cấp tỉnh, ... và 70% hồ sơ cấp xã": "hồ sơ" is the earlier item's too)."""
    earlier = doc.text[other.value_start : mention.value_start].lower()
    return bool(own) and any(
        mention.end <= s <= mention.end + 40
        and not re.search(r"[,;:.()]", doc.text[mention.end : s])
        and strictly_owned(doc, s, e, mention)
        and doc.text[s:e].lower() not in earlier
        for s, e in own
    )


def _opens_its_own_item(doc: Document, mention: Mention, sentence: Span, own: list | None) -> int | None:
    """Where the figure's own item starts, when a comma or a semicolon after the figure before it opens that item with
    the concept's own words ("..., băng rộng cố định đạt 221,4 Mbps"); None otherwise."""
    ends = [
        m.end for m in doc.mentions if sentence.start <= m.value_start < mention.value_start and m.end <= mention.start
    ]
    if not ends or not own:
        return None
    separator = _ITEM_SEPARATOR.search(doc.text, max(ends), mention.value_start)
    if separator is None:
        return None
    # (words that name what it is, two or more: not a verb alone, ", tăng 76,9 điểm")
    opening = [(s, e) for s, e in own if s == separator.end() and len(doc.text[s:e].split()) >= 2]
    return separator.end() if opening else None


_ITEM_SEPARATOR = re.compile(r"[,;]\s*(?:(?:và|còn|and|while)\s+)?")


def _trails_an_earlier_figure(doc: Document, start: int, end: int, mention: Mention) -> bool:
    """Words an earlier figure owns, after it, when this figure names its own rate after them
    ("tỷ trọng ... trong từng ngành"); an elliptical item ("70% hồ sơ cấp xã") shares them."""
    if not doc.language.rate_heads.search(doc.text[end : mention.value_start]):
        return False
    return any(
        other is not mention
        and other.value_start < start
        and other.value_end <= start
        and other.value_start < mention.value_start
        and strictly_owned(doc, start, end, other)
        for other in doc.mentions
    )


def _owned_by_another(doc: Document, start: int, end: int, mention: Mention) -> bool:
    clause = doc.segments.clause(start)
    return any(
        other is not mention
        and clause.start <= other.value_start < clause.end
        and strictly_owned(doc, start, end, other)
        for other in doc.mentions
    )


# "xếp thứ 17/63 tỉnh, thành phố về ...", "ranked 15th out of 34 provinces in ...": what a rank ranks, right after it
_RANKED_IN = re.compile(
    r"\s*(?:/\s*\d+\s*)?(?:(?:tỉnh,\s*thành(?:\s+phố)?|tỉnh|địa phương|(?:out\s+of\s+\d+\s+)?provinces?(?:\s+and"
    r"\s+cities)?(?:/cities)?)\s*)?(?:về|in\s+terms\s+of|in\s+the|in|on|for)\s+$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;]")


def _ranks_what_it_names_after_it(doc: Document, own: list[tuple[int, int]], mention: Mention, start: int) -> bool:
    """A rank whose own words follow it ("về chỉ số phục vụ người dân, doanh nghiệp"), with a clause boundary between
    them and the word at ``start``: that later word is about something else."""
    return mention.kind == "rank" and any(
        mention.end <= s
        and e <= start
        and _RANKED_IN.fullmatch(doc.text, mention.end, s) is not None
        and _CLAUSE_BREAK.search(doc.text, e, start) is not None
        for s, e in own
    )
