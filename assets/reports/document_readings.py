"""Readings of a whole document: whether its title sets a plan or targets, its headings, the years it
reviews or reports results for (a year-end review, an opening of results, a half-year review, an annual plan's
year before)."""

from __future__ import annotations

import re
from datetime import date

from assets.reports.dating import FRAMING_KINDS, Dated
from assets.reports.extraction import ReportDocument
from assets.reports.language import Language
from assets.reports.mentions import Mention
from assets.reports.segments import HEADING_WORDS, Segments, capital_line
from assets.reports.targets import ISSUES_A_PLAN_IN_TITLE, after_results_in_its_paragraph
from assets.reports.timephrases import TimePhrase, resolve

# A year, a percent or a leading group in a title: what it aims at ("... 25% GRDP vào năm 2025", "top 20");
# not a document's number ("Nghị quyết số 05-NQ/TU", "Đề án 06", "4.0").
_AN_AIMED_FIGURE = re.compile(r"\b(?:19|20)\d\d\b|\d\s*%|\b(?:top|tốp|nhóm)\s*\d", re.I)


def before_the_titles_horizon(dated: Dated | None, dating) -> bool:
    """The figure's own sentence dates it to a year before the last year its title names."""
    years = [p.year for p in dating.title_phrases if p.role in ("until", "period") and p.year]
    return bool(
        dated is not None and dated.basis in ("sentence", "sentence_own") and years and dated.end.year < max(years)
    )


def results_go_on(doc: ReportDocument, text: str, segments: Segments, language: Language, mention: Mention) -> bool:
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


def a_plan_document(doc: ReportDocument, language: Language) -> bool:
    return bool(doc.title) and _aims_in_title(doc.title, language.plan_title_words)


_TARGETS_MET_BEFORE = re.compile(r"\b(?:hoàn thành|đạt|vượt|đạt được)\s+(?:\d+\s*/\s*\d+\s+)?$", re.I)
# English says it after them ("21 of 26 targets completed", "all targets met")
_TARGETS_MET_AFTER = re.compile(
    r"\s+(?:were\s+|have\s+been\s+)?(?:completed|met|achieved|fulfilled|accomplished)\b", re.I
)


def _aims_in_title(title: str, words: re.Pattern) -> bool:
    """A word of aims in the title that is not counted as met ("... hoàn thành 28/35 chỉ tiêu chuyển đổi số năm
    2024", "21 of 26 targets completed": targets met, a title of results)."""
    return any(
        not _TARGETS_MET_BEFORE.search(title, 0, m.start()) and not _TARGETS_MET_AFTER.match(title, m.end())
        for m in words.finditer(title)
    )


def a_target_document(doc: ReportDocument, language: Language, title_phrases) -> bool:
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
    if (
        ISSUES_A_PLAN_IN_TITLE.search(doc.title)
        and not language.review_words.search(doc.title)
        and any(p.year and (doc.document_date is None or p.year >= doc.document_date.year) for p in title_phrases)
    ):
        # news of a plan just issued for a year to come ("Tỉnh triển khai kế hoạch cải cách hành chính năm 2026",
        # "... ban hành Kế hoạch chuyển đổi số năm 2026"): what it lists is the plan's (not "Sơ kết một năm thực hiện
        # kế hoạch ...", a review)
        return True
    return any(
        p.role == "until" and p.year and (doc.document_date is None or p.year > doc.document_date.year)
        for p in title_phrases
    )


_HEADING_NUMBER = re.compile(
    r"\s*(?:(?:phần|chương|mục)\s+(?:[IVXLC\d]+\b|thứ\s+\w+)|[IVXLC]+\s*[.:)]|\d+(?:\.\d+)*\s*[.)])", re.I
)


def headings(text: str, phrases, language: Language) -> tuple:
    """The heading lines: a line of its own, short, not ending as a sentence does, in capitals or
    numbered as a section ("Phần I", "II.", "1.2."). Each as (start, the period it names or None
    (not a comparison base nor a name), "plan" when it heads targets ("MỤC TIÊU NĂM 2023"),
    "review" when it heads results ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022"), else what the heading it is numbered
    under heads ("1. Chính quyền số" under "II. NHIỆM VỤ NĂM 2024"), else None). A heading broken over lines
    ("I. TÌNH" over "HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2023": a line right under a numbered one, not numbered) is
    read whole."""
    lines = []  # (line number, start, end, words) of each heading line
    line_start = 0
    for number, line in enumerate(text.split("\n")):
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
            lines.append((number, line_start, line_start + len(line), stripped))
        line_start += len(line) + 1
    groups: list[list[tuple[int, int, int, str]]] = []
    for entry in lines:
        if (
            groups
            and groups[-1][-1][0] == entry[0] - 1
            and _HEADING_NUMBER.match(groups[-1][0][3])
            and not _HEADING_NUMBER.match(entry[3])
        ):
            # a numbered heading broken over lines ("I. TÌNH" over "HÌNH THỰC HIỆN ..."); not a title's lines in
            # capitals under a document's type ("KẾ HOẠCH" over "CHUYỂN ĐỔI SỐ TỈNH ... NĂM 2024"), each its own
            groups[-1].append(entry)
        else:
            groups.append([entry])
    result = []
    levels: list[tuple[int, str | None]] = []  # each heading's depth and kind, in text order
    for group in groups:
        words = " ".join(entry[3] for entry in group)
        kind = (
            "review"
            if language.review_words.search(words)
            else "plan"
            if language.plan_title_words.search(words) or language.plan_heading_words.search(words)
            else None
        )
        level = _heading_level(group[0][3])
        if kind is None and level is not None:
            # a numbered section under a numbered heading of tasks or results ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"
            # over "1. Chính quyền số"): what its enclosing heading heads (not a title in capitals over the whole text,
            # "KẾ HOẠCH ...", whose first part may review the year before)
            kind = next((k for depth, k in reversed(levels) if depth < level), None)
        if level is not None:
            levels.append((level, kind))
        for _, start, end, _ in group:
            named = [p for p in phrases if start <= p.start < end and p.role in ("period", "until") and p.year]
            result.append((start, named[0] if named else None, kind))
    return tuple(result)


