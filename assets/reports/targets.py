"""Target or achievement, by the words of the clause.

A figure is a target when
  - a target word leads it in its clause or sentence ("phấn đấu", "mục tiêu", "chỉ tiêu",
    "phải đạt", "dự kiến", "sẽ"...) with no achievement word between them ("đã", "hiện",
    "kết quả"...);
  - its period is a horizon ("đến năm 2030 ...") or lies after the document's date;
  - a deadline follows it in the sentence ("hoàn thành trước Quý II/2024");
  - the document is a plan (its title says so) and nothing in the sentence says achieved;
  - in a plan's table row with two values, the first (plan column) is the target.
A count of targets ("7/14 chỉ tiêu đã đạt") is not a target; "vượt chỉ tiêu 1,2%" after an
achievement implies the target (the value minus the excess), which extract.py adds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assets.reports.dating import (
    RESULTS_CAME,
    Dated,
    a_contrast_of_what_is,
    lead_in,
    past_horizon,
    the_year_so_far,
)
from assets.reports.language import Language
from assets.reports.link_hosts import set_against_the_target_first, the_level_of_a_target_exceeded
from assets.reports.mentions import Mention
from assets.reports.segments import Segments, capital_line
from assets.reports.timephrases import EN_MONTHS, horizon_of_targets_met

# A horizon: "đến năm 2025", "tới hết năm 2030" (the year in group 1).
_HORIZON = r"(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?năm\s+((?:19|20)\d{2})\b"  # "vào năm 2030": in a year to come
_BY_A_YEAR = r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b"  # English: "by 2025", "by the end of 2025"
# a horizon in the figure's clause before it: "Đến năm 2030, ...", "By 2025, ..."
_LEADING_HORIZON = re.compile(r"(?:^|[\s,(])(?:" + _HORIZON + "|" + _BY_A_YEAR + ")", re.I)
# A bracket right after a figure (a few words on) that gives the same measure's level at a later year (after the
# page's; a horizon word says so on a page without a date): "20% GRDP của tỉnh (đến năm 2030 đạt 30%)", "trên 80%
# (năm 2030: 100%)"; not a year's result set beside it ("65% (năm 2023: 48%)")
_LATER_HORIZONS_LEVEL = re.compile(
    r"[^\d().;\n]{0,40}\(\s*(?P<to>(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?)?năm\s+(?P<year>(?:19|20)\d{2})\s*(?::|,)?\s*"
    r"(?:(?:đạt|là|chiếm|phấn đấu)\s+)?(?:(?:tối thiểu|ít nhất|trên|hơn|khoảng)\s+)?\d",
    re.I,
)
# A bracket right after a figure (a few words on) with how much of its target it attained: "... đạt 59,25% (đạt 79%
# mục tiêu)", "100% xã ... (đạt 100% so với kế hoạch)"
_ATTAINED_AFTER = re.compile(
    r"([^().;\n]{0,80})\(\s*(?:đạt|bằng|hoàn thành)\s+\d+(?:[.,]\d+)?\s*%\s*(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)",
    re.I,
)
# ... or a bracket that says it went past its target: "20,7% GRDP (vượt mục tiêu năm 2025 là 20%)", "20.7% of GRDP
# (exceeding the target of 2025 of 20%)"
_BEYOND_ITS_TARGET_AFTER = re.compile(
    r"([^().;\n]{0,80})\(\s*(?:đã\s+)?(?:vượt|vượt qua|exceeding|exceeded|surpassing|surpassed)\s+(?:the\s+|its\s+)?"
    r"(?:mục tiêu|chỉ tiêu|kế hoạch|targets?|goals?|plan)\b",
    re.I,
)
_A_FIGURE_OF_ITS_OWN = re.compile(r"(?<!\w)\d[\d.,]*(?!\w)")  # "4G" is no figure
_VALUE_LINE = re.compile(r"^\s*[-+•]?\s*[\d.,]+\s*(?:%|điểm)?\s*[.;,]?\s*$")


def is_target(
    text: str,
    mention: Mention,
    segments: Segments,
    language: Language,
    dated: Dated | None,
    document_date: date | None,
    target_document: bool,
    plan_document: bool = False,
    reference_date: date | None = None,
) -> bool:
    """``reference_date``: for a page without a date, when it stands (the latest year it reports
    results in): a horizon not after it is where things stood, not a target."""
    sentence = segments.sentence(mention.value_start)
    clause = segments.clause(mention.value_start)
    lead_start = clause.start
    if contrast := a_contrast_of_what_is(text, clause.start, mention.value_start, sentence.end):
        # "by 2025, while nearly 25,000 households are selling ...", "against the target of 10 percent for 2025, while
        # ...": what is, set against the target, is none (its horizon and its target words lead no figure after it)
        lead_start = contrast.end()
    if the_level_of_a_target_exceeded(text, segments, mention):
        return True  # "đạt 76,4%, vượt 60% chỉ tiêu": the level of the target the result before it exceeds
    if language.target_nouns_counted.match(mention.noun or ""):
        # "đạt 79% chỉ tiêu": the share of a target attained, a result; but an aim to attain it is a target ("phấn đấu
        # đến ngày 30/9 hoàn thành 100% chỉ tiêu kích hoạt tài khoản được giao")
        aim = _AIM_VERBS.search(text, clause.start, mention.start)
        return aim is not None and not language.achievement_markers.search(text, aim.end(), mention.start)
    if set_against_the_target_first(text, segments, mention):
        return False  # "So với KH: 97,2%", "% of plan: 106.5": the share of the plan attained, a result
    if _THE_PLAN_AFTER_A_SLASH.search(text, max(sentence.start, mention.value_start - 40), mention.value_start):
        return True  # "mới đạt 52,1%/kế hoạch 60%": the plan the result before it is written over
    cell = _table_cell(text, mention, segments)
    if cell is not None and plan_document:
        index, count = cell
        if count == 2:
            return index == 0
    if _baseline_in_brackets(text, sentence, mention, language, document_date):
        return False
    attained = _ATTAINED_AFTER.match(text, mention.end, sentence.end) or _BEYOND_ITS_TARGET_AFTER.match(
        text, mention.end, sentence.end
    )
    if attained and not _A_FIGURE_OF_ITS_OWN.search(attained.group(1)):
        return False  # "59,25% (đạt 79% mục tiêu)": a result set against its target (no other figure between)
    if (
        _A_RESULT_AFTER_ITS_PLAN.search(text, max(sentence.start, mention.value_start - 90), mention.value_start)
        # (not a later target of its own: "mục tiêu năm 2025 là 80%, đạt 100% vào năm 2030")
        and not _A_LATER_HORIZON_AFTER.match(text, mention.end)
    ) or _A_RESULTS_CELL.search(text, max(sentence.start, mention.value_start - 40), mention.value_start):
        # "Chỉ tiêu tỷ lệ hồ sơ trực tuyến: kế hoạch 80%, thực hiện 72,5%", "KH 45%, TH 51,6%": the result set beside
        # its plan, whatever target word names the indicator
        return False
    colon = text.find(":", sentence.start, mention.value_start)
    if colon >= 0 and _where_a_missed_goal_stands(
        text[sentence.start : colon],
        text[max(colon, text.rfind(";", colon, mention.value_start)) + 1 : mention.value_start],
    ):
        # "Năm 2024, tỉnh chưa hoàn thành các chỉ tiêu sau: tỷ lệ hồ sơ trực tuyến đạt 45%; ...": where the rate of a goal
        # missed stands, as "các chỉ tiêu chưa đạt như: tỷ lệ ... đạt 35%" (a bare level under it, "...: 100% thôn có cáp
        # quang", is the goal's own)
        return False
    if _target_lead(text[lead_start : mention.value_start], language):
        return True
    later = _LATER_HORIZONS_LEVEL.match(text, mention.end, sentence.end)
    now = document_date or reference_date
    # On a page that does not say when it stands, "Đến cuối năm 2021, tỷ lệ ... đạt gần 45%": how near a figure came
    # measures what was done, so a horizon does not make it an aim (an amount may be planned so: "tổng kinh phí gần
    # 1.300 tỷ đồng"; and a horizon after a known date, a target word or a list of targets still does)
    near = now is None and mention.qualifier in _NEARLY and mention.kind != "money"
    if (
        later
        and (later.group("to") or now is not None)
        and int(later.group("year")) > (now or date.min).year
        and not (now is not None and _past_time_of_its_own(text[clause.start : mention.value_start], now))
    ):
        # "tối thiểu 20% GRDP (đến năm 2030 đạt 30%)": the level for a nearer horizon, beside the later one's
        return True
    # "Đến năm 2030, tỉnh thuộc nhóm 20 tỉnh dẫn đầu": a horizon that leads the clause.
    lead = text[lead_start : mention.value_start]
    horizon = _LEADING_HORIZON.search(lead)
    if (
        horizon
        and not near
        and not re.search(r"tính\s+$", lead[: horizon.start() + 1], re.I)
        and not horizon_of_targets_met(lead, horizon.start(), horizon.end())
        and (
            _still_ahead(int(horizon.group(1) or horizon.group(2)), document_date, text[sentence.start : sentence.end])
            if document_date
            else int(horizon.group(1) or horizon.group(2)) > (reference_date or date.min).year
        )
        # "vào năm 2023" is a horizon only against a known date: on a page that says nothing else of its time it
        # may as well be the year reported
        and not (horizon.group(0).lstrip(" ,(").lower().startswith("vào") and not (document_date or reference_date))
        and not language.achievement_markers.search(lead[horizon.end() :] + _own_tail(text[mention.end : clause.end]))
        and not (
            document_date is None
            and _year_on_year(text[sentence.start : sentence.end], int(horizon.group(1) or horizon.group(2)))
        )
    ):
        return True
    if not near and _trailing_horizon(text, clause, mention, language, document_date or reference_date):
        return True
    if not near and _opening_horizon(text, sentence, clause, mention, language, document_date):
        return True
    if opens_with_relative_horizon(text, sentence, mention, language):
        return True
    if _future_after(
        text[clause.start : mention.value_start], text[mention.end : clause.end], language, mention.kind == "percent"
    ):
        return True
    if _aimed_at_least(text, sentence, clause, mention, language, document_date or reference_date):
        return True
    if _beside_a_floor(text, clause, mention, language, document_date or reference_date):
        return True
    if (
        _DIRECTED.search(text[sentence.start : mention.value_start])
        and not language.achievement_markers.search(text, sentence.start, sentence.end)
        and not (
            (document_date or reference_date) is not None
            and _past_time_of_its_own(text[sentence.start : sentence.end], _year_done(document_date or reference_date))
        )
    ):
        return True  # "UBND tỉnh yêu cầu các sở ... hoàn thành 100% ... trong tháng 5": what is required
    if _REQUESTED.search(text, clause.start, mention.value_start) and not language.achievement_markers.search(
        text, sentence.start, sentence.end
    ):
        return True  # "asked the Ministry to allocate 11,034 tablets": what it asks for
    if (
        mention.kind == "percent"
        or _AT_LEAST_BEFORE.search(text, max(clause.start, mention.value_start - 20), mention.value_start)
    ) and _MUST_BEFORE.search(text, clause.start, mention.value_start):
        # "Từ nay đến hết năm 2024, phải kích hoạt 100% tài khoản ĐDĐT đã thu nhận": the share that must be reached (the
        # accounts "đã thu nhận", already collected, are what it is a share of, no result); not a count of work that
        # had to be done ("Năm 2023 tỉnh phải tiếp nhận 45.000 hồ sơ"), unless a floor says the least to reach ("phải kích
        # hoạt thêm tối thiểu 30.000 tài khoản")
        return True
    if _REQUIRED_AFTER_COMPARISON.search(text, max(clause.start, mention.value_start - 12), mention.value_start) and (
        _REQUIREMENT_NOUN.match(mention.noun or "")
    ):
        return True  # "đạt 91,2% so với 85% yêu cầu": the level required, that the result is set against
    if _A_REQUIRED_MINIMUM.search(
        text, sentence.start, mention.value_start
    ) and not language.achievement_markers.search(text, sentence.start, sentence.end):
        # "The minimum proportions of dossiers processed online at the municipal, district and ward levels are 50
        # percent, 40 percent and 35 percent", "Tỷ lệ tối thiểu hồ sơ ... là 50%": the least a level must reach
        return True
    label = segments.row_label(mention.value_start)
    if label is not None and _target_lead(text[label.start : label.end], language):
        return True
    # A list under a target: "Mục tiêu đến năm 2025: ...; ..." (a header ending with a colon), or
    # "phấn đấu 70% ...; 70% ...; 100% ..." (items that start with their value continue the first).
    header = text[sentence.start : clause.start]
    colon = header.find(":")
    if (
        colon >= 0
        and _target_lead(header[:colon], language)
        # (not a header of goals reached: "Cán đích mục tiêu ... với nhiều chỉ tiêu đáng khích lệ, như tỷ lệ: ...",
        # "Tỉnh đã hoàn thành các chỉ tiêu: ..."; an aim to reach them still heads targets: "Để đạt được các mục tiêu:")
        and not _goals_reached(header[:colon], language)
        # nor measures as they stood on a day already past ("Một số chỉ tiêu ... (đến 30/9/2023):"): results
        and not _indicators_as_of_a_past_day(header[:colon], language, document_date, reference_date)
        # nor after a word of what was achieved, in its own clause too ("Chỉ tiêu: 80% ...; kết quả: đạt 72%"); not
        # one in an item before it ("... strives to: 100% of people ... on the system, which has been connected ...;
        # 100% of administrative procedures ...")
        and not language.achievement_markers.search(
            text, max(sentence.start + colon, clause.start), mention.value_start
        )
    ):
        return True
    now = document_date or reference_date
    if _item_of_target_list(text, clause, mention.value_start, segments, language, now) and not (
        # "...hướng tới 80% hồ sơ trực tuyến; năm 2023 có 123 thuê bao/100 dân": an item with a year of its
        # own, up to where the page stands, reports where things stood
        now is not None and _past_time_of_its_own(text[clause.start : clause.end], _year_done(now))
    ):
        return True
    if _in_bracketed_targets(text, sentence.start, mention.value_start) or _target_level_in_brackets(text, mention):
        return True
    if _continues_the_targets_before(text, sentence, mention, segments, language, document_date):
        return True
    achieved = language.achievement_markers.search(
        _without_other_asides(text[sentence.start : sentence.end], mention.value_start - sentence.start)
    ) or _under_results_lead_in(text, mention, language)
    if (
        dated is not None
        and dated.phrase is not None
        and dated.phrase.role == "until"
        and not achieved
        and not near
        # where the figure stands, not a target (a page without a date stands in the latest year it reports)
        and not past_horizon(dated.phrase, document_date, reference_date)
        and not (
            document_date is None
            and dated.phrase.year is not None
            and _year_on_year(text[sentence.start : sentence.end], dated.phrase.year)
        )
    ):
        return True
    if (
        dated is not None
        and document_date is not None
        and dated.start > document_date
        # "Tính đến tháng 6/2022, ..." in a page of mid-June 2022: the month it is written in, not a future
        and (dated.start.year, dated.start.month) > (document_date.year, document_date.month)
        and dated.basis != "document_date"
        # ("Tính đến năm 2025, toàn tỉnh đã có 2.345 trạm BTS" in June 2025: the year so far, what stands)
        and not (achieved and the_year_so_far(dated, document_date))
    ):
        return True
    tail = text[mention.end : sentence.end]
    if _deadline(tail, language) and not achieved:
        return True
    if not achieved and _in_target_section(
        text, sentence, segments, language, document_date or reference_date, mention
    ):
        return True
    if (
        not achieved
        and not _reports_where_things_stood(
            text[sentence.start : sentence.end], language, document_date or reference_date
        )
        and _means_to_its_targets_follow(text, sentence, segments, language, document_date or reference_date)
    ):
        return True
    if not achieved and _details_targets_just_set(text, sentence, segments, language):
        return True
    if (
        target_document
        and not achieved
        and not re.search(
            r"(?i)\bđạt được\b|\bkết quả\b(?!\s+(?:giải quyết|xử lý|thủ tục))", text[clause.start : clause.end]
        )
        and not _as_of_a_past_day(text[sentence.start : mention.value_start], document_date, reference_date)
        # (nor a year of its own the page can report: "năm 2025 toàn tỉnh tiếp nhận 1.286.450 hồ sơ" on a page of January
        # 2026 under a title of targets met)
        and not (
            document_date is not None
            and _past_time_of_its_own(text[sentence.start : mention.value_start], _year_done(document_date))
        )
        # (nor an English sentence that reports the past: "handled 84 million documents online in the last five years",
        # "About 99 percent of documents were done online on time", under a title of what will be)
        and not _REPORTED_IN_THE_PAST.search(text, sentence.start, sentence.end)
        # (nor one that says how things stand: "We now have 5,400 teams", "ownership ... is 88.4 percent", "is
        # estimated to account for 15.2 percent", "hiện có")
        and not _STATED_AS_IT_STANDS.search(text[sentence.start : mention.value_start])
        and not language.current_words.search(text, sentence.start, mention.value_start)
    ):
        return True
    return False


# An English sentence told in the past: a span of the past ("in the last five years", "over the past two years", "since
# 2017") or the past passive of a deed ("were done", "was handled"; not of an aim: "was expected", "were targeted")
_STATED_AS_IT_STANDS = re.compile(
    r"\b(?:is|are)\s+estimated\s+to\s+(?:account|stand|be)\b|\b(?:is|are|stands?\s+at)\s+(?:(?:about|around|nearly|over|"
    r"almost|some)\s+)?$|\bagainst\s+$",
    re.I,
)
_REPORTED_IN_THE_PAST = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:years?|months?|quarters?)\b"
    r"|\bsince\s+(?:19|20)\d\d\b"
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?(?!(?:expected|targeted|planned|set|designed|scheduled|projected|required|assigned|"
    r"asked|aimed|intended|supposed|tasked|committed|determined|forecast|estimated|approved|issued|adopted|signed|"
    r"promulgated|launched|announced|introduced|drafted)\b)[a-z]+(?:ed|en|ne|wn)\b",
    re.I,
)


# "Tính đến ngày 15/9/2024, ...", "As of September 15, 2024, ...": where things stood on a day
# a result written over its plan, the plan's value next: "52,1%/kế hoạch 60%", "45%/KH 60%", "73%/target 80%"
_THE_PLAN_AFTER_A_SLASH = re.compile(
    r"\d\s*%?\s*/\s*(?:kế hoạch|kh|chỉ tiêu|mục tiêu|plan|target)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*(?::|là|of)?\s*$",
    re.I,
)
_AS_OF_A_DAY = re.compile(
    # (the day with or without "ngày": "(đến 30/9/2023)")
    r"(?<!\w)(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*"
    r"(?P<year>(?:19|20)\d\d)"
    r"|as\s+of\s+(?P<month_name>[A-Z][a-z]+)\s+(?P<day_en>\d{1,2}),?\s+(?P<year_en>(?:19|20)\d\d))\b",
    re.I,
)


def _indicators_as_of_a_past_day(
    header: str, language: Language, document_date: date | None, reference_date: date | None
) -> bool:
    """A header of indicators ("chỉ tiêu", which names indicators as much as targets, and no other word of an aim)
    as they stood on a day the page can report: "Một số chỉ tiêu chuyển đổi số của tỉnh (đến 30/9/2023):". Not goals
    ("Mục tiêu (đến 30/9/2023):", "Chỉ tiêu phấn đấu ...")."""
    markers = [m.group(0).lower() for m in language.target_markers.finditer(header)]
    return (
        bool(markers)
        and all(marker.startswith("chỉ tiêu") for marker in markers)
        and not _AN_AIM_IN_A_HEADER.search(header)
        and _as_of_a_past_day(header, document_date, reference_date)
    )


_AN_AIM_IN_A_HEADER = re.compile(r"(?<!\w)(?:mục tiêu|phấn đấu|kế hoạch|đề ra|được giao|giao|dự kiến)(?!\w)", re.I)


def _as_of_a_past_day(before: str, document_date: date | None, reference_date: date | None) -> bool:
    """The figure's sentence says, before it, the day up to which it counts, a day the page can report: where
    things stood, not an aim of the title's ("Tính đến ngày 15/9/2024, toàn tỉnh có 8.400 tài khoản ..." under a title
    aiming at 2026). Not after the page's date; on a page without one, in a year it reports results of, and not the
    last day of a year (which a deadline names: "Tính đến ngày 31/12/2025, 100% hồ sơ được số hóa")."""
    for m in _AS_OF_A_DAY.finditer(before):
        if m.group("year"):
            day, month, year = int(m.group("day")), int(m.group("month")), int(m.group("year"))
        else:
            day, month, year = (
                int(m.group("day_en")),
                EN_MONTHS.get(m.group("month_name").lower(), 0),
                int(m.group("year_en")),
            )
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if document_date is not None:
            if (year, month, day) <= (document_date.year, document_date.month, document_date.day):
                return True
        elif reference_date is not None and year <= reference_date.year and (day, month) != (31, 12):
            return True
    return False


def _under_results_lead_in(text: str, mention: Mention, language: Language) -> bool:
    """ "Kế hoạch đã đánh giá ... giai đoạn 2016-2020 đã đạt được những kết quả chính như sau:" over the figure's paragraph or
    list: the results it announces, not targets (a lead-in that names targets is no such one)."""
    line = lead_in(text, mention.value_start)
    return (
        line is not None
        and RESULTS_CAME.search(text, *line) is not None
        and not language.target_markers.search(text, *line)
    )


RESULTS_RUN = 4  # sentences of figures over which a run of results goes on


def after_results_in_its_paragraph(
    text: str, sentence, segments: Segments, language: Language, depth: int = RESULTS_RUN
) -> bool:
    """Under a title that sets a target, a sentence without target words that follows, in its paragraph, a
    sentence reporting a result with its figure ("Sau gần 3 năm triển khai ..., tỉnh đã đạt gần 50% ... Số
    dịch vụ công được cung cấp trực tuyến đạt trên 98,5%.") goes on with the results; not one that issued
    or decided something ("Tỉnh ủy đã ban hành Nghị quyết số 05-NQ/TU ...", which announces targets). The results
    run on over sentences of figures without target words, up to ``depth`` sentences back."""
    paragraph = segments.paragraph(sentence.start)
    detail = _DETAIL_OPENING.match(text, sentence.start)
    if sentence.start == 0 or (paragraph.start >= sentence.start and not detail):
        return False  # "Trong đó, ..." opening a paragraph details the sentence before it all the same
    before = segments.sentence(len(text[: sentence.start].rstrip()) - 1)  # (a line break is no sentence)
    if language.target_markers.search(text, sentence.start, sentence.end):
        return False
    if detail and _TARGETS_COUNTED_AS_MET.search(text, before.start, before.end):
        return True  # "10/16 mục tiêu chuyển đổi số của tỉnh đã hoàn thành. Trong đó, 100% ...": the targets met
    if _PAST_DONE.search(text, before.start, before.end) and not _AIMED.search(text, before.start, before.end):
        return True
    if (
        RESULTS_CAME.search(text, before.start, before.end)
        and not _FIGURE_NOT_YEAR.search(text, before.start, before.end)
        and not _AIMED.search(text, before.start, before.end)
        and not language.target_markers.search(text, before.start, before.end)
    ):
        # "The plan has produced results. Fibre now reaches 90% of households.", "..., đã đạt được nhiều kết quả. 100%
        # xã có ...": the results a sentence without figures announces
        return True
    # "...đã hoàn thành. Trong đó, 100% ... được xử lý trên môi trường mạng.\nTrên 50% doanh nghiệp ...": a run of
    # results, each sentence with its figures
    # (a sentence with a time of its own, "Năm 2025, 100% ...", starts a frame of its own and ends the run)
    return (
        depth > 1
        and bool(_FIGURE_NOT_YEAR.search(text, before.start, before.end))
        and not _OWN_TIME.search(text, before.start, before.end)
        and after_results_in_its_paragraph(text, before, segments, language, depth - 1)
    )


# Targets counted as met: "10/16 mục tiêu ... đã hoàn thành", "hoàn thành 10/16 chỉ tiêu", "đạt 12 chỉ tiêu".
_TARGETS_COUNTED_AS_MET = re.compile(
    r"\d+\s*/\s*\d+\s+(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?!\w)[^.;\d]{0,60}?(?<!\w)(?<!chưa )(?<!không )(?:đã\s+)?"
    r"(?:hoàn thành|đạt)(?!\w)"
    r"|(?<!\w)(?<!chưa )(?<!không )(?<!để )(?<!nhằm )(?:đã\s+)?(?:hoàn thành|đạt|vượt)\s+(?:\d+\s*/\s*)?\d+\s+"
    r"(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?!\w)",
    re.I,
)


_A_FIGURE_NOT_YEAR = r"(?<![\d.,/])(?!(?:19|20)\d\d\b)\d"
_FIGURE_NOT_YEAR = re.compile(_A_FIGURE_NOT_YEAR)
# A result reported with its figure: "đã đạt gần 50%", "đến nay có 1.200", not "đã ban hành Nghị quyết số 05".
_PAST_DONE = re.compile(
    # (an estimate of what a year brought is a result too: "năm 2025 kinh tế số ước đạt 13% GRDP")
    r"(?<!\w)(?:đã\s+(?:đạt|có|hoàn thành|cấp|kích hoạt|thực hiện được)|đạt được|ước\s+(?:đạt|tính|khoảng)|đến nay|tới nay)"
    rf"(?!\w)[^.;\d]{{0,60}}{_A_FIGURE_NOT_YEAR}"
    # where things stand now, its figure after a longer subject: "Hiện nay, ở cả ba cấp chính quyền của tỉnh, tỷ lệ
    # ... đạt 97%"
    r"|(?<!\w)(?:hiện nay|hiện tại|đến nay|tới nay)(?!\w)[^.;\d]{0,160}?(?<!\w)(?:đạt|có|là)(?!\w)"
    rf"[^.;\d]{{0,20}}{_A_FIGURE_NOT_YEAR}",
    re.I,
)
_AIMED = re.compile(r"(?<!\w)(?:sẽ|phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|yêu cầu)(?!\w)", re.I)
_AIM_VERBS = re.compile(r"(?<!\w)(?:sẽ|phấn đấu|nhằm|dự kiến|hướng tới|hướng đến|đặt mục tiêu)(?!\w)", re.I)


def _opening_horizon(text: str, sentence, clause, mention: Mention, language: Language, now: date | None) -> bool:
    """A future horizon that opens the sentence, before any of its figures, governs every clause of it
    ("Đến năm 2025, tỉnh hoàn thiện khung kiến trúc; 100% dịch vụ công trực tuyến đạt mức độ 4"), unless
    it or the figure's own clause says what was achieved."""
    head = text[sentence.start : clause.start]
    horizon = re.search(r"(?:^|[\s,(])" + _HORIZON, head, re.I)
    if horizon is None or _FIGURE_NOT_YEAR.search(head, 0, horizon.start()):
        return False
    if re.search(r"tính\s+$", head[: horizon.start() + 1], re.I) or horizon_of_targets_met(
        head, horizon.start(), horizon.end()
    ):
        return False
    if now is not None and not _still_ahead(int(horizon.group(1)), now, text[sentence.start : sentence.end]):
        return False
    if now is None and not _a_floor_on_the_figure(text, clause, mention):
        # on a page without a date, "Đến cuối năm 2024, toàn tỉnh có 1.871 trạm 3G; 3.232 trạm 4G" may be
        # where things stood: only the clause the horizon opens is read as a target there; but a later item that sets a
        # floor on its figure ("Đến hết năm 2027, ...; tỷ lệ hồ sơ ... đạt từ 65% trở lên; tối thiểu 85% người dân ...")
        # is one of the horizon's targets
        return False
    if _OWN_TIME.search(text, clause.start, clause.end):
        return False  # "...; năm 2023, tỷ lệ hồ sơ trực tuyến đạt 52%": the clause says its own time
    own = text[clause.start : mention.value_start] + _own_tail(text[mention.end : clause.end])
    return not language.achievement_markers.search(head[horizon.end() :] + " " + own)


def opens_with_relative_horizon(text: str, sentence, mention: Mention, language: Language) -> bool:
    """ "Theo lộ trình, đến hết năm nay, 80% trường học ...": a horizon the page's own year ends, or a
    roadmap, that opens the sentence (one after the other), before any figure, with no achievement word in the
    sentence ("Tính đến hết năm nay, ..." opens with an as-of: no target)."""
    head = text[sentence.start : mention.value_start]
    at = len(head) - len(head.lstrip(" \t\n-+•*"))
    opened = False
    while (opening := language.relative_horizon_words.match(head, at)) is not None:
        opened = True
        at = opening.end()
        at += len(head[at:]) - len(head[at:].lstrip(" ,\t"))
    if not opened or _FIGURE_NOT_YEAR.search(head, 0, at):
        return False
    return not language.achievement_markers.search(text[sentence.start : sentence.end])


# "90% hồ sơ giải quyết thủ tục hành chính sẽ được số hóa": the figure's subject will be so, a few words on,
# before another figure; not "..., và sẽ ..." (another predicate) nor after an achievement word.
# Before a comma, the figure's own predicate: a future ("sẽ") or what must be ("100% kết quả giải quyết thủ tục hành
# chính phải được trả đúng hạn", "cần được số hóa"), not what need not be ("không cần phải có bản giấy").
_WILL_AFTER = re.compile(
    r"[^\d;,:()]{0,80}?(?<!\w)(sẽ|will|(?:is|are)\s+expected\s+to|(?<!không )(?<!chưa )(?<!không cần )(?<!chưa cần )"
    r"(?:phải|cần)\s+(?:được|đạt|có|hoàn thành|đảm bảo|bảo đảm))(?!\w)",
    re.I,
)
_ANOTHER_PREDICATE = re.compile(r"(?:\bvà|\bnhưng|\bsong|\bcòn|\btrong khi|\bnên|\bthì|\bđể|\bqua đó|\bmà)(?!\w)", re.I)


def _future_after(lead: str, tail: str, language: Language, share: bool = True) -> bool:
    """``lead``: the figure's clause before it ("Đến nay đã có 2.345 hồ sơ ..., ... sẽ": no future of its own).
    What must be is a requirement ("100% kết quả ... phải được trả đúng hạn", "53 dịch vụ công thiết yếu phải được
    cung cấp trực tuyến"), not a count of those there were that had to be ("có 1.250 hồ sơ phải được bổ sung")."""
    own = _own_tail(tail)
    will = _WILL_AFTER.match(own)
    if will is None:
        return False
    before = will.group(0)[: will.start(1) - will.start()]
    must = will.group(1).lower() not in ("sẽ", "will") and "expected" not in will.group(1).lower()
    return not (
        _ANOTHER_PREDICATE.search(before)
        or language.achievement_markers.search(before)
        or language.achievement_markers.search(lead)
        or (
            must
            and (
                # "có 1.200 hồ sơ phải được giải quyết lại": a count of those that had to be
                (not share and _COUNTED_THERE.search(lead))
                # "95% hồ sơ cần được số hóa đã được số hóa": what had to be is what was done
                or language.achievement_markers.search(own, will.end())
                # "không nhất thiết phải có", "vượt 15% so với chỉ tiêu cần đạt được": negated, or another's
                or _MUST_NOT.search(before)
            )
        )
    )


_MUST_NOT = re.compile(r"(?<!\w)(?:(?:không|chưa|chẳng)(?:\s+(?:nhất thiết|cần|bắt buộc))?\s*$|so với(?!\w))", re.I)
_COUNTED_THERE = re.compile(r"(?<!\w)(?:có|còn|trong đó|tồn)(?!\w)[^,;]*$", re.I)


# A time of its own in a clause: a year, a quarter, a month, a date, "6 tháng đầu năm" (not a comparison
# base, "so với năm 2021", nor a bare "cuối năm", which a target names too).
# a year an English sentence reports in ("In 2023, ...", "in late 2023"), not a horizon ("by 2025")
_ENGLISH_YEAR_OF_ITS_OWN = r"\b(?:in|during|throughout)\s+(?:(?:late|early|mid)[\s-]+)?((?:19|20)\d\d)\b"
_OWN_TIME = re.compile(
    r"(?<!so với )(?<!từ )(?<!kể từ )(?<!\w)(?:năm\s+(?:19|20)\d\d|quý\s+(?-i:I{1,3}|IV|[1-4])\b|tháng\s+\d|"
    r"ngày\s+\d|\d+\s+tháng\s+(?:đầu|cuối)\s+năm|\d{1,2}\s*/\s*(?:19|20)\d\d"
    # English: "In 2023", "in late 2023", "As of June 2024", "Q3 2024", "the first six months of 2024"
    rf"|{_ENGLISH_YEAR_OF_ITS_OWN}|\bq[1-4]\s*/?\s*(?:19|20)\d\d|\b(?:as of|months of)\b)",
    re.I,
)


# "(năm 2019 tỉnh đạt 0,482 điểm, xếp hạng thứ 25)": a bracket that opens with its own year.
_YEAR_BRACKET = re.compile(r"\(\s*(?:(?:trong|vào)\s+)?năm\s+((?:19|20)\d{2})\b[^()]*$", re.I)
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])")


