"""Facts from the prose of a provincial report, each with its exact quote.

One pass over a document, in the order a reader would go:
  1. time phrases (timephrases.py) and number mentions (mentions.py): every number with what
     the grammar makes of it, or set aside as not a measure (dates, document numbers...);
  2. linking (linking.py): the indicator(s) each mention states, from the concept words of
     the catalog; a mention no indicator claims is kept as an unclaimed mention;
  3. for each figure: its place (places.py), its period (dating.py), target or achievement
     (targets.py), its quote (the clause around it) and character offsets.
A figure whose period nothing fixes is kept with the reason (the pipeline quarantines it).
No rule names a document, a province or a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from assets.reports.concepts import Concept
from assets.reports.dating import FRAMING_KINDS, Dated, DatingContext, choose_period
from assets.reports.language import Language
from assets.reports.linking import (
    Document,
    Link,
    another_index_named_last,
    candidates,
    converted_value,
    fits_kind,
    link,
    names_its_own_index,
    share_host,
)
from assets.reports.mentions import Mention, SetAside, only_change_words, scan_mentions
from assets.reports.places import LOCAL, MINISTRY, NATION, OTHERS, UNIT, PlaceName, Places
from assets.reports.segments import HEADING_WORDS, Segments, capital_line
from assets.reports.targets import after_results_in_its_paragraph, is_target, opens_with_relative_horizon, plan_column
from assets.reports.timephrases import find_time_phrases
from assets.reports.uncatalogued import (
    MULTI_EDITION_CHANGE,
    OPEN_CONCEPTS,
    concept_phrase,
    continues_a_sentence_about_dx,
    measure_outside_catalog,
    measured,
    ranks_a_measure_about_dx,
)

EXTRACTOR_VERSION = "report_concepts/13"  # 3: measures outside the catalog; 4: floors, bare series, restatements; 5: nearer borrowed words, coordinated ranks and score changes; 6: no bare number read as points, DTI announcement years, plan and review years, runs of results; 7: bracket words, deadlines, weekdays, page counters; 8: requirements after the figure, opening review years, rank lists, district items; 9: items after a respectively list, holders, yearless leads and spans, bracketed horizons, thresholds of units, parts of counts; 10: the reviews' fixes, bracket subjects, reference levels, aims completed, all of the units; 11: the service index groups, bare numbers refused, plan names, floors beside items, ranks among the 34 in words, aims by horizon, gifts, places after a figure, English pages; 12: lead-ins of results, parts named after a count, one figure not said twice, members of a leading group, the first to do something, pages of a district or city, lists of ministries, an index of other things named last; 13: percentage points, a change never repeats a level, the economy's growth and its ranks, plans just issued, targets met and exceeded, years whose results are not out, counts continuing a paragraph or done with their noun left out, the provinces that did something, groups a count of provinces is in, English nouns, ordinals, currencies and standings
ANNUAL_INDEX_SUBFAMILIES = {"overall", "pillar", "main_index", "related_index", "national"}
# The Government Office's service index (vpcp_) is published monthly: its period is the text's, not an edition.
_ANNUAL_INDEX_CODES = re.compile(r"^(?:ebi_|par_|ict_index)")
QUOTE_MAX = 320


@dataclass(frozen=True)
class ReportDocument:
    document_id: str
    source_file: str
    text: str  # normalised (NFC, one tone-mark placement): quotes are substrings of it
    province_code: str | None
    province_inferred: bool = False
    document_date: date | None = None
    date_inferred: bool = False
    period_start: date | None = None
    period_end: date | None = None
    period_inferred: bool = False
    title: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass
class ExtractedFact:
    indicator_code: str | None  # None: a measure outside the catalog (Extraction.uncatalogued)
    value: float
    unit: str
    denominator: float | None
    qualifier: str | None
    period_start: date | None
    period_end: date | None
    is_target: bool
    quote: str
    char_start: int
    char_end: int
    confidence: float
    grouping: int | None
    note: str | None = None
    province_code: str | None = None
    # sentence | paragraph | title | plan | review | sidecar | document_date | comparison | edition | half_review
    period_basis: str | None = None
    value_start: int = 0  # the number as written
    value_end: int = 0
    value_as_written: float | None = None  # before a unit conversion (478,99/1.000 điểm -> 0.47899)
    evidence: tuple[str, ...] = ()  # the concept words that linked it
    also_at: tuple[tuple[int, int], ...] = ()  # the same figure stated again (value spans)
    outside_reason: str | None = None  # a measure outside the catalog: why no indicator states it


@dataclass
class UnclaimedMention:
    """A number in a sentence about digital transformation that no catalog indicator claims."""

    value: float
    unit: str | None
    kind: str
    noun: str
    denominator: float | None
    quote: str
    char_start: int
    char_end: int
    value_start: int
    value_end: int
    reason: str


@dataclass
class Extraction:
    facts: list[ExtractedFact] = field(default_factory=list)
    undated: list[ExtractedFact] = field(default_factory=list)  # no period fixed: quarantined, with the reason
    unclaimed: list[UnclaimedMention] = field(default_factory=list)
    # measures no catalog indicator states, attributed and dated like facts (indicator_code None;
    # ``evidence`` holds what they measure): kept with the unclaimed mentions, never loaded as facts
    uncatalogued: list[ExtractedFact] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)  # numbers that are not measures (dates, ...)
    duplicates: int = 0  # figures stated again in the same document (kept once, see also_at)

    @property
    def skipped(self) -> list[tuple[str, str]]:
        """(quote, reason) of every figure not loaded: the undated, the unclaimed and those outside the catalog."""
        return (
            [(f.quote, "no period: nothing in the document or its sidecar fixes it") for f in self.undated]
            + [(u.quote, u.reason) for u in self.unclaimed]
            + [(f.quote, f.outside_reason or OUTSIDE_CATALOG) for f in self.uncatalogued]
        )

    def unclaimed_rows(self, document_province: str | None) -> list[dict]:
        """Every number no catalog indicator claims, in text order, as report_unclaimed_mention's columns (but the
        document's): the unclaimed mentions, and the measures outside the catalog with their attribution."""
        rows = [
            {
                "value": u.value,
                "denominator": u.denominator,
                "unit": u.unit,
                "mention_kind": u.kind,
                "noun": u.noun,
                "quote": u.quote,
                "char_start": u.char_start,
                "char_end": u.char_end,
                "value_start": u.value_start,
                "value_end": u.value_end,
                "reason": u.reason,
                "province_code": None,
                "period_start": None,
                "period_end": None,
                "is_target": None,
            }
            for u in self.unclaimed
        ] + [
            {
                "value": f.value,
                "denominator": f.denominator,
                "unit": f.unit,
                "mention_kind": {"places": "rank_change", "points": "score"}.get(f.unit, f.unit),
                "noun": f.evidence[0] if f.evidence else "",
                "quote": f.quote,
                "char_start": f.char_start,
                "char_end": f.char_end,
                "value_start": f.value_start,
                "value_end": f.value_end,
                "reason": f.outside_reason or OUTSIDE_CATALOG,
                "province_code": f.province_code or document_province,
                "period_start": f.period_start,
                "period_end": f.period_end,
                "is_target": f.is_target,
            }
            for f in self.uncatalogued
        ]
        return sorted(rows, key=lambda row: row["value_start"])


@dataclass(frozen=True)
class Grammar:
    """Everything extraction knows: the language, the catalog's concepts and the place names."""

    language: Language
    concepts: tuple[Concept, ...]
    province_names: re.Pattern
    resolve_name: object  # callable(name, grouping) -> code | None
    merger_day: date
    subfamilies: dict[str, str | None]
    dx_words: re.Pattern
    digit_terms: tuple[re.Pattern, ...] = ()
    rank_of_change: dict = field(default_factory=dict)  # rank-change concept code -> the rank's concept


OUTSIDE_CATALOG = "a measure outside the catalog: no indicator's concept words claim it"


def _unclaimed(text: str, mention, segments, reason: str) -> UnclaimedMention:
    """A number no indicator takes, with its quote and why."""
    start, end = _quote_span(text, mention, segments)
    return UnclaimedMention(
        value=mention.value,
        unit=mention.unit,
        kind=mention.kind,
        denominator=mention.denominator,
        noun=mention.noun,
        quote=text[start:end],
        char_start=start,
        char_end=end,
        value_start=mention.value_start,
        value_end=mention.value_end,
        reason=reason,
    )


def _quote_span(text: str, mention: Mention, segments: Segments) -> tuple[int, int]:
    clause = segments.clause(mention.value_start)
    label = segments.row_label(mention.value_start)
    start, end = clause.start, clause.end
    if label is not None:
        start = min(start, label.start)
    while start < end and text[start] in " \t\n;,-–•+":
        start += 1
    while end > start and text[end - 1] in " \t\n;,":
        end -= 1
    if end - start > QUOTE_MAX:
        # A long clause: the comma-delimited stretch around the number, wide enough to read.
        left = text.rfind(",", start, max(start, mention.value_start - 140))
        left = start if left < 0 else left + 1
        right = text.find(",", min(end, mention.end + 100), end)
        right = end if right < 0 else right
        start, end = left, right
        while start < end and text[start] in " \t\n":
            start += 1
    return start, end


