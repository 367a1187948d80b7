"""The base of a comparison: its value in brackets right after it, and the year a change is compared with."""

from __future__ import annotations

import re

from assets.reports.mentions import Mention
from assets.reports.segments import Segments

# "so với năm 2021 (xếp hạng 23)": the base's own value; "tăng 26 bậc so với năm 2021 xếp thứ 53/63": the base's own
# rank (not "tăng so với năm 2022 là 14 bậc", the change itself)
_BASE_LEAD = re.compile(r"\s*\(\s*(?:là|bằng|xếp hạng|hạng|thứ|vị trí|xếp thứ)?\s*(?:thứ\s*)?$", re.I)
_BASE_RANK_LEAD = re.compile(r"\s*(?:xếp hạng|hạng|vị trí|xếp|đứng)(?:\s+(?:ở\s+)?(?:vị trí\s+)?thứ)?\s*$", re.I)


def own_comparison_year(mention: Mention, phrases, mentions: list[Mention], segments: Segments):
    """The year of the comparison right after a change ("tăng 6 bậc so với năm 2020"), before
    any other figure of its clause."""
    clause = segments.clause(mention.value_start)
    following = [m.value_start for m in mentions if mention.end <= m.value_start < clause.end]
    limit = min(following, default=clause.end)
    for p in phrases:
        if p.role == "comparison" and p.year and mention.end <= p.start < limit and p.start - mention.end <= 40:
            return p.year
    return None


def comparison_base(text: str, mention: Mention, phrases):
    """The comparison whose base's own value ``mention`` is, in brackets or right after it ("tăng 1,5 lần so với cùng
    kỳ năm 2021 (10.280)", "so với năm 2021 (xếp hạng 23)", "so với năm 2021 xếp thứ 53/63"), or None."""
    for p in phrases:
        if (
            p.role == "comparison"
            and 0 <= mention.value_start - p.end <= 16
            and (
                _BASE_LEAD.fullmatch(text[p.end : mention.value_start])
                or (mention.kind == "rank" and _BASE_RANK_LEAD.fullmatch(text[p.end : mention.value_start]))
            )
        ):
            return p
        if p.role == "comparison" and _IN_THE_BASES_BRACKET.fullmatch(text, p.end, mention.value_start):
            return p  # "so với năm 2021 (xếp thứ 44 với 0,3426 điểm)": every figure of the base's bracket
    return None


# a bracket right after a comparison base, up to a figure inside it
_IN_THE_BASES_BRACKET = re.compile(r"\s*\(\s*(?:xếp hạng|hạng|xếp|đạt|là)\b[^()\n;]{0,50}?\s(?:với|đạt|và)\s+", re.I)