def _baseline_in_brackets(text: str, sentence, mention: Mention, language: Language, now: date | None) -> bool:
    """A figure in a bracket that opens with a year before the target's horizon or the page's date, with no
    target word of its own, is where things stood (the baseline of a target): "đến năm 2025 đạt 0,5 điểm
    (năm 2019 tỉnh đạt 0,482 điểm, xếp hạng thứ 25)"."""
    bracket = _YEAR_BRACKET.search(text, sentence.start, mention.value_start)
    if bracket is None or language.target_markers.search(bracket.group(0)):
        return False
    year = int(bracket.group(1))
    if now is not None:
        # a dated page: a year before it ("(năm 2023 đạt 50%, năm 2024 đạt 65%)" in a plan of 2022 are targets)
        return year < now.year
    # a page without a date: a year before the target's horizon
    close = text.find(")", mention.end, sentence.end)
    outside = text[sentence.start : bracket.start()] + (text[close + 1 : sentence.end] if close >= 0 else "")
    return any(int(found) > year for found in _YEAR.findall(outside))


# "đã đặt ra 6 mục tiêu cụ thể về phát triển kinh tế số (Tỷ trọng ... đạt 20%; ...)": the bracket lists
# the targets its lead names; not "đã hoàn thành 7 chỉ tiêu (...)", whose bracket lists results.
_BRACKET_OF_TARGETS = re.compile(r"(?:mục tiêu|(?<!nhóm )(?<!bộ )chỉ tiêu)[^().;\n]{0,80}\(\s*$", re.I)
_TARGETS_MET = re.compile(
    r"(?:đạt|hoàn thành|vượt|thực hiện được|chưa đạt|không đạt)\s+(?:được\s+)?(?:[\d/.,]+\s*%?\s+)?(?:mục tiêu|chỉ tiêu)"
    r"[^().;\n]{0,80}\(\s*$",
    re.I,
)


