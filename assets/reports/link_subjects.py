"""What a figure's own words name: the rate a percent states ("tỷ lệ ..."), a subject with a predicate
of its own, the thing a count word heads, a reference back to a figure named before, levels only."""

from __future__ import annotations

import re

from assets.reports.language import Language
from assets.reports.link_document import Document, after_the_figure_before
from assets.reports.link_hosts import words_end
from assets.reports.mentions import Mention
from assets.reports.segments import Span


def own_rate_head(doc: Document, mention: Mention, sentence: Span) -> int | None:
    """Where a percent's own rate is named ("tỷ lệ"), after the figure before it in its sentence, or None."""
    if mention.kind != "percent":
        return None
    before = [
        m for m in doc.mentions if sentence.start <= m.value_start and m.end <= mention.value_start and m is not mention
    ]
    if not before:
        return None
    heads = list(RATE_WORD.finditer(doc.text, before[-1].end, mention.value_start))
    return heads[-1].start() if heads else None


def rate_named_after_a_percent(doc: Document, mention: Mention, sentence: Span) -> int | None:
    """Where a percent names a rate of its own ("tỷ lệ xử lý hồ sơ điện tử đạt 66,38%", "the rate of online processing
    ... reached 95%") right after another percent of its sentence, or None. Not a rate word that only leads the
    value ("đạt tỷ lệ 69%"), nor one after a count, whose share it may be ("730.000 hồ sơ; trong đó, tỷ lệ trực
    tuyến đạt 97,4%")."""
    head = own_rate_head(doc, mention, sentence)
    if head is None:
        return None
    before = [m for m in doc.mentions if sentence.start <= m.value_start and m.end <= head and m is not mention]
    if not before or before[-1].kind != "percent" or head < words_end(before[-1]):
        return None  # (nor the rate word of what the percent before is a share of: "chiếm 80% tỷ lệ dân số")
    rate = RATE_WORD.match(doc.text, head)
    named = doc.text[rate.end() : mention.value_start]
    if doc.language.figure_anaphora_words.search(doc.text, head, mention.value_start):
        return None  # "...; hiện tỷ lệ này đã đạt 72%": the rate before, referred back to
    return head if _ONLY_A_PREDICATE.fullmatch(named) is None else None


_ONLY_A_PREDICATE = re.compile(
    r"[\s:]*(?:(?:đạt|là|ở mức|khoảng|gần|hơn|trên|đã|đang|vẫn|cũng|tiếp tục|tăng lên|nâng lên|giảm xuống|lên|xuống"
    r"|chỉ|mới|hiện|reached|was|is|of|about|nearly|over|has|had|also|increased to|rose to|grew to|fell to|dropped to)"
    r"(?!\w)[\s:]*)*",
    re.I,
)


# "tỷ lệ", and in English "the rate of", "the share of"
RATE_WORD = re.compile(r"(?<!\w)(?:t[ỷỉ] lệ|(?:the\s+)?(?:rate|share|proportion|percentage)\s+of)(?!\w)", re.I)


def a_later_subject(doc: Document, start: int, mention: Mention, first: Mention, sentence: Span) -> bool:
    """The word is in the rate a sentence's first percent names ("tỷ lệ ... đạt 50%"), and ``mention``, a
    later percent, has words of its own beyond a level ("40% người dân tham gia ...")."""
    if mention.kind != "percent" or first.kind != "percent" or not mention.noun or mention.noun_at is not None:
        return False
    if not has_a_subject_of_its_own(doc, mention):
        return False  # "vượt mục tiêu tối thiểu 65% vào cuối năm 2022": no subject of its own
    rate = RATE_WORD.search(doc.text, sentence.start, first.value_start)
    return rate is not None and rate.start() <= start


def has_a_subject_of_its_own(doc: Document, mention: Mention) -> bool:
    """The words after a percent say what is so of whom ("40% hộ gia đình tham gia ..."): a subject and its
    own predicate, not a level ("90% cấp xã"), a time ("65% vào cuối năm"), a list's levels ("lần lượt ở cấp
    tỉnh, huyện, xã") nor a bare subject the rate before it is said of ("75%, 92% người dân trưởng thành")."""
    noun = mention.noun
    return (
        len(noun.split()) >= 2
        and not _NO_SUBJECT.match(noun)
        and not owns_nothing_but_levels(doc, mention)
        and _PREDICATE.search(noun) is not None
    )


