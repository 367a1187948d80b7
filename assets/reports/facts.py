"""One linked figure made a fact: its period, target flag, place, value, quote and confidence (or an
unclaimed mention, when it is not a province's)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from assets.reports.comparison_bases import comparison_base, own_comparison_year
from assets.reports.dating import Dated, DatingContext, choose_period
from assets.reports.document_readings import (
    before_the_titles_horizon,
    results_go_on,
    under_review_heading,
    under_target_heading,
)
from assets.reports.editions import ANNUAL_INDEX_CODES, index_of, is_annual_index
from assets.reports.extraction import OUTSIDE_CATALOG, ExtractedFact, Extraction, Grammar, ReportDocument
from assets.reports.linking import Link, converted_value
from assets.reports.members import MEMBER, a_members_part, members_of_the_group, own_start
from assets.reports.mentions import Mention
from assets.reports.places import LOCAL, MINISTRY, NATION, OTHERS, REGION, UNIT, Places
from assets.reports.quotes import quote_span, unclaimed
from assets.reports.segments import Segments
from assets.reports.targets import is_target, opens_with_relative_horizon, plan_column
from assets.reports.uncatalogued import MULTI_EDITION_CHANGE, OPEN_CONCEPTS, concept_phrase
from assets.reports.unclaimed_figures import GAP_SHARE, changed_figure

# the words that say which side of what it is compared with a figure lies ("cao hơn 0,105 so với mức bình quân", "thấp
# hơn mức bình quân cấp tỉnh 0,0158 điểm", "0.02 points lower than the national average")
_GAP_SIDE = re.compile(r"(?<!\w)(?:(?P<above>cao hơn|higher|above)|(?P<below>thấp hơn|kém|lower|below))(?!\w)", re.I)


def _a_gap_below(text: str, clause, mention: Mention) -> bool:
    """The gap is below what it is compared with: the side word nearest before the figure in its clause, else right
    after it."""
    before = list(_GAP_SIDE.finditer(text, clause.start, mention.value_start))
    if before:
        return before[-1].group("below") is not None
    after = _GAP_SIDE.search(text, mention.end, min(clause.end, mention.end + 24))
    return after is not None and after.group("below") is not None


def _grouping(code: str, mention: Mention, period_end: date, merger_day: date) -> int:
    if code.startswith("dti_") and mention.denominator in (63.0, 34.0):
        return int(mention.denominator)
    return 63 if period_end < merger_day else 34


def _owner_of_the_level_changed(result: Extraction, text: str, mention: Mention, mentions: list[Mention]) -> str | None:
    """ "chỉ số DTI quốc gia năm 2024 đạt 0,7955, tăng 8,6% so với năm 2023": a change joined right after a level
    is of the level's place; None when no such level was found."""
    changed = changed_figure(text, mentions, mention)
    if changed is None:
        return None
    level = next((f for f in result.facts + result.undated if f.value_start == changed.value_start), None)
    return level.province_code if level is not None else None


# A bracket right after a figure that gives the same measure at another time: "đạt 42% (cuối năm 2023: 17%)", "reached
# 42% (17% at the end of 2023)", "(năm 2023 là 17%)"
_EARLIER_TIME_IN_BRACKET_BEFORE = re.compile(
    r"\s*\(\s*(?:(?:(?:vào\s+)?(?:cuối\s+)?năm|at\s+the\s+end\s+of|end\s+of|in|cùng kỳ(?:\s+năm)?)\s+(?:19|20)\d\d"
    r"\s*(?:là|:|was|đạt)?\s*|(?:19|20)\d\d\s*(?::|là|was)\s*)?",
    re.I,
)
_EARLIER_TIME_IN_BRACKET_AFTER = re.compile(
    r"\s*(?:(?:(?:vào\s+)?(?:cuối\s+)?năm|at\s+the\s+end\s+of|by\s+the\s+end\s+of|end\s+of|in|cùng kỳ(?:\s+năm)?)"
    r"\s+(?:19|20)\d\d\s*)?\)",
    re.I,
)


def _owner_of_the_figure_its_bracket_follows(
    result: Extraction, text: str, mention: Mention, mentions: list[Mention]
) -> str | None:
    """A figure in a bracket right after a figure of its kind, with at most a year in the bracket ("reached 42% (17% at
    the end of 2023)"): the same measure at another time, of the place of the figure it follows; None when there is no
    such figure, or none was found."""
    before = [m for m in mentions if m.end <= mention.value_start and m.kind == mention.kind]
    if not before:
        return None
    followed = before[-1]
    if not (
        _EARLIER_TIME_IN_BRACKET_BEFORE.fullmatch(text, followed.end, mention.value_start)
        and "(" in text[followed.end : mention.value_start]
        and _EARLIER_TIME_IN_BRACKET_AFTER.match(text, mention.end)
        and re.search(r"(?:19|20)\d\d", text[followed.end : text.find(")", mention.end) + 1])
    ):
        return None
    level = next((f for f in result.facts + result.undated if f.value_start == followed.value_start), None)
    return level.province_code if level is not None else None


