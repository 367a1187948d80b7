"""One figure stated more than once is one fact: deduplication, and restatements in a heading, in brackets
after a province's name, or outside the catalog."""

from __future__ import annotations

import re
from dataclasses import replace

from assets.reports.extraction import ExtractedFact
from assets.reports.segments import HEADING_WORDS, Segments
from assets.reports.uncatalogued import CURRENCIES


def _overlapping(one: ExtractedFact, other: ExtractedFact) -> bool:
    """The two periods meet, or one is not known."""
    if None in (one.period_start, one.period_end, other.period_start, other.period_end):
        return True
    return one.period_start <= other.period_end and other.period_start <= one.period_end


def without_restated_measures(
    outside: list[ExtractedFact], facts: list[ExtractedFact]
) -> tuple[list[ExtractedFact], int]:
    """A figure outside the catalog whose value a catalog figure of the same place, unit and target flag states is that
    figure said again ("... xử lý trực tuyến toàn trình 47,36% hồ sơ ... Với tỷ lệ 47,36%, tỉnh ..."): it is counted
    once, as the catalog's. Only a value that is not round (two measures may well both be 80% or 100%), and, when it
    is a whole number, only of a period that meets the catalog figure's (96% of households in 2023 and 96% of
    schools in 2024 are two figures); an amount of money, round or not ("400 tỉ đồng" in a heading and in the text)."""
    stated = {
        (f.province_code, f.unit, round(f.value, 6), f.is_target): f
        for f in facts
        if f.value % 5 or f.unit in CURRENCIES  # an amount of money is said again, round or not ("400 tỉ đồng")
    }
    kept: list[ExtractedFact] = []
    for fact in outside:
        same = stated.get((fact.province_code, fact.unit, round(fact.value, 6), fact.is_target))
        if same is None or not (fact.value % 1 or _overlapping(same, fact)):
            kept.append(fact)
        else:
            same.also_at = same.also_at + ((fact.value_start, fact.value_end),)
    return kept, len(outside) - len(kept)


_BARE_IN_BRACKETS = re.compile(r"\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*(?:%|điểm)?\s*\)", re.I)


def without_bare_restatements(
    text: str, facts: list[ExtractedFact], undated: list[ExtractedFact], named_ends: set[int]
) -> tuple[list[ExtractedFact], list[ExtractedFact], int]:
    """A figure alone in brackets right after a province's name, with no words of its own ("Sự chênh lệch
    giữa tỉnh đứng đầu, Bắc Ninh (56,83%), và ..."), that equals an earlier figure of the same place and
    unit is that figure said again: the earlier statement's words decide what it is; its place is kept
    (also_at). Not a bracket after an indicator's words ("chính quyền số (0,5512 điểm)"): equal values of
    two indicators are two figures. ``named_ends``: where the names of provinces end in the text."""
    everything = sorted(facts + undated, key=lambda f: f.value_start)
    dropped: set[int] = set()
    for index, fact in enumerate(everything):
        opening = _BARE_IN_BRACKETS.search(text, max(0, fact.value_start - 4), fact.value_start)
        if not (opening and opening.start() in named_ends and _BRACKET_CLOSES.match(text, fact.value_end)):
            continue
        earlier = [
            other
            for other in everything[:index]
            if id(other) not in dropped
            and other.value == fact.value
            and other.unit == fact.unit
            and other.province_code == fact.province_code
            and other.is_target == fact.is_target
        ]
        if earlier:
            earlier[-1].also_at = earlier[-1].also_at + ((fact.value_start, fact.value_end),)
            dropped.add(id(fact))
    return _without_dropped(facts, undated, dropped)


def _without_dropped(
    facts: list[ExtractedFact], undated: list[ExtractedFact], dropped: set[int]
) -> tuple[list[ExtractedFact], list[ExtractedFact], int]:
    """The facts and the undated figures but those dropped (by ``id``), and how many were dropped."""
    return [f for f in facts if id(f) not in dropped], [f for f in undated if id(f) not in dropped], len(dropped)


_RESTATED_WITHIN = 1500  # characters after a heading where its body restates its figure


