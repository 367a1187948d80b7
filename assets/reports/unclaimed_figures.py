"""Figures no indicator claims: whether one is a measure outside the catalog or no measure of its own (the
change of an unclaimed amount, the share or part of an unclaimed count, the rank of an unclaimed figure, the
economy's growth, a figure of an index of other things)."""

from __future__ import annotations

import re

from assets.reports.extraction import Grammar
from assets.reports.language import Language
from assets.reports.link_weights import GAP_SHARE
from assets.reports.linking import Document, another_index_named_last, share_host
from assets.reports.mentions import Mention
from assets.reports.segments import Segments
from assets.reports.targets import TARGET_SET_BY_ITS_SOURCE
from assets.reports.uncatalogued import measured, ranks_a_measure_about_dx


def changed_figure(text: str, mentions: list[Mention], mention: Mention) -> Mention | None:
    """The figure right before a change joined to it by "tăng"/"giảm" ("đạt 0,7955, tăng 8,6%"), or None."""
    if mention.change is None:
        return None
    earlier = [m for m in mentions if m.end <= mention.value_start]
    return earlier[-1] if earlier and _CHANGE_JOINER.fullmatch(text, earlier[-1].end, mention.start) else None


def after_a_sentence_about_dx(text: str, segments: Segments, sentence, grammar: Grammar, reach: int = 3) -> bool:
    """One of the ``reach`` sentences before is about digital transformation, with no heading (a short line
    without a full stop) between."""
    here = sentence
    for _ in range(reach):
        if here.start == 0:
            return False
        before = segments.sentence(here.start - 1)
        if _HEADING_LINE.search(text, before.start, here.start):
            return False
        if grammar.dx_words.search(text, before.start, before.end):
            return True
        here = before
    return False


# what may open a sentence before its subject ("To date, ...", "Đến nay, ..."), and a sentence that only says there are
# some ("there have been ...", "có ...")
_OPENING_ADVERBIAL = re.compile(
    r"^(?:(?:to date|so far|currently|at present|in addition|moreover|besides|đến nay|hiện nay|ngoài ra|bên cạnh đó)"
    r"\s*,?\s*)+",
    re.I,
)
_EXISTENTIAL = re.compile(r"(?:there\s+(?:is|are|was|were|has been|have been)|(?:hiện\s+)?có)(?!\w)", re.I)
# determiners before a sentence's subject ("The Center received ...", "Các tổ này ...")
_DETERMINERS = re.compile(r"^(?:(?:the|a|an|this|these|that|those|its|their|các|những|mỗi)\s+)+", re.I)


SUBJECT_NAMED_WITHIN = 600  # characters before a sentence set apart where the subject it opens with was named


def goes_on_with_its_subject(text: str, segments: Segments, sentence, grammar: Grammar) -> bool:
    """A sentence set apart as its own paragraph goes on with what one of the sentences just before said about digital
    transformation (``after_a_sentence_about_dx``) when it opens with a subject they named ("... the Provincial Public
    Administration Service Center maintained ... processing administrative procedures.\n\nThe Center received 16,571
    applications"): its first word, or first two in Vietnamese, whose words are syllables."""
    if not after_a_sentence_about_dx(text, segments, sentence, grammar):
        return False
    opened = _OPENING_ADVERBIAL.sub("", text[sentence.start : sentence.end].lstrip(" \t\n-+•*"))
    if _EXISTENTIAL.match(opened):
        return True  # "To date, there have been nearly 180,000 transactions ..., with a monthly average of 15,000 ..."
    opening = _DETERMINERS.sub("", opened).split()
    words = [w.strip(',.;:()"“”').lower() for w in opening if not any(c.isdigit() for c in w)]
    vietnamese = any(not c.isascii() for c in " ".join(opening[:6]))
    subject = " ".join(words[: 2 if vietnamese else 1])
    if len(subject) < 3:
        return False
    before = text[max(0, sentence.start - SUBJECT_NAMED_WITHIN) : sentence.start].lower()
    return re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", before) is not None


# a line of its own, short and with no full stop: a heading ("3. Về văn hóa, xã hội")
_HEADING_LINE = re.compile(r"(?m)^[ \t]*[^\n.!?]{1,80}[^\n.!?:;,]$\n")


def changes_an_unclaimed_amount(text: str, mentions: list[Mention], index: int, claimed: dict) -> bool:
    """ "nộp ngân sách 706 triệu đồng, tăng 1,5% so với năm 2023": a change right after an amount no indicator
    claims is that amount's change, no measure of its own."""
    amount = changed_figure(text, mentions, mentions[index])
    return amount is not None and amount.kind == "money" and mentions.index(amount) not in claimed