def _digit_term_spans(text: str, grammar: Grammar) -> list[tuple[int, int]]:
    """Where concept words that contain digits ("0 điểm", "1.000 dân") stand in the text."""
    spans = []
    for pattern in grammar.digit_terms:
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


def _grouping(code: str, mention: Mention, period_end: date, merger_day: date) -> int:
    if code.startswith("dti_") and mention.denominator in (63.0, 34.0):
        return int(mention.denominator)
    return 63 if period_end < merger_day else 34


# A year, a percent or a leading group in a title: what it aims at ("... 25% GRDP vào năm 2025", "top 20");
# not a document's number ("Nghị quyết số 05-NQ/TU", "Đề án 06", "4.0").
_AN_AIMED_FIGURE = re.compile(r"\b(?:19|20)\d\d\b|\d\s*%|\b(?:top|tốp|nhóm)\s*\d", re.I)


def _before_the_titles_horizon(dated: Dated | None, dating) -> bool:
    """The figure's own sentence dates it to a year before the last year its title names."""
    years = [p.year for p in dating.title_phrases if p.role in ("until", "period") and p.year]
    return bool(
        dated is not None and dated.basis in ("sentence", "sentence_own") and years and dated.end.year < max(years)
    )


def _results_go_on(doc: ReportDocument, text: str, segments: Segments, language: Language, mention: Mention) -> bool:
    """Under a title that sets a target, a figure whose sentence goes on with the results said before it in
    its paragraph (targets.after_results_in_its_paragraph), unless the title states the figure itself (its
    aim restated in the body)."""
    # the number with its unit ("20%", not the 20 of "top 20")
    written = text[mention.value_start : mention.end].strip()
    if doc.title and re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", doc.title):
        # the same figure of the same thing: what it counts, if it names it, is named in the title too (not "80% hồ
        # sơ công việc tại cấp huyện" among results under a title aiming at 80% of online public services)
        counted = " ".join((mention.noun or "").split()[:2])
        if not counted or counted in doc.title.lower():
            return False
    return after_results_in_its_paragraph(text, segments.sentence(mention.value_start), segments, language)


def _plan_document(doc: ReportDocument, language: Language) -> bool:
    return bool(doc.title) and _aims_in_title(doc.title, language.plan_title_words)


_TARGETS_MET_BEFORE = re.compile(r"\b(?:hoàn thành|đạt|vượt|đạt được)\s+(?:\d+\s*/\s*\d+\s+)?$", re.I)


def _aims_in_title(title: str, words: re.Pattern) -> bool:
    """A word of aims in the title that is not counted as met ("... hoàn thành 28/35 chỉ tiêu chuyển đổi số năm
    2024": targets met, a title of results)."""
    return any(not _TARGETS_MET_BEFORE.search(title, 0, m.start()) for m in words.finditer(title))


def _target_document(doc: ReportDocument, language: Language, title_phrases) -> bool:
    """A title that sets targets, or names a horizon after the document's date ("... giai đoạn
    đến năm 2025" in 2023)."""
    if not doc.title:
        return False
    if _aims_in_title(doc.title, language.target_title_words) and _AN_AIMED_FIGURE.search(doc.title):
        # "Phấn đấu đưa DTI vào top 20 năm 2025"; not an aspiration without a figure or a year
        # ("... hướng tới phát triển bền vững"), whose text reports results.
        return True
    if re.match(r"\W*kế hoạch\b", doc.title, re.I):
        return False  # a plan's own text reports the present state before its targets
    return any(
        p.role == "until" and p.year and (doc.document_date is None or p.year > doc.document_date.year)
        for p in title_phrases
    )


_HEADING_NUMBER = re.compile(r"\s*(?:(?:phần|chương|mục)\s+[IVXLC\d]+\b|[IVXLC]+\s*[.:)]|\d+(?:\.\d+)*\s*[.)])", re.I)


def _headings(text: str, phrases, language: Language) -> tuple:
    """The heading lines: a line of its own, short, not ending as a sentence does, in capitals or
    numbered as a section ("Phần I", "II.", "1.2."). Each as (start, the period it names or None
    (not a comparison base nor a name), "plan" when it heads targets ("MỤC TIÊU NĂM 2023"),
    "review" when it heads results ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022"), else None)."""
    headings = []
    line_start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        letters = [c for c in stripped if c.isalpha()]
        if (
            letters
            and len(stripped.split()) <= HEADING_WORDS
            and stripped[-1] not in ".,;!?…"
            # a line that states a figure is no heading ("2. Phấn đấu ... đạt 80%"); a year may be named
            and not re.search(r"\d+(?:[.,]\d+)?\s*%|(?<![\d/])(?!(?:19|20)\d\d\b)\d{2,}(?![\d/])", stripped)
            and (capital_line(stripped) or _HEADING_NUMBER.match(stripped))
        ):
            end = line_start + len(line)
            named = [p for p in phrases if line_start <= p.start < end and p.role in ("period", "until") and p.year]
            kind = (
                "review"
                if language.review_words.search(stripped)
                else "plan"
                if language.plan_title_words.search(stripped)
                else None
            )
            headings.append((line_start, named[0] if named else None, kind))
        line_start += len(line) + 1
    return tuple(headings)


def _under_target_heading(headings: tuple, position: int) -> bool:
    """The nearest heading before ``position`` heads targets ("MỤC TIÊU ..."): any later heading,
    whatever it heads, ends that one's reach."""
    before = [kind for start, _, kind in headings if start < position]
    return bool(before) and before[-1] == "plan"


# What a page reports results for: a year, or a reference date or span that frames a paragraph.
_REPORTED_KINDS = ("year", "as_of_year", *FRAMING_KINDS)


def _changed_figure(text: str, mentions: list[Mention], mention: Mention) -> Mention | None:
    """The figure right before a change joined to it by "tăng"/"giảm" ("đạt 0,7955, tăng 8,6%"), or None."""
    if mention.change is None:
        return None
    earlier = [m for m in mentions if m.end <= mention.value_start]
    return earlier[-1] if earlier and _CHANGE_JOINER.fullmatch(text, earlier[-1].end, mention.start) else None


def _owner_of_the_level_changed(result: Extraction, text: str, mention: Mention, mentions: list[Mention]) -> str | None:
    """ "chỉ số DTI quốc gia năm 2024 đạt 0,7955, tăng 8,6% so với năm 2023": a change joined right after a level
    is of the level's place; None when no such level was found."""
    changed = _changed_figure(text, mentions, mention)
    if changed is None:
        return None
    level = next((f for f in result.facts + result.undated if f.value_start == changed.value_start), None)
    return level.province_code if level is not None else None


def _after_a_sentence_about_dx(text: str, segments: Segments, sentence, grammar: Grammar, reach: int = 3) -> bool:
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


# a line of its own, short and with no full stop: a heading ("3. Về văn hóa, xã hội")
_HEADING_LINE = re.compile(r"(?m)^[ \t]*[^\n.!?]{1,80}[^\n.!?:;,]$\n")


def _changes_an_unclaimed_amount(text: str, mentions: list[Mention], index: int, claimed: dict) -> bool:
    """ "nộp ngân sách 706 triệu đồng, tăng 1,5% so với năm 2023": a change right after an amount no indicator
    claims is that amount's change, no measure of its own."""
    amount = _changed_figure(text, mentions, mentions[index])
    return amount is not None and amount.kind == "money" and mentions.index(amount) not in claimed


def _share_of_an_unclaimed_count(doc: Document, mentions: list[Mention], mention: Mention, claimed: dict) -> bool:
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


def _breakdown_of_an_unclaimed_count(doc: Document, mentions: list[Mention], index: int, claimed: dict) -> bool:
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


_CHANGE_JOINER = re.compile(r"\s*,?\s*(?:và\s+)?(?:tăng|giảm)(?:\s+(?:thêm|bớt))?\s*", re.I)


def _latest_reported(phrases, text: str, segments: Segments, language: Language) -> date | None:
    """The end of the latest single year the text names as a period or a reference date (not a
    horizon, a span such as "giai đoạn 2021-2025", nor a comparison base), in a sentence that sets no aim
    ("Đặc biệt, vào năm 2030, tỷ lệ ... là hơn 80%" in a plan's news is where it aims, not where it stands)."""
    years = [
        p.year
        for p in phrases
        if p.role in ("period", "as_of")
        and p.kind in _REPORTED_KINDS
        and p.year
        and not language.target_markers.search(text, segments.sentence(p.start).start, segments.sentence(p.start).end)
        and not _a_documents_year(text, segments.sentence(p.start).start, p.start, language)
    ]
    return date(max(years), 12, 31) if years else None


_DOCUMENTS_YEAR = re.compile(r"\s*năm\s", re.I)
_DOCUMENT_NAME_REACH = 90  # characters a document's name runs over before its year