# A clause that goes on with the subject before it ("E-commerce in Vietnam reached 3 billion USD in 2015, with average
# annual growth of 25 percent", "cả nước đạt 45%, với hơn 10 triệu hồ sơ"), naming no holder of its own ("..., with the
# province at 62%")
_GOES_ON_WITH = re.compile(
    r"(?:,\s*|\s)(?:with|với)\s(?![^,;:()]*(?<!\w)(?:tỉnh|thành phố|province|city)(?!\w))[^,;:()]*\Z", re.I
)


# (not "hơn"/"than" as the qualifier of the figure itself: "Cả nước hiện có hơn 80.000 tổ", "more than 80,000 teams")
_COMPARED = re.compile(r"(?<!\w)(?:hơn|so với|kém|than|compared)(?!\w)(?!\s*$)", re.I)


def _the_nation_it_goes_on_with(result: Extraction, text: str, mention: Mention, segments: Segments) -> str | None:
    """NATION for a figure in a part of its sentence that goes on with "với"/"with" (``_GOES_ON_WITH``) right after a
    figure of the nation's: the nation's too. None otherwise (the places decide)."""
    sentence = segments.sentence(mention.value_start)
    if not _GOES_ON_WITH.search(text, sentence.start, mention.value_start):
        return None
    before = sorted(
        (
            f
            for f in result.facts + result.undated + result.uncatalogued
            if sentence.start <= f.value_start < mention.value_start
        ),
        key=lambda f: f.value_start,
    )
    if not before or before[-1].province_code != NATION:
        return None
    compared = segments.clause(before[-1].value_start)
    if _COMPARED.search(text, compared.start, before[-1].value_start):
        return None  # "tỉnh đạt 62%, cao hơn cả nước 45%, với ...": the level compared with is no subject going on
    return NATION