_MET_AFTER = re.compile(r"\b(?:đạt|vượt|hoàn thành|chưa đạt|không đạt)\b", re.I)
# "đạt 98,8%, vượt chỉ tiêu HĐND tỉnh giao (98%)", "đạt 87,06%, chưa đạt chỉ tiêu đề ra (87%)": the level the result is
# set against, alone in a bracket after the target it met or missed, given or set ("giao", "đề ra"); not a count of
# targets ("vượt 12 chỉ tiêu (...)"), nor how much of a plan was done ("vượt kế hoạch (112%)")
_TARGET_LEVEL_BEFORE = re.compile(
    r"(?<!\w)(?:vượt|đạt|không đạt|chưa đạt|so với)\s+(?:chỉ tiêu|mục tiêu)[^\d().;,\n]{0,50}?"
    r"(?<!\w)(?:giao|đề ra|đặt ra)\s*\(\s*$"
    # "vượt 5,3 điểm phần trăm so với kế hoạch (80%)": the level a gap is measured from
    r"|(?<!\w)so với\s+(?:chỉ tiêu|mục tiêu|kế hoạch)[^\d().;,\n]{0,50}?\(\s*$",
    re.I,
)
_TARGET_LEVEL_CLOSES = re.compile(r"\s*\)")


def _target_level_in_brackets(text: str, mention: Mention) -> bool:
    """The figure is alone in a bracket right after a target met or missed ("vượt chỉ tiêu HĐND tỉnh giao (98%)")."""
    return bool(
        _TARGET_LEVEL_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        and _TARGET_LEVEL_CLOSES.match(text, mention.end)
    )


def _in_bracketed_targets(text: str, sentence_start: int, value_start: int) -> bool:
    """The figure is inside a bracket that a target noun leads ("6 mục tiêu cụ thể (...)")."""
    opening = text.rfind("(", sentence_start, value_start)
    if opening < 0 or ")" in text[opening:value_start]:
        return False
    lead = text[sentence_start : opening + 1]
    named = _BRACKET_OF_TARGETS.search(lead)
    # "12/15 chỉ tiêu đạt và vượt kế hoạch (...)": targets met, whose bracket lists results
    return bool(named) and not _TARGETS_MET.search(lead) and not _MET_AFTER.search(lead, named.start())


_ITEM_LEAD = re.compile(r"[\s;,\-+•]*(?:\w+\s+){0,2}")
_FIGURE_FIRST = re.compile(r"[\s;,\-+•]*(?:\w+\s+){0,2}(?!(?:19|20)\d\d\b)\d")  # a figure, not a year
_A_FIGURE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d")
# An item that opens with its value ("90% hồ sơ ...", "tối thiểu 80% ..."), not "Mạng 3G" or "Sau hơn 2 năm".
_VALUE_FIRST = re.compile(
    r"[\s;,\-+•]*(?:(?:tối thiểu|ít nhất|trên|hơn|khoảng|gần|đạt|có)\s+)?(?!(?:19|20)\d\d\b)\d[\d.,]*"
    r"(?:\s*%|(?![\w/.,%])(?!\s+(?:năm|tháng|ngày|tuần|giờ)\b))",
    re.I,
)


# where the next part of a clause begins: "14% GRDP, đến năm 2027 đạt 22%", "65% (đến năm 2025 đạt 80%)"
_ANOTHER_PART = re.compile(r"[,;(]|\b(?:còn|trong khi|while|whereas)\b", re.I)
# a horizon that follows the figure in its clause: "đạt 80% đến năm 2025", "30% of GRDP by 2030" (not "tính đến")
_TRAILING_HORIZON = re.compile(r"(?<!tính )(?:" + _HORIZON + "|" + _BY_A_YEAR + ")", re.I)


def _trailing_horizon(text: str, clause, mention: Mention, language: Language, now: date | None) -> bool:
    """A year to come that follows the figure in its clause, before any other figure ("Tỷ lệ hồ sơ trực tuyến đạt
    80% đến năm 2025" on a page of 2024, "the digital economy to account for 30% of GRDP by 2030"): what it is to
    be then, unless the clause says what was achieved; not "tính đến năm 2025" (as of), nor one after a comma
    (the next part's: "chiếm 14% GRDP, đến năm 2027 phấn đấu đạt 22%"); ``now``: the page's date."""
    if now is None:
        return False
    tail = _own_tail(text[mention.end : clause.end])
    end = len(tail)
    for stop in (re.search(_A_FIGURE_NOT_YEAR, tail), _ANOTHER_PART.search(tail)):
        end = min(end, stop.start()) if stop else end
    horizon = _TRAILING_HORIZON.search(tail, 0, end)
    if horizon is None or not _still_ahead(
        int(horizon.group(1) or horizon.group(2)), now, text[clause.start : clause.end]
    ):
        return False
    return not language.achievement_markers.search(text[clause.start : mention.end + horizon.start()])


def _own_tail(tail: str) -> str:
    """The words after a figure up to another time it does not belong to ("..., năm 2023, tỉnh đã ...")."""
    other_time = re.search(r"[,;]\s*(?:trong\s+)?năm\s+(?:19|20)\d\d\b", tail, re.I)
    return tail[: other_time.start()] if other_time else tail