def share_of_an_unclaimed_count(doc: Document, mentions: list[Mention], mention: Mention, claimed: dict) -> bool:
    """ "has completed 56/76 tasks, reaching 73.68%": the share of a count right before it that is no measure (no
    indicator claims it and it counts nothing measured) is no measure of its own either."""
    host = share_host(doc, mention)
    return host is not None and mentions.index(host) not in claimed


# ", trong đó doanh nghiệp siêu nhỏ chiếm gần 70%": the share a part of the count before it takes
_BREAKDOWN_SHARE = re.compile(
    r"^[^,;.:()]*,\s*trong (?:số )?đó,?\s+(?P<part>[^,;.:()\d]{1,60}?)\s+(?:chiếm|là)\s*(?:t[ỷỉ] lệ\s*)?"
    r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ|tới|đến)\s*)?$",
    re.I,
)


def breakdown_of_an_unclaimed_count(doc: Document, mentions: list[Mention], index: int, claimed: dict) -> bool:
    """ "có 7.400 doanh nghiệp đang hoạt động, trong đó doanh nghiệp siêu nhỏ chiếm gần 70%": the share a
    part takes of a count right before it that is no measure (nothing claims it) is no measure either, unless
    the part is named by words of digital transformation ("..., trong đó doanh nghiệp công nghệ số chiếm 5%")."""
    mention = mentions[index]
    if mention.kind != "percent" or index == 0:
        return False
    count = mentions[index - 1]
    if count.kind != "count" or (index - 1) in claimed:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    if count.value_start < sentence.start:
        return False
    breakdown = _BREAKDOWN_SHARE.search(doc.text[count.end : mention.value_start])
    return breakdown is not None and not doc.language.dx_words.search(breakdown.group("part"))


_CHANGE_JOINER = re.compile(
    r"\s*,?\s*(?:và\s+)?(?:tăng|giảm)(?:\s+(?:thêm|bớt))?\s*"
    # in English, in a bracket too, after where an amount went ("... 80 billion VND to the budget (an increase of 5%")
    r"|(?:\s+to\s+the\s+(?:state\s+|local\s+)?budget)?\s*[,(]?\s*(?:and\s+)?(?:up|down|an?\s+(?:increase|decrease|rise|"
    r"drop|fall)\s+of|(?:increased|increasing|decreased|decreasing|rose|rising|fell|falling)(?:\s+by)?)\s*",
    re.I,
)


def ranked_about_dx(
    text: str, segments: Segments, mentions: list[Mention], index: int, language: Language, doc
) -> bool:
    """A rank of a measure about digital transformation (``ranks_a_measure_about_dx``), or a change of rank after
    such a rank in its sentence ("xếp thứ 12/63 về triển khai Đề án 06, tăng 8 bậc so với năm 2023")."""
    mention = mentions[index]
    if mention.kind == "rank":
        return ranks_a_measure_about_dx(text, segments, mention, language, doc.no_concept_spans())
    if mention.kind != "rank_change":
        return False
    sentence = segments.sentence(mention.value_start)
    rank = next(
        (m for m in reversed(mentions[:index]) if m.kind == "rank" and sentence.start <= m.value_start),
        None,
    )
    return rank is not None and ranks_a_measure_about_dx(text, segments, rank, language, doc.no_concept_spans())


# what joins a rank to the figure it ranks: "đạt 9,8%, đứng thứ 6", "đạt 21,5%, xếp thứ 7 trong 63 tỉnh"
_RANK_AFTER_A_FIGURE = re.compile(
    r"\s*,\s*(?:và\s+)?(?:(?:đứng|xếp|xếp hạng|nằm|ở|giữ)\s+)?(?:(?:vị trí|hạng)\s+)?(?:thứ\s+)?(?:số\s+)?", re.I
)


