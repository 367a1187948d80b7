"""The figure another is said of: the one its bracket follows, the count a percent is the share of, the
rank change a score's change goes with, the figure a rank right after it ranks; where a figure's words end."""

from __future__ import annotations

import re

from assets.reports.concepts import Concept
from assets.reports.link_document import Document, sentence_neighbours
from assets.reports.mentions import JOINED_ONLY, NOUN_WORDS, Mention
from assets.reports.segments import Segments, Span

_BRACKET_AFTER = re.compile(r"\s*(?:\S+\s*)?\(\s*[^()\d;]{0,30}$")


def _bracket_host(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
    """The figure a bracket holding ``mention`` comments on: the one right before the bracket."""
    before = [m for m in neighbours if m.end <= mention.value_start]
    if not before:
        return None
    host = before[-1]
    return host if _BRACKET_AFTER.fullmatch(doc.text[host.end : mention.value_start]) else None


# "chiếm 12,52% GRDP, đứng thứ 12/63": a rank right after a figure, with no words of its own, ranks it
_RANKS_THE_FIGURE = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:và[^\S\n]+)?(?:đứng|xếp|xếp hạng|vươn lên|giữ)[^\S\n]*(?:ở[^\S\n]+)?(?:thứ|hạng|vị trí(?:[^\S\n]+thứ)?)?[^\S\n]*$",
    re.I,
)


