"""Series and years: a bare series continuing the measure of the sentence before, a run of consecutive
years, a list of years a "lần lượt" list of values answers."""

from __future__ import annotations

import re

from assets.reports.language import Language
from assets.reports.mentions import Mention
from assets.reports.segments import Segments

SERIES_REACH = 400  # characters before a bare series where the measure it continues may stand
# What may stand before the first figure of a bare series besides its time phrases: a source ("theo đánh giá
# của Sở:") and a verb of being or attaining ("là", "ước đạt", "phấn đấu đạt").
_SOURCE = re.compile(r"theo\s[^:;.\d]{1,60}?[:,]", re.I)
_SERIES_VERBS = re.compile(
    r"[\W\s]*(?:(?:là|đạt|ước|ước tính|phấn đấu|khoảng)(?!\w)[\W\s]*)*",
    re.I,  # "ước đạt": "ước", then "đạt"
)


def a_bare_series(text: str, segments: Segments, mention: Mention, phrases, language: Language) -> bool:
    """The sentence names nothing before its first figure but times, a source and a verb ("Bên cạnh đó, theo số liệu
    của Sở: năm 2022 là 11,2%, năm 2023 là 12,7%"): its figures continue the measure of the
    sentence before."""
    sentence = segments.sentence(mention.value_start)
    if sentence.start == 0:
        return False
    lead = text[sentence.start : mention.start]
    for phrase in sorted(phrases, key=lambda p: p.start, reverse=True):
        if sentence.start <= phrase.start and phrase.end <= mention.start:
            offset = phrase.start - sentence.start
            lead = lead[:offset] + " " + lead[phrase.end - sentence.start :]
    lead = lead.strip(" \n-+•")
    opening = language.continuation_words.match(lead)
    lead = lead[opening.end() :] if opening else lead
    lead = _SOURCE.sub(" ", lead)
    return bool(_SERIES_VERBS.fullmatch(lead)) and bool(re.search(r"\w", text[sentence.start : mention.start]))


def consecutive_years(text: str, mention: Mention, segments: Segments, phrases, annual: bool) -> list[int | None]:
    """'xếp thứ 1/63 (3 năm liên tiếp 2020, 2021, 2022)', 'thứ Nhất lần thứ 3 liên tiếp (2020-2022)':
    one ranking result for each year of the run; a value of a "lần lượt" list, the year of its place in as many
    years as its sentence names; otherwise one figure (None: its own period)."""
    if not annual:
        return [None]
    if mention.respectively:
        # "Năm 2022 và năm 2023, tỉnh lần lượt xếp thứ 30 và 25", "... trong các năm 2022 và 2023": a list of as many
        # years, in text order, gives each value its own
        sentence = segments.sentence(mention.value_start)
        years = [
            p for p in phrases if sentence.start <= p.start < sentence.end and p.role == "period" and p.kind == "year"
        ]
        listed = _a_list_of_years(text, years, mention.respectively[1])
        if listed:
            return [listed[mention.respectively[0]]]
    clause = segments.clause(mention.value_start)
    tail = text[mention.end : clause.end]
    if re.search(r"liên tiếp|liên tục|các năm|consecutive", tail[:80], re.I):
        years = [
            p
            for p in phrases
            if mention.end <= p.start < clause.end and p.role == "period" and p.start - mention.end < 120
        ]
    elif (run := _A_RUN_OF_YEARS_OPENING.match(text, clause.start, mention.start)) is not None and not (
        _A_YEAR.search(text, run.end(), mention.start)
    ):
        # "Trong 3 năm liên tiếp (2020, 2021, 2022), tỉnh đứng trong nhóm 10 tỉnh ...": the run opens the clause and
        # no other time stands between it and the figure (not "Sau 2 năm liên tiếp (2021, 2022) giảm hạng, năm 2023
        # ... xếp thứ 8")
        years = [p for p in phrases if run.start("years") <= p.start < run.end("years") and p.role == "period"]
    else:
        return [None]
    if len(years) == 1 and years[0].kind == "year_range":
        first, last = years[0].year, years[0].get("year2")
        return list(range(first, last + 1)) if 0 < last - first <= 10 else [None]
    bare = sorted({p.year for p in years if p.kind == "year"})
    return bare if len(bare) >= 2 else [None]


_A_RUN_OF_YEARS_OPENING = re.compile(
    r"[\s\W]*(?:trong|qua|suốt)\s+(?:\d+|hai|ba|bốn|năm)\s+năm\s+(?:liên tiếp|liên tục)\s*[(,:]?\s*"
    r"(?P<years>(?:19|20)\d\d(?:\s*(?:,|và|-|–)\s*(?:năm\s+)?(?:19|20)\d\d)+)\s*\)?",
    re.I,
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEARS_JOINED = re.compile(r"\s*(?:,|và)\s*(?:năm\s+)?", re.I)


def _a_list_of_years(text: str, years, count: int) -> list[int] | None:
    """The years of a sentence when they are exactly ``count`` written as one list ("năm 2022 và năm 2023", "các năm
    2022, 2023 và 2024"), in text order."""
    if len(years) != count or any(
        not _YEARS_JOINED.fullmatch(text, one.end, other.start) for one, other in zip(years, years[1:])
    ):
        return None
    return [p.year for p in years]