def _item_of_target_list(
    text: str, clause, value_start: int, segments: Segments, language: Language, now: date | None = None
) -> bool:
    """An item that starts with its value continues the list before it: the clause before, or
    the sentence before in the same paragraph (a bulleted list under a target). The list runs
    back over the items before it ("phấn đấu 70% ...; 70% hộ gia đình ...; 100% dân số ...") to
    its target word; an item with an achievement word ends it."""
    lead = _after_connective(text[clause.start : value_start], language)
    if clause.start == 0:
        return False
    if not (
        _ITEM_LEAD.fullmatch(lead)
        # a later figure of an item that starts with its value: "90% hồ sơ ... cấp tỉnh, 80% ... cấp huyện"
        or (_VALUE_FIRST.match(lead) and not language.achievement_markers.search(lead))
    ):
        # "Kế hoạch hướng đến 80% ...; tỷ lệ hồ sơ ... đạt 50%": the item right after the target's own
        # clause, in its sentence, whatever its first word.
        # Further items of such a list, each after a semicolon, continue it back to that clause
        # ("Tỉnh phấn đấu kinh tế số chiếm 30% GRDP; ...; hạ tầng cáp quang đến hộ gia đình đạt 100%").
        return _semicolon_items_back_to_a_target(text, clause, value_start, segments, language, now)
    paragraph = segments.paragraph(value_start)
    current = clause
    while current.start > paragraph.start:
        if language.achievement_markers.search(text[current.start : current.end]):
            return False
        previous = segments.clause(current.start - 1)
        while previous.start > paragraph.start and not text[previous.start : previous.end].strip():
            previous = segments.clause(previous.start - 1)  # the line break between two items
        if previous.start < paragraph.start:
            return False
        words = text[previous.start : previous.end]
        previous_sentence = segments.sentence(previous.start)
        counted = _TARGETS_COUNTED_AS_MET.search(text, previous_sentence.start, previous.end)
        if _MET_TARGETS.search(text, previous_sentence.start, previous.end) or (
            counted is not None
            # not targets to meet ("phấn đấu hoàn thành 18 chỉ tiêu"), said right before the count
            and not _AIM_VERBS.search(text, max(previous_sentence.start, counted.start() - 20), counted.start())
        ):
            # "Đà Nẵng đã hoàn thành hầu hết các nội dung, mục tiêu chuyển đổi số đã đặt ra. Gần 50% ...", "Đến nay
            # đã có 16/22 mục tiêu hoàn thành, đạt hơn 72% so với kế hoạch đề ra. 100% ...": targets met, and the
            # figures after them are results
            return False
        if _target_lead(words, language):
            # not an aim talked of ("... tiếp tục phát triển với mục tiêu bảo đảm phủ sóng ... . 100% trung tâm
            # xã có cáp quang"): "với mục tiêu" and a verb, with no figure, horizon or colon of its own
            talked_of = re.search(r"\bvới mục tiêu\s+(?!là\b)[^\W\d]", words, re.I) and not (
                _A_FIGURE.search(words) or re.search(_HORIZON, words, re.I) or words.rstrip().endswith(":")
            )
            return not talked_of
        if not _FIGURE_FIRST.match(_after_connective(text[previous.start : previous.end], language)):
            # "Phấn đấu 100% ...; Triển khai hệ thống giám sát tập trung ...; 95% hộ gia đình ...": an item of
            # the list that sets a task without a figure is passed over, back to the item before it
            item_start = text.rfind(";", paragraph.start, previous.start) + 1 or paragraph.start
            item = text[item_start : current.start]
            if (
                text[previous.start : previous.end].rstrip().endswith(";")
                and item_start > paragraph.start
                and not _A_FIGURE.search(item)
                and not language.achievement_markers.search(item)
            ):
                current = segments.clause(item_start)
                continue
            # "...; Tỷ lệ thôn ... đạt 100%; tối thiểu 50% các hệ thống thông tin ...": items with their figure
            # after their noun, each after a semicolon, back to the clause that sets the targets
            return _semicolon_items_back_to_a_target(text, clause, value_start, segments, language, now)
        current = previous
    return False


_A_BRACKET = re.compile(r"\([^()]*\)")
# (a year that is itself a horizon or a span's end: "đến năm 2030", "tầm nhìn 2030", "giai đoạn 2021-2025")
_HORIZON_WORD_BEFORE = re.compile(r"(?:(?:đến|tới|vào|by|to|tầm nhìn(?:\s+đến)?)\s+(?:năm\s+)?|\d\s*[-–]\s*)$", re.I)
_A_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?!\d)")


# a horizon's first item telling where things stood by then: the end of a year, what there was, what it came to
# (the province's own having or reaching right after the horizon: "Đến cuối năm 2024, toàn tỉnh có ...", "Đến năm 2024,
# tỉnh đã đạt ..."; not "100% xã có cáp quang", what a target item says)
_WHERE_THINGS_STOOD = re.compile(
    r"(?<!\w)(?:cuối|hết|end|had|reached)(?!\w)"
    r"|(?:năm\s+)?(?:19|20)\d\d\s*,?\s*(?:(?:toàn\s+)?(?:tỉnh|thành phố)(?:\s+ta)?\s+)?(?:đã\s+|hiện\s+)?(?:có|đạt)(?!\w)",
    re.I,
)


def _a_plan_horizon_opens(text: str, words: str, language: Language, now: date | None) -> bool:
    """The first clause of a list (``words``) opens, after at most a source ("Theo đề án xây dựng chính quyền số, đến
    năm 2025, ..."), with a horizon after ``now``, and reports nothing done outside its brackets (a baseline there:
    "(năm 2019 tỉnh đạt 0,482 điểm)"). On a page that does not say when it stands, the horizon must come after every
    other year the page names that is no horizon itself ("Quyết định ... ngày 5/8/2022 ... Đến năm 2030, ...; 100%
    ..."). On a page that names no other year, a plain horizon over items that say no more than what is to be ("Đến
    năm 2025, 100% ...; 80% ...") sets targets; "Đến cuối năm 2022, ...; 100% ...; 98% ..." and "Đến năm 2024, toàn
    tỉnh có ...; ..." are as likely a review of where things stood by then."""
    bare = _A_BRACKET.sub(" ", words)
    horizon = _LEADING_HORIZON.search(bare[:70])
    if (
        horizon is None
        or language.achievement_markers.search(bare)
        or re.search(r"(?<!\w)tính\s+(?:đến|tới)\s", bare[: horizon.end()], re.I)  # (as of: "Tính đến năm 2023")
    ):
        return False
    year = int(horizon.group(1) or horizon.group(2))
    if now is not None:
        return _still_ahead(year, now, words)
    others = [
        int(found.group(1))
        for found in _A_YEAR.finditer(text)
        if int(found.group(1)) != year
        and not _HORIZON_WORD_BEFORE.search(text, max(0, found.start() - 12), found.start())
    ]
    if not others:
        return not _WHERE_THINGS_STOOD.search(bare)
    return year > max(others)


def _semicolon_items_back_to_a_target(
    text: str, clause, value_start: int, segments: Segments, language: Language, now: date | None = None
) -> bool:
    """The clause is an item of a list whose items each follow a semicolon, in its sentence, back to the clause
    that states a target with its figure, by a target word or by a horizon after ``now`` that opens it ("Về chính
    quyền số: Đến năm 2030, trên 90% ...; 100% ..."; ``now``: the page's date, or the latest year an undated page
    reports); an item with a word of what was achieved (outside an aside) ends it."""
    if language.achievement_markers.search(
        _without_other_asides(text[clause.start : clause.end], value_start - clause.start)
    ):
        return False
    sentence = segments.sentence(clause.start)
    current = clause
    while current.start > sentence.start:
        previous = segments.clause(current.start - 1)
        words = text[previous.start : previous.end]
        if previous.start < sentence.start or text[previous.end - 1 : previous.end] != ";":
            return False
        if _target_lead(words, language) or (
            previous.start == sentence.start and _a_plan_horizon_opens(text, words, language, now)
        ):
            # a target stated, not one talked of, nor goals said to be reached ("Đến nay, huyện đã hoàn thành các chỉ
            # tiêu ..., trong đó: ...; ...")
            return bool(_A_FIGURE.search(words)) and not _goals_reached(words[: words.find(":") + 1 or None], language)
        if language.achievement_markers.search(_without_other_asides(words, -1)):
            return False
        current = previous
    return False


# Targets said to be met: "đã hoàn thành hầu hết các nội dung, mục tiêu ... đã đặt ra", "vượt các chỉ tiêu đề ra".
_MET_TARGETS = re.compile(
    r"(?<!\w)(?<!chưa )(?<!không )(?<!để )(?<!nhằm )(?:đã\s+)?(?:hoàn thành|đạt|vượt)(?!\w)[^.;\d]{0,60}?"
    r"(?<!\w)(?:mục tiêu|chỉ tiêu)(?!\w)"
    r"[^.;\d]{0,40}?(?:đã|được)\s+(?:đặt ra|đề ra|giao)(?!\w)",
    re.I,
)
_SECTION_PARAGRAPHS = 3  # how many paragraphs a "Mục tiêu cụ thể, ..." opening governs at most
# An opening that announces targets: "Mục tiêu cụ thể", "Chỉ tiêu chủ yếu", "Mục tiêu đến năm 2025",
# or a target word whose opening ends with a colon ("Phấn đấu đến năm 2025: ..."). "Dự kiến ...",
# "Định hướng ...", "Mục tiêu của hội nghị là ..." open no section.
_SECTION_OPENING = re.compile(
    r"[\s\-+•*]*(?:theo\s+[^,.;:\n\d]{1,30},\s*)?"  # "Theo Kế hoạch, mục tiêu đến năm 2025 ..."
    # "Mục tiêu cụ thể ...", "Mục tiêu của tỉnh Bình Dương đến 2025, ..."
    r"(?:(?:các\s+)?(?:mục tiêu|chỉ tiêu)\s+"
    r"(?:cụ thể|chung|chủ yếu|chính|cơ bản|trọng tâm|đến năm|đến\s+(?:19|20)\d\d|giai đoạn|năm\s+\d{4})(?!\w)"
    # (whose targets, named right before their horizon; not "Mục tiêu của buổi làm việc là ...")
    r"|(?:các\s+)?(?:mục tiêu|chỉ tiêu)\s+của\s+(?:(?!là\b)[^,.;:\n\d]){1,40}?\s+đến\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)"
    r"|[^.:;\n]{0,60}?(?:mục tiêu|(?<!nhóm )(?<!bộ )chỉ tiêu|phấn đấu)[^.;\n]{0,60}?:"
    # "Kế hoạch đã đề ra mục tiêu ... và đưa ra 4 mục tiêu cụ thể ... như sau:": a long lead that announces the list
    # (the targets announced: not "tỷ lệ ... thấp (dưới 50% chỉ tiêu) gồm:", a list of units under a target)
    r"|[^.:;\n]{0,200}?(?:đề ra|đặt ra|đưa ra|xác định)\s+(?:các\s+|những\s+|\d+\s+)?(?:mục tiêu|chỉ tiêu)"
    r"[^.:;\n]{0,200}?(?:như sau|sau đây|bao gồm|gồm)\s*:"
    # ... or whose specific targets, named further on, announce the list ("Nghị quyết ... đề ra mục tiêu là “đến năm
    # 2025, tỉnh trở thành ...”, với các mục tiêu cụ thể đến năm 2025 như sau:")
    r"|[^.:;\n]{0,600}?(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)\s+(?:cụ thể|chủ yếu|cơ bản|trọng tâm)(?!\w)"
    r"[^.:;\n]{0,150}?(?:như sau|sau đây|bao gồm|gồm)\s*:)",
    re.I,
)
# "Kế hoạch đã đề ra mục tiêu ...": targets set (announced), not achieved
_TARGETS_SET = re.compile(r"(?<!\w)đã\s+(?:đề ra|đặt ra|đưa ra|xác định|ban hành|phê duyệt)(?!\w)", re.I)
# "Cụ thể, phấn đấu đến năm 2025 hạ tầng ... phủ 100% ...": a target word and its horizon that open a
# sentence make the rest of its line (a paragraph of a web page) targets too ("Triển khai tối thiểu 10 dịch
# vụ ...").
_HORIZON_OPENING = re.compile(r"[\W\d]{0,3}" + _HORIZON, re.I)
_LINE_OPENING = re.compile(
    r"(?:\s*\d{1,2}\s*[-.)]\s*)?[^.:;\n\d]{0,20}?(?:phấn đấu|mục tiêu|(?<!nhóm )(?<!bộ )chỉ tiêu)\s+" + _HORIZON, re.I
)
_ACCORDINGLY = re.compile(
    r"[\s\-+•]*(?:theo đó|cụ thể(?:\s+là)?|accordingly|specifically|in particular|namely)\s*[,:]", re.I
)
# (in English: "The province sets specific targets for 2025. Specifically, ...", "... set out the goals to 2030")
_ANNOUNCED_TARGETS = re.compile(
    r"(?:đề ra|đặt ra|xác định|đặt|nêu rõ|với)\s+(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)|(?:mục tiêu|chỉ tiêu)\s+(?:đến|tới)\s+năm"
    r"|(?<!\w)(?:sets?|set out|identifies|identified|outlines?|outlined)\s+(?:out\s+)?(?:the\s+|its\s+|many\s+|several\s+)?"
    r"(?:(?:specific|main|key|following)\s+)?(?:targets|goals|objectives)(?!\w)",
    re.I,
)
# targets a sentence aims at, its horizon anywhere in it ("In 2026, the city must ... to reach its key goals ...", "Năm
# 2024, tỉnh tập trung ... để hoàn thành các chỉ tiêu ..."): what "Specifically, ..." then lists
_AIMS_AT_TARGETS = re.compile(
    r"(?<!\w)(?:to|should|will|must)\s+(?:achieve|meet|reach|attain|fulfil|fulfill)\s+(?:(?:the|its|their|all|"
    r"important|key|main|set|planned|assigned|major|digital|transformation)\s+){0,3}(?:targets|goals|objectives)(?!\w)"
    r"|(?<!\w)(?:để|nhằm|phấn đấu)\s+(?:hoàn thành|đạt(?:\s+được)?|thực hiện)\s+(?:(?:các|những|toàn bộ)\s+)?"
    r"(?:mục tiêu|chỉ tiêu)(?!\w)",
    re.I,
)
_TOLD_AS_DONE = re.compile(
    r"(?<!\w)(?:đã|has\s+been|have\s+been|had|worked|made|focused|strived|endeavoured|endeavored|tried)(?!\w)", re.I
)
_OWN_RESULT_WORDS = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?!\d)|(?<!\w)(?:so với|đạt|tăng|giảm)(?!\w)", re.I)
# a plan, scheme or programme issued or approved ("ban hành Kế hoạch số 12/KH-UBND", "phê duyệt Đề án ...")
_A_PLAN = r"\s+(?:(?:các|một|the|a|an)\s+)?(?:kế hoạch|đề án|chương trình|plan|scheme|programme|program)(?!\w)"
_ISSUES_A_PLAN = re.compile(rf"(?<!\w)(?:ban hành|phê duyệt|issued|approved){_A_PLAN}", re.I)
# ... and in a title, news of it: deployed too ("Tỉnh triển khai kế hoạch ... năm 2026"), in a headline's present
# tense ("Province issues plan ...")
ISSUES_A_PLAN_IN_TITLE = re.compile(
    rf"(?<!\w)(?:ban hành|phê duyệt|triển khai|issues|issued|approves|approved){_A_PLAN}", re.I
)
# an English horizon: "by 2025", "for 2025", "in 2025", "to 2030"
_ENGLISH_HORIZON = r"\b(?:by|for|in|to)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b"
_A_FIGURE = re.compile(r"\d\s*%|(?<![\d.,/-])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?!năm\b)[^\W\d]")  # not a year
_THEN = re.compile(r"\s*(?:khi đó|lúc đó|đến lúc đó|khi ấy)\b", re.I)  # "by then": the time just named


