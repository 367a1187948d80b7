"""What linking works on and returns: a link, the document read once (its names, comparisons, the
occurrences of each pattern, the figures of each sentence), the words that lead a noun, and where a figure's
neighbours in its sentence stand."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from assets.reports.concepts import Concept
from assets.reports.language import Language
from assets.reports.mentions import Mention
from assets.reports.segments import Segments, Span
from assets.reports.timephrases import document_names

# a rank in a title, whose scope may follow it ("đứng thứ hai vùng trung du", "ranked 2nd in the region")
_A_TITLE_RANK = re.compile(
    r"(?<!\w)(?:thứ|hạng|vị trí|top)\s+(?:\d+(?:/\d+)?|[^\W\d]+)(?!\w)|(?<!\w)\d+(?:st|nd|rd|th)(?!\w)"
    r"|(?<!\w)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?!\w)",
    re.I,
)
# The scope written right after a rank ("thứ 18 cả nước", "thứ 3/14 tỉnh trong khu vực", "20th nationwide"): the
# ranking the rank stands in. A rank of another scope in the same sentence has its own ("xếp thứ 3 khu vực Đồng bằng
# sông Cửu Long và thứ 18 cả nước").
_RANK_SCOPE = re.compile(
    # (on the rank's line: a scope opening the next line, "... xếp thứ 15\nTrong khu vực ...", is the next line's)
    r"[^\S\n]*(?:/\s*\d+\s*)?(?:(?:tỉnh,\s*thành(?:\s+phố)?|tỉnh|địa phương|provinces?)\s+)?"
    r"(?:trong\s+|của\s+|ở\s+|tại\s+|trên\s+|in\s+the\s+|in\s+|of\s+the\s+|among\s+the\s+)?"
    r"(?:(?P<nation>cả nước|toàn quốc|nationwide|nationally|country)(?!\w)"
    # a region with its name, up to a boundary, another rank or what is ranked ("khu vực Đồng bằng sông Cửu Long"); in
    # English the name comes first ("the Red River Delta region")
    r"|(?P<region>(?:khu vực|vùng|miền|region)(?!\w)(?:(?![,;.:()\n\d]|\s+(?:và|and)\s+(?:thứ|hạng|xếp|đứng|vị trí)"
    r"|\s+(?:về|in|on|for)\s).){0,60}"
    r"|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,4}\s+(?:region|provinces)(?!\w)))",
    re.I,
)

# words that lead what a count counts ("các", "tổng số"; "of which 310 are 5G stations")
# words before what a count counts: "các", "tổng số", and the centre of a place ("1.204 trung tâm thôn được phủ sóng":
# the villages, at their centres)
LEADING = re.compile(
    r"^(?:các|những|số|tổng số|toàn bộ|danh mục|are|were|trung tâm(?=\s+(?:xã|thôn|bản|buôn|làng|ấp|huyện)\b))\s+",
    re.I,
)

_AN_AGE_AND = re.compile(r"\d+\s+(?:years?\s+(?:old\s+)?)?(?:and|or)\s+$", re.I)


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
    _occurrence_ends: dict = field(default_factory=dict)
    _title_hits: dict = field(default_factory=dict)
    _title_rank_scopes: list | None = None
    _sentence_mentions: dict = field(default_factory=dict)
    _comparisons: list | None = None
    _names: list | None = None
    _rank_scopes: list | None = None

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

    def rank_scopes(self) -> list[tuple[int, int, int]]:
        """(start, end, the rank's value start) of the scope written right after each rank ("thứ 18 cả nước", "thứ
        3/14 tỉnh trong khu vực")."""
        if self._rank_scopes is None:
            self._rank_scopes = [
                (found.start(found.lastgroup), found.end(found.lastgroup), m.value_start)
                for m in self.mentions
                if m.kind in ("rank", "rank_change") and (found := _RANK_SCOPE.match(self.text, m.end)) is not None
            ]
        return self._rank_scopes

    def comparisons(self) -> list[tuple[int, int, int, int]]:
        """(start, end of the comparison word, end of its concept words, end) of each comparison
        ("so với ...", "cao hơn ..."), up to the next figure, bracket, comma or semicolon."""
        if self._comparisons is None:
            regions = []
            for m in self.language.comparison_words.finditer(self.text):
                if m.group(0).lower() in ("from", "tăng so với", "giảm so với") or (
                    # "cùng kỳ" of a "so với cùng kỳ" read already
                    self.text[m.start() : m.end()].lower().startswith("cùng kỳ")
                    and regions
                    and regions[-1][2] >= m.start()
                ):
                    continue
                if m.group(0).lower() == "over" and _AN_AGE_AND.search(self.text, max(0, m.start() - 30), m.start()):
                    continue  # "citizens aged 14 and over": an age, no comparison
                clause = self.segments.clause(m.start())
                # "So với các tỉnh Tây Nguyên, Gia Lai xếp thứ 3": the group ranked among, with no figure before it;
                # but "Điểm DTI cao hơn trung bình cả nước 0,0512 điểm" compares the figure after it (its gap)
                compares_a_later_figure = not any(clause.start <= x.end <= m.start() for x in self.mentions)
                if compares_a_later_figure and not re.fullmatch(r"(?:cao|thấp)\s+hơn", m.group(0), re.I):
                    continue
                if re.match(r"\s*tổng số|\s*\d", self.text[m.end() :]):
                    if re.match(r"\s*\d", self.text[m.end() :]):
                        regions.append((m.start(), m.end(), m.end(), m.end()))  # "cao hơn 0,105": a qualifier
                    continue  # "đạt 84,59% so với tổng số TTHC": the base of a rate, not a comparison
                stop = re.compile(r"[,;()\n]|\s(?:là|bằng|ở mức)\s", re.I).search(self.text, m.end())
                end = min(stop.start() if stop else len(self.text), self.segments.sentence(m.start()).end)
                nxt = [x.value_start for x in self.mentions if m.end() <= x.value_start < end]
                end = min([end, *nxt])
                if compares_a_later_figure and not (nxt and end == min(nxt) and m.end() < end):
                    continue
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

    def occurrences_within(self, pattern: re.Pattern, start: int, end: int) -> list[tuple[int, int]]:
        """The pattern's occurrences that reach into [start, end), found by bisection: a long page (a table of
        hundreds of rows) has many, and each figure looks at those of its own paragraph only."""
        spans = self.occurrences(pattern)
        key = pattern.pattern
        if key not in self._occurrence_ends:
            # (finditer's matches do not overlap: their starts and their ends both ascend)
            self._occurrence_ends[key] = ([s for s, _ in spans], [e for _, e in spans])
        starts, ends = self._occurrence_ends[key]
        return spans[bisect_left(ends, start) : bisect_left(starts, end)]

    def in_title(self, pattern: re.Pattern) -> bool:
        key = pattern.pattern
        if key not in self._title_hits:
            # (not a title rank's scope: "X xếp thứ 14/63, đứng thứ ba vùng Đồng bằng sông Hồng ...": the region is the
            # title's second rank's, lent to no rank of the page)
            scopes = self._title_scopes()
            self._title_hits[key] = bool(self.title) and any(
                not any(s <= found.start() < e for s, e in scopes) for found in pattern.finditer(self.title)
            )
        return self._title_hits[key]

    def _title_scopes(self) -> list[tuple[int, int]]:
        """Where the title writes the scope of a rank of its own ("đứng thứ ba vùng Đồng bằng sông Hồng")."""
        if self._title_rank_scopes is None:
            self._title_rank_scopes = [
                scope.span(scope.lastgroup)
                for rank in _A_TITLE_RANK.finditer(self.title or "")
                if (scope := _RANK_SCOPE.match(self.title, rank.end())) is not None
            ]
        return self._title_rank_scopes

    def sentence_mentions(self, sentence_start: int) -> tuple[int, ...]:
        if sentence_start not in self._sentence_mentions:
            sentence = self.segments.sentence(sentence_start)
            self._sentence_mentions[sentence_start] = tuple(
                i for i, m in enumerate(self.mentions) if sentence.start <= m.value_start < sentence.end
            )
        return self._sentence_mentions[sentence_start]


def after_the_figure_before(doc: Document, mention: Mention, sentence: Span, before: int | None = None) -> int:
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


def sentence_neighbours(doc: Document, sentence: Span) -> list[Mention]:
    return [doc.mentions[i] for i in doc.sentence_mentions(sentence.start)]