def add_fact(
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
    annual = is_annual_index(concept.code, grammar)
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
            (
                target_document
                and not results_go_on(doc, text, segments, language, mention)
                and not under_review_heading(dating.headings, mention.value_start)
            )
            or under_target_heading(dating.headings, mention.value_start)
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
            title_for_targets_only=plan_document or target_document,
            target=target,
            edition=editions.get(index_of(concept.code)) if annual else None,
            named_edition=(dating.named_editions or {}).get(index_of(concept.code)) if annual else None,
            counted_targets=bool(language.target_nouns_counted.match(mention.noun or "")),
            # the DTI's editions come out the year after the year they assess (an EBI report is named by the
            # year it comes out)
            assessed_the_year_before=annual and not ANNUAL_INDEX_CODES.match(concept.code),
        )

    dated = period(preliminary)
    # (only when nothing dates it: on a dated page the figure stays as of the page's date, which a period carried
    # from a figure whose own year is a comparison's or a ranking's would be worse than)
    if carried is not None and dated is None:
        # "..., trong năm 2024, Hà Nam đã xử lý trực tuyến toàn trình 68,54% ... Đà Nẵng (58,89%), Hà Giang (55,76%)
        # ... là những địa phương xếp sau": the period of the figure it continues
        dated = carried
    if preliminary and target_document and before_the_titles_horizon(dated, dating):
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
    base = comparison_base(text, mention, phrases)
    if base is not None and base.year:
        dated = Dated(date(base.year, 1, 1), date(base.year, 12, 31), "sentence", base)
    since = own_comparison_year(mention, phrases, mentions, segments)
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
    if not target and _the_level_of_a_target_met(text, segments, language, mention, mentions):
        # "đạt 76,4%, vượt chỉ tiêu 65%": the level of the target the result before went past (an excess, less than
        # half of it, "vượt chỉ tiêu 1,2%", gives the target's level below, and is no figure of its own)
        target = True
    if target and mention.previous and dated is not None and now is not None and dated.end <= now:
        # "phấn đấu kinh tế số chiếm 10% GRDP, tăng từ mức 7,8% năm 2024", "aims for 10% in 2025, up from 7.8% in 2024":
        # the level a target rises from, where things stood, not an aim
        target = False
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
    if concept.code.endswith("_diff_vs_average") and _a_gap_below(text, segments.clause(mention.value_start), mention):
        value = -abs(value)  # "thấp hơn mức bình quân cấp tỉnh 0,0158 điểm": the province's score minus the average
    place = (
        NATION
        if concept.national
        else _owner_of_the_level_changed(result, text, mention, mentions)
        or _owner_of_the_figure_its_bracket_follows(result, text, mention, mentions)
        or _the_nation_it_goes_on_with(result, text, mention, segments)
        or places.owner(mention, own_start(text, mention, mentions, language, segments), doc.province_code)
    )
    if place == NATION and concept.code.endswith("_diff_vs_average"):
        # "điểm DTI của tỉnh đạt 0,6012, cao hơn trung bình cả nước 0,0412 điểm": the gap of the score's holder (or the
        # page's province) to the nation's average, not a figure of the nation's
        # (the holder of the figure before it in its sentence, as the level whose gap it is: not a venue or a province
        # compared with, "Tại Hà Nội, ...", "xếp sau Nam Định")
        sentence = segments.sentence(mention.value_start)
        before = [f for f in result.facts + result.undated if sentence.start <= f.value_start < mention.value_start]
        place = before[-1].province_code if before else doc.province_code
    if place == NATION and concept.national_as:
        # "đạt 0,6123 (trung bình cả nước: 0,5900)": the nation has no score of its own, the provinces' average
        concept = next(c for c in grammar.concepts if c.code == concept.national_as)
    elif place == NATION and concept.kind in ("rank", "rank_change") and not concept.open:
        # "Việt Nam tăng 15 bậc trong bảng xếp hạng Chính phủ điện tử của Liên hợp quốc": the country's place among
        # countries, which no provincial ranking in the catalog holds
        concept = OPEN_CONCEPTS[(concept.kind, concept.kind == "rank_change")]
        found = Link(concept, found.score, [concept_phrase(mention), "the country's rank among countries"])
    if place not in (LOCAL, MINISTRY, UNIT, NATION, OTHERS, REGION) and a_members_part(
        text, mention, grammar.concepts, places
    ):
        place = MEMBER
    if place in (LOCAL, MINISTRY, UNIT, MEMBER, OTHERS, REGION):
        # one unclaimed mention, though several indicators or years may have linked it
        if not any(u.value_start == mention.value_start for u in result.unclaimed):
            about = {
                LOCAL: "a ward, commune or district the sentence names",
                MINISTRY: "a ministry",
                UNIT: "a department, agency or district in the province's own ranking",
                MEMBER: "the organisation named before its colon (an operator's or an enterprise's part)",
                OTHERS: "other provinces as a group, none named",
                REGION: "a region of provinces",
            }[place]
            result.unclaimed.append(unclaimed(text, mention, segments, f"about {about}, not a province"))
        return
    start, end = quote_span(text, mention, segments)
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
    members = members_of_the_group(text, segments, mention, places) if concept.kind == "top_n" else []
    if not members and place != NATION:
        # "Hải Phòng, Quảng Ninh và Bình Dương đạt giá trị trên 0,6": the figure of each province named
        shared = places.coordinated_owners(mention, place, mentions)
        members = shared if len(shared) > 1 else []
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
        delta = mentions[delta_mention].value if delta_mention is not None else None
        up = implied.group("dir").lower() in ("vượt", "cao hơn")
        # After the target's word ("vượt chỉ tiêu đề ra N%") N may be the target's own level: an excess is less than
        # half the result ("đạt 85,3%, vượt chỉ tiêu đề ra 80%" is the level), a shortfall leaves the target above it
        # ("đạt 40%, chưa đạt chỉ tiêu đề ra 60%"); those are left for the readings of a target met. Before it ("vượt
        # 20% so với chỉ tiêu", "thấp hơn 8% so với kế hoạch") N is always the gap.
        the_level = implied.group("delta") is not None and (delta >= GAP_SHARE * value if up else delta > value)
        if delta is not None and not the_level:
            consumed.add(delta_mention)
            sign = -1 if up else 1
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


def _the_level_of_a_target_met(text: str, segments: Segments, language, mention: Mention, mentions) -> bool:
    """The percent right after "vượt/cao hơn chỉ tiêu" that follows a result of its kind in its sentence, at least half
    of it: the target's level."""
    if mention.kind != "percent":
        return False
    sentence = segments.sentence(mention.value_start)
    for level in mentions:
        if level.kind != "percent" or not sentence.start <= level.value_start < mention.value_start:
            continue
        # (a short noun of the level's between: "chiếm 12% GRDP, vượt chỉ tiêu 10%")
        noun = re.match(r"[^\d,;.()]{0,20}(?=\s*,)", text[level.end : mention.value_start])
        implied = language.implied_target.match(text, level.end + (noun.end() if noun else 0))
        if (
            implied is not None
            and implied.group("delta") is not None
            and implied.start("delta") == mention.value_start
            and implied.group("dir").lower() in ("vượt", "cao hơn")
            and mention.value >= GAP_SHARE * level.value
        ):
            return True
    return False