_OPENING_YEAR = re.compile(r"\W*(?:(?:trong|cả|hết|cuối)\s+)?năm\s+((?:19|20)\d\d)\b(?!\s*[-–])", re.I)


def _in_target_section(
    text: str, sentence, segments: Segments, language: Language, now: date | None = None, mention: Mention | None = None
) -> bool:
    """A sentence after one that opens a section of targets ("Mục tiêu cụ thể, về chính quyền
    số, ...", "Chỉ tiêu đến năm 2025: ...") continues it: "Về kinh tế số, tỷ trọng kinh tế số
    ... đạt tối thiểu 9%". The section runs over the next sentences, at most a few paragraphs,
    and ends at a sentence with an achievement word ("đã", "hiện nay", "kết quả")."""
    opening_year = _OPENING_YEAR.match(text, sentence.start, sentence.end)
    if now is not None and opening_year and int(opening_year.group(1)) <= _year_done(now).year:
        # "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45%" below "Các mục tiêu cụ thể như sau:" on a page of 2024: a
        # sentence that opens with a year the page can report says where things stood (not a year compared with:
        # "đạt 700.000 tài khoản, gấp đôi năm 2022" is still an aim)
        return False
    first_paragraph = max(0, segments.paragraph_index(sentence.start) - _SECTION_PARAGRAPHS)
    earliest = segments.paragraphs[first_paragraph].start
    index = segments.sentence_index(sentence.start)
    if segments.sentences[index] != sentence:
        index = segments.sentences.index(sentence)  # (an empty sentence sharing its start)
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if _THEN.match(text, line_start):
        # "Khi đó, 100% hồ sơ công việc ..." after "Phấn đấu đến năm 2030, ...": by then, the line before
        line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if index > 0 and _ACCORDINGLY.match(text, sentence.start):
        # "..., tỉnh đã đề ra mục tiêu đến năm 2025, ... . Theo đó, 90% hồ sơ công việc cấp tỉnh ...": the
        # targets the sentence before announces without figures.
        before = segments.sentences[index - 1]
        words = text[before.start : before.end]
        announced = _ANNOUNCED_TARGETS.search(words)
        horizon = announced and re.search(f"{_HORIZON}|{_ENGLISH_HORIZON}", words[announced.start() :], re.I)
        # the announced targets have a horizon after where the page stands ("... mục tiêu đến năm 2025")
        if (
            horizon
            and (now is None or _still_ahead(int(horizon.group(1) or horizon.group(2)), now, words))
            and not _A_FIGURE.search(words)
        ):
            return True
        # targets aimed at for a year the page cannot report yet (_year_done): "In 2026, the city must ... to reach
        # its key goals ..." on a page of March 2026
        # (not told in the past: "Năm 2024, tỉnh đã tập trung ... để hoàn thành các chỉ tiêu", "the province worked
        # hard to achieve its goals", a review of what was done)
        aimed = not _TOLD_AS_DONE.search(words) and _AIMS_AT_TARGETS.search(words)
        aimed_year = aimed and re.search(rf"(?<!\w)năm\s+((?:19|20)\d\d)\b|{_ENGLISH_HORIZON}", words, re.I)
        if (
            aimed_year
            and now is not None
            and int(aimed_year.group(1) or aimed_year.group(2)) > _year_done(now).year
            and not _A_FIGURE.search(words)
        ):
            return True
        if (
            _ISSUES_A_PLAN.search(words)
            and segments.paragraph(before.start) == segments.paragraph(sentence.start)
            and not _A_FIGURE.search(words)
            and not language.achievement_markers.search(text, sentence.start, sentence.end)
            # no time, result or comparison of its own: "Theo đó, tỷ lệ ... năm 2023 đạt 65%, tăng 10% so với năm
            # 2022" reports what was done under it
            and not _OWN_RESULT_WORDS.search(text, sentence.start, sentence.end)
        ):
            # "UBND tỉnh ban hành Kế hoạch phát triển hạ tầng số. Theo đó, ..., 95% hộ gia đình có cáp quang": what
            # the plan just issued provides, nothing yet done
            return True
    # whether a sentence before that sets targets with their figures can govern this one (_may_list_a_target)
    listed = mention is not None and _may_list_a_target(text, sentence, mention, language)
    # a line of a list ("phấn đấu đến năm 2025 tỷ trọng kinh tế số chiếm 20% GRDP.\ndoanh nghiệp sử dụng hợp
    # đồng điện tử đạt trên 80%.\n..."): a percent that may be aimed at (_may_list_a_target), on a line of its
    # own, goes on with the line of targets that opens the list, back over items that are aimed percents too
    in_a_list = listed and _a_line_of_its_own(text, sentence)  # an aimed-at figure (round, or a floor) on its line
    # a sentence with a time of its own ("Năm 2023, ... đạt 82,4%") is not governed by a horizon alone
    timed = bool(_OWN_TIME.search(text[sentence.start : sentence.end]))
    for earlier_index in range(index - 1, -1, -1):
        earlier = segments.sentences[earlier_index]
        if earlier.start < earliest:
            return False
        traits = _section_traits(text, earlier, segments, language, now)
        if traits.opens_a_section:
            return True
        if traits.blank:
            continue  # the line break between two items
        if in_a_list and traits.a_line_of_its_own and traits.opens_a_line:
            return True
        # the items between are aims as well: each a percent on its own line, with no time and no words of a report
        in_a_list = in_a_list and traits.an_aimed_item
        if listed and traits.sets_targets and not traits.past_time:
            return True
        # a sentence between with a time of its own ends what a sentence setting targets governs
        listed = listed and not traits.own_time
        if earlier.start >= line_start and (traits.opens_a_line if not timed else traits.opens_a_line_alone):
            return True
        if traits.capitals:
            return False  # a heading of another section ("II. HẠ TẦNG SỐ") ends the section
        if traits.achieved:
            return False
    return False


@dataclass(frozen=True)
class _SectionTraits:
    """What ``_in_target_section`` asks of a sentence before the figure's, of the sentence alone."""

    opens_a_section: bool
    blank: bool
    a_line_of_its_own: bool
    opens_a_line: bool  # (by a horizon too)
    opens_a_line_alone: bool  # (not by a horizon alone)
    an_aimed_item: bool
    sets_targets: bool
    past_time: bool
    own_time: bool
    capitals: bool
    achieved: bool


def _section_traits(text: str, sentence, segments: Segments, language: Language, now: date | None) -> _SectionTraits:
    """The traits of one sentence, computed once per page (``Segments.memo``): the look back of
    ``_in_target_section`` passes over every sentence of a long paragraph, for every figure after it."""
    key = ("section traits", id(language), sentence.start, now)
    if key not in segments.memo:
        words = text[sentence.start : sentence.end]
        own_line = _a_line_of_its_own(text, sentence)
        own_time = bool(_OWN_TIME.search(words))
        segments.memo[key] = _SectionTraits(
            # (not measures as they stood on a day the page can report: "Một số chỉ tiêu ... (đến 30/9/2023):")
            opens_a_section=_opens_a_section_of_targets(words, language)
            and not _indicators_as_of_a_past_day(words, language, now, None)
            and not _heads_a_table_of_results(text, sentence),
            blank=not words.strip(),
            a_line_of_its_own=own_line,
            opens_a_line=_opens_a_line_of_targets(words, language, now),
            opens_a_line_alone=_opens_a_line_of_targets(words, language, now, by_horizon=False),
            an_aimed_item=own_line and bool(_A_PERCENT.search(words)) and not own_time and not _REPORTED.search(words),
            sets_targets=_sets_targets(words, language),
            past_time=bool(now and _past_time_of_its_own(words, now)),
            own_time=own_time,
            capitals=capital_line(words),
            achieved=bool(language.achievement_markers.search(_without_other_asides(words, -1))),
        )
    return segments.memo[key]


# a table's header of periods or results, no plan: "Chỉ tiêu | 9 tháng năm 2025 | Cùng kỳ năm 2024", "Chỉ tiêu | 2023 |
# 2024" ("chỉ tiêu" there is an indicator, not a target); not "Chỉ tiêu | Kế hoạch | Thực hiện"
_A_RESULTS_COLUMN = re.compile(r"(?<!\w)(?:(?:19|20)\d\d|thực hiện|kết quả|cùng kỳ|actual|result)(?!\w)", re.I)
_A_PLAN_COLUMN = re.compile(
    r"(?<!\w)(?:kế hoạch|mục tiêu|chỉ tiêu|kh|phấn đấu|dự kiến|plan|planned|target|goal)(?!\w)", re.I
)


def _heads_a_table_of_results(text: str, sentence) -> bool:
    """The line after the sentence's first line (blank lines between) is a table's header whose columns after the first
    name periods or results and none a plan: "Một số chỉ tiêu về kinh tế số:" over it lists indicators, not targets (a
    line ending with a colon runs on, as one sentence, into the table's rows under it)."""
    line_end = text.find("\n", sentence.start)
    if line_end < 0 or line_end > sentence.end:
        line_end = text.find("\n", sentence.end)
    while line_end >= 0:
        next_end = text.find("\n", line_end + 1)
        line = text[line_end + 1 : len(text) if next_end < 0 else next_end]
        if line.strip():
            columns = [cell.strip() for cell in line.split("|")][1:]
            return (
                len(columns) >= 1
                and any(_A_RESULTS_COLUMN.search(cell) for cell in columns)
                and not any(_A_PLAN_COLUMN.search(cell) for cell in columns)
            )
        line_end = next_end
    return False


# A bracket of a few words without one inside: an aside ("đạt 45 Mbps (tốc độ tải xuống theo i-Speed, hiện tại là
# 38,09 Mbps)").
_ASIDE = re.compile(r"\([^()\n]{1,160}\)")


def _without_other_asides(words: str, offset: int) -> str:
    """The words with their asides in brackets blanked, except the one holding ``offset``: where things stand
    now, said in an aside beside a target ("tốc độ ... đạt 100 Mbps (..., hiện tại là 92,65 Mbps)"), is no word of
    what the sentence reports as done; the figure inside the aside keeps its own words."""
    return _ASIDE.sub(lambda m: m.group(0) if m.start() <= offset < m.end() else " " * len(m.group(0)), words)


def _a_line_of_its_own(text: str, sentence) -> bool:
    """The sentence opens its line and ends it (an item of a list written one per line)."""
    opens = sentence.start == 0 or not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()
    closes = not text[sentence.end : (text.find("\n", sentence.end) + 1 or len(text) + 1) - 1].strip(" \t.;…")
    return opens and closes


# "Tỉnh đặt mục tiêu 100% thôn, bản được phủ sóng di động ...": a sentence that sets targets with their figures;
# the sentences after it, in its paragraph and the next few, go on listing targets ("Trong lĩnh vực chính quyền
# số, 100% văn bản ... được xử lý trên môi trường mạng"). Not "đặt mục tiêu" talked of without a figure.
# In English: "the city strives for 100% of ...", "striving to have 100% of ...", "the province aims to ...", "sets the
# target of ...", "Targets for 2025: ..." ("by 2025" after the aim is its horizon).
_HORIZON_AFTER_AIM = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:" + _HORIZON + "|" + _BY_A_YEAR + ")", re.I)
_SETS_TARGETS = re.compile(
    r"(?<!\w)(?:(?:đặt|đặt ra|đề ra)\s+(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)"
    r"|(?:strives?|striving)\s+(?:for|to)|aims?\s+(?:for|to|at)|aiming\s+(?:for|to|at)"
    r"|sets?\s+(?:out\s+)?(?:the\s+|a\s+)?(?:goals?|targets?|objectives?)|(?:targets?|goals?|objectives?)\s+(?:for|by|to)\s+(?:19|20)\d\d)"
    r"(?!\w)",
    re.I,
)


def _sets_targets(sentence: str, language: Language) -> bool:
    """With their figures, or with their horizon ("tỉnh đặt mục tiêu đến năm 2030, tiềm lực ... thuộc nhóm các địa
    phương ở mức khá": what the sentences after it say is for then)."""
    found = _SETS_TARGETS.search(sentence)
    return bool(
        found
        and (_A_FIGURE.search(sentence, found.end()) or _HORIZON_AFTER_AIM.match(sentence, found.end()))
        and not language.achievement_markers.search(sentence)
    )


_REPORTED = re.compile(
    r"(?<!\w)(?:theo\s+(?:báo cáo|số liệu|thống kê)|sau\s+\d+\s+(?:tháng|năm)|trong năm qua|cho biết|"
    r"toàn tỉnh có|tỉnh có|ước)(?!\w)",
    re.I,
)
# how near a figure came ("đạt gần 30%")
_NEARLY = frozenset({"gần", "xấp xỉ", "nearly", "almost"})
# A floor written before a figure aims at it ("tối thiểu 10%"); the English "at least" is as often a result ("In 2024,
# at least 62% of households used internet banking"), so English aims rest on their aim words
_AIM_QUALIFIER = re.compile(r"(?:tối thiểu|ít nhất|không dưới)\s*$", re.I)
_AT_LEAST_AFTER = re.compile(r"\s*trở\s+lên(?!\w)", re.I)  # "từ 60% trở lên"
# a figure of its own before a floor in its clause, not a level's digit nor a year ("có 45 xã đạt ... từ 80% trở lên":
# a count of those that reach the floor)
_A_COUNT_BEFORE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)(?:\d{2,}|\d[.,]\d)")
_FLOOR_AIMED = re.compile(r"(?<!\w)(?:tối thiểu|ít nhất|không dưới)\s*\d", re.I)  # a floor and its figure


_REQUIRED_AFTER_COMPARISON = re.compile(r"\bso với\s+(?:mức\s+)?$", re.I)
_REQUIREMENT_NOUN = re.compile(r"(?:yêu cầu|kế hoạch|mục tiêu|chỉ tiêu)(?!\w)", re.I)