def ranks_an_unclaimed_figure(text: str, mentions: list[Mention], index: int, claimed: dict) -> bool:
    """A rank joined right after a figure no indicator claims (nor the open concepts), with only a comma and a
    ranking verb between: the rank of that figure's measure ("tăng trưởng đạt 9,8%, đứng thứ 6 cả nước"), and
    so on along a series of such ranks ("..., đứng thứ 6 cả nước, đứng thứ 2 trong vùng ...")."""
    mention = mentions[index]
    if mention.kind != "rank" or index == 0 or (index - 1) in claimed:
        return False
    ranked = mentions[index - 1]
    if ranked.kind not in ("percent", "count", "money", "rank", "ratio"):
        return False
    between = text[ranked.end : mention.value_start]
    if ranked.kind == "rank":
        # a series of ranks of one figure: "..., đứng thứ 6 cả nước, đứng thứ 2 trong vùng ..."
        between = re.sub(r"^[^,;.()\d]{0,40}?(?=\s*,)", "", between)
    return bool(_RANK_AFTER_A_FIGURE.fullmatch(between))


# the words that open a list of a total's parts, each with its noun ("226 đơn vị tham gia hệ thống ..., bao gồm 193 cơ quan
# nhà nước và 33 tổ chức, doanh nghiệp"), and those that join the next part to the one before
_PARTS_LISTED = re.compile(
    r"[,:(]\s*(?:bao gồm|gồm|trong (?:số )?đó(?:\s+có)?|including|comprising|of which)\s*(?:(?:có|là)\s+)?$", re.I
)
_ORGANISATIONS = re.compile(
    r"(?:tổ chức|doanh nghiệp|hợp tác xã|công ty|organi[sz]ations?|enterprises?|businesses|companies)(?!\w)", re.I
)


def _kind_counted(noun: str, language: Language) -> str:
    """What a count counts, as broad as a list of parts may mix: units and organisations, people, else the noun's first
    word."""
    if language.agency_words.match(noun) or _ORGANISATIONS.match(noun):
        return "units and organisations"
    if language.covered_people_words.match(noun):
        return "people"
    words = noun.lower().split()
    return words[0] if words else ""


_NEXT_PART = re.compile(r"[^\d,;:.()]{0,60}?(?:\s(?:và|and)|,)\s*$", re.I)


def a_listed_part_of_a_count(
    text: str, segments: Segments, mentions: list[Mention], index: int, claimed: dict, language: Language
) -> bool:
    """A count in the list of parts written right after a count that is a measure (claimed by an indicator or kept
    as one outside the catalog), each part smaller than the total and counting the same kind of thing: "226 đơn vị
    tham gia hệ thống ..., bao gồm 193 cơ quan nhà nước và 33 tổ chức, doanh nghiệp" (not "58.000 phản ánh, trong đó
    có 45 đơn vị xử lý chậm")."""
    part = mentions[index]
    if part.kind != "count":
        return False
    sentence = segments.sentence(part.value_start)
    before = index - 1
    while before >= 0 and mentions[before].value_start >= sentence.start and mentions[before].kind == "count":
        between = text[mentions[before].end : mentions[before + 1].start]
        if _PARTS_LISTED.search(between):
            total = mentions[before]
            return (
                before in claimed
                and part.value < total.value
                and _kind_counted(total.noun or "", language) == _kind_counted(part.noun or "", language)
            )
        if not _NEXT_PART.fullmatch(between):
            return False
        before -= 1
    return False


# "2.725 doanh nghiệp công nghệ số, trong đó hơn 1.600 thuộc ngành ICT": a part of the total, its noun left out
_PART_LEAD = re.compile(
    r"(?<!\w)(?:trong (?:số )?đó|of which|of whom),?\s*(?:(?:hơn|trên|gần|khoảng|có|more than|over|nearly|about)\s+)?$",
    re.I,
)
_PARTS_OPEN = re.compile(r"(?<!\w)(?:trong (?:số )?đó|of which|of whom|including)(?!\w),?", re.I)
_CLAUSE_MARK = re.compile(r"[;,]")
_A_LEVEL_IS = re.compile(
    r"\s*(?:the\s+)?(?:[^\W\d]+\s+){0,2}?(?:level|cấp\s+[^\W\d]+)\s*(?:is|are|was|là|:|có|đạt)?\s*", re.I
)
_VERB_AFTER_A_PART = re.compile(
    # or the same part again in another measure: "of which 951 or 59.6% are ...", "trong đó 951, tức 59,6%, ..."
    r"(?:đã|được|là|thuộc|của|do|tại|ở|có|chưa|đang|have|has|had|were|was|are|is|or|hay|tức|tương đương)(?!\w)",
    re.I,
)


