"""Which indicator a number states, from the concept words around it.

Each catalog concept (concepts.py) lists groups of words; a number states a concept when every
group has a word near it, weighed by where the word is:
  - in the number's own sentence: by distance (1 / (1 + chars/25)); a word between two numbers
    belongs to one of them (split at the last boundary word before the second: "100% X, Y | và
    80% Z"), and counts only 0.3 for the other; across a ``;`` it counts 0.7;
  - words before the first number of a sentence, or after the last, are shared by all of them;
  - in an earlier sentence of the paragraph: 0.35; in the row label of a table cell: 0.9;
  - in the document's title: 0.3.
The concept with the highest sum wins; kinds must fit (a percent states a percent indicator, a
count the indicator whose noun it counts, a rank a rank); a value outside the indicator's valid
range, or an ``unless`` word near the number, rules a concept out. One number said of several
coordinated administrative levels ("cấp tỉnh, cấp huyện và cấp xã") states one figure per level.
No rule names a document, a sentence or a province.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from assets.reports.concepts import Concept
from assets.reports.language import Language, names_at_a_word
from assets.reports.mentions import JOINED_ONLY, NOUN_WORDS, Mention
from assets.reports.segments import Segments, Span
from assets.reports.timephrases import document_names

OWNER_ELSEWHERE = 0.15
OTHER_CLAUSE = 0.7
HEAD_NOUN = 0.2
RATE_HEAD = 0.9  # "tỷ lệ số hóa hồ sơ ... đạt 88,43%": what follows the rate word defines the percent
SHARED_FLOOR = 0.35  # a sentence's topic or closing predicate describes all its figures, near or far
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
_EXCEPT = re.compile(r"(?:ngoài|trừ|ngoại trừ|except|other than)\s+(?:\S+\s+)?$", re.I)
_LEADING = re.compile(r"^(?:các|những|số|tổng số|toàn bộ|danh mục)\s+", re.I)


@dataclass
class Link:
    concept: Concept
    score: float
    evidence: list[str] = field(default_factory=list)  # the words that decided it
    spans: list[tuple[int, int]] = field(default_factory=list)  # where those words are


@dataclass
class Document:
    """What linking needs of one document, computed once."""

    text: str
    title: str
    segments: Segments
    mentions: list[Mention]
    language: Language
    _occurrences: dict = field(default_factory=dict)
    _title_hits: dict = field(default_factory=dict)
    _sentence_mentions: dict = field(default_factory=dict)
    _comparisons: list | None = None
    _names: list | None = None

    def no_concept_spans(self) -> list[tuple[int, int]]:
        """Spans naming a law, plan, programme or national agency, and the words of non-measures that hide them
        ("10/17 sở, ngành đạt trên 90%"): their words are not a figure's concept."""
        if self._names is None:
            hidden = [
                m.span()
                for rule in self.language.non_measures
                if rule.hides_words
                for m in rule.pattern.finditer(self.text)
            ]
            agencies = [m.span() for m in self.language.agency_names.finditer(self.text)]
            self._names = document_names(self.text, self.language) + hidden + agencies
        return self._names

    def comparisons(self) -> list[tuple[int, int, int, int]]:
        """(start, end of the comparison word, end of its concept words, end) of each comparison
        ("so với ...", "cao hơn ..."), up to the next figure, bracket, comma or semicolon."""
        if self._comparisons is None:
            regions = []
            for m in self.language.comparison_words.finditer(self.text):
                if (
                    m.group(0).lower() in ("from", "tăng so với", "giảm so với")
                    or self.text[m.start() : m.end()].lower().startswith("cùng kỳ")
                    and regions
                    and regions[-1][2] >= m.start()
                ):
                    continue
                clause = self.segments.clause(m.start())
                if not any(clause.start <= x.end <= m.start() for x in self.mentions):
                    continue  # "So với các tỉnh Tây Nguyên, Gia Lai xếp thứ 3": the group ranked among
                if re.match(r"\s*tổng số|\s*\d", self.text[m.end() :]):
                    if re.match(r"\s*\d", self.text[m.end() :]):
                        regions.append((m.start(), m.end(), m.end(), m.end()))  # "cao hơn 0,105": a qualifier
                    continue  # "đạt 84,59% so với tổng số TTHC": the base of a rate, not a comparison
                stop = re.compile(r"[,;()\n]|\s(?:là|bằng|ở mức)\s").search(self.text, m.end())
                end = min(stop.start() if stop else len(self.text), self.segments.sentence(m.start()).end)
                nxt = [x.value_start for x in self.mentions if m.end() <= x.value_start < end]
                end = min([end, *nxt])
                head = self.language.comparison_concept_words.match(
                    self.text, m.end() + (len(self.text[m.end() :]) - len(self.text[m.end() :].lstrip()))
                )
                regions.append((m.start(), m.end(), head.end() if head else m.end(), end))
            self._comparisons = regions
        return self._comparisons

    def occurrences(self, pattern: re.Pattern) -> list[tuple[int, int]]:
        key = pattern.pattern
        if key not in self._occurrences:
            self._occurrences[key] = [m.span() for m in pattern.finditer(self.text)]
        return self._occurrences[key]

    def in_title(self, pattern: re.Pattern) -> bool:
        key = pattern.pattern
        if key not in self._title_hits:
            self._title_hits[key] = bool(self.title and pattern.search(self.title))
        return self._title_hits[key]

    def sentence_mentions(self, sentence_start: int) -> tuple[int, ...]:
        if sentence_start not in self._sentence_mentions:
            sentence = self.segments.sentence(sentence_start)
            self._sentence_mentions[sentence_start] = tuple(
                i for i, m in enumerate(self.mentions) if sentence.start <= m.value_start < sentence.end
            )
        return self._sentence_mentions[sentence_start]


def _distance(start: int, end: int, mention: Mention) -> int:
    if end <= mention.value_start:
        return mention.value_start - end
    if start >= mention.end:
        return start - mention.end
    return 0


def _split_point(text: str, left: Mention, right: Mention, language: Language) -> int:
    """Where the words owned by ``left`` end and those of ``right`` begin."""
    between = text[left.end : right.value_start]
    if ";" in between:
        # A semicolon ends the left item: what follows it is the right one's, whatever its words
        # ("80%; tỷ lệ doanh nghiệp nhỏ và vừa ... đạt 50%": not a cut at "và").
        return left.end + between.index(";") + 1
    cut = None
    # "..., ở cấp tỉnh đạt 99%, cấp huyện, thành phố đạt 97,7%": the commas inside the units of one level
    # listed together are no boundary
    listed = [span for level in language.levels.values() for span in (m.span() for m in level.finditer(between))]
    for m in language.boundary_words.finditer(between):
        if any(s < m.start() and m.end() < e for s, e in listed):
            continue
        if m.group(0) == "(" and not between[m.end() :].strip():
            # the bracket the right figure opens: the words before it label it ("chính quyền số (0,5512 điểm),
            # kinh tế số (0,4321 điểm)"), so the cut is at the boundary before them
            continue
        cut = m.end()
    rate = list(_RATE_HEAD.finditer(between)) if right.kind == "percent" else []
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


_PARTS_NAMED = re.compile(r"\s*(?:là|gồm|bao gồm)(?!\w)\s*:?", re.I)
_BARE_PREDICATE = re.compile(r"\s*(?:đạt|chiếm|là)(?:\s+(?:khoảng|gần|hơn|trên))?\s*", re.I)


def _own_rate_head(doc: Document, mention: Mention, sentence: Span) -> int | None:
    """Where a percent's own rate is named ("tỷ lệ"), after the figure before it in its sentence, or None."""
    if mention.kind != "percent":
        return None
    before = [
        m for m in doc.mentions if sentence.start <= m.value_start and m.end <= mention.value_start and m is not mention
    ]
    if not before:
        return None
    heads = list(_RATE_HEAD.finditer(doc.text, before[-1].end, mention.value_start))
    return heads[-1].start() if heads else None


_AVERAGE = re.compile(r"(?:borrowed: |title: )?(?:trung bình|bình quân)", re.I)
_RATE_HEAD = re.compile(r"(?<!\w)t[ỷỉ] lệ(?!\w)", re.I)


def _a_later_subject(doc: Document, start: int, mention: Mention, first: Mention, sentence: Span) -> bool:
    """The word is in the rate a sentence's first percent names ("tỷ lệ ... đạt 50%"), and ``mention``, a
    later percent, has words of its own beyond a level ("40% người dân tham gia ...")."""
    if mention.kind != "percent" or first.kind != "percent" or not mention.noun or mention.noun_at is not None:
        return False
    if not _has_a_subject_of_its_own(doc, mention):
        return False  # "vượt mục tiêu tối thiểu 65% vào cuối năm 2022": no subject of its own
    rate = _RATE_HEAD.search(doc.text, sentence.start, first.value_start)
    return rate is not None and rate.start() <= start


def _has_a_subject_of_its_own(doc: Document, mention: Mention) -> bool:
    """The words after a percent say what is so of whom ("40% hộ gia đình tham gia ..."): a subject and its
    own predicate, not a level ("90% cấp xã"), a time ("65% vào cuối năm"), a list's levels ("lần lượt ở cấp
    tỉnh, huyện, xã") nor a bare subject the rate before it is said of ("75%, 92% người dân trưởng thành")."""
    noun = mention.noun
    return (
        len(noun.split()) >= 2
        and not _NO_SUBJECT.match(noun)
        and not _owns_nothing_but_levels(doc, mention)
        and _PREDICATE.search(noun) is not None
    )


_PREDICATE = re.compile(
    r"(?<!\w)(?:có|được|đã|đang|tham gia|sử dụng|dùng|cài|cài đặt|đăng ký|thực hiện|tiếp cận|kết nối|hài lòng"
    r"|ứng dụng|triển khai|thanh toán|nộp|xử lý|giải quyết|truy cập|mua|bán|biết)(?!\w)",
    re.I,
)


_NO_SUBJECT = re.compile(
    r"(?:vào|trong|tại|ở|so|của|với|trên|dưới|đến|tới|từ|cho|và|hoặc|là|theo|kế hoạch|mục tiêu|chỉ tiêu|năm|tháng|quý)\b",
    re.I,
)


_PREDICATE_WORDS = re.compile(
    r"(?<!\w)(?:đạt|chiếm|là|ở mức|khoảng|gần|hơn|trên|dưới|tới|đến|mới|chỉ|vẫn|cao|thấp|ước|năm|\d+)(?!\w)", re.I
)


def _names_its_own_rate(doc: Document, mention: Mention, sentence: Span) -> bool:
    """A percent whose rate ("tỷ lệ ...") is named in its sentence, after the figure before it, with at least
    three words of its own beyond levels and predicate words (not "tỷ lệ này", "tỷ lệ ở cấp xã đạt")."""
    if mention.kind != "percent" or _refers_back(doc, mention):
        return False
    head = _RATE_HEAD.search(doc.text, _after_the_figure_before(doc, mention, sentence), mention.value_start)
    if head is None:
        return False
    words = doc.text[head.end() : mention.value_start]
    for level in doc.language.levels.values():
        words = level.sub(" ", words)
    return len(_PREDICATE_WORDS.sub(" ", words).split()) >= 3


_OPEN_BRACKET = re.compile(r"\([^()]*$")
_INDEX_HEAD = re.compile(r"(?<!\w)(?:chỉ số|bộ chỉ số|index)(?!\w)", re.I)
_NO_INDEX_NAME = re.compile(
    r"(?<!\w)(?:của|tỉnh|thành phố|này|đó|trên|chung|tổng hợp|thành phần|tăng|giảm|đạt|là|năm|\d+)(?!\w)", re.I
)