# "Bảo đảm 100% trường học thu học phí không dùng tiền mặt", "Trước thực tế trên, nhằm đảm bảo 100% hồ sơ ... được
# giải quyết đúng hạn": a commitment on a figure, where it opens its sentence or item, or as a purpose that opens a
# clause ("..., bảo đảm 100% cơ quan được kết nối" after what was done is its result)
_ASSURED = re.compile(
    r"(?:(?:^|[\n;:.]|[-+•]\s)\s*(?:đồng thời,?\s+)?|(?:^|[\n;:.,])\s*(?:nhằm|để)\s+)(?:đảm bảo|bảo đảm)\s+(?:cho\s+)?"
    r"(?:(?:trên|hơn|tối thiểu|ít nhất)\s+)?$",
    re.I,
)
_A_PERCENT = re.compile(r"\d\s*%")
_CLAUSE_END = re.compile(r"[,;]")
_A_PURPOSE = re.compile(r"[\s\n;:.,]*(?:nhằm|để)", re.I)


def _a_floor_on_the_figure(text: str, clause, mention: Mention) -> bool:
    """A floor set on the figure itself ("tối thiểu 85%", "đạt từ 65% trở lên"), the first figure of its clause."""
    return bool(
        (_floored(text, clause.start, mention) or _AT_LEAST_AFTER.match(text, mention.end))
        and not _A_COUNT_BEFORE.search(text, clause.start, mention.value_start)
    )


def _floored(text: str, start: int, mention: Mention) -> bool:
    """A floor written right before the figure ("tối thiểu 10%"), not before ``start``."""
    return bool(_AIM_QUALIFIER.search(text, max(start, mention.value_start - 20), mention.value_start))


# a required minimum named as the subject: "the minimum proportion(s) of ...", "tỷ lệ tối thiểu ..." (not "at least",
# "tối thiểu" before a figure, which says no more than the figure's floor)
_A_REQUIRED_MINIMUM = re.compile(
    r"(?:^|[.;:]\s*|\b(?:the|a)\s+)minimum\s+(?:proportions?|rates?|shares?|percentages?|levels?|ratios?)\s+(?:of|for)\b"
    r"|(?<!\w)(?:tỷ lệ|tỉ lệ|mức)\s+tối thiểu\s+(?!(?:là|đạt|ở mức)\b)[^\W\d]",
    re.I,
)
# A directive and what it requires to be done or reached ("yêu cầu các sở, ngành ... hoàn thành 100% ...",
# "đề nghị các địa phương phải đạt tối thiểu 80% ...")
# (a verb with whom it addresses; not "sự chỉ đạo của", "Ban Chỉ đạo", "đáp ứng yêu cầu", "theo yêu cầu")
_DIRECTED = re.compile(
    r"(?<!\w)(?<!sự )(?<!ban )(?<!theo )(?<!thực hiện )(?<!đáp ứng )(?:yêu cầu|đề nghị|chỉ đạo)\s+"
    r"(?:các|những|toàn bộ|toàn thể|từng|mỗi|ubnd|ủy ban|uỷ ban|sở|cơ quan|đơn vị|địa phương|công an|cán bộ"
    r"|thủ trưởng|giám đốc|chủ tịch|lãnh đạo|người đứng đầu)(?!\w)"
    r"[^.;\d]{0,200}?(?<!\w)(?:phải\s+)?(?:hoàn thành|đạt|bảo đảm|đảm bảo)\s+(?:(?:tối thiểu|ít nhất|trên|từ)\s+)?$",
    re.I,
)


# What a province asks for or proposes, a number of what it asks to be given, built or allowed ("đề nghị Bộ TT&TT hỗ trợ
# 11.034 máy tính bảng", "đề xuất 13 vị trí lắp đặt trạm BTS", "asked the Ministry to allocate 11,034 tablets",
# "proposed the Ministry allow three providers to install 41 BTS stations"): what it aims to get, not what it has
# "phải" (must) before the figure, a few words on, in its clause: "phải kích hoạt 100%", "phải đạt từ 50% trở lên"; not
# what had to be done ("đã phải"), nor "không phải" (is not), nor a location ("bên phải")
_MUST_BEFORE = re.compile(
    r"(?<!\w)(?<!đã )(?<!không )(?<!chưa )(?<!bên )(?<!tay )(?<!phía )phải\s+(?:(?!đã\b|được\b)[^\W\d]+\s+){0,3}"
    r"(?:(?:tối thiểu|ít nhất|trên|từ|đạt)\s+)?$",
    re.I,
)
_AT_LEAST_BEFORE = re.compile(r"(?<!\w)(?:tối thiểu|ít nhất|không dưới)\s*$", re.I)
_REQUESTED = re.compile(
    # Vietnamese: the verb, not the noun ("hồ sơ đề nghị cấp", "phản ánh, kiến nghị", "đơn đề nghị"); "đề nghị" and
    # "kiến nghị" ask someone above to give or allow ("đề nghị Bộ TT&TT hỗ trợ"), "đề xuất" may name what it proposes
    r"(?<!hồ sơ )(?<!đơn )(?<!phiếu )(?<!văn bản )(?<!phản ánh, )(?<!phản ánh )(?<!ý kiến )(?<!\w)"
    r"(?:đề xuất(?:[^.;\d]{0,150}?(?<!\w)(?:hỗ trợ|bố trí|cấp|phân bổ|đầu tư|cho phép|lắp đặt|xây dựng|bổ sung|trang bị))?"
    r"|(?:đề nghị|kiến nghị)\s+(?:với\s+)?(?:bộ|trung ương|chính phủ|thủ tướng|cấp trên|ubnd|ủy ban|uỷ ban|tập đoàn|nhà mạng)"
    r"(?!\w)[^.;\d]{0,150}?(?<!\w)(?:hỗ trợ|bố trí|cấp|phân bổ|đầu tư|cho phép|lắp đặt|xây dựng|bổ sung|trang bị)"
    # English: the verb in the past or present ("proposed", "asked ... to allocate"), not the noun "requests"
    r"|(?:proposed|proposes|asked|asks|requested|recommended|petitioned)"
    r"(?:[^.;\d]{0,150}?(?<!\w)(?:to\s+|that\s+)?(?:allocate|install|build|support|provide|invest|fund|grant|approve|"
    r"allow|equip|add)(?:s|ed|ing)?(?!\w)(?:[^.;\d]{0,60}?(?<!\w)(?:to\s+)?(?:install|build|set up|deploy)(?!\w))?)?)"
    r"\s+(?:(?:about|over|nearly|more than|khoảng|hơn|trên|gần)\s+)?$",
    re.I,
)


def _aimed_at_least(text: str, sentence, clause, mention: Mention, language: Language, now: date | None) -> bool:
    """A floor set on a figure ("Kinh tế số chiếm tối thiểu 12% GRDP", "Triển khai ít nhất 8 nền tảng"), or a figure
    assured where it opens its sentence or item ("Bảo đảm 100% trường học ..."), is an aim, unless its sentence says
    what was done or names a time of its own."""
    words = text[sentence.start : sentence.end]
    line_start = text.rfind("\n", 0, clause.start) + 1
    assured = _ASSURED.search(text[line_start : mention.value_start])
    if assured and _A_PURPOSE.match(assured.group(0)):
        # "Nhằm đảm bảo 100% hồ sơ ... đúng hạn, Phó Chủ tịch UBND tỉnh đã có chỉ đạo ...": what was done for the aim
        # is said after it
        comma = _CLAUSE_END.search(text, mention.end, sentence.end)
        words = text[sentence.start : comma.start() if comma else sentence.end]
    return bool(
        (_floored(text, clause.start, mention) or assured)
        and not language.achievement_markers.search(words)
        and not _STOOD_WORDS.search(words)
        and not _OWN_TIME.search(words)
        and not (now is not None and _past_time_of_its_own(words, now))
    )


_ITEM_OPENED_BY_ITS_VALUE = re.compile(r",\s*$")


def _beside_a_floor(text: str, clause, mention: Mention, language: Language, now: date | None) -> bool:
    """An item that opens with its value after a floor in its clause ("Tốc độ truy cập đạt tối thiểu 150 Mbps cho
    hộ gia đình, 200 Mbps cho cơ quan, đơn vị"): aimed at beside it, as the floor is (not where things stood, nor a
    time of its own)."""
    lead = text[clause.start : mention.value_start]
    if not _ITEM_OPENED_BY_ITS_VALUE.search(lead):
        return False
    floor = _FLOOR_AIMED.search(lead)
    words = text[clause.start : clause.end]
    return bool(
        floor
        and not language.achievement_markers.search(words)
        and not _STOOD_WORDS.search(words)
        and not _OWN_TIME.search(words)
        and not (now is not None and _past_time_of_its_own(words, now))
    )


def _may_list_a_target(text: str, sentence, mention: Mention, language: Language) -> bool:
    """A figure that a sentence setting targets before it may list (_SETS_TARGETS): a percent aimed at
    ("tối thiểu 10%") or round (targets are: 80%, 100%; a result is often not: 62,35%), in a sentence with
    no time of its own and no words of a report ("Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%.",
    not "Sau 6 tháng triển khai, tỷ lệ hồ sơ trực tuyến đạt 55%" nor "Quý I/2024, ... đạt 62%")."""
    words = text[sentence.start : sentence.end]
    if mention.kind not in ("percent", "top_n") or _OWN_TIME.search(words) or _REPORTED.search(words):
        return False
    if mention.kind == "top_n":
        return not language.achievement_markers.search(words)  # "... thuộc nhóm 20 tỉnh dẫn đầu": a place aimed at
    aimed = _floored(text, sentence.start, mention)
    return bool(aimed) or (float(mention.value) % 5 == 0)


# "Để đạt được mục tiêu này, ...", "Để thực hiện các chỉ tiêu trên, ...": what the paragraph before set out were targets
_MEANS_TO_TARGETS = re.compile(
    r"\s*(?:để\s+)?(?:đạt được|đạt|thực hiện được|thực hiện|hoàn thành)\s+(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)"
    r"(?:\s+(?:này|trên|đó|nêu trên|đề ra))",
    re.I,
)


# "now" (not the lexicon's bare "hiện", which "thực hiện" holds too), or a past year (not a span "2024-2025")
_STOOD_WORDS = re.compile(r"\b(?:đến nay|tới nay|hiện nay|hiện tại|vừa qua)\b", re.I)
_LONE_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)?\d{2})(?![\d/])")


def _reports_where_things_stood(sentence: str, language: Language, now: date | None) -> bool:
    """The sentence says where things stood: "tính đến", "đến nay", or a year before the document's (not the
    year of a document it names: "Nghị quyết 05-NQ/TU năm 2022")."""
    if language.as_of_words.search(sentence) or _STOOD_WORDS.search(sentence):
        return True
    if now is None:
        return False
    return any(
        int(year.group(1)) < now.year and not _names_a_document(sentence[: year.start()], language)
        for year in _LONE_YEAR.finditer(sentence)
    )


def _names_a_document(before: str, language: Language) -> bool:
    """A document's name opens within the few words before ("Nghị quyết 05-NQ/TU năm")."""
    names = list(language.document_name_words.finditer(before))
    return bool(names) and not re.search(r"[,.;]", before[names[-1].end() :]) and len(before) - names[-1].end() <= 30


# "... xác định một số chỉ tiêu cơ bản về ...", "đề ra các mục tiêu sau": targets announced without their figures
# (not "xác định mục tiêu chuyển đổi số là nhiệm vụ trọng tâm", an aim)
_ANNOUNCES_TARGETS = re.compile(
    r"(?<!\w)(?:xác định|đặt ra|đề ra|đưa ra|giao)\s+(?:các|những|một số|nhiều|\d+)\s+(?:mục tiêu|chỉ tiêu)(?!\w)", re.I
)
_DETAIL_OPENING = re.compile(r"\W*(?:trong đó|cụ thể|theo đó)\b", re.I)


def _details_targets_just_set(text: str, sentence, segments: Segments, language: Language) -> bool:
    """The figure's sentence opens by detailing ("Trong đó, ...", "Cụ thể, ...") targets the sentence before it,
    in its paragraph, announced without figures ("... ban hành kế hoạch ..., xác định một số chỉ tiêu cơ bản về
    ...")."""
    if sentence.start == 0 or not _DETAIL_OPENING.match(text, sentence.start):
        return False
    before = segments.sentence(sentence.start - 1)
    if segments.paragraph(before.start) != segments.paragraph(sentence.start):
        return False
    words = text[before.start : before.end]
    return bool(
        _ANNOUNCES_TARGETS.search(words)
        and not _A_FIGURE.search(words)
        and not language.achievement_markers.search(words)
    )


_COMPARED_WITH_YEAR = re.compile(r"(?<!\w)so với\s+(?:cùng kỳ\s+)?năm\s+((?:19|20)\d\d)(?!\d)", re.I)


def _year_on_year(sentence: str, year: int) -> bool:
    """On a page without a date, "Đến năm 2023, ... đạt 21,5%, tăng 28% so với năm 2022": a figure set against the
    year just before its own reports that year's result, no aim for it."""
    return any(int(found.group(1)) == year - 1 for found in _COMPARED_WITH_YEAR.finditer(sentence))


def _means_to_its_targets_follow(text: str, sentence, segments: Segments, language: Language, now: date | None) -> bool:
    """The line after the figure's opens by saying how the targets just stated will be reached ("Để đạt các mục
    tiêu trên, ..."): the figure's sentence and those after it on its line state those targets, unless one of
    them reports results (an achievement word: the targets are then only the sentences after it)."""
    line_end = text.find("\n", sentence.end)
    if line_end < 0:
        return False
    following = text[sentence.end : line_end]
    if following.strip() and (
        language.achievement_markers.search(following) or _reports_where_things_stood(following, language, now)
    ):
        return False
    return bool(_MEANS_TO_TARGETS.match(text[line_end : line_end + 80].lstrip()))