_PREDICATE = re.compile(
    r"(?<!\w)(?:có|được|đã|đang|tham gia|sử dụng|dùng|cài|cài đặt|đăng ký|thực hiện|tiếp cận|kết nối|hài lòng"
    r"|ứng dụng|triển khai|thanh toán|nộp|xử lý|giải quyết|truy cập|mua|bán|biết"
    # English: "100 percent of communes had fibre-optic broadband"
    r"|had|have|has|are|were|use|used|using|access|accessed|own|owned|paid|pay|submitted|received|connected"
    r"|covered|participated|participate|installed|registered|activated)(?!\w)",
    re.I,
)


_NO_SUBJECT = re.compile(
    r"(?:vào|trong|tại|ở|so|của|với|trên|dưới|đến|tới|từ|cho|và|hoặc|là|theo|kế hoạch|mục tiêu|chỉ tiêu|năm|tháng|quý)\b",
    re.I,
)


_PREDICATE_WORDS = re.compile(
    r"(?<!\w)(?:đạt|chiếm|là|ở mức|khoảng|gần|hơn|trên|dưới|tới|đến|mới|chỉ|vẫn|cao|thấp|ước|năm|\d+)(?!\w)", re.I
)


def its_own_item(doc: Document, mention: Mention, sentence: Span) -> int | None:
    """Where the figure's item starts, in a list whose items follow semicolons, when the item names a subject and its
    predicate of its own before the figure ("...; sản phẩm chủ lực được bán qua sàn thương mại điện tử đạt gần 20%"):
    the words of the items before it are not its words. None for an item that only goes on with the list ("...; cấp
    huyện đạt 80%", "...; 70% tại cấp xã") or refers back ("...; tỷ lệ này đạt 80%"). Not for a count, whose noun says
    what it counts and may go on with the item before it in fewer words ("...; 149/149 thôn đã thành lập tổ công nghệ
    với 1.020 thành viên")."""
    item = doc.text.rfind(";", sentence.start, mention.value_start)
    if item < 0 or mention.kind == "count" or refers_back(doc, mention):
        return None
    lead = doc.text[item + 1 : mention.value_start]
    if not _PREDICATE.search(lead):
        return None
    for level in doc.language.levels.values():
        lead = level.sub(" ", lead)
    lead = _TIME_AND_SCOPE_WORDS.sub(" ", _PREDICATE_WORDS.sub(" ", _PREDICATE.sub(" ", lead)))
    own = re.findall(r"[^\W\d_]+", lead)
    return item + 1 if len(own) >= _OWN_SUBJECT_WORDS else None


_OWN_SUBJECT_WORDS = 4  # syllables of a subject of its own (a level, a verb or a bare noun is fewer)
# a time or a part of the units the item goes on with, no subject of its own ("...; riêng tháng 12 năm 2024 đã tăng lên
# đạt 60%", "...; tính riêng quý IV ...", "...; các cơ quan, đơn vị thuộc UBND huyện thực hiện đạt 90%", "...; tại các xã
# vùng sâu, vùng xa được triển khai mới đạt 40%")
_TIME_AND_SCOPE_WORDS = re.compile(
    r"(?<!\w)(?:tính riêng|riêng|tháng|quý|năm|đầu|cuối|[ivx]+|tăng lên|nâng lên|lên|tại|ở|các|những|cơ quan|đơn vị"
    r"|thuộc|ubnd|vùng sâu|vùng xa|vùng|địa bàn|khu vực|địa phương|triển khai|thực hiện|mới|month|quarter|year|in|at"
    r"|the)(?!\w)",
    re.I,
)


def names_its_own_rate(doc: Document, mention: Mention, sentence: Span) -> bool:
    """A percent whose rate ("tỷ lệ ...") is named in its sentence, after the figure before it, with at least
    three words of its own beyond levels and predicate words (not "tỷ lệ này", "tỷ lệ ở cấp xã đạt")."""
    if mention.kind != "percent" or refers_back(doc, mention):
        return False
    head = RATE_WORD.search(doc.text, after_the_figure_before(doc, mention, sentence), mention.value_start)
    if head is None:
        return False
    words = doc.text[head.end() : mention.value_start]
    for level in doc.language.levels.values():
        words = level.sub(" ", words)
    return len(_PREDICATE_WORDS.sub(" ", words).split()) >= 3


def names_its_rate(doc: Document, mention: Mention, sentence: Span) -> bool:
    """A percent whose rate ("tỷ lệ") is named after the figure before it (or the sentence's start)."""
    if mention.kind != "percent":
        return False
    return RATE_WORD.search(doc.text, after_the_figure_before(doc, mention, sentence), mention.value_start) is not None