def host_of(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
    """The figure this one is said of: the one its bracket follows, the count it is the share of, or the rank change
    its change is coordinated with."""
    return (
        _bracket_host(doc, mention, neighbours)
        or share_host_among(doc, mention, neighbours)
        or _changed_with_a_rank(doc, mention, neighbours)
    )


def _changed_with_a_rank(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
    """The rank change a score's change is coordinated with ("tăng 5 bậc, 0,0412 điểm"): the words
    before the rank change (its verb, its index) are the score's too."""
    before = [m for m in neighbours if m.end <= mention.value_start]
    if (
        mention.kind == "score"
        and mention.change is not None
        and before
        and before[-1].kind == "rank_change"
        and JOINED_ONLY.fullmatch(doc.text, before[-1].end, mention.value_start)
    ):
        return before[-1]
    return None


def ranked_host(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
    """The figure a rank right after it ranks (its words are the rank's words too)."""
    before = [m for m in neighbours if m.end <= mention.value_start]
    if mention.kind != "rank" or not before or before[-1].kind in ("rank", "rank_change", "top_n"):
        return None
    host = before[-1]
    return host if _RANKS_THE_FIGURE.fullmatch(doc.text[words_end(host, doc.text) : mention.value_start]) else None


# "xếp thứ 12 về Chỉ số chuyển đổi số, với 0,6123 điểm", "ranked 12th in the DTI, with a score of 0.6123" (or "with a
# value of 0.6123"): a score
# joined to the rank before it by "với"/"with" is the score of what that rank ranks (not after a name the rank is
# said of: "Đứng thứ ba là Bình Dương với 51,3 điểm")
_SCORED_WITH = re.compile(
    # (the provinces ranked among may be counted: "ranked 4th out of 34 provinces in ...", "topped among 34 provinces")
    r"(?:(?!(?<!\w)(?:là|is|was)(?!\w))[^\d;.()\n]|(?<!\d)(?:19|20)\d\d(?!\d)"
    r"|(?:(?<=of )|(?<=among ))\d{2}(?=\s+(?:provinces|localities))|(?<=trong )\d{2}(?=\s+(?:tỉnh|địa phương))"
    # (and the index's abbreviation in brackets: "in the 2024 Digital Transformation Index (DTI), scoring 0.78")
    r"|\([^()\d\n]{1,15}\)){0,120}?"
    r"(?P<with>,?\s*(?:với|with|achieving|scoring)\s+(?:(?:a|an|the|its)\s+)?(?:(?:total|overall|[a-z]+(?=\s+score\b))\s+)?"
    r"(?:(?:tổng\s+)?(?:số\s+)?điểm(?:\s+số)?|giá trị|score(?:\s+of)?|(?:achieved\s+)?value(?:\s+of)?)?\s*(?:là\s+|đạt\s+)?)",
    re.I,
)


def scored_rank(doc: Document, mention: Mention, neighbours: list[Mention]) -> tuple[Mention, int] | None:
    """(the rank, where "với"/"with" begins) for a score joined to the rank right before it ("xếp thứ 12 ..., với
    0,6123 điểm"): the words that rank owns before "với" are the score's too."""
    before = [m for m in neighbours if m.end <= mention.value_start]
    if mention.kind != "score" or mention.change is not None or not before or before[-1].kind != "rank":
        return None
    rank = before[-1]
    joined = _SCORED_WITH.fullmatch(doc.text, rank.end, mention.value_start)
    return (rank, joined.start("with")) if joined else None


def words_end(mention: Mention, text: str | None = None) -> int:
    """Where a figure's number and noun end ("12,52% GRDP"). Given the text, a noun cut at NOUN_WORDS
    goes on to the next comma ("1.469 dịch vụ công kết nối Cổng dịch vụ công quốc gia, xếp thứ 7/63")."""
    if not mention.noun:
        return mention.end
    end = max(mention.end, mention.noun_span[1])
    if text is not None and len(mention.noun.split()) >= NOUN_WORDS:
        end = _NOUN_GOES_ON.match(text, end).end()
    return end


# the rest of a noun cut at NOUN_WORDS: up to a boundary or a ranking verb ("... quốc gia xếp thứ 9/63")
_NOUN_GOES_ON = re.compile(r"(?:(?!\s(?:đứng|xếp|vươn lên|giữ)(?!\w))[^\d,;:.()\n])*", re.I)


def shares_a_count_of(doc: Document, concept: Concept, mention: Mention, sentence: Span) -> bool:
    """The percent is the share of a count before it that counts what the concept's first words name
    ("32/35 mục tiêu ..., đạt 91,4%"; not "12.000 hồ sơ, đạt 97,2%, hoàn thành nhiệm vụ"), and nothing in
    that count's words rules the concept out ("3 chỉ tiêu chưa hoàn thành (13%)")."""
    host = share_host_among(doc, mention, sentence_neighbours(doc, sentence))
    if host is None or not concept.groups or not concept.groups[0].search(host.noun):
        return False
    return concept.unless is None or not concept.unless.search(doc.text, host.value_start, mention.value_start)


def share_host(doc: Document, mention: Mention) -> Mention | None:
    """The count the percent right after it is the share of, in its sentence (see share_host_among)."""
    return share_host_among(doc, mention, sentence_neighbours(doc, doc.segments.sentence(mention.value_start)))


def share_host_among(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
    """The count a percent right after it is the share of ("đã xử lý 12.000 phản ánh, đạt 97,2%"): the
    percent is said of what the count is said of."""
    before = [m for m in neighbours if m.end <= mention.value_start]
    if mention.kind != "percent" or not before or before[-1].kind != "count" or not before[-1].noun:
        return None
    host = before[-1]
    if host.denominator and abs(100 * host.value / host.denominator - mention.value) > SHARE_ROUNDING:
        # "18/24 mục tiêu hoàn thành, đạt 110% so với năm 2023": a fraction's share is its own arithmetic
        return None
    noun_end = host.noun_span[0] + len(doc.text[host.noun_span[0] :]) - len(doc.text[host.noun_span[0] :].lstrip())
    noun_end += len(host.noun)
    if doc.language.share_joiners.search(doc.text[noun_end : mention.value_start]):
        return host
    # "1.407/1.542 DVCTT được tích hợp lên Cổng dịch vụ công quốc gia, đạt 91%", "đã tích hợp 1.569 dịch vụ
    # công lên Cổng ..., chiếm tỉ lệ 82%": the share of a count out of its total, its clause between them.
    between = doc.text[host.end : mention.value_start]
    joined = _SHARE_AFTER_CLAUSE.search(between)
    if joined is None or re.search(r"[;.]\s", between) or "\n" in between:
        return None
    if host.denominator:
        # "16/22 mục tiêu hoàn thành ..., đạt hơn 72% so với kế hoạch": the percent is the count's share
        # by its own arithmetic (checked above), whatever it is compared with
        return host
    if AGAINST_THE_TARGET.match(doc.text, mention.end):
        return host  # "kích hoạt 285.000 tài khoản ..., đạt 68% so với chỉ tiêu": how much of its target the count is
    if re.match(r"\s*(?:so với|cùng kỳ)", doc.text[mention.end :], re.I):
        return None  # "bằng 110% so với năm 2023": a comparison, not a share
    return host if host.denominator is not None or re.search(r"chiếm|t[ỷỉ] lệ", joined.group(0), re.I) else None


EXCEEDING = re.compile(
    r"(?<!\w)(?:vượt(?:\s+qua)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?)\s+(?:the\s+|its\s+)?$", re.I
)
_TARGET_NOUN_AFTER = re.compile(r"\s*(?:chỉ tiêu|mục tiêu|kế hoạch|target|goal)(?!\w)", re.I)
_A_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm|increased?|decreased?|up|down|rose|fell)(?:\s+\w+)?\s*$", re.I)
_SET_AGAINST_AFTER = re.compile(r"\s*(?:so với|compared)", re.I)
_A_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent|per cent|phần trăm)", re.I)


def the_level_of_a_target_exceeded(text: str, segments: Segments, mention: Mention) -> bool:
    """A percent between a verb of exceeding and the target's noun, below the percent of the result before it in its
    sentence and at least half of it ("đạt 76,4%, vượt 60% chỉ tiêu", "reached 76.4 percent, exceeding the 60 percent
    target"): the target's level. An excess (less than half the result: "vượt 20% kế hoạch") is a gap, no level."""
    if mention.kind != "percent":
        return False
    sentence = segments.sentence(mention.value_start)
    if not (
        EXCEEDING.search(text, max(sentence.start, mention.start - 24), mention.start)
        and _TARGET_NOUN_AFTER.match(text, mention.end)
    ):
        return False
    results = [
        found
        for found in _A_PERCENT.finditer(text, sentence.start, mention.start)
        # (a change is no result: "đạt 76,4%, tăng 11% so với năm 2022, vượt 60% chỉ tiêu")
        if not _A_CHANGE_BEFORE.search(text, max(sentence.start, found.start() - 16), found.start())
        and not _SET_AGAINST_AFTER.match(text, found.end())
    ]
    if not results:
        return False
    result = float(results[-1].group(1).replace(",", "."))
    return result / 2 <= mention.value < result


# "đạt 68% so với chỉ tiêu", "reaching 68% of the target": the share of a target or plan attained
AGAINST_THE_TARGET = re.compile(
    r"\s*(?:so với|against|of)\s+(?:(?:các|những|the|its)\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch|target|plan)(?!\w)"
    # (not a level set against the target's own value: "mới đạt 13,8% so với mục tiêu 60%")
    r"(?![^\d.;,()\n]{0,20}\d+(?:[.,]\d+)?\s*(?:%|percent))",
    re.I,
)
# a clause that opens with what its share is set against ("So với KH: 97,2%", "% of plan: 106.5%", "So với kế hoạch, đạt
# 97,2%"), nothing else before the figure
_AGAINST_THE_TARGET_FIRST = re.compile(
    r"\W*(?:tỷ lệ\s+|tỉ lệ\s+)?(?:so với|%\s*(?:of|against)|compared\s+(?:with|to))\s+(?:the\s+)?"
    # ("so với KH năm là 95,4%", "so với kế hoạch năm 2023 đạt 97%", "so với chỉ tiêu, bằng 90%")
    r"(?:kh|kế hoạch|chỉ tiêu|mục tiêu|plan|target)(?:\s+năm(?:\s+(?:19|20)\d\d)?)?(?!\w)[^\d\w]*"
    r"(?:(?:đạt|bằng|là|reached|was)\s+)?$",
    re.I,
)


def set_against_the_target_first(text: str, segments: Segments, mention: Mention) -> bool:
    """The figure's clause (or its line) opens with what its share is set against, nothing else before it: a share of
    the plan attained ("So với KH: 97,2%" of a table's column against the plan), no level of the plan's measure."""
    sentence = segments.sentence(mention.value_start)
    # (or the part after the last comma: "đạt 76,3%, so với KH năm là 95,4%")
    comma = max(
        text.rfind(",", sentence.start, mention.value_start), text.rfind(";", sentence.start, mention.value_start)
    )
    starts = (segments.clause(mention.value_start).start, sentence.start, *((comma + 1,) if comma >= 0 else ()))
    return any(_AGAINST_THE_TARGET_FIRST.match(text, start, mention.value_start) for start in starts)


# "..., đạt 91%", "(chiếm tỉ lệ 82%)", or without a comma when the rate is named ("376/612 cơ sở ... triển khai
# thanh toán không dùng tiền mặt đạt tỷ lệ 61%"; not across a comma or "trong đó", which start another subject)
SHARE_ROUNDING = 1.5  # percentage points: "16/22 ..., đạt hơn 72%" (72.7), "32/35, đạt 91%" (91.4)
_SHARE_AFTER_CLAUSE = re.compile(
    r"(?:[,(]\s*(?:đạt|chiếm|tương đương|bằng)\s*(?:t[ỷỉ] lệ\s*)?|^(?:(?!trong đó)[^,;(])*\s(?:đạt|chiếm)\s+t[ỷỉ] lệ\s*)"
    r"(?:(?:hơn|gần|khoảng|trên|xấp xỉ|gần\s+như)\s+)?$",
    re.I,
)


# what may join a score out of its maximum and the same score as a percent: a bracket, or a word of equivalence
_RESTATED_AS_A_SHARE = re.compile(
    r"\s*(?:\(|,|-|–)?\s*(?:(?:tương đương|tương ứng|bằng|đạt|equivalent to|or|i\.e\.)\s*(?:với\s*)?)?$", re.I
)


def points_restated_as_a_share(doc: Document, mention: Mention) -> bool:
    """ "Công khai, minh bạch đạt 17,1/18 điểm (95%)", "scored 9.3/12 points, equivalent to 77.5%": a percent right
    after a score out of its maximum, that is that score's share of the maximum by its own arithmetic, is the score
    said again, no measure of its own (it was read as the rate its words name: "Thanh toán trực tuyến ... (70%)")."""
    if mention.kind != "percent":
        return False
    neighbours = sentence_neighbours(doc, doc.segments.sentence(mention.value_start))
    before = [m for m in neighbours if m.end <= mention.value_start]
    if not before:
        return False
    score = before[-1]
    return (
        score.kind in ("score", "points")
        and bool(score.denominator)
        and abs(100 * score.value / score.denominator - mention.value) <= SHARE_ROUNDING
        and _RESTATED_AS_A_SHARE.fullmatch(doc.text, score.end, mention.value_start) is not None
    )