# an aim or a floor said with a horizon of the page's own year ("Đến năm 2025, ... đạt tối thiểu 80%" in March 2025);
# without one, "By 2024, the province had ..." or "Đến năm 2024, ... đạt 62%, tăng 10% so với cùng kỳ" on a page of
# mid-2024 says where things stand
_AIMED_OR_A_FLOOR = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|tối thiểu|ít nhất|trở lên|sẽ|cần|phải|dự kiến|hướng tới|yêu cầu|"
    r"đề nghị|chỉ đạo|trước ngày|will|should|must|targets?|aims?|at least|or more|requires?|required)(?!\w)",
    re.I,
)


def _still_ahead(year: int, now: date, words: str) -> bool:
    """A horizon year not reached when the page was written: a later year; or the page's own year, when the words set
    an aim or a floor ("yêu cầu đến cuối năm 2025, ... đạt trên 40%" in October 2025)."""
    return year > now.year or (year == now.year and bool(_AIMED_OR_A_FLOOR.search(words)))


def _year_done(now: date) -> date:
    """Up to where a page can report a year's results: its year once October has come, else the year before (in
    a plan of June 2024, "năm 2024 đạt 60%" is still an aim)."""
    return now if now.month >= 10 else date(now.year - 1, 12, 31)


def _past_time_of_its_own(sentence: str, now: date) -> bool:
    """The sentence names a year of its own, not a horizon, up to ``now`` ("năm 2023 có 123 thuê bao/100 dân"
    in a list of aims of 2024): where things stood, not a target."""
    return any(
        int(year.group(1) or year.group(2)) <= now.year
        for year in re.finditer(
            rf"(?<!đến )(?<!tới )(?<!hết )(?<!cuối )năm\s+((?:19|20)\d\d)\b|{_ENGLISH_YEAR_OF_ITS_OWN}", sentence, re.I
        )
    )


def _opens_a_section_of_targets(sentence: str, language: Language) -> bool:
    found = _SECTION_OPENING.match(sentence)
    return (
        bool(found)
        and not language.achievement_markers.search(_TARGETS_SET.sub(" ", sentence[: found.end()]))
        # "Các chỉ tiêu chưa đạt như: ...": targets with their status, whose figures are results
        and not _TARGETS_WITH_THEIR_STATUS.search(sentence, 0, found.end())
    )


_TARGETS_WITH_THEIR_STATUS = re.compile(
    r"(?<!\w)(?:mục tiêu|chỉ tiêu)\s+(?:đều\s+)?(?:đã\s+|chưa\s+|không\s+)?(?:đạt|vượt|hoàn thành)(?!\w)", re.I
)


def _opens_a_line_of_targets(
    sentence: str, language: Language, now: date | None = None, by_horizon: bool = True
) -> bool:
    found = _LINE_OPENING.match(sentence)
    if found:
        return not language.achievement_markers.search(sentence[: found.end()])
    # "Đến năm 2030, 100% hồ sơ công việc ... sẽ được xử lý ...": a horizon that opens a sentence
    # of targets; or one after where the page stands, whatever the verb ("Đến năm 2030 xây dựng xong hạ
    # tầng số ... . Có 90% hộ gia đình ..."): what is to be done by then.
    horizon = _HORIZON_OPENING.match(sentence)
    return bool(
        horizon
        and (
            language.target_markers.search(sentence)
            or (by_horizon and (now is None or _still_ahead(int(horizon.group(1)), now, sentence)))
        )
        and not language.achievement_markers.search(sentence)
    )


def _deadline(tail: str, language: Language) -> bool:
    """A deadline after the figure: a deadline word that a time follows ("hoàn thành trước Quý
    II/2024", "trước ngày 31/12/2025"), not "năm trước đó" (the year before)."""
    return bool(re.search(r"\d{4}", tail)) and any(
        _TIME_NEXT.match(tail, m.end()) for m in language.deadline_words.finditer(tail)
    )


_TIME_NEXT = re.compile(r"\s*(?:(?:ngày|tháng|quý|năm|hết|cuối)\s+)*(?:\d|[IVX]+\b)", re.I)


_CONTINUED_TARGETS_BACK = 3  # the sentence before, or two more that go on listing its targets


# a rate of a share (not the lexicon's wider rate_heads: "chỉ số DTI ... đạt 0,5796 điểm" or "mức độ ..." opening a
# sentence after targets reports a result)
_A_RATE_OPENS = re.compile(r"(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|the (?:rate|share|proportion|percentage) of)(?!\w)", re.I)
_SMALL_WHOLE_SHARE = 10  # a whole share under this, set as a floor, is as round as a target's ("reaches over 1%")
_A_FLOOR_BEFORE = re.compile(r"(?<!\w)(?:over|more than|at least|trên|hơn|tối thiểu|ít nhất)\s*$", re.I)


def _continues_the_targets_before(
    text: str, sentence, mention: Mention, segments: Segments, language: Language, document_date: date | None = None
) -> bool:
    """ "Lạng Sơn phấn đấu phát triển kinh tế số chiếm 25% - 30% GRDP. Đặc biệt, vào năm 2030, tỷ lệ hộ gia đình ... là
    hơn 80%": a sentence that a connective opens, with no word of what was achieved, continues the targets an earlier
    sentence sets with their figures: the one before it, or one a few sentences back over sentences that go on
    listing figures, in its paragraph or the one before it."""
    opening = text[sentence.start : mention.value_start].lstrip(" \t\n;,-+•")
    words = text[sentence.start : sentence.end]
    # a share in prose (in no table row, with no words of a report), round as targets are (a result is often not: "Tỷ
    # lệ hồ sơ trực tuyến toàn tỉnh đạt 62%") or set as a floor
    in_prose = mention.kind == "percent" and "\t" not in words and not _REPORTED.search(words)
    round_as_a_target = float(mention.value) % 5 == 0 or _floored(text, sentence.start, mention)
    # (a whole share under ten set as a floor is as round: "The proportion of the workforce in the digital economy
    # reaches over 1%"; not "The share of 5G subscribers in the province is 3%")
    small_floor = (
        float(mention.value).is_integer()
        and mention.value < _SMALL_WHOLE_SHARE
        and _A_FLOOR_BEFORE.search(text, max(sentence.start, mention.value_start - 20), mention.value_start)
    )
    # or a rate named as the sentence's subject, right after the targets' sentence ("Kế hoạch nêu rõ, mục tiêu ... đạt
    # 100%. Tỷ lệ phổ cập 5G ... phấn đấu đạt 40%, .... Tỷ lệ người sử dụng ... smartphone giai đoạn 2021-2022 đạt 80%"),
    # not one of a year the dated page reports ("Tỉnh phấn đấu năm 2024 đạt 80%. Tỷ lệ ... năm 2024 đạt 85%" in 2025)
    rate_named = (
        in_prose
        and (round_as_a_target or small_floor)
        and _A_RATE_OPENS.match(opening) is not None
        and not (document_date is not None and _past_time_of_its_own(words, _year_done(document_date)))
    )
    # or a share that opens its sentence, an item of the list of targets the sentence before began ("Trong đó, đến năm
    # 2025, 100% TTHC ... mức độ 4. 100% người dân và doanh nghiệp sử dụng DVCTT được định danh ..."), with no time of
    # its own ("95% hồ sơ tiếp nhận trong 4 tháng đầu năm 2024 được giải quyết đúng hạn")
    opens_with_it = in_prose and round_as_a_target and opening == "" and not _OWN_TIME.search(words)
    # or a round share after the topic it opens with ("Về phát triển xã hội số, 50% doanh nghiệp ..."), as a plan's
    # paragraphs go on topic by topic; and the items after it, each after a semicolon ("...; 80% trưởng ấp ...")
    topic = _A_TOPIC_OPENS.match(opening)
    topic_opened = (
        in_prose
        and round_as_a_target
        and topic is not None
        and _ITEMS_THAT_OPEN_WITH_A_FIGURE.fullmatch(opening, topic.end())
        and not _OWN_TIME.search(words)
    )
    if not (language.continuation_words.match(opening) or rate_named or opens_with_it or topic_opened):
        return False
    if language.achievement_markers.search(text, sentence.start, sentence.end):
        return False
    # back over the sentences between that go on listing (no time of their own, no word of a report), and across
    # the paragraph break a connective opens its paragraph after ("... tối thiểu 20%. Năng suất lao động hằng năm
    # tăng tối thiểu 8%.\n\nĐặc biệt, tỷ lệ hộ gia đình ... trên 80%.")
    index = segments.sentences.index(sentence)
    last_before = len(text[: sentence.start].rstrip()) - 1
    paragraphs = {segments.paragraph(sentence.start), segments.paragraph(max(0, last_before))}
    for before in reversed(segments.sentences[max(0, index - _CONTINUED_TARGETS_BACK) : index]):
        if segments.paragraph(before.start) not in paragraphs:
            return False
        words = text[before.start : before.end]
        if not words.strip():
            continue
        if (
            (
                _target_lead(words, language)
                or _a_horizon_to_come_leads(words, language, document_date)
                or _a_period_to_come_opens(words, document_date)
            )
            and _A_FIGURE.search(words)
            # (a share opening its sentence goes on only with a sentence that sets targets and reports nothing: not
            # "Năm 2023, tỉnh đã hoàn thành 15/18 chỉ tiêu ..., còn 3 chỉ tiêu cần tiếp tục phấn đấu.")
            and not (opens_with_it and language.achievement_markers.search(words))
        ):
            return True
        if rate_named or opens_with_it:
            return False  # (only right after the targets' sentence)
        if language.achievement_markers.search(words) or _OWN_TIME.search(words) or not _A_FIGURE.search(words):
            return False
    return False


def _goals_reached(header: str, language: Language) -> bool:
    """A header that says goals were reached ("Cán đích mục tiêu ... như tỷ lệ:", "huyện đã hoàn thành các chỉ tiêu,
    trong đó:"), not an aim to reach them ("Để đạt được các mục tiêu đề ra, ...:")."""
    # (the goals reached by a word of reaching them, "Cán đích mục tiêu", "đã hoàn thành các chỉ tiêu"; not "đã" alone,
    # "đã thống nhất các chỉ tiêu năm 2024:")
    reaching = _REACHING_GOALS.search(header)
    return (
        reaching is not None
        and language.achievement_markers.search(header) is not None
        and not _AN_AIM_TO_REACH.search(header)
        # (nor goals not reached, or whose reaching is ordered: "đã không hoàn thành một số chỉ tiêu như:", "đã chỉ
        # đạo hoàn thành các chỉ tiêu sau:")
        and not _NOT_OR_ORDERED.search(header)
        # (nor a header that sets new targets after the results it builds on: "Cán đích sớm các mục tiêu năm 2023,
        # tỉnh tiếp tục đặt mục tiêu năm 2024 như:")
        and not _SETS_TARGETS.search(header, reaching.end())
    )


# a word of reaching goals right before them: "cán đích (sớm) (các) mục tiêu", "đã hoàn thành (vượt mức) các chỉ tiêu",
# "đạt và vượt các chỉ tiêu" (not "hoàn thành việc xây dựng kế hoạch với các mục tiêu", "hoàn thành việc giao chỉ tiêu")
_REACHING_GOALS = re.compile(
    # (not an aim to reach them: "phấn đấu đạt các chỉ tiêu:", "nhằm hoàn thành các mục tiêu")
    r"(?<!\w)(?<!phấn đấu )(?<!sẽ )(?<!cần )(?<!phải )(?<!nhằm )(?<!để )(?<!to )(?<!will )"
    r"(?:cán đích|hoàn thành|đạt|vượt|reached|achieved|met|completed|exceeded)(?:\s+(?:sớm|vượt mức|và vượt|"
    r"xuất sắc|toàn bộ|tất cả|hầu hết|cơ bản|nhiều|các|những|một số|all|most|its|the|many))*\s+"
    r"(?:mục tiêu|chỉ tiêu|targets?|goals?)(?!\w)",
    re.I,
)
# ... then a clause of its own that sets new ones (", tỉnh tiếp tục đặt mục tiêu năm 2024 như:"; not the goals' own "đề
# ra" in "hoàn thành các chỉ tiêu đề ra")
_SETS_TARGETS = re.compile(
    r"[,;]\s*(?:[^,;:]{0,40}?\s)?(?:đặt ra|đề ra|đặt mục tiêu|phấn đấu|xác định|hướng tới|tiếp tục đặt|sets?|aims?)(?!\w)",
    re.I,
)


_NOT_OR_ORDERED = re.compile(r"(?<!\w)(?:không|chưa|chỉ đạo|yêu cầu|đề nghị|not|yet to)(?!\w)", re.I)


_AN_AIM_TO_REACH = re.compile(r"(?<!\w)(?:để|nhằm|in order to|to)\s", re.I)
_A_TOPIC_OPENS = re.compile(r"(?:về|đối với|riêng|trong lĩnh vực)\s+[^,\d;:()]{3,60}[,:]\s*", re.I)
_ITEMS_THAT_OPEN_WITH_A_FIGURE = re.compile(r"(?:\d[^;.]*;\s*)*")
_A_PERIOD_OPENS = re.compile(
    r"\W*(?:[^,.;:\d]{0,20},\s*)?(?:trong\s+)?(?:giai đoạn|thời kỳ)\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d", re.I
)


def _a_period_to_come_opens(words: str, document_date: date | None) -> bool:
    """The sentence opens (after a connective: "Theo đó, giai đoạn 2026-2030, ...") with a span that starts after the
    page's date: it sets targets."""
    found = _A_PERIOD_OPENS.match(words)
    return found is not None and document_date is not None and int(found.group(1)) > document_date.year


def _a_horizon_to_come_leads(words: str, language: Language, document_date: date | None) -> bool:
    """The sentence opens (after a connective: "Trong đó, đến năm 2025, ...") with a horizon after the page's date, or
    any on a page without one, and says nothing was achieved: it sets targets."""
    horizon = _LEADING_HORIZON.search(words[:40])
    if horizon is None or language.achievement_markers.search(words):
        return False
    year = int(horizon.group(1) or horizon.group(2))
    return document_date is None or year > document_date.year


def _after_connective(clause: str, language: Language) -> str:
    """The clause without a connective that opens it ("Đồng thời, 80% người dân ..." continues the
    list before it as "80% người dân ..." would)."""
    opening = clause.lstrip(" \t\n;,-+•")
    connective = language.continuation_words.match(opening)
    return opening[connective.end() :].lstrip(" ,:") if connective else clause