def refers_back(doc: Document, mention: Mention) -> bool:
    """The figure's clause refers back to a figure named before ("tỷ lệ này", "con số trên"), or is the total score
    of what was named before it ("Tổng điểm của UBND tỉnh là 84,12" opening a paragraph after the index's name)."""
    clause = doc.segments.clause(mention.value_start)
    return bool(
        doc.language.figure_anaphora_words.search(doc.text, clause.start, mention.value_start)
        or (mention.kind == "score" and _TOTAL_SCORE_LEAD.match(doc.text, clause.start, mention.value_start))
    )


_TOTAL_SCORE_LEAD = re.compile(r"\s*tổng\s+(?:số\s+)?điểm(?!\w)[^\d;()\n]{0,40}?(?:là|đạt)?\s*:?\s*$", re.I)


def in_rate_head(doc: Document, start: int, mention: Mention) -> bool:
    """The word is in the few words after the rate word ("tỷ lệ") that leads this percent."""
    if mention.kind != "percent":
        return False
    clause = doc.segments.clause(mention.value_start)
    lead = doc.text[clause.start : mention.value_start]
    heads = list(doc.language.rate_heads.finditer(lead))
    if not heads:
        return False
    head = heads[-1]
    head_start = clause.start + head.end()
    return head_start <= start < head_start + 70 and not _a_figure_between(doc, head_start, mention)


def _a_figure_between(doc: Document, start: int, mention: Mention) -> bool:
    """A figure of the sentence written from ``start`` up to this one (``start`` lies in its sentence)."""
    return any(
        start <= doc.mentions[i].value_start < mention.value_start
        for i in doc.sentence_mentions(doc.segments.sentence(mention.value_start).start)
    )


def in_count_head(doc: Document, start: int, mention: Mention) -> bool:
    """'Số lượng xã ... được kết nối cáp quang: 71/71': the words after a count word name what it counts."""
    if mention.kind not in ("count", "plain") or mention.noun:
        return False
    clause = doc.segments.clause(mention.value_start)
    lead = doc.text[clause.start : mention.value_start]
    heads = list(doc.language.count_heads.finditer(lead))
    if not heads:
        return False
    head_start = clause.start + heads[-1].end()
    return head_start <= start < head_start + 90 and not _a_figure_between(doc, head_start, mention)


def heads_the_rate(doc: Document, mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """One of the concept's words comes right after the rate word that leads this percent."""
    if mention.kind != "percent":
        return False
    clause = doc.segments.clause(mention.value_start)
    heads = list(doc.language.rate_heads.finditer(doc.text[clause.start : mention.value_start]))
    if not heads:
        return False
    head_end = clause.start + heads[-1].end()
    return any(0 <= start - head_end <= 2 for start, _ in spans)


def owns_nothing_but_levels(doc: Document, mention: Mention) -> bool:
    """The figure's own words are a level or a place at most ("98,2% cấp thôn", "70% tại cấp xã"), and so is the
    rate it names after the percent before it, if any ("...; tỷ lệ cấp xã đạt 50%", not "...; and the rate of online
    processing reached 90%")."""
    own_end = mention.noun_span[1] if mention.noun_at is None else mention.end  # a shared noun is not its own
    own = doc.text[mention.end : own_end].strip().lower()
    head = rate_named_after_a_percent(doc, mention, doc.segments.sentence(mention.value_start))
    if head is not None:
        own += " " + _ONLY_A_PREDICATE.sub(" ", doc.text[RATE_WORD.match(doc.text, head).end() : mention.value_start])
    rest = own
    for pattern in doc.language.levels.values():
        rest = pattern.sub(" ", rest)
    # (and English prepositions a noun may end at, "7.8% in 2024": noun "in"; "the target of 10 percent for 2025")
    return len(re.sub(r"\b(?:tại|ở|của|các|đối với|cấp|in|at|of|the|for|by)\b|[\s,.;()]", "", rest)) == 0


def the_economys_growth(text: str, clause, mention: Mention, language: Language) -> bool:
    """ "kinh tế - xã hội ... tiếp tục tăng trưởng đạt 9,8%": a percent its clause names the economy's growth,
    with no word of digital transformation before it in the clause ("kinh tế số tăng trưởng 20%" is one)."""
    # (from the figure's line: a title above it, not closed by a full stop, is no part of its clause's words; nor is
    # a bracket, "(AG Provincial E-Portal) - With the goal of achieving a GRDP growth rate of 10.71%")
    lead = re.sub(r"\([^()]*\)", " ", text[max(clause.start, text.rfind("\n", 0, mention.start) + 1) : mention.start])
    named = list(language.economy_growth_words.finditer(lead))
    # (the words from the last naming on: "the digital economy will account for 30% of GRDP and labour productivity
    # increase by over 13%": the productivity's)
    return mention.kind == "percent" and bool(named) and not language.dx_words.search(lead, named[-1].start())