def part_of_a_count(text: str, segments: Segments, mentions: list[Mention], index: int, language: Language) -> bool:
    """A number right after "trong đó" with no noun of its own (what follows it is a verb or a preposition),
    right after a count of a measured noun in its sentence: a part of that total ("120.000 tài khoản ..., trong đó
    80.000 đã được kích hoạt"), which no catalog indicator states as such."""
    mention = mentions[index]
    if mention.kind not in ("plain", "count") or (mention.noun and not _VERB_AFTER_A_PART.match(mention.noun)):
        return False
    sentence = segments.sentence(mention.value_start)
    if _PART_LEAD.search(text, sentence.start, mention.value_start):
        total = next((m for m in reversed(mentions[:index]) if sentence.start <= m.value_start), None)
        return total is not None and total.kind == "count" and measured(total.noun or "", language)
    # "... là 2.242 thủ tục. Trong đó, cấp tỉnh là 1.845; cấp xã là 397", "Of which, the city level is 1,845; the
    # commune level is 397": parts by level, after the words that open the parts, of the count just before them
    # (in their sentence or the one before)
    opening = _PARTS_OPEN.search(text, sentence.start, mention.value_start)
    if opening is None:
        return False
    clause_start = max(
        [opening.end(), *(m.end() for m in _CLAUSE_MARK.finditer(text, opening.end(), mention.value_start))]
    )
    if not _A_LEVEL_IS.fullmatch(text, clause_start, mention.value_start):
        return False
    reach = segments.sentence(max(0, sentence.start - 1)).start
    total = next((m for m in reversed(mentions[:index]) if reach <= m.value_start < opening.start()), None)
    return total is not None and total.kind == "count" and measured(total.noun or "", language)


# a verb of what was done with what an earlier count counts, right before a bare number: "hoàn thành 9.512"
_DONE_BEFORE = re.compile(
    r"(?<!\w)(?:đã\s+)?(?:hoàn thành|giải quyết|xử lý|kích hoạt|trả kết quả|phê duyệt|cấp|số hóa|số hoá|"
    r"completed|resolved|processed|activated|issued)\s*$",
    re.I,
)
_NOTHING_AFTER = re.compile(r"\s*(?:[,;.)(]|và(?!\w)|$)")


def count_with_its_noun_left_out(
    text: str, segments: Segments, mentions: list[Mention], index: int, language: Language
) -> bool:
    """A bare number right after a verb of what was done ("hoàn thành", "giải quyết", "kích hoạt"), with no noun of
    its own, after a count of a measured noun in its sentence: a count of that noun ("tiếp nhận 9.870 hồ sơ, hoàn
    thành 9.512, đạt 96,4%"; "tổng số hồ sơ 9.870, hoàn thành 9.512")."""
    mention = mentions[index]
    if mention.kind not in ("plain", "count") or mention.noun or mention.denominator:
        return False
    if not _DONE_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False
    if not _NOTHING_AFTER.match(text, mention.end):
        return False
    sentence = segments.sentence(mention.value_start)
    for earlier in mentions[:index]:
        if earlier.value_start < sentence.start:
            continue
        if earlier.kind == "count" and measured(earlier.noun or "", language):
            return True  # "tiếp nhận 9.870 hồ sơ, hoàn thành 9.512"
        named = _COUNT_NAMED_BEFORE.search(text, max(sentence.start, earlier.start - 30), earlier.start)
        if named and measured(named.group(1), language):
            return True  # "tổng số hồ sơ 9.870, hoàn thành 9.512"
    return False


_COUNT_NAMED_BEFORE = re.compile(r"(?<!\w)(?:tổng số|số lượng|số)\s+([^\d,;.:()]{1,40}?)\s*(?:là|:)?\s*$", re.I)


def an_index_of_other_things_in_its_clause(doc: Document, mention: Mention, sentence, clause) -> bool:
    """The figure's clause names an index of other things before it (``another_index_named_last``)."""
    named = another_index_named_last(doc, mention, sentence)
    return named is not None and named >= clause.start


# "02 khoản phí giảm 05%", "lệ phí được giảm 50% khi nộp hồ sơ trực tuyến", "fees are reduced by 50%": a fee or a price
# cut or raised by a percent, a policy, no measure of the province's (it was read as the online rate's change)
_A_FEE_CHANGED = re.compile(
    r"(?<!\w)(?:phí|lệ phí|học phí|giá|giá cước|cước|fees?|charges?|prices?|tariffs?)(?:\s+[^\s\d,;.]+){0,3}?\s+"
    r"(?:(?:được|sẽ|will\s+be|are|is|were|was)\s+)?(?:giảm|tăng|miễn|cut|reduced|lowered|raised|increased|decreased)"
    r"(?:\s+(?:by|to|còn|xuống))?\s*(?:khoảng\s*|tới\s*|đến\s*)?$",
    re.I,
)


