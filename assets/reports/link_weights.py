"""The weights of a concept word by where it stands from a figure (linking.py says how they combine),
and the distance they are measured by."""

from __future__ import annotations

from assets.reports.mentions import Mention

OWNER_ELSEWHERE = 0.15
OTHER_CLAUSE = 0.7
HEAD_NOUN = 0.2
RATE_HEAD = 0.9  # "tỷ lệ số hóa hồ sơ ... đạt 88,43%": what follows the rate word defines the percent
SHARED_FLOOR = 0.35  # a sentence's topic or closing predicate describes all its figures, near or far
GAP_SHARE = 0.5  # a gap is less than half the level it is said of; a figure that large is the level compared with
EARLIER_SENTENCE = 0.13  # a word of an earlier sentence of the paragraph, just enough to place a figure
BORROWED_COST = 0.12
LATER_SENTENCE = 0.0  # the topic of a figure comes before it, not in a later sentence
ROW_LABEL = 0.9
TITLE = 0.15  # a title word places an index result; any word of the figure's own sentence outweighs it
NEAR = 25.0
MIN_GROUP = 0.12  # a concept word weaker than this (far, and owned by another number) does not count
WEAK_GROUP = 0.05  # ...unless the number's own noun or unit already names the concept
NOUN_BEFORE = 0.3  # a count whose noun comes before it ("Số xã ... có cáp quang: 71/71")
UNLESS = 0.2  # an excluding word this near rules the concept out
# Figures read as an annual index result can take their concept from the paragraph or title alone
# ("xếp thứ 12/63" in an article about the DTI); percents and counts need a word in their sentence.
TOPIC_KINDS = ("rank", "rank_change", "top_n", "score")


def distance_to(start: int, end: int, mention: Mention) -> int:
    if end <= mention.value_start:
        return mention.value_start - end
    if start >= mention.end:
        return start - mention.end
    return 0