def _a_documents_year(text: str, sentence_start: int, start: int, language: Language) -> bool:
    """The year is part of the name of a document the sentence issues ("UBND tỉnh vừa ban hành Kế hoạch phát triển
    hạ tầng số và Internet vạn vật (IoT) năm 2025"): the year the plan is for, no year the page reports results in.
    The name opens within a few words before, with no punctuation between, after a verb that issues it; not the
    plan a review reports on ("Kết quả thực hiện Kế hoạch chuyển đổi số năm 2024")."""
    if not _DOCUMENTS_YEAR.match(text, start):
        return False
    before = text[max(sentence_start, start - _DOCUMENT_NAME_REACH) : start]
    names = list(language.document_name_words.finditer(before))
    if not names or re.search(r"[,.;:]", before[names[-1].end() :]):
        return False
    lead = text[sentence_start : start - len(before) + names[-1].start()]
    return bool(_ISSUES.search(lead)) and not _REVIEWS.search(lead)


# a verb that issues or approves a document, and words of a review of one (what it reports on is its year)
_ISSUES = re.compile(r"(?<!\w)(?:ban hành|phê duyệt|thông qua|ký|triển khai xây dựng|xây dựng)(?!\w)", re.I)
_REVIEWS = re.compile(r"(?<!\w)(?:kết quả|tình hình|sơ kết|tổng kết|báo cáo|đánh giá)(?!\w)", re.I)


def _reviewed_year(title: str, title_phrases) -> int | None:
    """An annual plan ("Kế hoạch chuyển đổi số tỉnh ... năm 2023") opens by reviewing the year
    before the one it plans: that year, for its results that no phrase dates."""
    if not re.match(r"\W*kế hoạch\b", title, re.I) or len(title_phrases) != 1:
        return None
    phrase = title_phrases[0]
    return phrase.year - 1 if phrase.kind == "year" and phrase.role == "period" and phrase.year else None


# "Trong cuộc họp tổng kết chuyển đổi số và Đề án 06 năm 2024, ...": a year-end review, named where the text opens
_YEAR_END_REVIEW = re.compile(
    r"(?<!\w)(?:tổng kết|sơ kết năm)(?!\w)[^.\n]{0,80}?\bnăm\s+((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*(?:19|20)?\d\d)",
    re.I,
)
REVIEW_OPENING = 600  # characters of the text's opening where a year-end review is named
# "Năm 2024, Bắc Kạn ghi nhận những kết quả tích cực ...", "Theo báo cáo của Sở ..., trong năm 2022, thành phố đã
# ...": an opening sentence that reports what a year brought; not an act the text goes on from (_AN_ACT: "Năm 2021,
# Ban Chấp hành ... đã ban hành Nghị quyết ...")
_OPENING_RESULTS = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:[^.\n\d]{0,80}?,\s*)?(?:trong\s+)?năm\s+((?:19|20)\d\d)(?!\d)\s*,[^.\n]{0,120}?"
    r"(?<!\w)(?:ghi nhận|đạt được|gặt hái|đã)(?!\w)[^.\n]*",
    re.I,
)
_AN_ACT = re.compile(
    r"(?<!\w)(?:ban hành|triển khai|thông qua|phê duyệt|ký)(?:\s+\w+){0,2}\s+(?:nghị quyết|kế hoạch|quyết định|chỉ thị|đề án|"
    r"chương trình|văn bản)(?!\w)",
    re.I,
)
# a title that names the period it reports on ("Kết quả chuyển đổi số 6 tháng đầu năm 2025", "Sơ kết ... quý I"):
# its year is the results'
_REPORTING_TITLE = re.compile(
    r"(?<!\w)(?:(?:kết quả|sơ kết|tổng kết|báo cáo)(?:(?!định hướng|kế hoạch|phương hướng|nhiệm vụ)[^,;:])"
    r"{0,40}?(?:năm|tháng|quý)\s*[\dIV]|\d+\s+tháng|quý\s+[\dIV])",
    re.I,
)


def year_end_review(text: str) -> int | None:
    """The year a text opening with a year-end review reviews ("Trong cuộc họp tổng kết chuyển đổi số ... năm 2024,
    triển khai nhiệm vụ năm 2025"): its results that nothing else dates are of that year."""
    found = _YEAR_END_REVIEW.search(text, 0, REVIEW_OPENING)
    return int(found.group(1)) if found else None


def _opening_results(text: str, title: str) -> tuple[int, int] | None:
    """The year whose results the text opens with ("Năm 2024, Bắc Kạn ghi nhận những kết quả tích cực ..."), in
    the sentences after the title, and where that opening ends; None under a title of a reporting period."""
    if not title or _REPORTING_TITLE.search(title):
        return None
    start = len(title) if text.startswith(title) else 0
    found = _OPENING_RESULTS.search(text, start, start + REVIEW_OPENING)
    if found is None or _AN_ACT.search(found.group(0)):
        return None
    return int(found.group(1)), found.end()


def _half_review(text: str, language: Language) -> bool | int:
    """A half-year review sets out the tasks of the rest of the year ("phương hướng, nhiệm vụ 6
    tháng cuối năm 2023"): the year it names, or True when it says "năm nay" or nothing."""
    found = language.half_review_words.search(text)
    if not found:
        return False
    year = re.search(r"20\d\d", found.group(0))
    return int(year.group(0)) if year else True


def _change_of_the_rank_before(text: str, mention: Mention, mentions: list[Mention], index: int, claimed, grammar):
    """The rank-change concept of the rank a rank change directly follows ("hạng 17 giảm 10 bậc",
    "thứ 32/63, giảm 08 bậc": a few words, no other figure between), or None."""
    if mention.kind != "rank_change" or index == 0 or index - 1 not in claimed:
        return None
    rank = mentions[index - 1]
    between = text[rank.end : mention.value_start]
    if rank.kind != "rank" or not only_change_words(between, grammar.language):
        return None
    rank_code = claimed[index - 1][0].concept.code
    change = next((change for change, of in grammar.rank_of_change.items() if of.code == rank_code), None)
    # "xếp thứ 12/63 về triển khai Đề án 06, tăng 8 bậc": the change of a rank the catalog holds no change of is
    # still that rank's change, kept outside the catalog
    return next((c for c in grammar.concepts if c.code == change), OPEN_CONCEPTS[("rank_change", True)])