# "the processing time was cut by 40%", "aiming to reduce at least 60% of the processing time", "rút ngắn 30% thời gian
# giải quyết": how much a time is cut, no rate of the dossiers its sentence names
_A_TIME_CUT_BEFORE = re.compile(
    r"(?<!\w)(?:time|thời gian)(?:\s+[^\s\d,;.]+){0,3}?\s+(?:(?:was|were|is|are|will\s+be|được|sẽ)\s+)?"
    r"(?:cut|reduced|shortened|lowered|giảm|cắt giảm|rút ngắn)(?:\s+(?:by|còn|xuống))?\s*$",
    re.I,
)
_CUTS_BEFORE = re.compile(
    r"(?<!\w)(?:reduce|reduces|reduced|reducing|cut|cuts|cutting|shorten|shortens|shortened|shortening|giảm|cắt giảm"
    r"|rút ngắn)\s+(?:(?:at\s+least|by|up\s+to|over|more\s+than|tối thiểu|ít nhất|từ|khoảng)\s+)?$",
    re.I,
)
_TIME_AFTER = re.compile(r"\s*(?:of\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:time|thời gian)(?!\w)", re.I)


def a_fee_price_or_time_cut(text: str, clause_start: int, mention: Mention) -> bool:
    """The percent is how much a fee or a price is cut or raised ("02 khoản phí giảm 05%"), or a time cut ("the
    processing time was cut by 40%", "reduce at least 60% of the processing time")."""
    if mention.kind != "percent":
        return False
    lead = (clause_start, mention.value_start)
    return bool(
        _A_FEE_CHANGED.search(text, *lead)
        or _A_TIME_CUT_BEFORE.search(text, *lead)
        or (_CUTS_BEFORE.search(text, *lead) and _TIME_AFTER.match(text, mention.end))
    )


# What would or could have been, not what was: "the rate would have reached 70% without the outage", "could have
# issued 10,000 more accounts", "tỷ lệ ... lẽ ra đã đạt 80%", "có thể đã đạt 70%" (a counterfactual or a guess at the
# past). Not "should have reached 80%", a target missed (see the target markers), nor the future perfect of an aim
# ("will have reached").
_COULD_HAVE = re.compile(
    r"(?<!\w)(?:could|might)\s+(?:(?:still|also|even|easily|well|otherwise)\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|de)\s"
    # (not "lẽ ra đã phải đạt 80%": a target missed)
    r"|(?<!\w)(?:lẽ ra|đáng lẽ|giá như)(?:\s+(?:đã|có thể|sẽ))+\s(?!phải\b)|(?<!\w)có thể đã\s",
    re.I,
)
_WOULD_HAVE = re.compile(
    r"(?<!\w)would\s+(?:(?:still|also|even|easily|otherwise)\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|de)\s", re.I
)
# "would have" is a counterfactual with its condition in the sentence ("if ...", "had it ...", "without ...", "but
# for ..."); without one it may be an aim said in the past ("said it would have reached 80% by 2025")
_A_CONDITION = re.compile(
    # ("had" only opening an inverted condition: "Had the network been ...", "..., had it been ..."; not "as it had
    # pledged")
    r"(?<!\w)(?:if|without|but\s+for|otherwise|unless|nếu|giá như)(?!\w)|(?:^|[,;]\s*)[Hh]ad\s+(?:the|it|they|we|there)\b",
    re.I | re.M,
)
# where the figure's own part of its clause opens: after a comma, a colon or a word of contrast or of joining ("would
# have reached 75%, but it reached 61%", "có thể đã quen ... khi tỷ lệ ... đạt 68%")
_A_PART_OPENS = re.compile(
    # (not "and"/"và": "would have reached 80% and the payment rate 50%" goes on with the same modal)
    r"[,:;]|(?<!\w)(?:but|yet|while|whereas|nhưng|song|thực tế|trong khi|khi|còn)(?!\w)",
    re.I,
)