def plan_column(text: str, mention: Mention, segments: Segments) -> bool:
    """The value is the first of the two value cells of a table row (plan, then result)."""
    return _table_cell(text, mention, segments) == (0, 2)


# "Nếu xét chỉ số trước khi sáp nhập, thứ hạng sẽ thay đổi ...": what another reading of the same figures gives, not
# an aim ("sẽ" after it is no target word).
_A_READING_OF_THE_FIGURES = re.compile(r"(?<!\w)nếu\s+(?:xét|tính|so sánh)(?!\w)", re.I)


# "... đã tích cực ứng dụng CNTT, phát triển chính quyền điện tử hướng tới xây dựng chính quyền số, với tỷ lệ văn bản ký
# số đạt trên 90%": what was done aims at something in words; the figure after ", với" is where it stands
_AIM_IN_WORDS_THEN_WITH = re.compile(r"\s+[^\W\d][^\d;:]*,\s*với\s", re.I)
_AIMED_IN_WORDS = re.compile(r"hướng tới|hướng đến", re.I)


def _target_lead(lead: str, language: Language) -> bool:
    """A target word in ``lead`` with no achievement word after it (none in the brackets of earlier figures)."""
    lead = _without_figures_brackets(lead)
    markers = [
        m
        for m in language.target_markers.finditer(lead)
        if not (language.target_nouns_counted.fullmatch(m.group(0)) and _counted(lead, m, language))
        and not (m.group(0).lower() == "sẽ" and _A_READING_OF_THE_FIGURES.search(lead, 0, m.start()))
        and not (
            _AIMED_IN_WORDS.fullmatch(m.group(0))
            and language.achievement_markers.search(lead, 0, m.start())
            and _AIM_IN_WORDS_THEN_WITH.match(lead, m.end())
        )
    ]
    colon = lead.rfind(":")
    if markers and markers[-1].end() <= colon and _goals_reached(lead[:colon], language):
        return False  # "Cán đích mục tiêu ... với nhiều chỉ tiêu đáng khích lệ, như tỷ lệ: ...": goals reached, listed
    # (searched from the marker's end, not in a slice: an achievement word's look-behind sees the modal before it,
    # "should have reached")
    return bool(markers) and not language.achievement_markers.search(lead, markers[-1].end())


# goals not reached, the verb before them: "đã không hoàn thành một số chỉ tiêu như:", "chưa đạt được 3 mục tiêu sau:"
# (not what cannot be reached yet, an aim: "chưa thể hoàn thành mục tiêu")
_GOALS_MISSED = re.compile(
    r"(?<!\w)(?:không|chưa)\s+(?:hoàn thành|đạt)(?:\s+được)?\s+(?:(?:một số|các|những|nhiều|\d+)\s+)?"
    r"(?:mục tiêu|chỉ tiêu)(?!\w)",
    re.I,
)


# a plan's level, then the result beside it: "kế hoạch 80%, thực hiện 72,5%", "chỉ tiêu 100%, đạt 91,3%", "KH: 45%; TH:
# 51,6%", "target 80%, actual 72.5%"
_A_RESULT_AFTER_ITS_PLAN = re.compile(
    r"(?<!\w)(?:kế hoạch|chỉ tiêu|mục tiêu|KH|plan|planned|target)(?:\s+(?:cả\s+)?năm)?(?:\s+(?:19|20)\d\d)?\s*:?\s*"
    r"(?:là\s+)?"
    r"[\d.,]+\s*(?:%|điểm|points?|percent|[^\W\d]+(?:\s+[^\W\d]+)?)?\s*[,;]\s*(?:còn\s+)?"
    r"(?:thực hiện|kết quả|TH|ước thực hiện|ước đạt|đạt|actual|achieved|result|reached)(?:\s+(?:đạt|được))?"
    r"(?:\s+(?:năm\s+(?:19|20)\d\d|\d+\s+tháng(?:\s+đầu\s+năm)?|cả\s+năm))?\s*:?\s*(?:được\s+)?"
    r"(?:khoảng|gần|hơn|trên|xấp xỉ|about|nearly|over)?\s*$",
    re.I,
)


_A_LATER_HORIZON_AFTER = re.compile(
    r"\s*(?:vào|đến|tới|trước|by|in)\s+(?:(?:cuối|hết)\s+)?(?:năm\s+)?(?:19|20)\d\d", re.I
)


# a value under a column of results, as a table's row is written out ("Tỷ lệ hồ sơ nộp trực tuyến: Thực hiện: 72,17%.",
# "...: Thực hiện 9 tháng: 74,3%.", "...: Kết quả năm 2023: 76,4%.")
_A_RESULTS_CELL = re.compile(
    r"(?:^|:)\s*(?:thực hiện|kết quả thực hiện|kết quả|ước thực hiện|ước TH|TH|actual|result|achieved)"
    r"(?:\s+(?:năm\s+)?(?:19|20)\d\d|\s+\d+\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:19|20)\d\d)?|\s+cả\s+năm)?\s*:\s*$",
    re.I | re.M,
)


def _without_figures_brackets(lead: str) -> str:
    """A lead without the brackets of earlier figures, and without the rest of one the clause opens in ("đạt 71,6% (chỉ
    tiêu 80%), trong đó hồ sơ trực tuyến toàn trình đạt 46,2%": the target in brackets is the 71,6%'s, no target word of
    the parts after it)."""
    closing = lead.find(")")
    if closing >= 0 and "(" not in lead[:closing] and re.search(r"\d", lead[:closing]):
        lead = lead[closing + 1 :]
    return re.sub(r"\([^()]*\d[^()]*\)", " ", lead)


def _where_a_missed_goal_stands(header: str, item: str) -> bool:
    """A header of goals missed and an item that names a rate and where it stands ("chưa hoàn thành các chỉ tiêu sau:
    tỷ lệ hồ sơ trực tuyến đạt"): the item's figure is a result."""
    return _GOALS_MISSED.search(header) is not None and _A_RATE_STANDS_AT.match(item) is not None


# an item that names a rate and where it stands, right before the figure ("tỷ lệ hồ sơ trực tuyến đạt", "the rate of
# ... reached")
_A_RATE_STANDS_AT = re.compile(
    r"[\s\-+•]*(?:t[ỷỉ] lệ|the\s+(?:rate|share|proportion)\s+of)(?!\w)[^;:\d]*?(?<!\w)(?:chỉ\s+|mới\s+)?"
    r"(?:đạt|là|reached|stood at)(?:\s+(?:khoảng|gần|hơn|trên|mức|about|nearly|over))*\s*$",
    re.I,
)


# "đã hoàn thành một số mục tiêu ... như:", "vừa cơ bản hoàn thành các chỉ tiêu sau:": targets the province completed
# (not one that did not, "đã không hoàn thành", nor completion ordered or registered: "đã chỉ đạo hoàn thành")
_COMPLETED_LISTED = re.compile(
    r"(?<!\w)(?:đã|vừa)\s+(?:cơ bản\s+)?hoàn thành\s+(?:một số|các|nhiều|những|toàn bộ|tất cả|hầu hết(?:\s+các)?)\s*$",
    re.I,
)


# the source a target exceeded was set by, named with its document number and closed by the verb that set it
# ("vượt chỉ tiêu Nghị quyết số 05-NQ/TU của Tỉnh ủy đề ra 50%"), or by the verb then the source ("vượt chỉ tiêu
# đề ra tại Nghị quyết của Tỉnh ủy 75%"), with no word opening the result's own clause
_SOURCE_WORD = (
    r"\s+(?!(?:khi|với|có|tới|nhờ|cấp|đạt|lên|bằng|và|nhưng|song|do|vì|trong|tại|là)(?!\w))"
    r"(?:[^\W\d]+|(?<=số )\d+(?:[/-][^\W_]+)*|\d+[/-][^\W_]+(?:[/-][^\W_]+)*|(?<=năm )(?:19|20)\d\d(?!\d))"
)
_SETTING_VERB = r"\s+(?:đã\s+)?(?:đề ra|đặt ra|giao|quy định|xác định)"
TARGET_SET_BY_ITS_SOURCE = (
    # ("do Tỉnh ủy đề ra": "do" naming who set it, right after the target's word)
    rf"(?:(?:\s+do)?(?:{_SOURCE_WORD}){{1,14}}?{_SETTING_VERB}(?:\s+(?:là|ở mức))?"
    rf"|{_SETTING_VERB}\s+(?:tại|theo|trong)(?:{_SOURCE_WORD}){{1,14}}?(?:\s+(?:là|ở mức))?)"
)
_THE_TARGETS_SOURCE_THEN_ITS_LEVEL = re.compile(rf"{TARGET_SET_BY_ITS_SOURCE}\s*", re.I)


def _counted(lead: str, marker: re.Match, language: Language) -> bool:
    """'7/14 chỉ tiêu', 'vượt chỉ tiêu', '24/26 chỉ tiêu theo Nghị quyết', 'đạt 100% mục tiêu', 'đã hoàn thành
    chỉ tiêu cấp 420.000 tài khoản' (not the task 'thực hiện hoàn thành chỉ tiêu 25 dịch vụ'): the
    target word is counted, exceeded or attained, not announced."""
    before = lead[max(0, marker.start() - 12) : marker.start()]
    if re.search(
        # ("đã hoàn thành 100% chỉ tiêu cấp Căn cước ... (754.277 hồ sơ)": the share of it completed too)
        # (or the first, the Nth province to complete it: "là tỉnh thứ 2 cả nước hoàn thành chỉ tiêu cấp 100% thẻ")
        r"(?<!\w)(?:(?:đã|vừa)\s+(?:[^\W\d]+\s+){0,2}?|(?:thứ\s+\w+|đầu tiên)(?:\s+(?:của\s+)?(?:cả nước|toàn quốc))?"
        r"\s+(?:đã\s+)?)hoàn thành(?:\s+\d+(?:[.,]\d+)?\s*%)?\s*$",
        lead[max(0, marker.start() - 48) : marker.start()],
        re.I,
    ) and not re.search(r"^(?:[^\d;]{0,30}?(?:là|:|ở mức|bằng))?\s*$", lead[marker.end() :], re.I):
        return True  # words of its own between: "hoàn thành chỉ tiêu 80%" names the target's level, not a result
    if _COMPLETED_LISTED.search(lead[max(0, marker.start() - 48) : marker.start()]) and re.search(
        r"^[^\d;:]{0,30}?(?<!\w)(?:như|sau|trong đó|cụ thể)\s*(?::|$)", lead[marker.end() :], re.I
    ):
        # "đã hoàn thành một số mục tiêu quan trọng như: 100% ...", "đã hoàn thành các chỉ tiêu ..., trong đó: ...": the
        # targets completed, listed
        return True
    if re.search(r"(?:vượt|so với)\s*$", before, re.I) and re.search(
        # words, and years, of its own between: "(vượt mục tiêu theo kế hoạch của tỉnh cuối năm 2022 là 85%)"
        # (not past a comparison: "vượt mục tiêu đề ra năm 2021 và cao hơn năm 2022 là 80%" is 2022's level)
        r"^(?:(?!cao hơn|thấp hơn|so với|hơn năm)[^\d;]|(?<!\d)(?:19|20)\d\d(?!\d)){0,120}?"
        r"(?:là|:|ở mức|bằng|tối thiểu|ít nhất)\s*$",
        lead[marker.end() :],
        re.I,
    ):
        return False  # "(vượt chỉ tiêu toàn quốc là 60%)", "vượt mục tiêu tối thiểu 85%": the target's value
    if re.search(r"vượt\s*$", before, re.I) and re.fullmatch(
        # (words that qualify the target, not those opening the result's own clause: "vượt chỉ tiêu đề ra khi có tới
        # 95% ...", "... với 86,4% hồ sơ", "... khi cấp 650.000 tài khoản")
        r"(?:\s+(?!(?:khi|với|có|tới|nhờ|cấp|đạt|lên|bằng|và|nhưng|song|do|vì|trong|tại|là)(?!\w))[^\W\d]+){1,6}\s*",
        lead[marker.end() :],
        re.I,
    ):
        # "đạt 85,3%, vượt chỉ tiêu đề ra 80%", "vượt chỉ tiêu Nghị quyết 45%": words alone, then the target's value
        # (an excess, less than half the result, "đạt 92,5%, vượt chỉ tiêu tỉnh giao 37,5%", is a gap set aside before)
        return False
    if re.search(r"vượt\s*$", before, re.I) and _THE_TARGETS_SOURCE_THEN_ITS_LEVEL.fullmatch(lead[marker.end() :]):
        # "vượt chỉ tiêu Nghị quyết số 05-NQ/TU của Tỉnh ủy đề ra 50%": the document that set it, by its number,
        # then the verb setting it, then the target's value (an excess, less than half the result, is a gap set aside
        # before: ``unclaimed_figures.a_gap_read_as_a_level``)
        return False
    if re.search(r"so với\s*$", before, re.I) and not lead[marker.end() :].strip():
        return False  # "mới đạt 13,8% so với mục tiêu 60%": the target's value
    return bool(re.search(r"(?:\d\s*%?\s*|vượt\s*|so với\s*)$", before, re.I))


def _table_cell(text: str, mention: Mention, segments: Segments) -> tuple[int, int] | None:
    """(index, count) of a value written alone on its line among the value lines of its row."""
    label = segments.row_label(mention.value_start)
    if label is None:
        return None
    following = text[label.end :].split("\n")
    cells, cursor = [], label.end
    for line in following[1:]:
        cursor_line_start = text.find(line, cursor) if line else cursor + 1
        if line.strip() == "" or line.strip().startswith("("):
            cursor = cursor_line_start + len(line)
            continue
        if not _VALUE_LINE.match(line):
            break
        cells.append(cursor_line_start)
        cursor = cursor_line_start + len(line)
    for index, start in enumerate(cells):
        line_end = text.find("\n", start)
        if start <= mention.value_start < (len(text) if line_end < 0 else line_end):
            return index, len(cells)
    return None