def _ranked_about_dx(
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


def _the_economys_growth(text: str, clause, mention: Mention, language: Language) -> bool:
    """ "kinh tế - xã hội ... tiếp tục tăng trưởng đạt 9,8%": a percent its clause names the economy's growth,
    with no word of digital transformation before it in the clause ("kinh tế số tăng trưởng 20%" is one)."""
    return (
        mention.kind == "percent"
        and bool(language.economy_growth_words.search(text, clause.start, mention.start))
        and not language.dx_words.search(text, clause.start, mention.start)
    )


# "Có 7 tỉnh, thành phố ...", "7 địa phương ...": a count of provinces opening a clause, its subject (not the group
# itself, "trong nhóm 10 tỉnh", nor a range's end, "nhóm 10-15 địa phương")
_A_COUNT_OF_PROVINCES = re.compile(
    r"\W*(?:(?!(?:nhóm|top|tốp|trong|thuộc|vào|among|within|in)\b)\S+\s+){0,4}(?<![-–])\d+\s+"
    r"(?:tỉnh|địa phương|provinces|localities)(?!\w)",
    re.I,
)


# what joins a rank to the figure it ranks: "đạt 9,8%, đứng thứ 6", "đạt 21,5%, xếp thứ 7 trong 63 tỉnh"
_RANK_AFTER_A_FIGURE = re.compile(
    r"\s*,\s*(?:và\s+)?(?:(?:đứng|xếp|xếp hạng|nằm|ở|giữ)\s+)?(?:(?:vị trí|hạng)\s+)?(?:thứ\s+)?(?:số\s+)?", re.I
)


def _ranks_an_unclaimed_figure(text: str, mentions: list[Mention], index: int, claimed: dict) -> bool:
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


def _is_annual_index(code: str, grammar: Grammar) -> bool:
    return grammar.subfamilies.get(code) in ANNUAL_INDEX_SUBFAMILIES or bool(_ANNUAL_INDEX_CODES.match(code))


# "so với năm 2021 (xếp hạng 23)": the base's own value; "tăng 26 bậc so với năm 2021 xếp thứ 53/63": the base's own
# rank (not "tăng so với năm 2022 là 14 bậc", the change itself)
_BASE_LEAD = re.compile(r"\s*\(\s*(?:là|bằng|xếp hạng|hạng|thứ|vị trí|xếp thứ)?\s*(?:thứ\s*)?$", re.I)
_BASE_RANK_LEAD = re.compile(r"\s*(?:xếp hạng|hạng|vị trí|xếp|đứng)(?:\s+(?:ở\s+)?(?:vị trí\s+)?thứ)?\s*$", re.I)


def _comparison_value(text: str, mention: Mention, phrases, mentions: list[Mention]) -> bool:
    """'tăng 1,5 lần so với cùng kỳ năm 2021 (10.280)', 'so với năm 2021 (xếp hạng 23)': the
    value of the comparison base, in brackets right after it."""
    return _comparison_base(text, mention, phrases) is not None


def _own_comparison_year(text: str, mention: Mention, phrases, mentions: list[Mention], segments: Segments):
    """The year of the comparison right after a change ("tăng 6 bậc so với năm 2020"), before
    any other figure of its clause."""
    clause = segments.clause(mention.value_start)
    following = [m.value_start for m in mentions if mention.end <= m.value_start < clause.end]
    limit = min(following, default=clause.end)
    for p in phrases:
        if p.role == "comparison" and p.year and mention.end <= p.start < limit and p.start - mention.end <= 40:
            return p.year
    return None


def _comparison_base(text: str, mention: Mention, phrases):
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
_IN_THE_BASES_BRACKET = re.compile(r"\s*\(\s*(?:xếp hạng|hạng|xếp|đạt|là)\b[^()\n;]{0,50}?\s(?:với|đạt|và)\s+")


def extract(doc: ReportDocument, grammar: Grammar) -> Extraction:
    """All figures of one document. An index result whose own sentence names no edition takes
    the edition of the document's dated results of that index: a second pass, when the first
    finds one."""
    result = _extract(doc, grammar, {})
    editions = {**_named_editions(doc.text, grammar.language), **_document_editions(result, grammar)}
    if any(
        _is_annual_index(f.indicator_code, grammar)
        and f.period_basis in (None, "document_date", "title")
        and index_of(f.indicator_code) in editions
        for f in result.facts + result.undated
    ):
        result = _extract(doc, grammar, editions)
    return result


_INDEXES = ("dti", "par", "ict_index", "ebi", "vpcp")
# "công bố xếp hạng mức độ chuyển đổi số năm 2024", "Chỉ số DTI năm 2023", "kết quả đánh giá chuyển đổi số năm 2022":
# the DTI edition a text names.
_DTI_EDITION = re.compile(
    r"(?:\bdti\b|chỉ số (?:đánh giá )?chuyển đổi số|xếp hạng (?:mức độ |chỉ số )?chuyển đổi số"
    r"|kết quả đánh giá (?:mức độ )?chuyển đổi số)"
    r"(?:\s+cấp tỉnh)?(?:\s*\([^)]{0,60}\))?\s+(?:năm\s+)?((?:19|20)\d\d)\b"
    # English names the year first: "the 2024 Digital Transformation Index (DTI)", "the 2023 Provincial DTI"
    r"|(?<![\w/-])((?:19|20)\d\d)\s+(?:provincial\s+)?(?:digital transformation index|dti)\b",
    re.I,
)


def _named_editions(text: str, language: Language) -> dict[str, int]:
    """The latest DTI edition the text names with the index's own words as a result (for results no
    sentence dates): not one a target aims at ("Phấn đấu chỉ số DTI năm 2025 ...") nor a comparison
    base ("So với DTI 2021, ...")."""
    years = []
    for m in _DTI_EDITION.finditer(text):
        lead = text[max(0, m.start() - 40) : m.start()]
        lead = lead[max(lead.rfind("."), lead.rfind("\n")) + 1 :]
        if not (language.target_markers.search(lead) or language.comparison_words.search(lead)):
            years.append(int(m.group(1) or m.group(2)))
    return {"dti": max(years)} if years else {}


def index_of(code: str) -> str:
    """Which annual index a code reports on (dti_rank, provinces_above_dti_average_pct: the DTI)."""
    return next((index for index in _INDEXES if index in code), code.split("_")[0])


def _document_editions(result: Extraction, grammar: Grammar) -> dict[str, int]:
    """For each index, the latest year the document's results of it are dated in by their own
    sentences (an edition named, or the one after a comparison base); targets do not count."""
    editions: dict[str, int] = {}
    for f in result.facts:
        if (
            _is_annual_index(f.indicator_code, grammar)
            and not f.is_target
            and f.period_basis in ("sentence", "comparison")
            # an edition is a whole year ("6 tháng đầu năm 2023 xếp hạng ..." is not one)
            and (f.period_start.month, f.period_start.day, f.period_end.month, f.period_end.day) == (1, 1, 12, 31)
            and f.period_start.year == f.period_end.year
        ):
            index = index_of(f.indicator_code)
            editions[index] = max(editions.get(index, 0), f.period_end.year)
    return editions


def _extract(doc: ReportDocument, grammar: Grammar, editions: dict[str, int]) -> Extraction:
    text = doc.text
    language = grammar.language
    segments = Segments(text)
    phrases = find_time_phrases(text, language)
    title = doc.title or ""
    title_phrases = find_time_phrases(title, language) if title else []
    scan = scan_mentions(text, language, phrases, _digit_term_spans(text, grammar))
    mentions = scan.mentions
    linking_doc = Document(text, title, segments, mentions, language)
    dating = DatingContext(
        segments,
        phrases,
        title_phrases,
        mentions,
        doc.document_date,
        (doc.period_start, doc.period_end) if doc.period_start and doc.period_end and not doc.period_inferred else None,
        _reviewed_year(title, title_phrases),
        _half_review(text, language),
        _headings(text, phrases, language),
        None if doc.document_date else _latest_reported(phrases, text, segments, language),
        year_end_review(text),
        _opening_results(text, title),
        _named_editions(text, language),
    )
    places = Places.find(
        text, segments, language, grammar.province_names, lambda name: grammar.resolve_name(name, 63), title
    )
    plan_document = _plan_document(doc, language)
    target_document = _target_document(doc, language, title_phrases)
    result = Extraction(set_aside=list(scan.set_aside))
    consumed: set[int] = set()
    claimed: dict[int, list[Link]] = {}
    carried_periods: dict[int, Dated] = {}
    for index, mention in enumerate(mentions):
        if index in consumed:
            continue
        before = [
            i
            for i in claimed
            if mentions[i].value_start < mention.value_start
            and segments.sentence(mentions[i].value_start) == segments.sentence(mention.value_start)
        ]
        # the period a figure before it in its sentence carried from the sentence before ("Đà Nẵng (58,89%), Hà Giang
        # (55,76%) ...")
        carried = carried_periods.get(before[-1]) if before else None
        if not before and (
            _opens_elliptically(text, segments, mention)
            or _a_province_and_its_figure(text, segments, mention, mentions, places)
        ):
            # "(cấp tỉnh đạt 19,73%, ...)" after "Tỷ lệ hồ sơ trực tuyến ... đạt 43,08%.": the figure
            # before, in the sentence before.
            sentence = segments.sentence(mention.value_start)
            before = [
                i
                for i in claimed
                if segments.paragraph(mentions[i].value_start) == segments.paragraph(mention.value_start)
                and mentions[i].value_start < sentence.start
            ]
            if _opens_with_places_and_figures(text, segments, mention) or _a_province_and_its_figure(
                text, segments, mention, mentions, places
            ):
                # "68,54% trong tổng số 168.000 hồ sơ. Đà Nẵng (58,89%), ...": the figure of its own kind
                before = [i for i in before if mentions[i].kind == mention.kind] or before
            # ... and its period, where its own sentence names none
            carried = next(
                (
                    Dated(f.period_start, f.period_end, "paragraph")
                    for f in result.facts
                    if before and f.value_start == mentions[before[-1]].value_start and f.period_start
                ),
                None,
            )
        if not before and _a_bare_series(text, segments, mention, phrases, language):
            # "Tỷ trọng kinh tế số ... đạt 9,4% năm 2022.\n\nBên cạnh đó, theo số liệu của Sở: năm 2022 là 11,2%,
            # năm 2023 là 12,7%": the measure of the sentence just before, even
            # across a paragraph break, of the same kind of figure.
            sentence = segments.sentence(mention.value_start)
            before = [
                i
                for i in claimed
                if sentence.start - _SERIES_REACH <= mentions[i].value_start < sentence.start
                and mentions[i].kind == mention.kind
                and segments.sentence(mentions[i].value_start) == segments.sentence(sentence.start - 1)
            ]
        base_value = _comparison_value(text, mention, phrases, mentions)
        previous = claimed[before[-1]][-1] if before else None
        links = [] if base_value else link(linking_doc, mention, grammar.concepts, previous)
        if (
            links
            and all(found.concept.national for found in links)
            and _names_a_province(mention, mentions, places, text, language)
        ):
            # "Giá trị trung bình DTI cấp tỉnh là 0,5791, trong đó tỉnh Quảng Nam đạt 0,5808": a figure whose own
            # words name a province is that province's, not the nation's
            links = link(linking_doc, mention, tuple(c for c in grammar.concepts if not c.national), previous)
        if len(links) == 1 and any(
            mentions[i].value == mention.value
            and any(c.concept.code == links[0].concept.code for c in claimed[i])
            # of the same time and place: "..., năm 2023 đạt 100%, năm 2024 đạt 100%" are two figures of one measure
            and not any(mentions[i].end <= p.start < mention.value_start for p in phrases)
            and not any(mentions[i].end <= p.start < mention.value_start for p in places.names)
            for i in before
            if segments.sentence(mentions[i].value_start) == segments.sentence(mention.value_start)
        ):
            links = _another_than_said_before(linking_doc, mention, grammar.concepts, links)
        if mention.bound == "upper" and (index - 1) in claimed and mentions[index - 1].bound == "lower":
            # "cấp xã đạt 96 - 99%": a range's upper end states what its lower end states.
            lower = claimed[index - 1]
            links = [Link(found.concept, found.score, ["the range's lower end"]) for found in lower]
        if (
            not links
            and previous is not None
            and previous.concept.kind == mention.kind
            and _a_province_and_its_figure(text, segments, mention, mentions, places)
        ):
            # "Đứng thứ hai là Đà Nẵng với 77,8%, TP. HCM đạt 75,7% và Hà Nội đạt 74,5%": each province's figure
            links = [Link(previous.concept, previous.score * 0.8, ["as the figure before it, of another province"])]
        answered = _answered_by_a_list_referring_back(text, segments, mentions, index, claimed)
        if answered is not None and mention.kind in ("plain", "count"):
            # "Kinh tế số xếp 27/63, Xã hội số xếp 29/63 trong khi năm 2020 thì các thứ tự này là 47, 39, 29": each
            # value of the list is of the figure it answers, in order
            links = [
                Link(found.concept, found.score * 0.8, ["as the figure its list refers back to"])
                for found in claimed[answered][:1]
            ]
        moved = _change_of_the_rank_before(text, mention, mentions, index, claimed, grammar)
        if moved is not None:
            # "Xã hội số hạng 17 giảm 10 bậc": the change of the rank right before it.
            links = [Link(moved, claimed[index - 1][0].score, ["the change of the rank before it"])]
        if (
            mention.kind == "top_n"
            and _A_COUNT_OF_PROVINCES.match(text, segments.clause(mention.value_start).start, mention.start)
            and not _members_of_the_group(text, segments, mention, places)
        ):
            # "Có 6 tỉnh, thành phố giữ vị trí trong top 10": how many provinces are in the group (the nation's
            # figure, the count before it), not a province's place in it (unless it names them: "Có 2 tỉnh lọt vào
            # top 10 là A và B")
            result.unclaimed.append(_unclaimed(text, mention, segments, "a group that a count of provinces is in"))
            continue
        if _ranks_an_unclaimed_figure(text, mentions, index, claimed):
            # "kinh tế - xã hội tăng trưởng đạt 9,8%, đứng thứ 6 cả nước, đứng thứ 2 trong vùng ...": the rank of the
            # figure right before it, which states no measure of digital transformation
            result.unclaimed.append(_unclaimed(text, mention, segments, "the rank of a figure no indicator claims"))
            continue
        if not links and base_value:
            previous = [
                i
                for i in claimed
                if mentions[i].value_start < mention.value_start
                and segments.sentence(mentions[i].value_start) == segments.sentence(mention.value_start)
                and (mentions[i].change is None or mentions[i].kind == "rank_change")
                and mentions[i].kind in ("count", "percent", "score", "money", "length", "speed", "rank", "rank_change")
            ]
            # the nearest figure before it whose indicator its kind of number can state: "thăng 18 bậc so với
            # năm 2022 (0,5878 điểm)" after "với 0,7353 điểm" is the score of 2022, not a change of 0,5878 places
            for i in reversed(previous):
                base = claimed[i][0]
                concept = base.concept
                if concept.kind == "rank_change" and mention.kind in ("rank", "count", "plain"):
                    # "tăng 3 hạng so với năm 2021 (xếp hạng 23)": the rank the change started from.
                    concept = grammar.rank_of_change.get(concept.code)
                if concept is not None and (
                    (concept.kind == "rank" and mention.kind in ("rank", "count", "plain"))
                    or fits_kind(concept, mention)
                ):
                    links = [Link(concept, base.score * 0.8, ["the base of the comparison before it"])]
                    break
        if not links:
            sentence = segments.sentence(mention.value_start)
            about_dx = bool(grammar.dx_words.search(text[sentence.start : sentence.end]))
            clause = segments.clause(mention.value_start)
            # an index of its own, unless one of other things than digital transformation ("chỉ số năng lực cạnh
            # tranh cấp tỉnh (PCI)")
            named_index = names_its_own_index(linking_doc, mention, sentence) and not (
                language.other_index_words.search(text, sentence.start, mention.value_start)
            )
            outside = (
                None
                if _changes_an_unclaimed_amount(text, mentions, index, claimed)
                # "Chỉ số cải cách hành chính của tỉnh năm 2023 đạt 84,5%": a figure of an index of other things,
                # named in its own clause
                or _an_index_of_other_things_in_its_clause(linking_doc, mention, sentence, clause)
                or _the_economys_growth(text, clause, mention, language)
                or _share_of_an_unclaimed_count(linking_doc, mentions, mention, claimed)
                or _breakdown_of_an_unclaimed_count(linking_doc, mentions, index, claimed)
                else measure_outside_catalog(
                    mention,
                    language,
                    about_dx,
                    continues_a_sentence_about_dx(text, segments, mention, language, [mentions[i] for i in claimed])
                    # "...Bộ chỉ số phục vụ người dân ... dịch vụ công ... Cụ thể: Chỉ số công khai, minh bạch đạt
                    # 11,3/18 điểm": an index of its own, named just after words about digital transformation
                    or (named_index and _after_a_sentence_about_dx(text, segments, sentence, grammar)),
                    text[max(clause.start, mention.start - 40) : mention.start],
                    ranked_measure=_ranked_about_dx(text, segments, mentions, index, language, linking_doc),
                    named_index=named_index,
                    part_of_a_count=_part_of_a_count(text, segments, mentions, index, language)
                    or _count_with_its_noun_left_out(text, segments, mentions, index, language),
                    group_words=text[mention.end : sentence.end] if mention.kind == "top_n" else "",
                    written_after=text[mention.noun_span[0] : clause.end],
                )
            )
            if outside is not None:
                links = [Link(outside, 0.0, [concept_phrase(mention)])]
        if not links:
            result.unclaimed.append(
                _unclaimed(
                    text,
                    mention,
                    segments,
                    "no catalog indicator claims it" if about_dx else "not in a sentence about digital transformation",
                )
            )
            continue
        claimed[index] = links
        if carried is not None:
            carried_periods[index] = carried
        for found in links:
            for year in _consecutive_years(
                text, mention, segments, phrases, _is_annual_index(found.concept.code, grammar)
            ):
                _add_fact(
                    result,
                    doc,
                    grammar,
                    text,
                    segments,
                    mention,
                    found,
                    dating,
                    places,
                    phrases,
                    (plan_document, target_document),
                    mentions,
                    consumed,
                    year,
                    editions,
                    carried,
                )
    result.facts, result.duplicates = _deduplicate(result.facts)
    result.undated, undated_duplicates = _deduplicate(result.undated, result.facts)
    result.duplicates += undated_duplicates
    result.facts, result.undated, restated = _without_restating_headings(text, result.facts, result.undated)
    result.duplicates += restated
    named_ends = {p.end for p in places.names if p.code != NATION}
    result.facts, result.undated, restated = _without_bare_restatements(text, result.facts, result.undated, named_ends)
    result.duplicates += restated
    result.uncatalogued, restated = _deduplicate(result.uncatalogued)
    result.duplicates += restated
    result.uncatalogued, restated = _without_restated_measures(result.uncatalogued, result.facts + result.undated)
    result.duplicates += restated
    return result


def _overlapping(one: ExtractedFact, other: ExtractedFact) -> bool:
    """The two periods meet, or one is not known."""
    if None in (one.period_start, one.period_end, other.period_start, other.period_end):
        return True
    return one.period_start <= other.period_end and other.period_start <= one.period_end


def _without_restated_measures(
    outside: list[ExtractedFact], facts: list[ExtractedFact]
) -> tuple[list[ExtractedFact], int]:
    """A figure outside the catalog whose value a catalog figure of the same place, unit and target flag states is that
    figure said again ("... xử lý trực tuyến toàn trình 47,36% hồ sơ ... Với tỷ lệ 47,36%, tỉnh ..."): it is counted
    once, as the catalog's. Only a value that is not round (two measures may well both be 80% or 100%), and, when it
    is a whole number, only of a period that meets the catalog figure's (96% of households in 2023 and 96% of
    schools in 2024 are two figures)."""
    stated = {(f.province_code, f.unit, round(f.value, 6), f.is_target): f for f in facts if f.value % 5}
    kept: list[ExtractedFact] = []
    for fact in outside:
        same = stated.get((fact.province_code, fact.unit, round(fact.value, 6), fact.is_target))
        if same is None or not (fact.value % 1 or _overlapping(same, fact)):
            kept.append(fact)
        else:
            same.also_at = same.also_at + ((fact.value_start, fact.value_end),)
    return kept, len(outside) - len(kept)


_BARE_IN_BRACKETS = re.compile(r"\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*(?:%|điểm)?\s*\)")


def _without_bare_restatements(
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
    if end < 0 or start == 0:
        return None  # the title, or the text's last line
    line = text[start:end].strip()
    if not line or len(line.split()) > HEADING_WORDS or line[-1] in ".;:!?…,":
        return None
    if re.match(r"[-+•*–—]|\(?[\dIVXLCa-zđ]{1,3}[.)]\s", line):
        return None  # an item of a list, not a heading
    if sum(word.isalpha() for word in line.split()) < 3:
        return None  # a cell of a table ("100%"), not a heading
    return start, end


def _without_restating_headings(
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
            # may have linked to a broader indicator
            and (other.indicator_code == fact.indicator_code or fact.denominator is not None)
        ]
        if body:
            body[0].also_at = body[0].also_at + ((fact.value_start, fact.value_end),)
            dropped.add(id(fact))
    return _without_dropped(facts, undated, dropped)


def _add_fact(
    result: Extraction,
    doc: ReportDocument,
    grammar: Grammar,
    text: str,
    segments: Segments,
    mention: Mention,
    found: Link,
    dating: DatingContext,
    places: Places,
    phrases,
    title_kind: tuple[bool, bool],
    mentions: list[Mention],
    consumed: set[int],
    year: int | None,
    editions: dict[str, int],
    carried: Dated | None = None,
) -> None:
    """``carried``: the period of the figure before, in the sentence before, that this one continues elliptically
    (dates it when nothing else does)."""
    concept = found.concept
    language = grammar.language
    plan_document, target_document = title_kind
    annual = _is_annual_index(concept.code, grammar)
    # An undated page's "now" for telling targets: the end of the latest year it reports results in
    # ("Đến năm 2022, ... xếp thứ 48/63" beside results of 2023 is no target).
    now = doc.document_date or dating.reference_date
    # Target words first: a target takes the title's year of a plan, an achievement does not.
    preliminary = is_target(
        text,
        mention,
        segments,
        language,
        None,
        doc.document_date,
        (
            (target_document and not _results_go_on(doc, text, segments, language, mention))
            or _under_target_heading(dating.headings, mention.value_start)
        )
        and concept.kind not in ("rank", "rank_change", "score"),
        plan_document,
        reference_date=now,
    )

    def period(target: bool) -> Dated | None:
        return choose_period(
            mention,
            dating,
            annual_index=annual,
            title_for_targets_only=plan_document,
            target=target,
            edition=editions.get(index_of(concept.code)) if annual else None,
            named_edition=(dating.named_editions or {}).get(index_of(concept.code)) if annual else None,
            counted_targets=bool(language.target_nouns_counted.match(mention.noun or "")),
            # the DTI's editions come out the year after the year they assess (an EBI report is named by the
            # year it comes out)
            assessed_the_year_before=annual and not _ANNUAL_INDEX_CODES.match(concept.code),
        )

    dated = period(preliminary)
    # (only when nothing dates it: on a dated page the figure stays as of the page's date, which a period carried
    # from a figure whose own year is a comparison's or a ranking's would be worse than)
    if carried is not None and dated is None:
        # "..., trong năm 2024, Hà Nam đã xử lý trực tuyến toàn trình 68,54% ... Đà Nẵng (58,89%), Hà Giang (55,76%)
        # ... là những địa phương xếp sau": the period of the figure it continues
        dated = carried
    if preliminary and target_document and _before_the_titles_horizon(dated, dating):
        # "TP.HCM: ... kinh tế số đạt 25% GRDP vào năm 2025" over "tỷ trọng ... năm 2023 là 21,5%": a
        # figure its own sentence dates before the year the title aims at is where things stand.
        if not is_target(
            text, mention, segments, language, None, doc.document_date, False, plan_document, reference_date=now
        ):
            preliminary = False
            dated = period(False)
    if preliminary and plan_document and plan_column(text, mention, segments):
        # A plan's row "target | result" reviews the year now ending: its target is of the year its
        # result is dated in, not the year the plan's title looks ahead to.
        reviewed = choose_period(mention, dating, annual_index=annual, title_for_targets_only=True, target=False)
        if reviewed is not None and reviewed.basis == "document_date":
            reviewed = Dated(date(reviewed.end.year, 1, 1), date(reviewed.end.year, 12, 31), "document_date")
        dated = reviewed or dated
    if year is not None:
        dated = Dated(date(year, 1, 1), date(year, 12, 31), "sentence")
    if _comparison_value(text, mention, phrases, mentions):
        base = _comparison_base(text, mention, phrases)
        if base is not None and base.year:
            dated = Dated(date(base.year, 1, 1), date(base.year, 12, 31), "sentence", base)
    since = _own_comparison_year(text, mention, phrases, mentions, segments)
    if concept.kind == "rank_change" and not concept.open and dated and since and dated.end.year - since > 1:
        # "tăng 6 bậc so với năm 2020" in 2022: a move over several editions, not the catalog's change since
        # the previous one: a measure outside the catalog, of the edition the catalog's would have been of.
        reason = (
            f"a measure outside the catalog: a change since {since}, over more than one edition "
            f"({concept.code} is the change since the previous one)"
        )
        concept = MULTI_EDITION_CHANGE
        found = Link(concept, 0.0, [concept_phrase(mention), reason])
    target = preliminary or is_target(
        text, mention, segments, language, dated, doc.document_date, False, plan_document, reference_date=now
    )
    if (
        target
        and dated is not None
        and dated.basis == "document_date"
        and opens_with_relative_horizon(text, segments.sentence(mention.value_start), mention, language)
    ):
        # "Đến hết năm nay, 90% ...": an aim for the year the page is written in, to its end
        dated = Dated(date(dated.end.year, 1, 1), date(dated.end.year, 12, 31), "document_date")
    value = converted_value(concept, mention)
    if concept.change and concept.kind != "rank_change" and mention.change == "down":
        value = -abs(value)  # "giảm 0,0234 điểm", "giảm 5%": a fall is a negative change, never a rise
    place = (
        NATION
        if concept.national
        else _owner_of_the_level_changed(result, text, mention, mentions)
        or places.owner(mention, _own_start(text, mention, mentions, language), doc.province_code)
    )
    if place == NATION and concept.national_as:
        # "đạt 0,6123 (trung bình cả nước: 0,5900)": the nation has no score of its own, the provinces' average
        concept = next(c for c in grammar.concepts if c.code == concept.national_as)
    elif place == NATION and concept.kind in ("rank", "rank_change") and not concept.open:
        # "Việt Nam tăng 15 bậc trong bảng xếp hạng Chính phủ điện tử của Liên hợp quốc": the country's place among
        # countries, which no provincial ranking in the catalog holds
        concept = OPEN_CONCEPTS[(concept.kind, concept.kind == "rank_change")]
        found = Link(concept, found.score, [concept_phrase(mention), "the country's rank among countries"])
    if place not in (LOCAL, MINISTRY, UNIT, NATION, OTHERS) and _a_members_part(
        text, mention, grammar.concepts, places
    ):
        place = MEMBER
    if place in (LOCAL, MINISTRY, UNIT, MEMBER, OTHERS):
        # one unclaimed mention, though several indicators or years may have linked it
        if not any(u.value_start == mention.value_start for u in result.unclaimed):
            about = {
                LOCAL: "a ward, commune or district the sentence names",
                MINISTRY: "a ministry",
                UNIT: "a department, agency or district in the province's own ranking",
                MEMBER: "the organisation named before its colon (an operator's or an enterprise's part)",
                OTHERS: "other provinces as a group, none named",
            }[place]
            result.unclaimed.append(_unclaimed(text, mention, segments, f"about {about}, not a province"))
        return
    start, end = _quote_span(text, mention, segments)
    confidence = (
        min(0.95, 0.55 + 0.2 * found.score)
        * (0.85 if mention.ambiguous else 1.0)
        * (0.9 if doc.province_inferred else 1.0)
    )
    note = None
    if value != mention.value:
        note = f"{mention.words.strip()} as written = {value:g} on the indicator's 0-1 scale"
    fact = ExtractedFact(
        indicator_code=None if concept.open else concept.code,
        value=value,
        unit=concept.unit,
        denominator=mention.denominator,
        qualifier=mention.qualifier + (f" ({mention.bound} bound of a range)" if mention.bound else "")
        if mention.qualifier
        else (f"{mention.bound} bound of a range" if mention.bound else None),
        period_start=dated.start if dated else None,
        period_end=dated.end if dated else None,
        is_target=target,
        quote=text[start:end],
        char_start=start,
        char_end=end,
        confidence=round(confidence, 3),
        grouping=_grouping(concept.code, mention, dated.end, grammar.merger_day) if dated else None,
        note=note,
        province_code=place,
        period_basis=dated.basis if dated else None,
        value_start=mention.value_start,
        value_end=mention.value_end,
        value_as_written=mention.value,
        evidence=tuple(found.evidence),
    )
    if concept.open:
        # evidence: what it measures; its reason when not that no indicator's words claim it
        fact.evidence = tuple(found.evidence[:1])
        fact.outside_reason = found.evidence[1] if len(found.evidence) > 1 else OUTSIDE_CATALOG
        result.uncatalogued.append(fact)
        return
    members = _members_of_the_group(text, segments, mention, places) if concept.kind == "top_n" else []
    if members:
        # "Top 10 ... gồm: TP Đà Nẵng, Bắc Ninh, ...": each province listed is in the group
        for member in members:
            (result.facts if dated else result.undated).append(replace(fact, province_code=member))
    else:
        (result.facts if dated else result.undated).append(fact)
    implied = language.implied_target.match(text, mention.end)
    if implied and not target and mention.kind == "percent":
        delta_mention = next(
            (i for i, m in enumerate(mentions) if implied.start() <= m.value_start < implied.end()), None
        )
        if delta_mention is not None:
            consumed.add(delta_mention)
            delta = mentions[delta_mention].value
            sign = -1 if implied.group("dir").lower() in ("vượt", "cao hơn") else 1
            (result.facts if dated else result.undated).append(
                replace(
                    fact,
                    value=round(value + sign * delta, 6),
                    is_target=True,
                    qualifier=None,
                    quote=text[start : max(end, implied.end())],
                    char_end=max(end, implied.end()),
                    confidence=round(confidence * 0.8, 3),
                    value_as_written=None,
                    note=f"implied: {value:g} with '{implied.group(0).strip(' (')}'",
                )
            )


# A sentence that opens with its rank, with no subject and no words of what is ranked.
_RANK_ONLY = re.compile(
    r"(?:và\s+)?(?:hiện\s+|hiện nay\s+)?(?:đứng|xếp|xếp hạng|vươn lên|giữ)\s*(?:vị trí\s+|ở vị trí\s+)?(?:thứ|hạng)?",
    re.I,
)


# A sentence that opens with names, each with its figure in brackets: "Đà Nẵng (58,89%), Hà Giang (".
# A province's name and the verb of its figure, the figure's only words since the figure before it or its sentence's
# opening: "Đứng thứ hai là Đà Nẵng với", ", TP. HCM đạt", " và Hà Nội đạt" (its place in the ranking first, maybe)
_A_PROVINCE_AND_ITS_VERB = re.compile(
    r"(?:^|[,;]|\svà|\slà)\s*(?:(?:[Đđ]ứng|[Xx]ếp)\s+(?:ở\s+)?(?:thứ|vị trí(?:\s+thứ)?)\s+\w+\s+là\s+|"
    r"(?:[Tt]iếp theo|[Ss]au đó)\s+là\s+)?(?P<name>[A-ZĐ][^\W\d_]*\.?(?:\s+[A-ZĐ][^\W\d_]*)+)\s+(?:với|đạt|là|có)\s*$"
)


def _a_province_and_its_figure(text: str, segments: Segments, mention: Mention, mentions, places: Places) -> bool:
    """The figure's own words are a province's name and the verb of its figure ("Đứng thứ hai là Đà Nẵng với 77,8%,
    TP. HCM đạt 75,7% và Hà Nội đạt 74,5%."): the province's figure of the measure before it. The name must be
    what the places found as a province, with at most a title before it ("TP. HCM"), not a district ("Huyện Hải
    Hậu", "TP. Nam Định"), a department or a company."""
    sentence = segments.sentence(mention.value_start)
    start = max([sentence.start] + [m.end for m in mentions if sentence.start <= m.end <= mention.value_start])
    found = _A_PROVINCE_AND_ITS_VERB.search(text, start, mention.value_start)
    if found is None:
        return False
    name_start, name_end = found.span("name")
    inside = [p for p in places.names if name_start <= p.start and p.end <= name_end and p.code != NATION]
    return (
        bool(inside)
        and inside[-1].end == name_end
        and _A_PROVINCES_TITLE.fullmatch(text, name_start, inside[0].start) is not None
    )


# What opens the list of a leading group's members after it ("... gồm: ", "... là "), and what stands between two of
# them ("TP Đà Nẵng, TP Hồ Chí Minh và tỉnh Quảng Ninh")
_MEMBERS_FOLLOW = re.compile(r"[^.;:\n]{0,90}?(?:(?<!\w)(?:bao gồm|gồm|gồm có|là)(?!\w)\s*:?|:)\s*", re.I)
_BETWEEN_MEMBERS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,|\s(?:và|cùng)\s)\s*(?:(?:TP|Tp|thành phố|tỉnh)\.?\s*)?", re.I)
# what puts the provinces named before a group outside it: a comparison ("so với A, B thuộc nhóm ...", "vượt qua A
# và B, C lọt vào top 10")
_NOT_MEMBERS_BEFORE = re.compile(r"(?<!\w)(?:so với|vượt qua|vượt|sau|hơn|kém|như|cùng với|ngoài)\s+$", re.I)
# ... and before it ("Đà Nẵng, Quảng Ninh và Bắc Ninh thuộc nhóm 10 ...")
_MEMBERS_LEAD = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:đều|cùng)\s+)?(?:là|thuộc|nằm trong|lọt vào|vào)\s+(?:(?:một|1)\s+trong\s+)?"
    r"(?:nhóm|top|tốp)?\s*$",
    re.I,
)