# A threshold that picks out a group, then what the group must do or gets: "Các đơn vị có tỷ lệ hồ sơ trực tuyến dưới 30%
# phải giải trình", "những xã có tỷ lệ ... từ 90% trở lên được khen thưởng", "units with an online rate below 30% must
# explain". A bound of a rule, no measure of where anything stands.
_A_GROUP_BY_ITS_RATE_BEFORE = re.compile(
    # (units by their noun: not "Những năm gần đây tỉnh có tỷ lệ ... trên 90%")
    r"(?<!\w)(?:(?:các|những|mọi)\s+(?:đơn vị|cơ quan|địa phương|xã|phường|huyện|sở|ngành|trường|bệnh viện|thôn|doanh nghiệp)"
    r"|(?:the\s+)?(?:units|agencies|localities|communes|districts|departments))"
    r"(?:\s+[^\W\d]+){0,4}?\s+(?:có|with|whose)\s+(?:[^\W\d]+\s+){0,4}?(?:t[ỷỉ] lệ|rate|share)[^\d;:.]{0,80}?"
    r"(?:dưới|thấp hơn|trên|cao hơn|từ|không đạt|chưa đạt|below|under|above|over|less than|more than|of less than"
    r"|of more than|of at least|at least)\s*$",
    re.I,
)
_WHAT_THE_GROUP_MUST_DO_AFTER = re.compile(
    r"\s*(?:trở lên|trở xuống|or (?:more|less|higher|lower|above|below))?\s*,?\s*(?:thì\s+)?"
    r"(?:phải|sẽ bị|bị|sẽ được|được khen|cần|must|will be|shall|are required|have to|need to|are to)(?!\w)",
    re.I,
)


def a_threshold_of_a_group(text: str, clause_start: int, mention: Mention) -> bool:
    """The figure bounds a rate that picks out a group, and the clause says what that group must do or gets (``_A_GROUP_
    BY_ITS_RATE_BEFORE``, ``_WHAT_THE_GROUP_MUST_DO_AFTER``)."""
    return bool(
        _A_GROUP_BY_ITS_RATE_BEFORE.search(text, clause_start, mention.start)
        and _WHAT_THE_GROUP_MUST_DO_AFTER.match(text, mention.end)
    )


# Some of the province's units said to fall below or rise above a bound: "một số UBND cấp xã có tỷ lệ số hóa dưới 50%",
# "nhiều xã biên giới còn dưới 40%", "some communes still have rates below 30%". Where a few units stand, no figure of
# the province's.
_SOME_UNITS_BOUNDED_BEFORE = re.compile(
    r"(?<!\w)(?:một số|một vài|nhiều|không ít|vẫn còn|còn|some|several|many|a few)\s+(?:ubnd\s+)?(?:cấp\s+)?"
    r"(?:xã|phường|huyện|đơn vị|cơ quan|sở|địa phương|thôn|ấp|trường|bệnh viện|communes|wards|districts|units|agencies"
    # (in their own clause, but for a list of their names, the province's figure not named: not "Nhờ nhiều địa phương vào
    # cuộc, tỷ lệ ... của tỉnh đạt trên 60%")
    r"|departments|localities)(?!\w)(?:(?!của tỉnh|toàn tỉnh|province)(?:[^\d;:.,]|,\s*(?=[A-ZĐ]))){0,80}?(?<!\w)(?:(?:còn|vẫn|chỉ)\s+)?"
    r"(?:dưới|thấp hơn|chưa đến|chưa tới"
    r"|chỉ đạt|trên|cao hơn|below|under|less than|above|over)\s*$",
    re.I,
)


def a_bound_of_some_units(text: str, clause_start: int, mention: Mention) -> bool:
    """The figure bounds where some of the province's units stand (``_SOME_UNITS_BOUNDED_BEFORE``), in its clause."""
    return mention.kind == "percent" and bool(_SOME_UNITS_BOUNDED_BEFORE.search(text, clause_start, mention.start))


def what_would_have_been(text: str, clause_start: int, sentence, mention: Mention) -> bool:
    """The figure's own part of its clause (``_A_PART_OPENS``) says what could or would have been, not what was
    (``_COULD_HAVE``, ``_WOULD_HAVE``)."""
    start = max([clause_start] + [m.end() for m in _A_PART_OPENS.finditer(text, clause_start, mention.value_start)])
    if _COULD_HAVE.search(text, start, mention.value_start):
        return True
    return bool(
        _WOULD_HAVE.search(text, start, mention.value_start)
        and _A_CONDITION.search(text[sentence.start : sentence.end])
    )