def _heading_line(text: str, position: int) -> tuple[int, int] | None:
    """The line at ``position`` when it is a heading: short, alone, without closing punctuation, with
    a body line after it."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    if end < 0:
        return None  # the text's last line
    line = text[start:end].strip()
    if not line or len(line.split()) > HEADING_WORDS or line[-1] in ".;:!?…,":
        return None
    if re.match(r"[-+•*–—]|\(?[\dIVXLCa-zđ]{1,3}[.)]\s", line):
        return None  # an item of a list, not a heading
    if sum(word.isalpha() for word in line.split()) < 3:
        return None  # a cell of a table ("100%"), not a heading
    return start, end


def _in_fewer_words(heading: ExtractedFact, body: ExtractedFact) -> bool:
    """The heading's figure is linked by some of the words that link the body's, not all of them."""
    words = {w for w in heading.evidence if w}
    return bool(words) and words < {w for w in body.evidence if w}


def without_restating_headings(
    text: str, facts: list[ExtractedFact], undated: list[ExtractedFact]
) -> tuple[list[ExtractedFact], list[ExtractedFact], int]:
    """A heading inside the text that restates a figure of the body after it ("Hoàn thành 17/18 nhiệm vụ",
    then "... đã hoàn thành 17/18 nhiệm vụ theo kế hoạch Đề án 06") is that figure: the body's words and
    period decide what it is, the heading is kept as another place (also_at)."""
    everything = facts + undated
    dropped: set[int] = set()
    for fact in everything:
        heading = _heading_line(text, fact.value_start)
        if heading is None:
            continue
        body = [
            other
            for other in everything
            if heading[1] < other.value_start <= heading[1] + _RESTATED_WITHIN
            and other.value == fact.value
            and other.unit == fact.unit
            and other.denominator == fact.denominator
            and other.province_code == fact.province_code
            # the same indicator, or the same fraction ("17/18 nhiệm vụ"), which the heading's fewer words
            # may have linked to a broader indicator, or a broader indicator its fewer words name ("Tỷ lệ hồ sơ
            # trực tuyến đạt 85%" over "tỷ lệ hồ sơ trực tuyến toàn trình ... đạt 85%")
            and other.is_target == fact.is_target
            # of the same time, or the heading dates it by no words of its own (the page's date, the title)
            and (_overlapping(fact, other) or fact.period_basis in (None, "document_date", "title"))
            and (
                other.indicator_code == fact.indicator_code
                or fact.denominator is not None
                or _in_fewer_words(fact, other)
            )
        ]
        if body:
            body[0].also_at = body[0].also_at + ((fact.value_start, fact.value_end),)
            dropped.add(id(fact))
    return _without_dropped(facts, undated, dropped)


def _measured(fact: ExtractedFact) -> tuple:
    """What a figure outside the catalog measures (two such figures of one value are one only when their
    words name the same thing; one whose words name nothing is only itself); nothing for a catalog figure,
    whose indicator says it."""
    if fact.indicator_code is not None:
        return ()
    return fact.evidence if any(fact.evidence) else (fact.value_start,)


def deduplicate(
    facts: list[ExtractedFact], dated: list[ExtractedFact] = (), segments: Segments | None = None
) -> tuple[list[ExtractedFact], int]:
    """One figure stated twice in a document is one fact; its other places are kept (also_at).
    An undated restatement (a headline) of a dated figure, or one only the document's date dates, is that figure.
    With ``segments``, two items of one list are two figures (``_items_of_one_list``)."""
    kept: dict[tuple, ExtractedFact] = {}
    duplicates = 0
    by_content = {(f.indicator_code, _measured(f), f.province_code, round(f.value, 6), f.is_target): f for f in dated}
    # A figure that only the document's date dates, equal to one its words date ("Năm 2024, ... đạt 47,36%. Với
    # tỷ lệ 47,36%, tỉnh ..."), is that figure said again.
    worded = {}
    for f in facts:
        # (not a round value: "100% xã ..." in 2022 and "đến nay, 100% xã ..." are two figures)
        if f.period_basis != "document_date" and f.value % 5:
            worded.setdefault((f.indicator_code, _measured(f), f.province_code, round(f.value, 6), f.is_target), f)
    for fact in facts:
        content = (fact.indicator_code, _measured(fact), fact.province_code, round(fact.value, 6), fact.is_target)
        same = by_content.get(content)
        if same is None and fact.period_basis == "document_date":
            same = worded.get(content)
        if same is not None and (fact.period_end is None or fact.period_basis == "document_date"):
            same.also_at = same.also_at + ((fact.value_start, fact.value_end),)
            duplicates += 1
            continue
        key = (
            fact.indicator_code,
            _measured(fact),
            fact.province_code,
            round(fact.value, 6),
            fact.period_start,
            fact.period_end,
            fact.is_target,
        )
        if key in kept and segments is not None and _items_of_one_list(kept[key], fact, segments):
            key = (*key, fact.value_start)  # "4 doanh nghiệp ... di động, 4 doanh nghiệp ... internet": two items
        if key in kept:
            first = kept[key]
            kept[key] = replace(first, also_at=first.also_at + ((fact.value_start, fact.value_end),))
            duplicates += 1
        else:
            kept[key] = fact
    return list(kept.values()), duplicates


def _items_of_one_list(first: ExtractedFact, fact: ExtractedFact, segments: Segments) -> bool:
    """Two equal counts of one sentence, each placed by its own noun, whose words after the number differ ("375
    camera, gồm: 30 camera AI an ninh, 30 camera AI giao thông", "4 doanh nghiệp cung cấp dịch vụ điện thoại di động,
    4 doanh nghiệp cung cấp dịch vụ truy nhập internet"): two items of a list, not one figure said twice."""
    if segments.sentence(first.value_start) != segments.sentence(fact.value_start):
        return False
    if not all(any(e.startswith("counts: ") for e in f.evidence) for f in (first, fact)):
        return False
    if segments.text[max(0, fact.value_start - 3) : fact.value_start].strip().endswith("("):
        return False  # "1.482 tổ công nghệ số cộng đồng (1.482 tổ ...)": the same count again, in brackets
    words = [_words_after(f, segments) for f in (first, fact)]
    # (one the other's words begin: the same thing, said shorter: "1.482 tổ công nghệ số" and "1.482 tổ")
    return words[0][: len(words[1])] != words[1] and words[1][: len(words[0])] != words[0]


def _words_after(fact: ExtractedFact, segments: Segments) -> list[str]:
    """The words right after a count's number, up to a punctuation mark (not a number's own point), at most eight:
    what it counts."""
    after = re.split(r"[,;:()\[\]\n]|\.(?!\d)", segments.text[fact.value_end : fact.value_end + 120], maxsplit=1)[0]
    return after.lower().split()[:8]