def _members_of_the_group(text: str, segments: Segments, mention: Mention, places: Places) -> list[str]:
    """The provinces a leading group's figure names as its members, listed right after it ("Top 5 tỉnh có chỉ số DTI
    cao nhất gồm: Bắc Ninh, Hải Phòng (0,71), ...") or right before it ("Bắc Ninh, Hải Phòng và Quảng Ninh thuộc nhóm
    10 tỉnh dẫn đầu"; not after a comparison, "so với A, B ..."): two or more, and no more than the group holds; none
    when the text names no such list (the group is then the province's the figure belongs to)."""
    sentence = segments.sentence(mention.value_start)
    names = [p for p in places.names if sentence.start <= p.start < sentence.end and p.code != NATION]
    members: list[PlaceName] = []
    follows = _MEMBERS_FOLLOW.match(text, mention.end, sentence.end)
    if follows is not None:
        at = follows.end()
        for name in (p for p in names if p.start >= at):
            if not _A_PROVINCES_TITLE.fullmatch(text, at, name.start) and not (
                members and _BETWEEN_MEMBERS.fullmatch(text, at, name.start)
            ):
                break
            members.append(name)
            at = name.end
    if len(members) < 2:
        members = []
        before = [p for p in names if p.end <= mention.start]
        if before and _MEMBERS_LEAD.fullmatch(text, before[-1].end, mention.start):
            members = [before[-1]]
            for name in reversed(before[:-1]):
                if not _BETWEEN_MEMBERS.fullmatch(text, name.end, members[0].start):
                    break
                members.insert(0, name)
            if _NOT_MEMBERS_BEFORE.search(text, max(sentence.start, members[0].start - 16), members[0].start):
                members = []
    codes = list(dict.fromkeys(p.code for p in members))
    return codes if 2 <= len(codes) <= mention.value else []