# A gap written right after what it is compared with: "(cao hơn mức trung bình của cả nước 1,1 điểm)", "higher than the
# national average by 2.5 points". How much higher or lower, no level of the measure the sentence names (not the value
# compared with, after "là", "bằng" or "mức": "thấp hơn giá trị trung bình cấp tỉnh là 0,5791").
_A_GAP_AFTER_WHAT_IT_IS_COMPARED_WITH = re.compile(
    r"(?<!\w)(?:(?:cao|thấp)\s+hơn|(?<!không )kém)\s+(?!so với|khoảng|gần|hơn)[^\W\d][^\d.;,()\n]{1,50}?[^\W\d](?<!\slà)(?<!\sbằng)(?<!\smức)\s*$"
    r"|(?<!\w)(?:higher|lower)\s+than\s+(?:[^\d.;,()\n]{3,50}?)\s+by\s*$",
    re.I,
)


# ... or how far a figure went beyond its target: "vượt chỉ tiêu tỉnh giao 37,5%", "exceeding the target assigned by the
# province by 37.5%" (not the target's own level: "vượt chỉ tiêu toàn quốc là 60%", "vượt mục tiêu tối thiểu 65%")
_BEYOND_ITS_TARGET_BY = re.compile(
    r"(?<!\w)vượt\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?!(?:là|ở|bằng|tối|ít)\b)[^\W\d]+){0,5}\s*(?:khoảng\s+|gần\s+|hơn\s+)?$"
    # ("vượt chỉ tiêu đề ra tại Nghị quyết số 05-NQ/TU của Tỉnh ủy 37,5%": the source that set it named at length)
    rf"|(?<!\w)vượt\s+(?:chỉ tiêu|kế hoạch|mục tiêu){TARGET_SET_BY_ITS_SOURCE}\s*(?:khoảng\s+|gần\s+|hơn\s+)?$"
    r"|(?<!\w)(?:exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|plan|goal)s?"
    r"(?:\s+[^\d.;,()]{0,40}?)?\s+by\s*$",
    re.I,
)


# words that make the figure after the comparison a level of its own: "cao hơn năm trước với tổng số 420.000 thuê bao",
# "cao hơn mức trung bình cả nước khi đạt 48%"
_A_LEVEL_OF_ITS_OWN = re.compile(r"(?<!\w)(?:với|khi|đạt|tổng|with|when|reaching|at)(?!\w)", re.I)
# a comparison with an earlier time: what follows is a change of the measure, never its level
_AN_EARLIER_TIME = re.compile(
    r"(?<!\w)(?:năm trước|năm ngoái|cùng kỳ|kỳ trước|tháng trước|quý trước|năm (?:19|20)\d\d|last year|the previous year"
    r"|a year earlier)(?!\w)",
    re.I,
)


def a_gap_read_as_a_level(text: str, clause_start: int, mention: Mention, links, level: Mention | None) -> bool:
    """The figure is a gap written right after what it is compared with (``_A_GAP_AFTER_WHAT_IT_IS_COMPARED_WITH``), or
    how far it went beyond its target (``_BEYOND_ITS_TARGET_BY``), and every indicator that claims it is a level, not a
    change nor a difference: the indicator would load the gap as its level (a catalog difference such as the DTI
    score's from the average keeps it). ``level``: the level of its kind said before it in its sentence; a figure at
    least half of it is the level compared with ("đạt 88%, cao hơn mức bình quân chung cả nước 76%", "đạt 52%, vượt
    chỉ tiêu Nghị quyết 45%"), not a gap."""
    if not links or any(found.concept.change or "_diff" in found.concept.code for found in links):
        return False
    start = max(clause_start, mention.value_start - 80)
    for pattern in (_A_GAP_AFTER_WHAT_IT_IS_COMPARED_WITH, _BEYOND_ITS_TARGET_BY):
        found = pattern.search(text, start, mention.value_start)
        if found is None or _A_LEVEL_OF_ITS_OWN.search(text, found.start() + 8, found.end()):
            continue
        if pattern is _A_GAP_AFTER_WHAT_IT_IS_COMPARED_WITH and _AN_EARLIER_TIME.search(
            text, found.start(), found.end()
        ):
            # "cao hơn năm trước 250.000 thuê bao": a change read as a level (not the year of a target's source:
            # "vượt chỉ tiêu đề ra tại Kế hoạch chuyển đổi số năm 2023 của tỉnh 65%")
            return True
        return level is None or not level.value or mention.value < GAP_SHARE * level.value
    return False


# A share of a market ("VNPT ... chiếm tới 70% thị phần", "with a 58% market share", "thị phần của Viettel là 45%"): a
# company's, no measure of the province's
_MARKET_SHARE_AFTER = re.compile(r"\s*(?:của\s+)?(?:thị phần|market\s+share)(?!\w)", re.I)
_MARKET_SHARE_BEFORE = re.compile(
    r"(?<!\w)(?:thị phần|market\s+share)(?:\s+(?:của|of)\s+[^\d.;,]{1,30}?)?\s*(?:là|đạt|chiếm|ở mức|at|of|was|is|:)\s*$",
    re.I,
)