def another_index_named_last(doc: Document, mention: Mention, sentence: Span) -> int | None:
    """Where the last index the figure's sentence names before it begins, when that index is one of other things
    than digital transformation ("Chỉ số cải cách hành chính", "chỉ số PAPI") and not named as the parent of a
    component ("chỉ số thành phần ... trong Chỉ số cải cách hành chính"); else None."""
    heads = list(_INDEX_HEAD.finditer(doc.text, sentence.start, mention.value_start))
    if not heads or not doc.language.other_index_words.match(doc.text, _BLANKS.match(doc.text, heads[-1].end()).end()):
        return None
    if _PARENT_INDEX_BEFORE.search(doc.text, max(sentence.start, heads[-1].start() - 12), heads[-1].start()):
        return None
    return heads[-1].start()


def _another_index_is_its_subject(named: int | None, used: list) -> bool:
    """``named``: where the last index the figure's sentence names before it begins, when one of other things than
    digital transformation (``another_index_named_last``). The concept's words (``used``) that come before that name
    (a lead-in line's, an earlier sentence's) make the figure that index's; words after the figure are its own
    ("Nhằm cải thiện Chỉ số PAPI, tỉnh đã tiếp nhận 150.000 hồ sơ trực tuyến")."""
    return named is not None and any(start < named for start, _ in used)


_BLANKS = re.compile(r"\s*")
_PARENT_INDEX_BEFORE = re.compile(r"(?<!\w)(?:trong|của|thuộc)\s+$", re.I)


def names_its_own_index(doc: Document, mention: Mention, sentence: Span, concept: Concept | None = None) -> bool:
    """A score whose sentence names an index before it by words of its own ("chỉ số phát triển con người
    (HDI)"), not the index of the page ("chỉ số của tỉnh", "chỉ số này"), nor one the concept's words name
    ("Chỉ số Thương mại điện tử ... đứng thứ 40/63; ... đạt 13,92 điểm" for the e-commerce index)."""
    if mention.kind not in ("score", "points"):
        return False
    start = _after_the_figure_before(doc, mention, sentence)
    if start > sentence.start and _OPEN_BRACKET.search(doc.text, start, mention.value_start):
        # "đạt 11,3/18 điểm (điểm trung bình cả nước: 12,3)": a bracket after a figure is said of what it is
        start = _after_the_figure_before(doc, mention, sentence, before=start)
    heads = list(_INDEX_HEAD.finditer(doc.text, start, mention.value_start))
    if not heads:
        return False
    if concept is not None and any(
        group.search(doc.text, heads[-1].end(), mention.value_start) for group in concept.groups
    ):
        return False
    words = _NO_INDEX_NAME.sub(" ", doc.text[heads[-1].end() : mention.value_start])
    return len(re.findall(r"\w+", words)) >= 2


_MEASURE_OPENS = re.compile(r"\s*(?:và\s+|còn\s+)?(?:tổng số|số lượng|số|t[ỷỉ] lệ|t[ỷỉ] trọng|lượng)\s", re.I)


def _ranks_what_its_clause_names(doc: Document, mention: Mention, used: list) -> bool:
    """A rank whose own words before it (since the figure or comma before it in its clause) name something about
    digital transformation ("số hộ có cáp quang băng rộng đứng thứ 15") that the concept's words (``used``) are
    not, and that no "đều"/"cùng" says of several concepts."""
    if mention.kind != "rank" or _bare_rank(doc, mention) or _each_region(doc, mention) is not None:
        return False
    clause = doc.segments.clause(mention.value_start)
    earlier = [m.end for m in doc.mentions if clause.start <= m.end <= mention.value_start and m is not mention]
    start = max([clause.start, *earlier])
    if earlier and re.fullmatch(
        r"[^,;:()\d]*\bvà\s+(?:đứng|xếp|xếp hạng)\b[^,;:()\d]*", doc.text[start : mention.value_start]
    ):
        # "số hộ có cáp quang đạt 81,7% - cao hơn mức trung bình cả nước và xếp hạng 15 toàn quốc": a rank joined to
        # the figure before it in its clause ranks what the clause opens with
        start = clause.start
    commas = [c.end() for c in re.finditer(r",(?!\d)", doc.text[start : mention.value_start])]  # not "81,7%"
    start = start + commas[-1] if commas else start
    if any(start <= s < mention.value_start for s, _ in used):
        return False
    # the ranked thing is a count or a rate its own words open with ("số hộ có cáp quang ..."), not a cause
    # ("Nhờ đẩy mạnh dịch vụ công trực tuyến, tỉnh đã vươn lên xếp thứ 10")
    return bool(_MEASURE_OPENS.match(doc.text, start)) and bool(
        doc.language.dx_words.search(doc.text, start, mention.value_start)
    )


def _names_its_rate(doc: Document, mention: Mention, sentence: Span) -> bool:
    """A percent whose rate ("tỷ lệ") is named after the figure before it (or the sentence's start)."""
    if mention.kind != "percent":
        return False
    return (
        _RATE_HEAD.search(doc.text, _after_the_figure_before(doc, mention, sentence), mention.value_start) is not None
    )


def _after_the_figure_before(doc: Document, mention: Mention, sentence: Span, before: int | None = None) -> int:
    """Where the figure's own words may begin: the end of the last figure of its sentence ending before it (or
    before ``before``), else the sentence's start."""
    return max(
        (
            m.end
            for m in doc.mentions
            if sentence.start <= m.value_start
            and (m.end <= mention.value_start if before is None else m.end < before)
            and m is not mention
        ),
        default=sentence.start,
    )


def _respectively_part(doc: Document, index: int, mention: Mention) -> tuple[int, int] | None:
    """In 'A, B, C lần lượt là 1, 2, 3', the words of the index-th item."""
    sentence = doc.segments.sentence(mention.value_start)
    first = next(
        m
        for m in doc.mentions
        if m.respectively and m.respectively[0] == 0 and sentence.start <= m.value_start <= mention.value_start
    )
    lead = doc.text[sentence.start : first.value_start]
    cue = next(reversed(list(doc.language.respectively_words.finditer(lead))), None)  # the last cue before
    if cue is None:
        return None
    cue_at = sentence.start + cue.start()
    count = mention.respectively[1]
    named_after = _items_named_after(doc, sentence, mention, count)
    if named_after is not None:
        # "lần lượt xếp thứ 30 và 41 về A và B" ("Năm 2023, tỉnh" before the cue is no list of items)
        return named_after[index]
    # The items are named in the clause of the cue ("...; A và B đồng xếp hạng 58/63, đạt giá trị lần
    # lượt là 0,19 và 0,20"): before the clause's other figures, not in the predicate after them;
    # failing that, after the last figure before the cue ("đạt 0,55 điểm, A, B và C lần lượt đạt ...").
    region_start = max(sentence.start, doc.text.rfind(";", sentence.start, cue_at) + 1)
    others = [m for m in doc.mentions if not m.respectively and region_start <= m.value_start < cue_at]
    offsets = _items(doc.text, region_start, min([cue_at] + [m.value_start for m in others]))
    if len(offsets) < count and others:
        offsets = _items(doc.text, max(m.end for m in others), cue_at)
    if len(offsets) > count and _names_the_measure(doc, offsets[-1]):
        # "A, B, C, thứ hạng của tỉnh lần lượt là 22, 9, 13": the last part names what the values
        # measure (a rank, a rate), shared by the items before it; it is no item of its own.
        offsets = offsets[:-1]
    if len(offsets) < count:
        return None
    return offsets[len(offsets) - count + index]


# What opens a list of the items that values before it answer, after the last value and its unit ("lần lượt là 24,
# 27, 29 đối với A, B và C", "lần lượt đạt 0,51, 0,42 và 0,60 điểm đối với A, B và C"); and what ends the list
# ("... về A, B và C trong 63 tỉnh, thành phố").
_ITEMS_AFTER = re.compile(
    r"(?:\s*(?:điểm|bậc|hạng|%))?\s*,?\s*(?:đối với|tương ứng với|tương ứng|của|cho|về|ở|tại)\s+(?:các\s+)?", re.I
)
_ITEMS_END = re.compile(r"[;:.!?\n]|\s(?:trong|trên|so với|tại|của cả nước|cả nước|toàn quốc)(?!\w)", re.I)


def _items_named_after(doc: Document, sentence: Span, mention: Mention, count: int) -> list[tuple[int, int]] | None:
    """In 'Các thứ hạng này lần lượt là 24, 27, 29 đối với A, B và C', the words of each item named after the values,
    when they are as many as the values."""
    last = min(  # the list's last value: the first at or after this one that ends a list of as many
        (
            m
            for m in doc.mentions
            if m.respectively == (count - 1, count) and mention.value_start <= m.value_start < sentence.end
        ),
        key=lambda m: m.value_start,
        default=None,
    )
    if last is None:
        return None
    opening = _ITEMS_AFTER.match(doc.text, last.end, sentence.end)
    if opening is None:
        return None
    close = _ITEMS_END.search(doc.text, opening.end(), sentence.end)
    offsets = _items(doc.text, opening.end(), close.start() if close else sentence.end)
    return offsets if len(offsets) == count else None