_ARABIC_SECTION = re.compile(r"\s*(\d+(?:\.\d+)*)\s*[.)]")


def _heading_level(line: str) -> int | None:
    """How deep a numbered heading stands: a part or chapter 0, a Roman-numbered section 1, "1." 2, "1.1." 3; None
    for a heading without a number."""
    if re.match(r"\s*(?:phần|chương)\s", line, re.I):
        return 0
    if re.match(r"\s*[IVXLC]+\s*[.:)]", line):
        return 1
    arabic = _ARABIC_SECTION.match(line)
    return 1 + len(arabic.group(1).split(".")) if arabic else None


def _nearest_heading_kind(headings: tuple, position: int) -> str | None:
    """What the nearest heading before ``position`` heads ("plan", "review" or None): any later heading, whatever it
    heads, ends an earlier one's reach."""
    before = [kind for start, _, kind in headings if start < position]
    return before[-1] if before else None


def under_target_heading(headings: tuple, position: int) -> bool:
    """The nearest heading before ``position`` heads targets ("MỤC TIÊU ...")."""
    return _nearest_heading_kind(headings, position) == "plan"


def under_review_heading(headings: tuple, position: int) -> bool:
    """The nearest heading before ``position`` heads results or where things stand ("HIỆN TRẠNG CHUYỂN ĐỔI SỐ", or a
    section numbered under it): a plan's title does not make its figures targets."""
    return _nearest_heading_kind(headings, position) == "review"


# What a page reports results for: a year, or a reference date or span that frames a paragraph.
_REPORTED_KINDS = ("year", "as_of_year", *FRAMING_KINDS)


def latest_reported(phrases, text: str, segments: Segments, language: Language) -> date | None:
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


def reviewed_year(title: str, title_phrases) -> int | None:
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


def opening_results(text: str, title: str) -> tuple[int, int] | None:
    """The year whose results the text opens with ("Năm 2024, Bắc Kạn ghi nhận những kết quả tích cực ..."), in
    the sentences after the title, and where that opening ends; None under a title of a reporting period."""
    if not title or _REPORTING_TITLE.search(title):
        return None
    start = len(title) if text.startswith(title) else 0
    found = _OPENING_RESULTS.search(text, start, start + REVIEW_OPENING)
    if found is None or _AN_ACT.search(found.group(0)):
        return None
    return int(found.group(1)), found.end()


_OPENING_PERIOD_KINDS = ("year", "half", "months_from_start", "quarter", "month", "date_range")
_REPORTED_WITHIN_DAYS = 120  # how long after a period ends a page may still report it as its news
_A_MONTH_AT_LEAST = 27  # days a reporting period spans at least (a day or a week is when, not what, the page reports)


def opening_period(
    text: str, title: str, phrases: list[TimePhrase], segments: Segments, document_date: date | None
) -> tuple[date, date, int] | None:
    """The reporting period the text's first sentence of news opens with, before any figure ("6 tháng đầu năm 2024, toàn tỉnh tiếp nhận
    ...", "Theo báo cáo của Sở ..., năm 2023, ..."), when it ended at most four months before the page's date: the
    period the page reports, and where it is named (it frames the figures after it). None on a page without a date,
    or whose opening names no such period first."""
    if document_date is None:
        return None
    start = len(title) if title and text.startswith(title) else 0
    first = next(
        (
            p
            for p in phrases
            if start <= p.start < start + REVIEW_OPENING
            and p.year
            # (not the page's dateline: "Thứ Tư, 08/10/2025, 10:15")
            and resolve(p, p.year, document_date) != (document_date, document_date)
        ),
        None,
    )
    if first is None or first.role != "period" or first.kind not in _OPENING_PERIOD_KINDS:
        return None
    head = text[segments.sentence(first.start).start : first.start]
    head = head[head.rfind("\n") + 1 :]  # (the line the period opens: a dateline above it is no part of it)
    if re.search(r"\d", head) or len(head.split()) > 12 or re.search(r"(?<!\w)riêng(?!\w)", head, re.I):
        # not the sentence's opening (a period named inside what it says), nor a part set apart ("Riêng tháng 4, ...")
        return None
    span = resolve(first, first.year, document_date)
    if span is None or span[1] > document_date or (document_date - span[1]).days > _REPORTED_WITHIN_DAYS:
        return None
    return (*span, first.start) if (span[1] - span[0]).days >= _A_MONTH_AT_LEAST else None


def half_review(text: str, language: Language) -> bool | int:
    """A half-year review sets out the tasks of the rest of the year ("phương hướng, nhiệm vụ 6
    tháng cuối năm 2023"): the year it names, or True when it says "năm nay" or nothing."""
    found = language.half_review_words.search(text)
    if not found:
        return False
    year = re.search(r"20\d\d", found.group(0))
    return int(year.group(0)) if year else True