def a_market_share(text: str, clause_start: int, mention: Mention) -> bool:
    """The percent is a share of a market (``_MARKET_SHARE_AFTER``, ``_MARKET_SHARE_BEFORE``)."""
    return mention.kind == "percent" and bool(
        _MARKET_SHARE_AFTER.match(text, mention.end)
        or _MARKET_SHARE_BEFORE.search(text, max(clause_start, mention.value_start - 60), mention.value_start)
    )


# The total a count before it is out of: "gần 6.100 doanh nghiệp trên tổng số 9.800 doanh nghiệp ...", "177 out of a total
# of 267 products": a base, no measure of its own
_OUT_OF_A_TOTAL_BEFORE = re.compile(
    r"(?<!\w)(?:trên|trong|so với)\s+tổng\s+số\s*$|(?<!\w)out\s+of\s+(?:a\s+|the\s+)?total\s+(?:of\s+)?$", re.I
)


# a lead that names the set a later figure counts in: "Đối với 25 dịch vụ công thiết yếu ..., tỉnh đã triển khai 25/25",
# "Regarding the 25 essential public services prioritised under the project, ... 25/25 services", "Of the 26 targets"
_A_SET_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:đối với|về|trong số|trong|regarding|as for|as to|for|of|among|out of)\s+(?:the\s+|các\s+|tổng số\s+)?$",
    re.I,
)


def the_set_a_later_fraction_counts_in(text: str, sentence, mention: Mention, mentions: list[Mention]) -> bool:
    """A count that a lead names as a set (``_A_SET_NAMED_BEFORE``), out of which a later fraction of its sentence
    counts ("Đối với 25 dịch vụ công thiết yếu theo Đề án, tỉnh đã triển khai 25/25 dịch vụ"): the set, no figure."""
    return (
        mention.kind in ("count", "plain")
        and mention.denominator is None
        and (lead := _A_SET_NAMED_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start))
        is not None
        # (the lead opens its sentence or a part of it)
        and re.fullmatch(r"[\W\d]*", text[max(sentence.start, text.rfind(",", 0, lead.start()) + 1) : lead.start()])
        is not None
        and (
            any(
                m.value_start > mention.end and m.value_start < sentence.end and m.denominator == mention.value
                for m in mentions
            )
            # "Trong 12 chỉ tiêu chuyển đổi số của năm, phần lớn đạt và vượt kế hoạch": its parts in words
            or _ITS_PARTS_IN_WORDS_AFTER.match(text, mention.end) is not None
            # "Trong 8 chỉ số chính, chỉ số nhân lực số tăng 9 bậc": the index's framework, one of its parts named after
            or _THE_FRAMEWORKS_PARTS_AFTER.match(text, mention.end) is not None
        )
    )


_THE_FRAMEWORKS_PARTS_AFTER = re.compile(
    r"\s+(?:chỉ số chính|chỉ số thành phần|trụ cột|main indices|main indexes|component indices|pillars)(?!\w)"
    r"[^\d,;.]{0,30}[,:]",
    re.I,
)
# (a set of targets or tasks, whose parts are told in words: not a stock measured, "Trong số 12.500 hồ sơ tiếp nhận, hầu
# hết ...", which is the figure itself)
_ITS_PARTS_IN_WORDS_AFTER = re.compile(
    r"\s+(?:chỉ tiêu|nhiệm vụ|mục tiêu|targets|tasks|goals|indicators)(?!\w)[^\d,;.]{0,60},\s*"
    r"(?:phần lớn|hầu hết|đa số|phần nhiều|tất cả|most|all|nearly all|almost all|the majority)(?!\w)",
    re.I,
)


def the_total_a_count_is_out_of(text: str, clause_start: int, mention: Mention, before: Mention | None) -> bool:
    """The count is the total the count right before it, in its clause, is out of (``_OUT_OF_A_TOTAL_BEFORE``)."""
    return (
        before is not None
        and before.value_start >= clause_start
        and before.kind in ("count", "plain")
        and mention.kind in ("count", "plain")
        and _OUT_OF_A_TOTAL_BEFORE.search(text, max(before.end, mention.value_start - 40), mention.value_start)
        is not None
    )