def _in_another_list(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """The word is an item of a "lần lượt" list of the sentence that this figure is not a value of."""
    if mention.respectively:
        return False
    listed = next((m for m in doc.mentions if m.respectively and sentence.start <= m.value_start < sentence.end), None)
    return listed is not None and any(p[0] <= start < p[1] for p in _respectively_parts(doc, listed))


def _topic_of_an_earlier_item(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """A word before the sentence's first figure, when a semicolon closes that figure's item before
    ``mention``; a colon between the word and the first figure makes it a lead-in of every item."""
    figures = [doc.mentions[i] for i in doc.sentence_mentions(sentence.start)]
    first = next((m for m in figures if m.value_start > start), None)
    if first is None or first is mention or mention.value_start < first.value_start:
        return False
    return ";" in doc.text[first.end : mention.value_start] and ":" not in doc.text[start : first.value_start]


def _item_has_a_figure_before(doc: Document, mention: Mention) -> bool:
    """Another figure stands before ``mention`` in its semicolon item ("kinh tế số đạt 0,3912 điểm, xếp thứ
    45"): the item has a subject of its own, and the sentence's first subject is only borrowed."""
    sentence = doc.segments.sentence(mention.value_start)
    item_start = max(sentence.start, doc.text.rfind(";", sentence.start, mention.value_start) + 1)
    return any(item_start <= m.value_start < mention.value_start for m in doc.mentions if m is not mention)


def _own_list_item(doc: Document, start: int, mention: Mention) -> bool:
    """The word is in the item of a "lần lượt" list that this value answers."""
    if not mention.respectively:
        return False
    part = _respectively_part(doc, mention.respectively[0], mention)
    return part is not None and part[0] - 1 <= start < part[1]


def _names_the_measure(doc: Document, part: tuple[int, int]) -> bool:
    """A list part that opens with a rank word or a rate head ("thứ hạng của tỉnh", "tỷ lệ")."""
    words = doc.text[part[0] : part[1]].lstrip()
    language = doc.language
    return any(p.match(words) for p in (language.rank_words, language.rate_heads))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list between ``start`` and ``end``, at their offsets in the text (a separator
    may be longer than one character: " và ")."""
    offsets, cursor = [], start
    for separator in re.finditer(r",|\svà\s|;", text[start:end]):
        offsets.append((cursor, start + separator.start()))
        cursor = start + separator.end()
    offsets.append((cursor, end))
    return offsets


def availability(doc: Document, start: int, end: int, mention: Mention) -> float:
    """How much a word at [start, end) can describe ``mention`` (0: not at all)."""
    segments = doc.segments
    sentence = segments.sentence(mention.value_start)
    if sentence.start <= start < sentence.end:
        if mention.respectively:
            part = _respectively_part(doc, mention.respectively[0], mention)
            if part is not None:
                first_start = min(
                    m.value_start
                    for m in doc.mentions
                    if m.respectively and sentence.start <= m.value_start < sentence.end
                )
                named_after = part[0] > first_start  # the items follow the values
                if (start < first_start or named_after) and part[0] - 1 <= start < part[1]:
                    return 1.0  # the item of a "lần lượt" list this value answers
                parts = _respectively_parts(doc, mention)
                if (start < first_start or named_after) and any(p[0] <= start < p[1] for p in parts):
                    return 0.0  # another item of the list
                if parts and start < min(p[0] for p in parts) and doc.text.find(";", start, parts[0][0]) >= 0:
                    return 0.0  # a clause before the list's own ("...; A và B lần lượt đạt ...")
        each = _each_region(doc, mention)
        if each is not None and each[0] <= start < each[1]:
            # "A, B và C đều xếp thứ 2/63": each of them is the figure's own, however far
            return max(SHARED_FLOOR, 1.0 / (1.0 + _distance(start, end, mention) / NEAR))
        if each is not None and sentence.start <= start < each[0] and _after_a_clause_of_its_own(doc, start, each[1]):
            return 0.0  # "chỉ số A đứng đầu cả nước, hai chỉ số B và C cùng xếp thứ 9": A's clause is A's
        if _named_apart(doc, start, mention, sentence):
            return 0.0
        if start >= mention.end and (
            _labels_a_later_figure(doc, end, mention)
            or _in_a_later_item_of_its_own(doc, start, mention)
            or _after_a_predicate_of_its_own(doc, start, mention)
        ):
            return 0.0
        if (
            _in_another_figures_bracket(doc, start, mention)
            or _after_its_bracket(doc, start, mention)
            or _names_another_bracket(doc, end, mention)
        ):
            return 0.0
        if start < mention.value_start and _in_an_earlier_item_of_its_own(doc, start, mention):
            # "13 nhiệm vụ cấp bách có thời hạn hoàn thành trước ngày 30/6/2025; 19 nhiệm vụ đột phá ...": an
            # earlier item's words about its own count are not a later count's
            return 0.0
        if start >= mention.end and _in_a_parts_lead(doc, start, mention, sentence):
            # "được giao 166 nhiệm vụ, trong đó đã hoàn thành 90 nhiệm vụ": what is said of a part is not
            # said of the whole
            return 0.0
        if start >= mention.end and (
            _in_a_later_item_without_figures(doc, start, mention, sentence)
            or _a_later_subject_left_unchanged(doc, start, mention)
        ):
            # "có 2.160 trạm BTS; ...; các doanh nghiệp đang triển khai 5G": a later item of its own,
            # not a predicate the items share ("100% sở (cấp sở); 93% xã (cấp xã) đã thành lập ...")
            return 0.0
        compared = _in_comparison(doc, start, end, mention)
        if compared is not None:
            return compared
        distance = _distance(start, end, mention)
        weight = 1.0 / (1.0 + distance / NEAR)
        if _in_rate_head(doc, start, mention) or _in_count_head(doc, start, mention):
            weight = max(weight, RATE_HEAD)
        if segments.clause(start) != segments.clause(mention.value_start):
            weight *= OTHER_CLAUSE
        owner, shared = _ownership(doc, start, end, mention, sentence)
        if owner < 1.0 and _names_its_bracket(doc, end, mention):
            owner = 1.0  # "chính quyền số (xếp thứ 31/63 với 0,66 điểm)": the bracket's subject is each of its figures'
        if (
            owner < 1.0
            and start < mention.value_start
            and (
                (mention.kind == "rank" and _bare_rank(doc, mention))
                or (mention.kind == "rank_change" and _bare_rank_change(doc, mention))
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
            if _topic_of_an_earlier_item(doc, start, mention, sentence):
                # "tỷ lệ hồ sơ trực tuyến đạt 70%; 100% xã có cáp quang": the first item's subject places a
                # later item only when it names nothing of its own ("...; cấp huyện đạt 80%").
                weight = min(weight, EARLIER_SENTENCE)
        return weight * owner
    label = segments.row_label(mention.value_start)
    if label is not None and label.start <= start < label.end:
        return ROW_LABEL
    paragraph = segments.paragraph(mention.value_start)
    if start < sentence.start and _refers_back(doc, mention):
        # "..., tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu. Đến cuối năm 2024,
        # tỷ lệ này chỉ đạt 45,8%": the words of the sentence before (in this paragraph or the last).
        before = segments.sentence(sentence.start - 1) if sentence.start > 0 else None
        if before is not None and before.start <= start < before.end:
            return SHARED_FLOOR
    if paragraph.start <= start < paragraph.end:
        return EARLIER_SENTENCE if start < sentence.start else LATER_SENTENCE
    return 0.0


_LABEL_COLON = re.compile(r"[^\d;(),.:\n]{0,24}?:[ \t]*")


def _labels_a_later_figure(doc: Document, end: int, mention: Mention) -> bool:
    """A word followed by a colon and a figure ("0,4512 điểm (chính quyền số: 0,4812; ...)") labels
    that figure, not one before it."""
    colon = _LABEL_COLON.match(doc.text, end)
    if colon is None:
        return False
    return any(m is not mention and m.start <= colon.end() <= m.value_start for m in doc.mentions)


# "... tăng 1 bậc và chính quyền số giữ nguyên": a subject joined after a figure with a predicate of its own and
# no figure (its rank or score unchanged)
_UNCHANGED_ITEM = re.compile(
    r"[\s,]*(?:vẫn\s+|đều\s+)?(?:giữ nguyên|giữ vững|không đổi|không thay đổi|không tăng|không giảm|đứng yên)(?!\w)",
    re.I,
)


def _in_a_later_item_of_its_own(doc: Document, start: int, mention: Mention) -> bool:
    """The word is what a figure of a later ";"-item counts ("gần 4.600 trạm BTS; hỗ trợ chuyển đổi hơn 202.000
    thuê bao 2G sang 4G": "2G" is the subscribers'), not a predicate shared by the items ("100% sở; 93% xã đã
    thành lập Ban chỉ đạo")."""
    item_start = doc.text.rfind(";", mention.end, start)
    return item_start >= 0 and any(
        m is not mention and item_start < m.value_start < start and m.noun and m.noun_span[0] <= start < m.noun_span[1]
        for m in doc.mentions
    )


_ITEMS_PREDICATE = re.compile(r"(?<!\w)(?:được|đã|có|đạt|là)(?!\w)", re.I)


def _after_a_predicate_of_its_own(doc: Document, start: int, mention: Mention) -> bool:
    """The word is what a later figure of a comma-item counts, and the figure's own item has a predicate of its own
    ("trên 50% cơ sở dữ liệu của tỉnh được số hóa, hơn 10% dân số trưởng thành có chữ ký số": the signatures are the
    adults'), not a predicate the items share ("100% cơ sở giáo dục, 80% cơ sở y tế có thanh toán không dùng tiền
    mặt")."""
    if mention.kind not in ("percent", "count"):
        return False
    comma = doc.text.find(",", mention.end, start)
    if comma < 0 or not _ITEMS_PREDICATE.search(doc.text, mention.end, comma):
        return False
    return any(
        m is not mention
        and comma < m.value_start < start
        and m.kind in ("percent", "count")
        and m.noun
        and m.noun_span[0] <= start < m.noun_span[1]
        for m in doc.mentions
    )


def _in_an_earlier_item_of_its_own(doc: Document, start: int, mention: Mention) -> bool:
    """The word stands in an earlier ";"-item of the sentence that holds a count of its own, before it."""
    if mention.kind != "count" or not mention.noun:
        return False
    closing = doc.text.find(";", start, mention.value_start)
    if closing < 0:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    opening = max(sentence.start, doc.text.rfind(";", sentence.start, start) + 1)
    return any(m.kind == "count" and opening <= m.value_start < start for m in doc.mentions if m is not mention)


def _in_a_parts_lead(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """The word stands after "trong đó" that follows a count, before a later count of the same thing."""
    if mention.kind != "count" or not mention.noun:
        return False
    opening = _PARTS_LEAD.search(doc.text, mention.end, start)
    if opening is None:
        return False
    return any(
        m.kind == "count" and m.noun and start < m.value_start < sentence.end and _same_head(m.noun, mention.noun)
        for m in doc.mentions
        if m is not mention
    )


_LAST_JOINER = re.compile(r"(?:,|\s)(?:và|còn)\s+(?!.*(?:,|\svà\s))")
_WORD_REST = re.compile(r"\w*")
_BEFORE_UNCHANGED = re.compile(r"[^\d,;.()]{0,30}?(?=[\s,]*(?:vẫn\s+|đều\s+)?(?:giữ|không|đứng))")
# (English: "4,977 stations, including 1,290 2G stations", "of which", "among them")
_PARTS_LEAD = re.compile(r"(?<!\w)(?:trong đó|including|of which|among which|among them)(?!\w)", re.I)


def _a_later_subject_left_unchanged(doc: Document, start: int, mention: Mention) -> bool:
    """The word is the subject of a clause joined after the figure ("..., kinh tế số tăng 1 bậc và chính quyền số
    giữ nguyên") whose own predicate says it did not change, with no figure."""
    if _LAST_JOINER.search(doc.text[mention.end : start] + " ") is None:
        return False
    rest = _BEFORE_UNCHANGED.match(doc.text, _WORD_REST.match(doc.text, start).end())
    return rest is not None and bool(_UNCHANGED_ITEM.match(doc.text, rest.end()))


def _in_a_later_item_without_figures(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    text = doc.text
    opening = text.rfind(";", mention.end, start)
    if opening < 0 or re.match(r"\s*(?:và|cũng như)\s", text[opening + 1 :]):
        return False  # "...; 95% cấp xã; và các đơn vị sự nghiệp đã sử dụng ...": coordinated, the shared predicate
    closing = text.find(";", start, sentence.end)
    closing = sentence.end if closing < 0 else closing
    return not any(opening < m.value_start < closing for m in doc.mentions)


def _refers_back(doc: Document, mention: Mention) -> bool:
    """The figure's clause refers back to a figure named before ("tỷ lệ này", "con số trên"), or is the total score
    of what was named before it ("Tổng điểm của UBND tỉnh là 84,12" opening a paragraph after the index's name)."""
    clause = doc.segments.clause(mention.value_start)
    return bool(
        doc.language.figure_anaphora_words.search(doc.text, clause.start, mention.value_start)
        or (mention.kind == "score" and _TOTAL_SCORE_LEAD.match(doc.text, clause.start, mention.value_start))
    )


_TOTAL_SCORE_LEAD = re.compile(r"\s*tổng\s+(?:số\s+)?điểm(?!\w)[^\d;()\n]{0,40}?(?:là|đạt)?\s*:?\s*$", re.I)


RANK_TOPIC = 0.5


def _bare_rank_change(doc: Document, mention: Mention) -> bool:
    """A rank change whose own words since the figure before it in its sentence are a few words
    only ("đạt 0,7353 điểm DTI và thăng hạng ngoạn mục với 18 bậc"): it moves in the ranking of
    what its clause is about."""
    sentence = doc.segments.sentence(mention.value_start)
    earlier = [m.end for m in doc.mentions if sentence.start <= m.end <= mention.value_start and m is not mention]
    if not earlier:
        return False
    own = doc.text[max(earlier) : mention.value_start]
    return len(own.split()) <= 10 and not re.search(r"[;:]", own)


def _bare_rank(doc: Document, mention: Mention) -> bool:
    """A rank whose own words (since the figure before it) are only rank words and a scope. After
    a figure of its clause, the words up to a comma finish that figure's noun ("Tích hợp 1.305
    dịch vụ công lên Cổng dịch vụ công quốc gia, đứng thứ 16/63"): the rank's own words follow it."""
    earlier = [m for m in doc.mentions if m.end <= mention.value_start]
    clause = doc.segments.clause(mention.value_start)
    start = max([clause.start] + [m.end for m in earlier if m.end >= clause.start])
    own = doc.text[start : mention.value_start].lower()
    if start > clause.start and "," in own:
        own = own.rsplit(",", 1)[1]
    return bool(
        re.fullmatch(
            r"[\s,]*(?:và\s+)?(?:hiện\s+|hiện nay\s+)?(?:đứng|xếp|xếp hạng|vươn lên)?\s*(?:thứ|hạng|vị trí)?\s*", own
        )
    )


def _in_comparison(doc: Document, start: int, end: int, mention: Mention) -> float | None:
    """A word after "so với" describes the base of the comparison: only the base value written
    right after it may use it; the compared figure keeps the comparison's own words ("kế hoạch",
    "cùng kỳ"). None when the word is not in a comparison."""
    for c_start, word_end, head_end, c_end in doc.comparisons():
        if c_start <= start and end <= c_end + 1:
            weight = 1.0 / (1.0 + _distance(start, end, mention) / NEAR)
            if start < word_end:
                # The comparison word itself ("cao hơn 0,105", "tăng 15% so với") qualifies the value
                # written right after it.
                return weight if 0 <= mention.value_start - word_end <= 3 else 0.0
            if c_end <= mention.value_start <= c_end + 16 and re.fullmatch(
                r"[\s(:]*(?:là|bằng|ở mức|xếp hạng|hạng|thứ|vị trí|xếp thứ)?[\s(:]*(?:thứ\s*)?",
                doc.text[c_end : mention.value_start],
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


def _in_rate_head(doc: Document, start: int, mention: Mention) -> bool:
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
    earlier = [m for m in doc.mentions if head_start <= m.value_start < mention.value_start]
    return not earlier and head_start <= start < head_start + 70


def _in_count_head(doc: Document, start: int, mention: Mention) -> bool:
    """'Số lượng xã ... được kết nối cáp quang: 71/71': the words after a count word name what it counts."""
    if mention.kind not in ("count", "plain") or mention.noun:
        return False
    clause = doc.segments.clause(mention.value_start)
    lead = doc.text[clause.start : mention.value_start]
    heads = list(doc.language.count_heads.finditer(lead))
    if not heads:
        return False
    head_start = clause.start + heads[-1].end()
    earlier = [m for m in doc.mentions if head_start <= m.value_start < mention.value_start]
    return not earlier and head_start <= start < head_start + 90


def _heads_the_rate(doc: Document, mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """One of the concept's words comes right after the rate word that leads this percent."""
    if mention.kind != "percent":
        return False
    clause = doc.segments.clause(mention.value_start)
    heads = list(doc.language.rate_heads.finditer(doc.text[clause.start : mention.value_start]))
    if not heads:
        return False
    head_end = clause.start + heads[-1].end()
    return any(0 <= start - head_end <= 2 for start, _ in spans)


def _respectively_parts(doc: Document, mention: Mention) -> list[tuple[int, int]]:
    parts = []
    for index in range(mention.respectively[1]):
        part = _respectively_part(doc, index, mention)
        if part is not None:
            parts.append(part)
    return parts


def _ownership(doc: Document, start: int, end: int, mention: Mention, sentence: Span) -> tuple[float, bool]:
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
    host = _host(doc, mention, neighbours)
    if host is not None and end <= host.value_start:
        # "Kinh tế số: 0,3019 (xếp hạng 14/63)": a figure in a bracket right after another is said of
        # what that one is said of.
        return _ownership(doc, start, end, host, sentence)
    ranked = _ranked_host(doc, mention, neighbours)
    if ranked is not None and end <= _words_end(ranked, doc.text):
        # "chiếm 12,52% GRDP, đứng thứ 12/63": the rank ranks the figure before it, whose words are its own
        return _ownership(doc, start, end, ranked, sentence)
    for other in neighbours:
        if (
            other is not mention
            and mention.kind == "count"
            and other.kind == "count"
            and other.noun
            and (other.value_start > mention.value_start or _part_of(doc, other, mention))
            and other.noun_span[0] <= start
            and end <= other.noun_span[1]
            and _same_head(other.noun, mention.noun)
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
            and (_names_its_rate(doc, mention, sentence) or _has_a_subject_of_its_own(doc, mention))
            and not other.respectively
            and _has_a_subject_of_its_own(doc, other)
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
        and _part_of(doc, mention, left[-1])
    ):
        # "15.000 cán bộ, công chức, trong đó 3.000 người được tập huấn": the words after a part say
        # what the part is, not the whole
        return OWNER_ELSEWHERE, False
    if left and left[-1] is not mention and _sub_kind_after(doc, mention, left[-1], clause, right):
        # "181.579 hồ sơ đã được giải quyết, với 179.973 hồ sơ đúng và trước hạn": the words after a
        # count of part of what an earlier count counts qualify that part, not the whole.
        return OWNER_ELSEWHERE, False
    if not left and right and right[0] is not mention and _a_later_subject(doc, start, mention, right[0], sentence):
        # "tỷ lệ dân số trưởng thành có chữ ký số đạt 50%, 40% người dân tham gia mạng xã hội": the
        # rate the first percent names is its own, not the topic of a later percent with its own noun.
        return OWNER_ELSEWHERE, False
    if (
        left
        and not right
        and left[-1] is not mention
        and clause.start <= left[-1].value_start
        and mention.value_start < clause.start
        and _has_a_subject_of_its_own(doc, mention)
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
    if mention is hi and _share_host(doc, mention, neighbours) is lo and start >= lo.end:
        return 1.0, False  # the words of the count's clause, which the share is of
    if mention is hi and mention.kind in ("percent", "rank") and lo.kind == "count" and lo.noun:
        # "20.750 hồ sơ trực tuyến, đạt 87,6%": the percent is the share of that count.
        noun_at = lo.noun_span[0]
        noun_end = noun_at + len(doc.text[noun_at:]) - len(doc.text[noun_at:].lstrip()) + len(lo.noun)
        if start < noun_end + 1 and doc.language.share_joiners.search(doc.text[noun_end : mention.value_start]):
            return 1.0, False
    owner = hi if start >= _split_point(doc.text, lo, hi, doc.language) else lo
    return (1.0 if owner is mention else OWNER_ELSEWHERE), False


_BRACKET_AFTER = re.compile(r"\s*(?:\S+\s*)?\(\s*[^()\d;]{0,30}$")


def _upper_end_of(other: Mention, mention: Mention) -> bool:
    """``other`` is the upper end of the range whose lower end is ``mention``."""
    return (
        mention.bound == "lower"
        and other.bound == "upper"
        and 0 <= other.value_start - mention.end <= 12
        and other.noun_span[0] == mention.noun_span[0]
    )


def _same_head(noun: str, other: str) -> bool:
    """Two count nouns with one head: the same first word, or one the initials of the other's first two
    ("7.000 DN công nghệ thông tin" after "68.000 doanh nghiệp")."""
    a, b = noun.lower().split()[:2], other.lower().split()[:2]
    if not a or not b:
        return False

    def initials(words: list[str]) -> str:
        return "".join(w[0] for w in words) if len(words) == 2 else ""

    return a[0] == b[0] or a[0] == initials(b) or b[0] == initials(a)


_WHOLE_SET_BEFORE = re.compile(r"(?<!\w)(?:đối với|trong(?: tổng)?(?: số)?|trên tổng số|tổng số)\s*$", re.I)


def _the_whole_a_later_count_is_taken_from(doc: Document, mention: Mention, sentence: Span) -> bool:
    """A count introduced as a set ("đối với 19 nhiệm vụ", "trong tổng số 35 mục tiêu") before a later count
    of the same thing in its sentence: the whole that count is taken from."""
    if mention.kind != "count" or not mention.noun:
        return False
    if not _WHOLE_SET_BEFORE.search(doc.text, max(sentence.start, mention.value_start - 20), mention.value_start):
        return False
    return any(
        other.kind == "count"
        and other.value_start > mention.end
        and other.noun
        and _same_head(other.noun, mention.noun)
        for other in (doc.mentions[i] for i in doc.sentence_mentions(sentence.start))
    )


def _part_of(doc: Document, whole: Mention, part: Mention) -> bool:
    """A later count introduced as a part of an earlier one ("45.000 tài khoản ..., trong đó đã kích hoạt 30.000
    tài khoản"): the words that make the earlier one a kind are not the part's."""
    return whole.end <= part.value_start and bool(
        re.search(r"\btrong đó\b|\bgồm\b|\bincluding\b|\bof which\b", doc.text[whole.end : part.value_start], re.I)
    )


def _subject_of_its_item(
    doc: Document, start: int, end: int, mention: Mention, neighbours: list[Mention], sentence: Span
) -> bool:
    """The word opens the semicolon item of ``mention`` (after a semicolon), before the item's first figure."""
    item_start = doc.text.rfind(";", sentence.start, mention.value_start) + 1
    if item_start <= sentence.start or not (item_start <= start and end <= mention.value_start):
        return False
    return not any(item_start <= m.value_start < end for m in neighbours)


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


def _host(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
    """The figure this one is said of: the one its bracket follows, the count it is the share of, or the rank change
    its change is coordinated with."""
    return (
        _bracket_host(doc, mention, neighbours)
        or _share_host(doc, mention, neighbours)
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


def _ranked_host(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
    """The figure a rank right after it ranks (its words are the rank's words too)."""
    before = [m for m in neighbours if m.end <= mention.value_start]
    if mention.kind != "rank" or not before or before[-1].kind in ("rank", "rank_change", "top_n"):
        return None
    host = before[-1]
    return host if _RANKS_THE_FIGURE.fullmatch(doc.text[_words_end(host, doc.text) : mention.value_start]) else None


def _words_end(mention: Mention, text: str | None = None) -> int:
    """Where a figure's number and noun end ("12,52% GRDP"). Given the text, a noun cut at NOUN_WORDS
    goes on to the next comma ("1.469 dịch vụ công kết nối Cổng dịch vụ công quốc gia, xếp thứ 7/63")."""
    if not mention.noun:
        return mention.end
    end = max(mention.end, mention.noun_span[1])
    if text is not None and len(mention.noun.split()) >= NOUN_WORDS:
        end = _NOUN_GOES_ON.match(text, end).end()
    return end


# the rest of a noun cut at NOUN_WORDS: up to a boundary or a ranking verb ("... quốc gia xếp thứ 9/63")
_NOUN_GOES_ON = re.compile(r"(?:(?!\s(?:đứng|xếp|vươn lên|giữ)(?!\w))[^\d,;:.()\n])*")


def _shares_a_count_of(doc: Document, concept: Concept, mention: Mention, sentence: Span) -> bool:
    """The percent is the share of a count before it that counts what the concept's first words name
    ("32/35 mục tiêu ..., đạt 91,4%"; not "12.000 hồ sơ, đạt 97,2%, hoàn thành nhiệm vụ"), and nothing in
    that count's words rules the concept out ("3 chỉ tiêu chưa hoàn thành (13%)")."""
    host = _share_host(doc, mention, _sentence_neighbours(doc, sentence))
    if host is None or not concept.groups or not concept.groups[0].search(host.noun):
        return False
    return concept.unless is None or not concept.unless.search(doc.text, host.value_start, mention.value_start)


def share_host(doc: Document, mention: Mention) -> Mention | None:
    """The count the percent right after it is the share of, in its sentence (see _share_host)."""
    return _share_host(doc, mention, _sentence_neighbours(doc, doc.segments.sentence(mention.value_start)))


def _sentence_neighbours(doc: Document, sentence: Span) -> list[Mention]:
    return [doc.mentions[i] for i in doc.sentence_mentions(sentence.start)]


def _share_host(doc: Document, mention: Mention, neighbours: list[Mention]) -> Mention | None:
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
    if re.match(r"\s*(?:so với|cùng kỳ)", doc.text[mention.end :], re.I):
        return None  # "bằng 110% so với năm 2023": a comparison, not a share
    return host if host.denominator is not None or re.search(r"chiếm|t[ỷỉ] lệ", joined.group(0), re.I) else None


# "..., đạt 91%", "(chiếm tỉ lệ 82%)", or without a comma when the rate is named ("376/612 cơ sở ... triển khai
# thanh toán không dùng tiền mặt đạt tỷ lệ 61%"; not across a comma or "trong đó", which start another subject)
SHARE_ROUNDING = 1.5  # percentage points: "16/22 ..., đạt hơn 72%" (72.7), "32/35, đạt 91%" (91.4)
_SHARE_AFTER_CLAUSE = re.compile(
    r"(?:[,(]\s*(?:đạt|chiếm|tương đương|bằng)\s*(?:t[ỷỉ] lệ\s*)?|^(?:(?!trong đó)[^,;(])*\s(?:đạt|chiếm)\s+t[ỷỉ] lệ\s*)"
    r"(?:(?:hơn|gần|khoảng|trên|xấp xỉ|gần\s+như)\s+)?$",
    re.I,
)


def _qualifies_a_later_part(doc: Document, start: int, end: int, mention: Mention) -> bool:
    """The word comes after a later count of the sentence that counts part of what ``mention`` counts."""
    sentence = doc.segments.sentence(mention.value_start)
    neighbours = [doc.mentions[i] for i in doc.sentence_mentions(sentence.start)]
    left = [m for m in neighbours if m.end <= start]
    right = [m for m in neighbours if m.value_start >= end]
    return bool(
        left and left[-1] is not mention and _sub_kind_after(doc, mention, left[-1], doc.segments.clause(start), right)
    )


def _sub_kind_after(doc: Document, mention: Mention, last: Mention, clause: Span, right: list[Mention]) -> bool:
    """``last`` closes the clause (no figure after it in the clause) and counts again, a few words
    on, the thing ``mention`` counts: its noun's head is among ``mention``'s own words."""
    if mention.kind != "count" or last.kind != "count" or not mention.noun or not last.noun:
        return False
    if any(m.value_start < clause.end for m in right) or not (
        clause.start <= mention.value_start < last.value_start < clause.end
    ):
        return False
    head = " ".join(_LEADING.sub("", last.noun).split()[:2])
    return bool(head) and _names_words(doc, head, mention.value_start, last.value_start)


def _names_words(doc: Document, words: str, start: int, end: int) -> bool:
    """The words stand in the text as words of their own: not inside a longer word, nor the end of a
    longer place word ("xã" in "huyện, thị xã"), which names another unit."""
    places = [m.span() for m in doc.language.local_place_words.finditer(doc.text, start, end)]
    for found in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", doc.text[start:end], re.I):
        at, to = start + found.start(), start + found.end()
        if not any(s < at and to <= e for s, e in places):
            return True
    return False


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
    owner, _ = _ownership(doc, start, end, mention, sentence)
    return owner == 1.0


def _best(
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
    for start, end in doc.occurrences(pattern):
        if end < window.start or start >= window.end:
            continue
        if used and any((s <= start and end <= e) or (start <= s and e <= end) for s, e in used):
            continue  # one phrase ("dịch vụ công trực tuyến") cannot be two of a concept's groups
        if any(s < start < e for s, e in doc.no_concept_spans()):
            continue  # inside a document's name ("Luật Cư trú 2020")
        if _EXCEPT.search(doc.text[max(0, start - 16) : start]):
            continue  # "ngoài lĩnh vực cư trú, ...": the figures are about everything else
        weight = availability(doc, start, end, mention)
        if owned_only and weight > 0 and not _owned_or_shared(doc, start, end, mention):
            continue
        if not borrow and not _in_sentence_span(doc, start, mention):
            continue
        if weight > best or (0 < weight == best and start < doc.segments.sentence(mention.value_start).start):
            # of an earlier sentence's words, which all weigh the same, the nearest
            best, word, span = weight, doc.text[start:end], (start, end)
    if used is not None and span is not None:
        used.append(span)
    if (
        span is not None
        and not _own_list_item(doc, span[0], mention)
        and (
            not _in_sentence_span(doc, span[0], mention)
            or not _owned_or_shared(doc, span[0], span[1], mention)
            or (
                _topic_of_an_earlier_item(doc, span[0], mention, doc.segments.sentence(mention.value_start))
                and _item_has_a_figure_before(doc, mention)
            )
        )
    ):
        word = f"borrowed: {word}"  # from another sentence, or another figure's words
    if title and best < TITLE and doc.in_title(pattern):
        best, word = TITLE, f"title: {pattern.search(doc.title).group(0)}"
    return best, word


def _head_named_before(doc: Document, nouns: re.Pattern, mention: Mention, noun: str) -> str | None:
    """The concept noun its clause names before a count whose own noun is only that noun's
    head ("tổng số trạm BTS ... là 8.828 trạm", "thuê bao điện thoại di động đạt 279.568 thuê
    bao"), or None. The nearest such noun before the number is the one it repeats."""
    head = noun.lower().split()
    if not head or len(head) > 2:
        return None
    clause = doc.segments.clause(mention.value_start)
    regions = [(clause.start, mention.value_start)]
    sentence = doc.segments.sentence(mention.value_start)
    paragraph = doc.segments.paragraph(mention.value_start)
    if sentence.start > paragraph.start:
        # "Hạ tầng trạm BTS phát triển mạnh. Toàn tỉnh có 4.977 trạm": a sentence without figures
        # before it, in its paragraph, names the topic the count repeats.
        before = doc.segments.sentence(sentence.start - 1)
        if not any(before.start <= m.value_start < before.end for m in doc.mentions):
            regions.insert(0, (before.start, before.end))
    named = None
    for start, end in regions:
        for found in nouns.finditer(doc.text, start, end):
            words = found.group(0).lower().split()
            if words[: len(head)] == head and len(words) > len(head):
                named = found.group(0).lower()
    return named


# "(tổng) số X", not the "số" (digital) of "chuyển đổi số", "kinh tế số", "xã hội số", "chính quyền số"
_COUNTED = re.compile(
    r"(?<!\w)(?:tổng số|số lượng|(?<!đổi )(?<!tế )(?<!hội )(?<!quyền )(?<!dân )(?<!nghệ )(?<!hóa )(?<!hoá )số)\s+", re.I
)


def _counted_head(doc: Document, mention: Mention) -> int | None:
    """Where the noun that "(tổng) số" names begins, last in the figure's clause before it, or None."""
    clause = doc.segments.clause(mention.value_start)
    found = list(_COUNTED.finditer(doc.text, clause.start, mention.value_start))
    return found[-1].end() if found else None


def _names_a_longer_noun(doc: Document, concept: Concept, mention: Mention) -> bool:
    """People counted as holders ("1,76 triệu dân đã kích hoạt tài khoản ...") name what they hold; a noun phrase cut
    at NOUN_WORDS ("1.407 thủ tục hành chính cung cấp dịch vụ công trực tuyến") is matched in the text from where it
    starts, to its end."""
    if not mention.noun:
        return False
    sentence = doc.segments.sentence(mention.value_start)
    held = doc.language.holders.match(doc.text, mention.noun_span[0], sentence.end)
    if held is not None:
        # "1,76 triệu dân đã kích hoạt tài khoản định danh điện tử": the people are counted as holders of the noun after
        return bool(concept.nouns.match(doc.text[held.end() : sentence.end]))
    if len(mention.noun.split()) < NOUN_WORDS:
        return False
    words = _LEADING.sub("", doc.text[mention.noun_span[0] : sentence.end].lstrip(), count=1)
    return bool(concept.nouns.match(words))


def fits_kind(concept: Concept, mention: Mention) -> bool:
    """The mention's kind of number can state the concept (a score is no rank change)."""
    kind = mention.kind
    if concept.kind == "count" and not concept.change and 0 < mention.value < 1:
        return False  # "điểm số tối thiểu là 0,5": a fraction below one counts nothing
    if kind in ("percent", "count", "plain", "money", "score") and concept.kind != "rank_change":
        if concept.change != (mention.change is not None):
            return False
    if kind == "money" and concept.unit in ("vnd", "usd") and mention.unit in ("vnd", "usd"):
        return mention.unit == concept.unit  # "USD 3 million" states no amount in đồng (nor the reverse)
    if kind == concept.kind:
        return True
    if kind == "density":
        # "25 thuê bao/100 dân" states a per-100 indicator that sources also write with "%".
        return concept.unit == {"per_100": "per 100 inhabitants", "per_1000": "per 1000 inhabitants"}[mention.unit]
    if kind == "plain":
        if not concept.bare and not mention.denominator and not mention.qualifier:
            return False  # a bare cell of a flattened table; "... minh bạch đạt 16,5" names its value
        if mention.respectively:
            return concept.kind in ("rank", "count", "percent", "score")
        return concept.kind in ("count", "score")
    return False


def converted_value(concept: Concept, mention: Mention) -> float:
    """The value in the indicator's unit: points of N on a 0-1 score are value / N (N the
    index's total, ``points_of``, when the text does not write it)."""
    # Rounded to 12 significant digits: 593,4/1000 is 0.5934, not the float 0.5933999999999999.
    if concept.kind == "score" and mention.denominator and concept.valid_max is not None and concept.valid_max <= 1:
        return float(f"{mention.value / mention.denominator:.12g}")
    if (
        concept.kind == "score"
        and concept.points_of
        and mention.kind in ("score", "points")
        and abs(mention.value) > (concept.valid_max or 1)
    ):
        # "tăng 114 điểm", "đạt 478,99 điểm": points of the index's total, written without it. A bare number
        # ("25.11", "15") is never read as points: its scale would be a guess.
        return float(f"{mention.value / concept.points_of:.12g}")
    if mention.unit == "Gbps" and concept.unit == "Mbps":
        return float(f"{mention.value * 1000:.12g}")  # "1,2 Gbps" is 1.200 Mbps, never 1,2 Mbps
    return mention.value


def _in_range(concept: Concept, value: float) -> bool:
    """Within the indicator's valid range; a percent may read a little over 100 (an attainment
    against an estimated base, "đạt 100,02%"): staging then quarantines it with the reason."""
    high = concept.valid_max
    if high is not None and concept.unit == "percent" and high == 100:
        high = 110
    return (concept.valid_min is None or value >= concept.valid_min) and (high is None or value <= high)


# the first to do something, or those who did it ("một trong 28 địa phương hoàn thành ..."): no ranking's group
_FIRST_TO = re.compile(r"[^,.;:]{0,40}?(?<!\w)(?:đầu tiên|hoàn thành|hoàn tất)(?!\w)", re.I)


def candidates(doc: Document, mention: Mention, concepts: tuple[Concept, ...]) -> list[Link]:
    """Every concept the mention can state, best first."""
    paragraph = doc.segments.paragraph(mention.value_start)
    label = doc.segments.row_label(mention.value_start)
    window = Span(min(paragraph.start, label.start if label else paragraph.start), paragraph.end)
    sentence = doc.segments.sentence(mention.value_start)
    if paragraph.start > 0 and _refers_back(doc, mention):
        # "tỷ lệ này chỉ đạt 45,8%" opening a paragraph: the rate the paragraph before named.
        window = Span(doc.segments.paragraph(paragraph.start - 1).start, window.end)
    links = []
    attained = mention.kind == "percent" and bool(mention.noun) and doc.language.attainment_nouns.match(mention.noun)
    other_index = another_index_named_last(doc, mention, sentence)  # (the same for every concept)
    for concept in concepts:
        if not fits_kind(concept, mention):
            continue
        if attained and not concept.attainment:
            continue  # "đạt 79% mục tiêu": a share of the target attained, not the level itself
        if concept.kind == "top_n" and _FIRST_TO.match(mention.noun or ""):
            continue  # "một trong 5 tỉnh đầu tiên ... kết nối": the first to do something, no ranking's group
        if not _in_range(concept, converted_value(concept, mention)):
            continue
        if concept.share and not _shares_a_count_of(doc, concept, mention, sentence):
            continue  # "mục tiêu ... đạt 80%" is no share of targets met; "hoàn thành 32/35 mục tiêu, đạt 91,4%" is
        if (
            concept.kind == "rank"
            and mention.denominator
            and concept.valid_max is not None
            and mention.denominator > concept.valid_max
        ):
            continue  # "thứ 26/63": a rank among 63 is not one within a region of at most 30
        if (
            concept.points_of
            and mention.kind in ("score", "points")
            and mention.denominator
            and mention.denominator not in (1, concept.points_of)
        ):
            # "88,2/100 điểm" is no index score out of 1 or of its 1.000 points (a main index is written out
            # of its own maximum, "72,5/100 điểm": its entry has no points_of)
            continue

        score, evidence, local = 0.0, [], False
        # A count named right after its number, or a unit (đồng, km, Mbps), is the main evidence:
        # the concept's other words may then be anywhere in the sentence.
        floor = MIN_GROUP
        if concept.nouns is not None:
            noun = _LEADING.sub("", mention.noun)
            if mention.kind == "count" and (
                names_at_a_word(concept.nouns, noun) or _names_a_longer_noun(doc, concept, mention)
            ):
                # The noun alone places a bare count ("2.104 trạm BTS"); with concept words, one must
                # be in the sentence ("815.000 người" is not staff because the title says "chuyển đổi số").
                score, evidence, local, floor = 1.0, [f"counts: {noun[:30]}"], not concept.groups, WEAK_GROUP
            elif mention.kind == "count" and (named := _head_named_before(doc, concept.nouns, mention, noun)):
                # "Tổng số trạm BTS trên toàn tỉnh là 8.828 trạm": the noun repeats the head of the
                # thing the sentence named before it.
                score, evidence, local, floor = 1.0, [f"counts: {named[:30]}"], not concept.groups, WEAK_GROUP
            else:
                weight, word = _best(doc, concept.nouns, mention, window)
                if (mention.kind == "count" and mention.noun) or weight < NOUN_BEFORE:
                    continue
                score, evidence, local = weight, [word], True
                head = _counted_head(doc, mention)
                if mention.kind == "count" and head is not None and concept.nouns.match(doc.text, head):
                    # "tổng số DVCTT có phát sinh hồ sơ là 818/1.542": what "số" names is what is counted
                    score += HEAD_NOUN
        elif mention.kind in ("money", "length", "speed", "storage", "ratio", "density"):
            floor = WEAK_GROUP
        ok = True
        used: list[tuple[int, int]] = []
        for group in concept.groups:
            # A national figure names the nation in its own sentence; only an index named in a
            # headline may take its words from the title.
            weight, word = _best(
                doc, group, mention, window, used, title=concept.from_title, borrow=not concept.national
            )
            if weight < floor or (weight < UNLESS and _AVERAGE.match(word)):
                # "giá trị DTI trung bình cấp tỉnh là 0,6783; tỉnh đạt 0,7012": an average is said of the
                # figure it qualifies, never lent to another one
                ok = False
                break
            score += weight
            evidence.append(word)
            local = local or _in_sentence(doc, group, mention, sentence)
        if not ok:
            continue
        if concept.levels:
            hits = [
                _best(doc, doc.language.levels[level], mention, window, list(used), owned_only=True)
                for level in concept.levels
            ]
            weight, word = max(hits, key=lambda hit: hit[0])
            if weight < MIN_GROUP:
                shared = _level_of_coordinate(doc, mention, concept.levels)
                if shared is None:
                    continue
                weight, word = COORDINATE_LEVEL, f"as the figure before it: {shared}"
            score += weight
            evidence.append(word)
        if not local and mention.kind not in TOPIC_KINDS and not _refers_back(doc, mention):
            # A percent or a count needs one of its concept's words in its own sentence, unless it
            # refers back to the figure before ("tỷ lệ này").
            continue
        own = [
            span
            for group in concept.groups
            for span in doc.occurrences(group)
            if sentence.start <= span[0] < sentence.end
        ]
        if concept.unless is not None and _near(doc, concept.unless, mention, sentence, own) >= UNLESS:
            continue
        if all(e.startswith(("borrowed", "title")) for e in evidence) and names_its_own_index(
            doc, mention, sentence, concept
        ):
            # "chỉ số phát triển con người (HDI) phấn đấu đạt 0,8": the score of the index its sentence names, which
            # no catalog entry's words claim, not one of an index an earlier sentence names
            continue
        if all(e.startswith(("borrowed", "title")) for e in evidence) and _ranks_what_its_clause_names(
            doc, mention, used
        ):
            # "..., số hộ có cáp quang băng rộng đứng thứ 15 toàn quốc": a rank of the measure its own words name,
            # which no catalog entry holds, not of an index an earlier sentence names
            continue
        if _another_index_is_its_subject(other_index, used):
            # "...Chính quyền số tỉnh đạt được kết quả như sau:\nChỉ số cải cách hành chính của tỉnh năm 2023 đạt 84,5%,
            # xếp hạng 63/63": the index named right before it, whatever component words came before that
            continue
        if any(e.startswith("borrowed") for e in evidence) and _names_its_own_rate(doc, mention, sentence):
            # "Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40%": a rate its sentence names in
            # full is that rate, not one completed with an earlier sentence's words
            continue
        if any(e.startswith("borrowed") for e in evidence) and _the_whole_a_later_count_is_taken_from(
            doc, mention, sentence
        ):
            # "đối với 19 nhiệm vụ đột phá đã hoàn thành 4 nhiệm vụ": the set the later count is taken from takes
            # none of the later count's words
            continue
        if _heads_the_rate(doc, mention, used[:1]):
            # "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ": a rate of services. The concept's first
            # group names what it is a rate of; a qualifier group ("hồ sơ ... trực tuyến") does not.
            score += HEAD_NOUN
        links.append(Link(concept, score, evidence, used))
    # Words borrowed from an earlier sentence or the title place a figure whose own sentence names
    # nothing better, but add no specificity: each costs more than it weighs.
    links.sort(
        key=lambda link: (
            *_weight(link),
            -link.concept.group_count,
            # At equal weight the indicator of the level the number names ("phủ sóng di động tới
            # thôn") is meant rather than the general one.
            not link.concept.levels,
            # Words borrowed from the sentence just before outweigh those of one further back ("...
            # xây dựng chính quyền số. Tỉnh ... trên bảng xếp hạng Bộ chỉ số 766. Cụ thể, ... đạt
            # 88,2/100 điểm": the index of the sentence before).
            _farthest_word(doc, link, mention),
        )
    )
    return _nested_first(links)


def _weight(link: Link) -> tuple[bool, float]:
    """How a link weighs against the others: whether it borrows words, then its score less what they cost."""
    borrowed = sum(e.startswith(("borrowed", "title")) for e in link.evidence)
    return borrowed > 0, -(link.score - BORROWED_COST * borrowed)


def _nested_first(links: list[Link]) -> list[Link]:
    """Of two links that weigh the same, the one whose words hold the other's ("Hoạt động kinh tế số" names its main
    index, not the pillar "kinh tế số" inside it) comes first."""
    if len(links) < 2:
        return links
    first = links[0]
    for other in links[1:]:
        if (
            _weight(other)[0] == _weight(first)[0]
            and abs(_weight(other)[1] - _weight(first)[1]) < 1e-9
            and other.concept.group_count == first.concept.group_count
            and any(s2 <= s1 and e1 <= e2 and (e2 - s2) > (e1 - s1) for s1, e1 in first.spans for s2, e2 in other.spans)
        ):
            return [other, *[link for link in links if link is not other]]
    return links


def _farthest_word(doc: Document, link: Link, mention: Mention) -> int:
    """How many sentences back the link's farthest word is (0 within the figure's sentence, where the
    weights already say how near a word is)."""
    if not any(e.startswith("borrowed") for e in link.evidence):
        return 0
    starts = doc.segments.sentence_starts
    here = bisect_right(starts, mention.value_start)
    return max((here - bisect_right(starts, start) for start, _ in link.spans), default=0)


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
    owner, _ = _ownership(doc, start, end, mention, sentence)
    return owner == 1.0


def _near(doc: Document, pattern: re.Pattern, mention: Mention, sentence: Span, own: list | None = None) -> float:
    """Closeness of the nearest occurrence in the sentence, whoever owns it (for ``unless`` words),
    leaving out the concept's own evidence ("toàn trình và một phần") and what another count counts."""
    best = 0.0
    each = _each_region(doc, mention)
    counted = [
        m.noun_span
        for m in doc.mentions
        if m is not mention and m.kind == "count" and m.noun and sentence.start <= m.value_start < sentence.end
    ]
    # "tỷ lệ hộ gia đình ... đạt 50%, tỷ lệ người dân sử dụng internet đạt 57%": a figure whose rate is named
    # after the figure before it ("tỷ lệ ...") owns no word before that figure
    named_from = _own_rate_head(doc, mention, sentence)
    for start, end in doc.occurrences(pattern):
        if sentence.start <= start < sentence.end:
            if own and any(s <= start and end <= e for s, e in own):
                continue
            if named_from is not None and start < named_from:
                continue
            if start >= mention.end and _labels_a_later_figure(doc, end, mention):
                continue  # "0,4512 điểm (chính quyền số: 0,4812)": the label of the next figure
            if any(s <= start < e for s, e in counted) or _qualifies_a_later_part(doc, start, end, mention):
                # what another count counts, however far its words run on ("52.000 doanh nghiệp đang hoạt động,
                # trong đó có 1.200 doanh nghiệp công nghệ số": the total's words are not the part's)
                continue
            if (each is not None and each[0] <= start < each[1]) or _named_apart(doc, start, mention, sentence):
                continue  # "A, B và C đều xếp thứ 2": the others are named for the same figure
            if _in_another_figures_bracket(doc, start, mention):
                continue
            if strictly_owned(doc, start, end, mention):
                return 1.0  # among the figure's own words, however far
            weight = 1.0 / (1.0 + _distance(start, end, mention) / NEAR)
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
                    if other is not mention and other.value_start < mention.value_start and other.kind != mention.kind
                )
            ):
                # "đạt 10% GRDP của tỉnh, ... trong từng ngành, lĩnh vực đạt 15%", "98% là trạm 2G/3G/4G và
                # 169 trạm 5G": what an earlier figure's own words say after it is not this figure's (a figure
                # of the same kind may be an elliptical item sharing them: "100% hồ sơ công việc ..., 70% hồ sơ
                # cấp xã").
                continue
            best = max(best, weight)
    return best


def _in_another_figures_bracket(doc: Document, start: int, mention: Mention) -> bool:
    """A word inside a bracket that holds a figure of its own and not this one ("đạt 593,4/1000 điểm (cao hơn
    trung bình cả nước 1,43 điểm), ... có giá trị DTI đạt 0,5934"): the bracket's words are said of its figure."""
    text = doc.text
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.find(")", opened, start) >= 0 or "\n" in text[opened:start]:
        return False
    closed = text.find(")", start)
    if closed < 0 or "\n" in text[start:closed] or opened <= mention.value_start < closed:
        return False
    if (
        mention.end <= opened
        and re.fullmatch(r"[^\d,;.()\n]{0,40}", text[mention.end : opened])
        # (not a part of it, with its own words: "khoảng 65% (trong đó có 37/71 xã ... ứng dụng CNTT)")
        and not re.match(r"\(\s*(?:trong đó|trong số đó|gồm|bao gồm|tăng|giảm|so với)\b", text[opened:], re.I)
    ):
        return False  # "450.000 tài khoản (định danh điện tử mức 2, chiếm 65% dân số)": it says what this figure counts
    return any(opened < other.value_start < closed for other in doc.mentions if other is not mention)


def _names_its_bracket(doc: Document, end: int, mention: Mention) -> bool:
    """The word ends right before the bracket that holds the figure ("kinh tế số (xếp thứ 33/63 ... với 0,5612
    điểm)")."""
    text = doc.text
    opened = text.rfind("(", 0, mention.value_start)
    return (
        opened >= end
        and _BRACKET_NEXT.fullmatch(text, end, opened + 1) is not None
        and _CLOSE_OR_LINE.search(text, opened, mention.value_start) is None
    )


_BRACKET_NEXT = re.compile(r"[\s\"“”]{0,3}\(")
_CLOSE_OR_LINE = re.compile(r"[)\n]")


def _names_another_bracket(doc: Document, end: int, mention: Mention) -> bool:
    """The word ends right before a bracket of other figures, and this figure is in a later bracket ("chính quyền số
    (xếp thứ 31/63 với 0,66 điểm) và kinh tế số (... 0,5612 điểm)": "chính quyền số" is not 0,5612's; but
    "chính quyền số (xếp thứ 31/63) đạt 0,66 điểm" is)."""
    text = doc.text
    opened = _BRACKET_NEXT.match(text, end)
    if opened is None:
        return False
    closed = text.find(")", opened.end())
    own = text.rfind("(", 0, mention.value_start)  # this figure's own bracket, after that one
    return (
        0 <= closed < own
        and ")" not in text[own : mention.value_start]
        and "\n" not in text[end : mention.value_start]
        and any(opened.end() <= m.value_start < closed for m in doc.mentions if m is not mention)
    )


# The next item after a bracket, after a comma or "và", with a bracket of its own ("..., An toàn thông tin mạng (xếp
# thứ 2)", "... và kinh tế số (xếp thứ 33/63 ... với 0,5612 điểm)")
_NEXT_BRACKETED_ITEM = re.compile(r"\)\s*(?:,|(?<!\w)và(?=\s))([^;.()\n]{1,80})\(([^()\n]*)\)")


def _after_its_bracket(doc: Document, start: int, mention: Mention) -> bool:
    """A word of the next item after the bracket that holds the figure right after a name ("hoạt động chính quyền
    số (xếp thứ nhất), An toàn thông tin mạng (xếp thứ 2)"): the bracket is said of the name before it."""
    text = doc.text
    opened = text.rfind("(", 0, mention.value_start)
    if opened < 0 or re.search(r"[)\n]", text[opened : mention.value_start]) or start < mention.value_end:
        return False
    closed = text.find(")", mention.value_end)
    if closed < 0 or closed > start or re.search(r"[(\n]", text[mention.value_end : closed]):
        return False
    if not re.search(r"\w\s*$", text[max(0, opened - 20) : opened]):
        return False
    # the next item: a name after a comma, with a bracket of its own that holds a figure; a predicate the items
    # share after the last of them ("Quảng Ninh (0,6856), Đà Nẵng (0,6512) là hai địa phương dẫn đầu chỉ số DTI")
    # is said of every item
    if ";" in text[closed:start]:
        return True  # "... (đạt 87 thuê bao/100 dân); sóng di động ... phủ đến ...": a semicolon ends the item
    following = _NEXT_BRACKETED_ITEM.match(text, closed)
    return (
        following is not None
        and following.start(1) <= start < following.end(1)
        and any(following.start(2) <= m.value_start < following.end(2) for m in doc.mentions)
    )


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


def _in_sentence_span(doc: Document, start: int, mention: Mention) -> bool:
    sentence = doc.segments.sentence(mention.value_start)
    label = doc.segments.row_label(mention.value_start)
    return sentence.start <= start < sentence.end or (label is not None and label.start <= start < label.end)


def _in_sentence(doc: Document, pattern: re.Pattern, mention: Mention, sentence: Span) -> bool:
    label = doc.segments.row_label(mention.value_start)
    for start, _ in doc.occurrences(pattern):
        if sentence.start <= start < sentence.end or (label is not None and label.start <= start < label.end):
            return True
    return False


def link(doc: Document, mention: Mention, concepts: tuple[Concept, ...], previous: Link | None = None) -> list[Link]:
    """The indicators a mention states: usually one; one per level when it is said of several
    coordinated levels; none when no concept fits (an unclaimed mention). ``previous`` is the link
    of the figure before it in its sentence, for an elliptical figure ("..., 70% tại cấp xã")."""
    found = candidates(doc, mention, concepts)
    if not found and previous is not None:
        found = _elliptical(doc, mention, concepts, previous)
    elif previous is not None and _repeats_rank(doc, mention, previous, found):
        # "đứng thứ 3/63 về số giao dịch qua NDXP năm 2022; đứng thứ 2/63 tính đến ngày 21/3/2023": a
        # rank with no words of its own ranks what the rank before it ranks, not what the title names.
        found = [Link(previous.concept, previous.score * 0.8, ["as the rank before it"])]
    if not found:
        return []
    best = found[0]
    every = _said_of_each(doc, mention, best, found[1:])
    if every:
        return [best, *every]
    if not best.concept.levels:
        return _with_coordinated(best, _coordinated(doc, mention, best, found[1:]))
    # One figure per level named with the number: every member of the best concept's family
    # whose level words the number owns.
    family = [f for f in found if f.concept.signature == best.concept.signature and f.concept.levels]
    chosen, covered = [], set()
    for member in family:
        levels = member.concept.levels
        if levels & covered:
            continue
        owned = any(_owned_level(doc, level, mention) for level in levels)
        if owned or member is best:
            chosen.append(member)
            covered |= levels
    if len(chosen) == 1:
        others = [f for f in found if f.concept.signature != best.concept.signature]
        return _with_coordinated(best, _coordinated(doc, mention, best, others))
    if mention.kind == "count":
        # "450 tổ công nghệ số cộng đồng cấp xã và khóm ấp": one count of the units of several levels together
        # is their total, no level's own count (a percent is said of each: "100% xã, thôn có cáp quang")
        return [f for f in found if f.concept.signature == best.concept.signature and not f.concept.levels][:1]
    return chosen


def _with_coordinated(best: Link, coordinated: list) -> list[Link]:
    """The best link and the concept coordinated with it; a trailing None says the coordinated one
    replaces it (the best one's own words are another figure's)."""
    if coordinated and coordinated[-1] is None:
        return [link for link in coordinated if link is not None]
    return [best, *coordinated]


COORDINATED = 0.5  # a second concept must weigh at least this share of the first


def _coordinated(doc: Document, mention: Mention, best: Link, others: list[Link]) -> list[Link | None]:
    """One number said of two concepts joined by "và" or a comma ("100% xã đã có cáp quang và được
    phổ cập băng rộng di động (4G)"; "đứng thứ hai về tỷ lệ cấp CCCD và tỷ lệ kích hoạt định danh"):
    a second figure when the other concept's words are all the number's own, apart from the first's,
    with a coordinator between them."""
    clause = doc.segments.clause(mention.value_start)
    own = [s for s in best.spans if clause.start <= s[0] < clause.end]
    if not own:
        return []
    for other in others:
        concept = other.concept
        if concept.signature == best.concept.signature or concept.kind != best.concept.kind:
            continue
        if other.score < COORDINATED * best.score or concept.levels != best.concept.levels:
            continue
        spans = [s for s in other.spans if clause.start <= s[0] < clause.end]
        if not spans or len(spans) < len(concept.groups):
            continue
        # Words both concepts take are the shared predicate ("100% cơ sở giáo dục, cơ sở y tế đã triển khai
        # thanh toán không dùng tiền mặt"); what tells them apart must be words of their own, coordinated.
        distinct = [(s, e) for s, e in spans if not any(s < oe and os < e for os, oe in own)]
        own_distinct = [(os, oe) for os, oe in own if not any(s < oe and os < e for s, e in spans)]
        if not distinct or not own_distinct:
            continue
        if not all(strictly_owned(doc, s, e, mention) for s, e in spans):
            continue
        if (
            mention.kind in ("percent", "count")
            and min(distinct)[0] >= mention.end
            and (head := doc.language.rate_heads.search(doc.text, mention.end, min(distinct)[0])) is not None
            and "," in doc.text[mention.end : head.start()]
        ):
            # "... tổng mức bán lẻ đạt trên 8%, tỷ lệ nhân lực lao động kinh tế số ...": a rate named after the figure
            # opens an item of its own (whose figure a cut page may have lost), no second concept of this one
            continue
        first, second = sorted([min(own_distinct), min(distinct)])
        between = doc.text[first[1] : second[0]]
        if len(distinct) < len(spans) or len(own_distinct) < len(own):
            # with a shared predicate, only names listed side by side: "cơ sở giáo dục, cơ sở y tế"
            if re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", between):
                return [other]
        elif re.search(r"\bvà\b|,|\bcũng như\b", between) and not re.search(r"[;.]", between):
            if not any(strictly_owned(doc, s, e, mention) for s, e in own_distinct):
                # "hạ tầng cáp quang phủ đến 100% xã và 97,7% số thôn được phủ sóng 4G": the first concept's
                # words are the sentence's topic, another figure's; the second's are this figure's own
                return [other, None]
            return [other]
    return []


# "đều" (each), and "đồng"/"cùng" before a verb of rank or result ("Kinh tế số và Xã hội số đồng xếp hạng 58").
_EACH = re.compile(
    r"\b(?:đều|(?<!cộng )(?<!hội )(?<!Hội )(?:đồng|cùng)(?=\s+(?:xếp|đứng|đạt|ở vị trí)\b))\b[^\d;.]{0,30}$", re.I
)


_PILLAR = r"(?:chính quyền số|kinh tế số|xã hội số|cqs|kts|xhs)"
_ALL_PILLARS = re.compile(rf"(?<!\w){_PILLAR}(?:\W{{0,3}}\s*(?:,|và)\s*\W{{0,3}}{_PILLAR}){{2}}(?!\w)", re.I)


def _named_apart(doc: Document, start: int, mention: Mention, sentence: Span) -> bool:
    """Words that cannot describe this figure: an item of a "lần lượt" list it is no value of ("đạt 0,55
    điểm, A, B và C lần lượt đạt ..."), or the three DTI pillars named together, which name none of them
    ("xếp thứ 8, thể hiện sự bứt phá ở các trụ cột chính quyền số, kinh tế số và xã hội số")."""
    if _in_another_list(doc, start, mention, sentence):
        return True
    return not mention.respectively and any(s <= start < e for s, e in _all_pillars(doc, sentence))


def _all_pillars(doc: Document, sentence: Span) -> list[tuple[int, int]]:
    """Where the sentence names the three DTI pillars together, in any order."""
    return [m.span() for m in _ALL_PILLARS.finditer(doc.text, sentence.start, sentence.end)]


def _each_region(doc: Document, mention: Mention) -> tuple[int, int] | None:
    """Where the concepts a "đều" (each) figure is said of are named: from the figure before them
    (or the sentence's start) to "đều"; None without "đều" right before the figure."""
    sentence = doc.segments.sentence(mention.value_start)
    each = _EACH.search(doc.text, sentence.start, mention.value_start)
    if each is None:
        return None
    figures = [m.end for m in doc.mentions if m is not mention and sentence.start <= m.value_start < each.start()]
    start = max([sentence.start, *figures])
    return _after_a_clause_of_its_own(doc, start, each.start()) or start, each.start()


# What a subject does in a clause of its own ("chỉ số A đứng đầu cả nước, ..."); not a description of the subjects
# ("các chỉ số đạt kết quả tốt là A, B và C", "A và B, vốn đứng cuối bảng năm 2022, đều ..."), nor a list's copula
_OWN_PREDICATE = re.compile(
    r"(?<!\w)(?<!vốn )(?<!từng )(?:đứng đầu|dẫn đầu|xếp thứ|xếp hạng|đứng thứ|vươn lên|tụt|tăng|giảm"
    r"|đạt(?!\s+(?:được\s+)?(?:[^\W\d]+\s+){0,2}kết quả))(?!\w)"
    r"(?![^,;]*\blà\b)",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;]")


def _after_a_clause_of_its_own(doc: Document, start: int, end: int) -> int | None:
    """ "chỉ số A đứng đầu cả nước, hai chỉ số B và C cùng xếp thứ 9": a clause with a predicate of its own,
    closed by a comma, says something of A; where the words after it begin."""
    said = [found.end() for found in _OWN_PREDICATE.finditer(doc.text, start, end)]
    comma = _CLAUSE_BREAK.search(doc.text, said[-1], end) if said else None
    return comma.end() if comma else None


def _said_of_each(doc: Document, mention: Mention, best: Link, others: list[Link]) -> list[Link]:
    """ "Chính quyền số, kinh tế số và xã hội số đều xếp thứ 2/63": a number that "đều" (each) says of
    several concepts named before it, with no other figure between them, is one figure per concept."""
    region = _each_region(doc, mention)
    if region is None or best.concept.levels:
        return []

    def named(link: Link) -> bool:
        return bool(link.spans) and all(region[0] <= s < region[1] for s, _ in link.spans)

    if not named(best):
        return []
    chosen, taken = [], list(best.spans)
    for other in others:
        concept = other.concept
        if concept.kind != best.concept.kind or concept.signature == best.concept.signature or concept.levels:
            continue
        if not named(other) or len(other.spans) < len(concept.groups):
            continue
        if any(s < te and ts < e for s, e in other.spans for ts, te in taken):
            continue
        chosen.append(other)
        taken += other.spans
    return chosen


def _elliptical(doc: Document, mention: Mention, concepts: tuple[Concept, ...], previous: Link) -> list[Link]:
    """A figure whose own words name only a level (or nothing) repeats the concept of the figure
    before it: "100% hồ sơ công việc cấp tỉnh, 70% tại cấp xã"; "cáp quang đến 100% xã; 98,2% cấp thôn"."""
    if previous.concept.kind == mention.kind and _alone_in_brackets_after_a_name(doc, mention):
        # "đứng trên Hải Phòng (thứ ba), TP. Hồ Chí Minh (thứ tư) và Thanh Hóa (thứ năm)": each name's figure
        return [Link(previous.concept, previous.score * 0.8, ["as the figure before it, of another name"])]
    if previous.concept.kind != mention.kind or mention.kind not in ("percent", "count"):
        return []
    if previous.concept.change != (mention.change is not None):
        return []  # "đạt 9,1% GRDP, tăng 1,2%": a change does not repeat a level (nor a level a change)
    if (
        mention.kind == "percent"
        and not previous.concept.attainment
        and doc.language.attainment_nouns.match(mention.noun or "")
    ):
        return []  # "100% xã có sóng 4G (đạt 100% mục tiêu)": the share of the target attained, no level
    neighbours = _sentence_neighbours(doc, doc.segments.sentence(mention.value_start))
    host = _host(doc, mention, neighbours)
    if mention.kind == "percent" and host is not None and host.kind == "count":
        return []  # "..., 3 chỉ tiêu chưa hoàn thành (13%)": the share of its own count, not the figure before
    unless = previous.concept.unless
    if unless is not None and _near(doc, unless, mention, doc.segments.sentence(mention.value_start)) >= UNLESS:
        return []  # "969 thôn chưa có sóng (gồm 781 thôn đã có điện, ...)": its own words rule the concept out
    family = [c for c in concepts if c.signature == previous.concept.signature]
    for concept in family:
        for level in concept.levels:
            if _owned_level(doc, level, mention):
                return [Link(concept, previous.score * 0.8, ["as the figure before it", level])]
    if mention.kind == "count" and previous.concept.levels:
        # "9/9 đơn vị cấp huyện. 178/178 đơn vị cấp xã": the same concept at another level, whose
        # entry names that level's units as what it counts.
        noun = _LEADING.sub("", mention.noun)
        for concept in concepts:
            if (
                concept.levels
                and concept.nouns is not None
                and concept.nouns.match(noun)
                and _without_nouns(concept.signature) == _without_nouns(previous.concept.signature)
                and any(_owned_level(doc, level, mention) for level in concept.levels)
            ):
                return [Link(concept, previous.score * 0.8, ["as the figure before it", noun])]
    if not any(concept.levels for concept in family) or not previous.concept.levels:
        plain = [c for c in family if not c.levels]
        if plain and _owns_nothing_but_levels(doc, mention):
            return [Link(plain[0], previous.score * 0.8, ["as the figure before it"])]
    return []


# "..., Hải Phòng (thứ ba), TP. Hồ Chí Minh (" : a name in a list of names, each with its figure in brackets
_NAME_THEN_BRACKET = re.compile(
    r"\)\s*(?:,|\svà)\s*[A-ZĐ][^\s(),;]*(?:\s+[^\s(),;]+){0,4}\s*\(\s*(?:thứ|hạng|vị trí|xếp thứ)?\s*$"
)


def _alone_in_brackets_after_a_name(doc: Document, mention: Mention) -> bool:
    before = doc.text[max(0, mention.start - 60) : mention.start]
    return bool(_NAME_THEN_BRACKET.search(before)) and bool(re.match(r"\s*\)", doc.text[mention.end :]))


def _repeats_rank(doc: Document, mention: Mention, previous: Link, found: list[Link]) -> bool:
    """A bare rank after another rank, whose candidates rest only on words borrowed from other
    sentences, other figures or the title."""
    if mention.kind != "rank" or previous.concept.kind != "rank" or not _bare_rank(doc, mention):
        return False
    return all(all(e.startswith(("borrowed", "title")) for e in link.evidence) for link in found)


COORDINATE_LEVEL = 0.5


def _level_of_coordinate(doc: Document, mention: Mention, levels) -> str | None:
    """'phủ sóng băng rộng di động tại 95% thôn bản và Internet cáp quang 80%': a percent joined by
    'và' to the percent before it in its clause, naming no level of its own, is of that one's level."""
    if mention.kind != "percent":
        return None
    clause = doc.segments.clause(mention.value_start)
    before = [m for m in doc.mentions if clause.start <= m.value_start and m.end <= mention.value_start]
    if not before or before[-1].kind != "percent":
        return None
    previous = before[-1]
    between = doc.text[previous.end : mention.value_start]
    if not re.search(r"\bvà\b", between) or any(
        pattern.search(between[between.rfind("và") :]) for pattern in doc.language.levels.values()
    ):
        return None
    for level in levels:
        for start, end in doc.occurrences(doc.language.levels[level]):
            if previous.value_start < start < mention.value_start and strictly_owned(doc, start, end, previous):
                return doc.text[start:end]
    return None


def _without_nouns(signature: str) -> str:
    kind, terms, _nouns, change = json.loads(signature)
    return json.dumps([kind, terms, change], ensure_ascii=False)


def _owns_nothing_but_levels(doc: Document, mention: Mention) -> bool:
    """The figure's own words are a level or a place at most ("98,2% cấp thôn", "70% tại cấp xã")."""
    own_end = mention.noun_span[1] if mention.noun_at is None else mention.end  # a shared noun is not its own
    own = doc.text[mention.end : own_end].strip().lower()
    rest = own
    for pattern in doc.language.levels.values():
        rest = pattern.sub(" ", rest)
    return len(re.sub(r"\b(?:tại|ở|của|các|đối với|cấp)\b|[\s,.;()]", "", rest)) == 0


def _owned_level(doc: Document, level: str, mention: Mention) -> bool:
    sentence = doc.segments.sentence(mention.value_start)
    for start, end in doc.occurrences(doc.language.levels[level]):
        if sentence.start <= start < sentence.end and strictly_owned(doc, start, end, mention):
            if _only_where(doc, start, mention) or _names_a_place(doc, end):
                continue
            if (
                end <= mention.value_start
                and "," in doc.text[end : mention.value_start]
                and _counts_a_level(doc, mention)
            ):
                # "toàn bộ thôn, bản được cáp quang hóa, trên 75% hộ gia đình có Internet băng rộng": the figure
                # counts a level of its own; the units named before it, a comma between, are another item's
                continue
            return True
    return False


def _counts_a_level(doc: Document, mention: Mention) -> bool:
    """What the figure counts opens with a level's word ("75% hộ gia đình", "100% xã")."""
    if not mention.noun:
        return False
    noun = doc.text[mention.noun_span[0] : mention.noun_span[1]]
    start = mention.noun_span[0] + len(noun) - len(noun.lstrip())  # the span opens with the space after the figure
    return any(words.match(doc.text, start) for words in doc.language.levels.values())


# "tại các xã", "ở các huyện", "trên địa bàn các xã": where the counted things are
# (or a later one of a list of such places: "điểm dân cư ở thành phố, thị xã và thị trấn")
_LOCATIVE = re.compile(
    r"(?<!\w)(?:tại|ở|trên địa bàn|thuộc)\s+(?:các\s+|những\s+|mỗi\s+)?(?:[^\W\d]+(?:\s+[^\W\d]+)?\s*,\s*){0,3}$", re.I
)


def _names_a_place(doc: Document, end: int) -> bool:
    """A unit word followed by a name ("huyện Yên Lạc", "xã Tân Lập"): a place, not a level."""
    after = doc.text[end : end + 3].lstrip()
    return bool(after) and after[0].isupper()


def _only_where(doc: Document, start: int, mention: Mention) -> bool:
    """A unit named after "tại"/"ở", past the noun the figure counts ("40% hộ gia đình tại các xã miền núi"), says
    where those are, not that the units themselves are counted; "tại cấp xã" names a level."""
    return (
        bool(mention.noun)
        and start > mention.noun_span[0]
        and not doc.text.startswith("cấp", start)
        and bool(_LOCATIVE.search(doc.text, max(0, start - 30), start))
    )