_A_PROVINCES_TITLE = re.compile(r"(?:(?:TP|Tp|Thành phố|Tỉnh)\.?\s*)?")


_BRACKETED_NAME = re.compile(r"([^(),;.\d]+?)\s*\(")
_NAMES_WITH_FIGURES = re.compile(r"(?:[^(),;.\d]{2,30}?\s*\([^()]*\)\s*(?:,|\svà\s)\s*)*[^(),;.\d]{2,30}?\s*\(")


# "2.725 doanh nghiệp công nghệ số, trong đó hơn 1.600 thuộc ngành ICT": a part of the total, its noun left out
_PART_LEAD = re.compile(
    r"(?<!\w)(?:trong (?:số )?đó|of which|of whom),?\s*(?:(?:hơn|trên|gần|khoảng|có|more than|over|nearly|about)\s+)?$",
    re.I,
)
_VERB_AFTER_A_PART = re.compile(
    r"(?:đã|được|là|thuộc|của|do|tại|ở|có|chưa|đang|have|has|had|were|was|are|is)(?!\w)", re.I
)


def _part_of_a_count(text: str, segments: Segments, mentions: list[Mention], index: int, language: Language) -> bool:
    """A number right after "trong đó" with no noun of its own (what follows it is a verb or a preposition),
    right after a count of a measured noun in its sentence: a part of that total ("120.000 tài khoản ..., trong đó
    80.000 đã được kích hoạt"), which no catalog indicator states as such."""
    mention = mentions[index]
    if mention.kind not in ("plain", "count") or (mention.noun and not _VERB_AFTER_A_PART.match(mention.noun)):
        return False
    sentence = segments.sentence(mention.value_start)
    if not _PART_LEAD.search(text, sentence.start, mention.value_start):
        return False
    total = next((m for m in reversed(mentions[:index]) if sentence.start <= m.value_start), None)
    return total is not None and total.kind == "count" and measured(total.noun or "", language)


# a verb of what was done with what an earlier count counts, right before a bare number: "hoàn thành 9.512"
_DONE_BEFORE = re.compile(
    r"(?<!\w)(?:đã\s+)?(?:hoàn thành|giải quyết|xử lý|kích hoạt|trả kết quả|phê duyệt|cấp|số hóa|số hoá|"
    r"completed|resolved|processed|activated|issued)\s*$",
    re.I,
)
_NOTHING_AFTER = re.compile(r"\s*(?:[,;.)(]|và(?!\w)|$)")


def _count_with_its_noun_left_out(
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


# "các thứ tự này là", "các thứ hạng này lần lượt là": a list of values that refers back to as many figures before it
_A_LIST_REFERRING_BACK = re.compile(
    r"(?<!\w)(?:các|những)\s+(?:thứ hạng|thứ tự|vị trí|chỉ số|giá trị|tỷ lệ|tỉ lệ|con số|số liệu)\s+(?:này|trên)\s+"
    r"(?:lần lượt\s+|tương ứng\s+)?(?:là|đạt)\s*$",
    re.I,
)
_LIST_JOINER = re.compile(r"\s*(?:,|và|;)\s*(?:và\s+)?")


def _answered_by_a_list_referring_back(text: str, segments: Segments, mentions, index: int, claimed) -> int | None:
    """The index of the figure before (in its sentence) that the value answers, when it is the k-th value of a list
    that refers back to as many figures ("... xếp 24/63, ... 27/63, ... 29/63 trong khi năm 2020 thì các thứ tự này là
    47, 39, 29": 47 answers 24's figure); None otherwise."""
    sentence = segments.sentence(mentions[index].value_start)
    first = index
    while first > 0 and _LIST_JOINER.fullmatch(text, mentions[first - 1].end, mentions[first].start):
        first -= 1
    head = _A_LIST_REFERRING_BACK.search(text, sentence.start, mentions[first].start)  # it ends at the list
    if head is None:
        return None
    last = index
    while last + 1 < len(mentions) and _LIST_JOINER.fullmatch(text, mentions[last].end, mentions[last + 1].start):
        last += 1
    answered = [i for i in claimed if sentence.start <= mentions[i].value_start < head.start()]
    if len(answered) < last - first + 1:
        return None
    return answered[-(last - first + 1) :][index - first]


def _opens_with_places_and_figures(text: str, segments: Segments, mention: Mention) -> bool:
    """The sentence opens with capitalised names, each with its figure in brackets, up to this one."""
    sentence = segments.sentence(mention.value_start)
    lead = text[sentence.start : mention.value_start].strip(" \n-+•")
    return bool(_NAMES_WITH_FIGURES.fullmatch(lead)) and all(
        word[:1].isupper() for name in _BRACKETED_NAME.findall(lead) for word in name.split()
    )


_SERIES_REACH = 400  # characters before a bare series where the measure it continues may stand
# What may stand before the first figure of a bare series besides its time phrases: a source ("theo đánh giá
# của Sở:") and a verb of being or attaining ("là", "ước đạt", "phấn đấu đạt").
_SOURCE = re.compile(r"theo\s[^:;.\d]{1,60}?[:,]", re.I)
_SERIES_VERBS = re.compile(
    r"[\W\s]*(?:(?:là|đạt|ước|ước tính|phấn đấu|khoảng)(?!\w)[\W\s]*)*",
    re.I,  # "ước đạt": "ước", then "đạt"
)


def _a_bare_series(text: str, segments: Segments, mention: Mention, phrases, language: Language) -> bool:
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


def _opens_elliptically(text: str, segments: Segments, mention: Mention) -> bool:
    """A sentence that opens with a bracket or an administrative level and has a figure and little
    else ("(cấp tỉnh đạt 19,73%, ...)", "Cấp xã đạt tỷ lệ: 82%"), that is only a figure and its
    level ("178/178 đơn vị cấp xã."), or that opens with a rank ("Đứng thứ 2/63 tính đến ..."),
    continues the one before it."""
    sentence = segments.sentence(mention.value_start)
    lead = text[sentence.start : mention.value_start].strip(" \n-+•")
    if _opens_with_places_and_figures(text, segments, mention):
        return True  # "Đà Nẵng (58,89%), Hà Giang (55,76%) ... xếp sau.": places ranked on the rate before
    if mention.kind == "rank" and _RANK_ONLY.fullmatch(lead):
        return True  # "... đứng thứ 3/63 về số giao dịch qua NDXP năm 2022. Đứng thứ 2/63 tính đến ngày 21/3/2023."
    if not lead and re.fullmatch(
        r"[\d.,/%\s]*(?:đơn vị\s+)?cấp\s+\w+[\s.;]*", text[mention.value_start : sentence.end], re.I
    ):
        return True  # "... tại 9/9 đơn vị cấp huyện. 178/178 đơn vị cấp xã.": a figure and its level only
    return bool(re.match(r"\(|cấp\s+\w+|(?:cao|thấp|nhiều|ít)?\s*(?:hơn\s+)?so với", lead, re.I)) and len(lead) < 60


def _consecutive_years(text: str, mention: Mention, segments: Segments, phrases, annual: bool) -> list[int | None]:
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


MEMBER = "member"
# "1.028 trạm BTS 5G (VNPT: 364 trạm, Viettel: 569 trạm; MobiFone: 95 trạm)": inside a bracket, a
# figure labelled by one capitalised name and a colon is that organisation's part of the whole.
_MEMBER_LABEL = re.compile(r"(?:\(|[,;])\s*(?P<name>[A-ZĐ][\w&-]{2,})\s*:\s*$")


# One capitalised word that labels a list's part, not an organisation (a member's name is one word).
_NOT_MEMBERS = re.compile(r"Tổng|Gồm|Trong|Năm|Tháng|Quý")


def _a_members_part(text: str, mention: Mention, concepts, places: Places) -> bool:
    opening = text.rfind("(", 0, mention.value_start)
    if opening < 0 or ")" in text[opening : mention.value_start] or "\n" in text[opening : mention.value_start]:
        return False
    label = _MEMBER_LABEL.search(text, opening, mention.value_start)
    if label is None:
        return False
    name = label.group("name")
    if _NOT_MEMBERS.fullmatch(name):
        return False  # "(Tổng: 2.350 trạm)", "(Trong đó: ...)": a label of the list, no organisation
    named_place = any(p.start < label.end("name") and label.start("name") < p.end for p in places.names)
    # A concept's own word ("(CCCD: 1.200.000; VNeID: 800.000)", "(CQS: 0,45)") labels a measure, not a member.
    a_term = any(group.search(name) for concept in concepts for group in concept.groups)
    return not named_place and not a_term


def _names_a_province(mention: Mention, mentions: list[Mention], places: Places, text: str, language: Language) -> bool:
    if mention.kind == "count":
        return False  # "Hải Dương là một trong 9 tỉnh đạt mức A": a count of provinces is the nation's
    own = _own_start(text, mention, mentions, language)
    named = [p for p in places.names if own <= p.start < mention.value_start and p.code != NATION]
    if not named:
        return False
    last = named[-1]
    # the subject of the figure ("trong đó tỉnh Quảng Nam đạt 0,5808", "..., Nam Định đạt 0,5808"), not a
    # venue, a comparison or a source ("tổ chức ở Hà Nội", "so với tỉnh Nam Định", "theo báo cáo của tỉnh ...")
    before = text[max(0, last.start - 24) : last.start]
    return bool(_SUBJECT_VERB.fullmatch(text[last.end : mention.value_start])) and not _NOT_A_SUBJECT.search(before)


_SUBJECT_VERB = re.compile(r"[^,;.\d]{0,20}?\s(?:đạt|có|chiếm|xếp|là)(?:\s+[^,;.\d]{0,12})?\s*", re.I)
_NOT_A_SUBJECT = re.compile(
    r"(?:so với|theo|của|tại|ở|với|hơn|kém|sau|trước)\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$", re.I
)


def _own_start(text: str, mention: Mention, mentions: list[Mention], language: Language) -> int:
    """Where the words a figure owns begin: after the previous figure's words in its sentence."""
    from assets.reports.linking import _split_point

    earlier = [m for m in mentions if m.end <= mention.value_start]
    if not earlier:
        return 0
    return _split_point(text, earlier[-1], mention, language)


def _measured(fact: ExtractedFact) -> tuple:
    """What a figure outside the catalog measures (two such figures of one value are one only when their
    words name the same thing; one whose words name nothing is only itself); nothing for a catalog figure,
    whose indicator says it."""
    if fact.indicator_code is not None:
        return ()
    return fact.evidence if any(fact.evidence) else (fact.value_start,)


def _an_index_of_other_things_in_its_clause(doc: Document, mention: Mention, sentence, clause) -> bool:
    """The figure's clause names an index of other things before it (``another_index_named_last``)."""
    named = another_index_named_last(doc, mention, sentence)
    return named is not None and named >= clause.start


SAID_BEFORE_TIE = 0.9  # an other concept at least this share of the best one's score is as likely


def _another_than_said_before(doc: Document, mention: Mention, concepts, links: list[Link]) -> list[Link]:
    """ "100% xã có cáp quang đến trung tâm xã; tỷ lệ xã, phường có mạng Internet băng rộng đạt 100%": a
    sentence does not state one figure twice in other words, so a figure of the value an earlier figure of its
    sentence has, linked to that one's indicator, takes the other indicator its words fit as well, if any."""
    best = links[0]
    alternative = next(
        (
            found
            for found in candidates(doc, mention, concepts)
            if found.concept.code != best.concept.code
            and found.concept.unit == best.concept.unit
            and found.concept.change == best.concept.change
            and found.score >= SAID_BEFORE_TIE * best.score
        ),
        None,
    )
    return [alternative] if alternative is not None else links


def _deduplicate(facts: list[ExtractedFact], dated: list[ExtractedFact] = ()) -> tuple[list[ExtractedFact], int]:
    """One figure stated twice in a document is one fact; its other places are kept (also_at).
    An undated restatement (a headline) of a dated figure, or one only the document's date dates, is that figure."""
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
        if key in kept:
            first = kept[key]
            kept[key] = replace(first, also_at=first.also_at + ((fact.value_start, fact.value_end),))
            duplicates += 1
        else:
            kept[key] = fact
    return list(kept.values()), duplicates
