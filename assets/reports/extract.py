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

from assets.reports.comparison_bases import comparison_base
from assets.reports.continuations import (
    SAID_BEFORE_TIE,
    another_than_said_before,
    answered_by_a_list_referring_back,
    change_of_the_rank_before,
    opens_elliptically,
)
from assets.reports.dating import Dated, DatingContext
from assets.reports.document_readings import (
    REVIEW_OPENING,
    a_plan_document,
    a_target_document,
    half_review,
    headings,
    latest_reported,
    opening_period,
    opening_results,
    reviewed_year,
    year_end_review,
)
from assets.reports.editions import (
    ANNUAL_INDEX_SUBFAMILIES,
    document_editions,
    index_of,
    is_annual_index,
    named_editions,
)
from assets.reports.extraction import (
    OUTSIDE_CATALOG,
    ExtractedFact,
    Extraction,
    Grammar,
    ReportDocument,
    UnclaimedMention,
)
from assets.reports.facts import add_fact
from assets.reports.link_hosts import points_restated_as_a_share, the_level_of_a_target_exceeded
from assets.reports.link_ranks import ranks_of_all_three_pillars
from assets.reports.link_subjects import the_economys_growth
from assets.reports.linking import Document, Link, fits_kind, link, names_its_own_index
from assets.reports.members import (
    A_COUNT_OF_PROVINCES,
    MEMBER,
    a_province_and_its_figure,
    led_in_a_field_of_its_own,
    members_of_the_group,
    names_a_province,
    opens_with_places_and_figures,
)
from assets.reports.mentions import Mention, scan_mentions
from assets.reports.places import NATION, Places
from assets.reports.quotes import QUOTE_MAX, unclaimed
from assets.reports.restatements import (
    deduplicate,
    without_bare_restatements,
    without_restated_measures,
    without_restating_headings,
)
from assets.reports.segments import Segments, Span
from assets.reports.series import SERIES_REACH, a_bare_series, consecutive_years
from assets.reports.timephrases import find_time_phrases, plan_span_over_its_vision
from assets.reports.uncatalogued import (
    concept_phrase,
    continues_a_sentence_about_dx,
    measure_outside_catalog,
    names_a_subject_of_its_own,
    refers_back_to_a_sentence_about_dx,
)
from assets.reports.unclaimed_figures import (
    a_bound_of_some_units,
    a_fee_price_or_time_cut,
    a_gap_read_as_a_level,
    a_listed_part_of_a_count,
    a_market_share,
    a_threshold_of_a_group,
    after_a_sentence_about_dx,
    an_index_of_other_things_in_its_clause,
    breakdown_of_an_unclaimed_count,
    changes_an_unclaimed_amount,
    count_with_its_noun_left_out,
    goes_on_with_its_subject,
    part_of_a_count,
    ranked_about_dx,
    ranks_an_unclaimed_figure,
    share_of_an_unclaimed_count,
    the_set_a_later_fraction_counts_in,
    the_total_a_count_is_out_of,
    what_would_have_been,
)

# a cause a sentence opens with, up to its comma ("Nhờ đẩy mạnh chuyển đổi số, ...", "Thanks to ..., ...")
_BRACKETED = re.compile(r"\([^()]*\)")


def _after_a_catalog_figure_of_its_own_words(
    text: str, mentions: list[Mention], index: int, claimed: dict, start: int
) -> bool:
    """A figure after one of its sentence (since ``start``, in the same ";"-item) that a catalog indicator claims by
    the sentence's own words, not words borrowed from elsewhere or the title: the sentence is about what that
    indicator measures ("Hue-S đã tiếp nhận xử lý trên 58.000 phản ánh với 226 đơn vị tham gia hệ thống"; not "tỉnh
    xếp thứ 12 cả nước, thu hút 45 dự án với tổng vốn 3.200 tỷ đồng" under a title about the index)."""
    mention = mentions[index]
    before = index - 1
    while before >= 0 and mentions[before].value_start >= start:  # (mentions are in text order)
        if ";" in text[mentions[before].end : mention.value_start]:
            return False
        if before in claimed and any(
            not found.concept.open
            and any(word and not word.startswith(("borrowed", "title")) for word in found.evidence)
            for found in claimed[before]
        ):
            return True
        before -= 1
    return False


# the funds to carry out a plan, a project or a programme ("Tổng kinh phí thực hiện đề án", "Kinh phí thực hiện Kế hoạch")
_FUNDS_OF_A_PLAN = re.compile(
    r"(?<!\w)(?:kinh phí|ngân sách|nguồn vốn|tổng vốn)(?:\s+(?:dự kiến|dự toán|ước tính|bố trí))?(?:\s+để)?\s+"
    r"(?:thực hiện|triển khai)\s+(?P<plan>đề án|kế hoạch"
    r"|chương trình)(?!\w)"
    # ("The total funds to implement the project are VND 685 billion")
    r"|(?<!\w)(?:funds?|funding|budget|capital)\s+(?:to implement|to carry out|for implementing|for)\s+(?:the|this)\s+"
    r"(?P<en_plan>project|plan|programme|program|scheme)(?!\w)",
    re.I,
)
_A_PLAN_NAMED = re.compile(r"(?<!\w)(?:đề án|kế hoạch|chương trình|project|plan|programme|program|scheme)(?!\w)", re.I)
# the same kind of plan in either language ("đề án" is a project or a scheme)
_PLAN_KINDS = {
    "project": "đề án",
    "scheme": "đề án",
    "plan": "kế hoạch",
    "programme": "chương trình",
    "program": "chương trình",
}


def _funds_of_the_titles_plan(text: str, sentence: Span, mention: Mention, title: str, grammar: Grammar) -> bool:
    """An amount of money whose sentence names the funds to carry out a plan, a project or a programme, under a title
    naming a plan of that kind about digital transformation ("Đề án xây dựng chính quyền số ...": "Tổng kinh phí thực
    hiện đề án là 596 tỷ đồng"): the sentence is about the title's plan, which is about digital transformation."""
    if mention.kind != "money" or not title or not grammar.dx_words.search(title):
        return False
    funds = _FUNDS_OF_A_PLAN.search(text, sentence.start, sentence.end)
    if funds is None:
        return False
    kind = (funds.group("plan") or funds.group("en_plan")).lower()
    named = {m.group(0).lower() for m in _A_PLAN_NAMED.finditer(title)}
    return _PLAN_KINDS.get(kind, kind) in {_PLAN_KINDS.get(word, word) for word in named}


_THE_UNITS_RANKED = re.compile(
    r"(?:units|provinces|localities|provincial-level units|tỉnh|địa phương|đơn vị)(?!\w)", re.I
)
_AMONG_OR_FOR = re.compile(r"(?<!\w)(?:among|for|of|trong|trong số|giữa)\s+(?:the\s+|all\s+|các\s+)?$", re.I)
_A_LATER_ITEM_OPENS = re.compile(r"(?<!\w)(?:to|lên|lên mức|đến)\s+$", re.I)
_AN_AVERAGE_OVER = re.compile(
    r"(?<!\w)(?:average|trung bình|bình quân)"
    # (its value may come between: "the average of 0.5702 points of the 63 provinces", "mức trung bình 0,6 điểm của")
    r"(?:\s+(?:of|là|at|đạt))?(?:\s+\d[\d.,]*\s*(?:points?|điểm|%|percent)?)?"
    r"\s+(?:of|của|among)\s+(?:the\s+|all\s+|các\s+|cả\s+)?$",
    re.I,
)


_A_LEADING_CAUSE = re.compile(
    r"\s*(?:thanks to|owing to|nhờ vào|nhờ có|nhờ)(?!\w)(?:[^,;.]|(?<=\d)[.,](?=\d)){0,200},", re.I
)

__all__ = [
    "ANNUAL_INDEX_SUBFAMILIES",
    "EXTRACTOR_VERSION",
    "ExtractedFact",
    "Extraction",
    "Grammar",
    "MEMBER",
    "OUTSIDE_CATALOG",
    "QUOTE_MAX",
    "REVIEW_OPENING",
    "ReportDocument",
    "SAID_BEFORE_TIE",
    "UnclaimedMention",
    "extract",
    "index_of",
    "year_end_review",
]

EXTRACTOR_VERSION = "report_concepts/37"  # 3: measures outside the catalog; 4: floors, bare series, restatements; 5: nearer borrowed words, coordinated ranks and score changes; 6: no bare number read as points, DTI announcement years, plan and review years, runs of results; 7: bracket words, deadlines, weekdays, page counters; 8: requirements after the figure, opening review years, rank lists, district items; 9: items after a respectively list, holders, yearless leads and spans, bracketed horizons, thresholds of units, parts of counts; 10: the reviews' fixes, bracket subjects, reference levels, aims completed, all of the units; 11: the service index groups, bare numbers refused, plan names, floors beside items, ranks among the 34 in words, aims by horizon, gifts, places after a figure, English pages; 12: lead-ins of results, parts named after a count, one figure not said twice, members of a leading group, the first to do something, pages of a district or city, lists of ministries, an index of other things named last; 13: percentage points, a change never repeats a level, the economy's growth and its ranks, plans just issued, targets met and exceeded, years whose results are not out, counts continuing a paragraph or done with their noun left out, the provinces that did something, groups a count of provinces is in, English nouns, ordinals, currencies and standings; 14: every kind of line end one newline, the classes of graded things, a target's own year after the date its plan was issued, counts of units in a grade, provinces named together, telephones, text in capitals; 15: a title year after the page never dates a result, horizons after a figure, aims that must or should be, pages wrapped at a width, a PDF's page furniture, tables, HTML tables and side columns, page chrome and polls, months in words, per cent, tỷ lệ is no billion; 16: years named by their distance from the page, directives in English, merged table cells, pages copied without form feeds, a document word used as a verb, counts named where their clause opens, ranges of percents, levels risen from, multiples of a year, thousand billions and trillions, English changes after their amount, the title a text opens with, a district its clause opens with, an average lent to no later level, excess before the target, resolves, dates stamped with dashes and in English, numbers in two scales, captions, sections under a heading of tasks ahead; 17: the scope written after a rank, a result after a target's label, a level a figure names of its own, recipients counted as what they are given, a gap after "cao hơn", English ordinals where they stand, a score joined to a rank, a rate named after a percent, English holders and nouns; 18: the change of the level before it, compounds of tens in words, targets named with their status, datelines before a lead, horizons of the targets set before, parts of a count by level in brackets, multiples after growth, the rank of the score before it, time zones, connectives continuing targets, ranks listed after their subjects, English comparison bases; 19: connectives over listed targets, places a rank moves by further back, English plurals of abbreviations, levels inside English nouns, outlets, certificates and 4.0 models; 20: asides of where things stand beside targets, English indices named before their head, the perfect and the past passive, English targets and tasks counted, units' counts in brackets, levels listed before "levels", required minimums, plan sizes, a province's share of the nation's population, English densities, speeds and holders; 21: English counts of what no list names, cardinals in words, rank changes with their direction after the places, standings in the past, leading groups after "among", numbered modifiers, participles and prepositions ending a head, multiples against a base, causes after a figure, items with predicates of their own, titles of what will be, rates continuing targets, projects that name digital transformation, currency codes on a number; 22: budget contributions in English, every enterprise of the province, an economy's growth named in its own item, rates of their own outside digital transformation, quotations of a speaker's own, one company's share, rough wholes of a share, gaps to the nation's target, what a province asks for, shares opening a sentence after targets, sentences set apart going on with their subject, list markers on lines of their own, speeds outside the catalog, stars of a grade, staff on duty, leading causes; 23: English words of the catalog, English fractions in words and "respectively" after the values, an event's reach, compositions, the poverty rate and land areas, lists of targets completed, a plan or a later horizon, ranks of what their words right after them name, level 4 alone, counts of units after counts of things, lists headed by a level, procedures regardless of boundaries, later counts joined by "and"; 24: units taking part and the parts listed after a count, sentences with a catalog figure, amounts continuing a measure or with a funding word and no currency, people taking part, postal outlets and traffic, classes of post offices, selections of the best, page numbers, complements, numbers in names, documents a reform abolishes, English service levels, a speaker's own deeds, ministries ranked themselves and the Government's agencies, ranks of a topic of their own, AI, IT and CDT; 25: first place said in words, ranks of all three pillars, floors under a horizon on an undated page, how near a figure came, a plan's part on where things stand; 26: targets aimed at for a year, a number between a topic and its own noun, the country's own DTI and its change, the service index and first place in English, the rest of a count, levels 3 and 4 together, as-of days and results under a title of aims, points never rescaled from borrowed words; 27: tables by year, rankings topped and places came in, names joined by hyphens, ministries named after their figure, gaps to an earlier edition, aims in the future perfect, labour productivity, aims in quoted names, target levels in brackets, a district by its level alone, the service index by its full name, an academy with an abbreviated name; 28: a review of 27 (DT, untitled leads, gaps to an average, finished, plans done in brackets, tab tables, ministries as sources, list items of communes); 29: ministries holding the measure after "của"/"of", groups leading in a field that is not digital, the future perfect after any modal, measures of a district named after their noun, a percent sign inside a label, a score's share of its maximum said again, English wards and communes, fee, price and time cuts, ministries and branches, specific targets announced at the end of a long lead, lead-ins above blank and image lines, English counts of procedures reformed, counts that read like years, subscriber densities, readers counters, a review of 29's first rules (index publishers, DTI-framed groups, adverbs in the future perfect, province-wide measures naming a unit); 30: what could or would have been, targets missed ("should have"), provincial cities and towns, groups named by the measure they top or their trade, items under a horizon on an undated page, indicators that did well, aims a city eyes, gaps after what they are compared with and excesses over a target, bracketed earlier values, the localities' block, English points out of a maximum, phrasal verbs with "up", the holders of a respectively list, rankings topped, scores after an English rank, English results told in the past under a title of aims, market shares, a review of 30 (counterfactuals within their own part, points of places, levels after a comparison, groups by standing or produce, the DTI gap's holder, guesses at the past, indicators that did badly), a plan's list after its source and a baseline, a unit named at its level, the total a count is out of, a second review (units at a level only before a ranking verb, no first place in words before another's place, vision years and span ends no reported years, gaps to last year, whole English scores, counterfactuals over "and", plans approved, provinces listed before their cities, market shares only as a subject, levels of maturity, the national average as a holder, "while the province ranked"), a named district in the last part of a clause and no level of its own, a plan's next topic after targets for a span to come; 31: a target's own level after "vượt chỉ tiêu", excesses in percentage points, the venue of an announcement, the level of a place compared with, clauses going on with their subject, headlines restating a body figure in fewer words, plain horizons on an undated page, places and scores after another's first place, people a place is home to, shares of the nation's population in English, a commune's households and ethnic share, years in a row, the province's place after "trong khi"/"while"/"and" without a comma, English cities that are no province ("Vinh City", a capital "Bac Giang City"; "Hue City" is Huế), a bracket of later levels respectively, the top of a scale with its words between ("thang điểm tính tối đa là", "1,000-point scale"), the whole a later part is taken from takes none of the part's closing words, a review of 31 (the nation going on only after its own figure, ranks of other indices, venues of national bodies only, gaps before the target's word, results after a target exceeded, headings of another year or flag, people reached, items of what is to be had), a unit named as where something is owns no later item; 32: the part right after a whole introduced as one ("Out of 485,067 dossiers, 154,766 ...") counts what the whole counts, and such a whole opening its own clause is no base, a target exceeded whose source is named at length ("vượt chỉ tiêu Nghị quyết số 05-NQ/TU của Tỉnh ủy đề ra 75%") or set in the past ("đã đề ra"), a place in the block of the province's own departments or districts ("top 3, khối các sở, ngành"), the funds to carry out a plan ("Tổng kinh phí thực hiện đề án") its planned budget under a title naming that plan, a year joined to a base year ("compared with the year 2018 and 2019") no period, English quarters and halves without a year, days joined to a date ("(17 và 18/6)"), numbers in web addresses, a subject referred back to a sentence about digital transformation ("these companies", "Their contribution", "các doanh nghiệp này", "của họ"), numbers in the names of two places joined ("Ha Long 1 and Ha Long 2 markets"), an English set referred back to ("the two markets"), procedures whose settlement time is cut, English names of dossiers ("administrative procedure records" received), a review of 32 (a bare part and the whole's own participle, "Of the"/"Among" opening a whole, a rank before a clause about the departments, yearless quarters not yet reached, a quarter compared with, the latest of joined base years, a subject referred back of the sentence right before, targets set "do" someone or by a plan of a year, days before a verb), a contest's entries, a goal reached ("cán đích mục tiêu") and a level kept ("luôn đạt") as results, a network operator's own share and subscribers, a plan's funds in other wordings ("kinh phí triển khai đề án", "nguồn vốn thực hiện") and in English ("funds to implement the project"), a plan's span over its vision in the title ("giai đoạn 2024-2026, định hướng đến năm 2030": undated targets of 2026); 33: a span that opens a sentence of targets after a connective ("Theo đó, giai đoạn 2026-2030, 100% ...") frames the targets after it in its paragraph, and every semicolon item of a topic sentence ("Về xã hội số, 70% ...; 60% ...") continues them; a header of goals reached ("Cán đích mục tiêu ... như tỷ lệ:", "đã hoàn thành các chỉ tiêu ..., trong đó:") heads results, and a semicolon item naming a subject and predicate of its own ("...; nông sản chủ lực được bán qua các nền tảng số đạt 30%") takes no words of the items before it; a period opening a sentence after the source of its figures ("According to the report, in 2023, ...", "Theo báo cáo của Sở ..., trong năm 2023, ...") frames its paragraph; English spans of days ("from July 1 to September 30, 2025"); accounts on the National Public Service Portal (a new catalog entry), no bank accounts; "tổ CĐS cộng đồng"; a share of GDP with no province in its clause is the nation's (a province's product is its GRDP), a ministry that reports ("đã báo cáo, ...") announces; "cấu hình 35 camera" is no picture number; an aim to complete a target soon ("để/nhằm sớm hoàn thành mục tiêu") sets it; teams of other kinds ("tổ lưu động") or referred back to ("3 tổ này") are no community technology teams; fees paid through the public service portal ("thanh toán qua Cổng Dịch vụ công") are paid online; a LoRa or IoT network's stations are no 5G sites; every item of a list under a header whose subject is a named ward, commune or district ("the People's Committee of X ward set targets such as: ...; ...", "UBND xã X đề ra các chỉ tiêu: ...") is the unit's; English days of one month ("On April 3-10, 2020", "3-10 April 2020"); a share "in GDP" named before it is the nation's too; figures of a paragraph framing the nation's situation ("on the national digital transformation situation", "tình hình chuyển đổi số quốc gia") are the nation's until the province is named or referred to; after a review: a header reaching goals heads results only when no clause after it sets new ones and its reaching word governs the goals; a share of GDP is the nation's only when a ministry reports it (or the paragraph frames the nation); a ministry that "đã báo cáo" keeps its own figures; a time or a part of the units is no subject of its own; "now" ends a paragraph's frame and a past year's frame dates no target; a 5G pilot serving IoT stays one; other teams (hòa giải, tự quản) are no community technology teams; a unit's committee as a venue leaves the list the province's; a topic closed by a colon ("Về xã hội số: ...") goes on with the targets; "Cũng theo báo cáo", longer sources; English days or months said once ("From September 8 to 12, 2025", "From July to September 2025"); 34: a part of a year said without its year ("6 tháng đầu năm", "quý III") takes the year its sentence names before it; "tăng từ mức 45%", "up from 45%": the level it rose from, no change, and no target; a rate named again ("tỷ lệ này", "tỷ lệ đã tăng lên đạt") at its level; English "in nine months", "the nine-month period"; a gap below the average is negative; a rank whose own scope is the nation is no regional rank, English regions by their lands ("Mekong Delta"); a figure in a bracket after the nation's average is the nation's; a threshold that picks out a group of units is no figure; rates under goals missed stand where they are; LoRa stations are no base stations; an earlier item's rate and a later item's words are not an item's own; a result beside its plan ("kế hoạch 80%, thực hiện 72,5%", "KH/TH", a results column, values on lines of their own behind their column) is no target; a named department is no level (nor a holder of the province's figure); the DTI report's name "cấp bộ, cấp tỉnh"; sets, provinces an average is taken over, ranks of other indexes named after them or with their abbreviation; English lists answered "respectively" after their values; the nation opening a sentence owns its figures; an aim to attain a target; a target in an earlier figure's brackets heads nothing after it; officials' abbreviations (TKĐDĐT, HSCV, ATTT); 35: "kém" before an average is a gap; English "the national rate/figure/share" refers back, and "of GDP" is no holder; after a review: only a header of "chỉ tiêu" alone (no goal or aim word) stands on its day; "phải" makes a target of a percent or a floor ("tối thiểu"), not of work that had to be done; a gap is less than half the level before it ("kém", "thấp hơn"); "the national rate of X" borrows nothing; a title-case word before "No."; "cấp thành phố" only in a list of levels; an English list's last unit and first change word are its values'; an item of a list is no word of its other values; "regional rate"; a share of the plan after a comma ("so với KH năm là"); the plan after "/KH năm 2023 là"; "tỷ lệ thanh toán phí, lệ phí trực tuyến"; the most or least each unit may have, units a directive is addressed to and the bar that makes a share are no figures; rows of named wards under a lead-in are the wards'; a list answered in order after other figures takes the items right before it; a concept with a predicate of its own before a comma is no coordinate; a level opening a clause of its own after the figure is none of its levels; a pace is no speed; a table's change column ("Change (%)", "Tăng/giảm") is a column against another, written with its header's unit, and such columns are no measure outside the catalog; a percent written with its sign is a change; English key tasks are no counts; an English ordinal joined to a rank is a rank of its list; an item that opens with its concept's own words after the figure before it owns no word of an earlier item of a share; a rate referred back to and said of "của tỉnh" is the province's; a header of indicators as they stood on a day the page can report ("(đến 30/9/2023):") heads results; English lists answered "respectively" run back over a parallel list of as many values, their items after the other clauses' figures; "Ở 3 trụ cột" is no figure; an average "của 34 địa phương", "of the 63 provinces" is the nation's; "hạ tầng và nền tảng số"; a day of a month in English and a name's number ("Park No. 2") are no figures; a table's column against the plan ("So với KH", "% of plan") is a share attained, no level and no target; "Plan 2024:" heads a target and "Kế hoạch 2026:" dates it; "VND billion" after a value scales it; a result over its plan ("52,1%/kế hoạch 60%"); fees paid online; a later item naming its own rate rules nothing out; "phải" before a figure; a region's average is the region's; districts ("quận") under a bar; "cấp thành phố" above "cấp huyện"; an English part naming the measure the values share ("the online rates were") is no item, and a word joining a figure to the next ("and") no holder; 36: a table whose rows are years under "Năm"/"Year" gives each value its row's year, and a rank out of a total ("26/63") is a table value; values joined after as many items joined by "và"/"and" with no "lần lượt"/"respectively" ("digital government and digital economy reached 0.4120 and 0.5377 points") answer them in order; a region that scopes a rank of the title ("đứng thứ hai vùng ...") is lent to no rank of the page; an English title of targets completed ("15 of 20 targets completed") is no title of aims; a clause of contrast (", while", ", trong khi") after a target is no target and takes no year before it; "against the target of" compares, and "the target of 15 percent for 2025" repeats the measure before it; the level right after a bare "vượt chỉ tiêu" at least half the result is the target's; the provinces an average is taken over, its value between ("the average of 0.5702 points of the 63 provinces"); a whole named with a project's number ("Of the 34 tasks ... under Project 06, 27 ..."); a later part told by a number in words ("six are on track") owns the words after it; the collection of ID card applications in English; 5G coverage "cover"; a figure naming its own words right after it takes no unless word of an earlier figure of its kind; a figure set in contrast after a figure owns the words after it; a ward, commune or district named earlier and referred back to by its level alone as a clause's subject ("..., phường tiếp nhận 3.410 hồ sơ") owns the clause's figures, not levels listed ("xã, phường đã có"); a unit opening its clause after "Riêng UBND"; "VBĐT" is an electronic document; in a series of items each closed by its year ("from 0.3810 points, ranking 51st, in 2021 to 0.4922 points, ranking 42nd, in 2022", "từ 0,3810 điểm, xếp thứ 51, năm 2021 lên ...") each figure takes the year closing its item, a later item's figure repeats the figure of its kind in the item before, and a rank joined to the score before it ranks what that score scores; "the index" refers back and names no index of its own; English counts of "cards" and "accounts" after their applications, a whole after a semicolon ("; of the 34 tasks"); after a review: a level in a list of levels or after a count of its units is no unit named before, a clause of contrast is set apart only when it says what is (not an aim: "should", "is to", "duy trì"), and then also from a horizon before it, changes listed after their items are each a change, the predicate after the last item is no word of it, a year opening the clause is no item, a value answering its own item is no second concept, "15/6" is no table value, a later part in words after ", while"; a result set against a target with no comma takes no year of the target's; a target exceeded after the result's own noun ("chiếm 12% GRDP, vượt chỉ tiêu 10%"); a year alone among headers of words heads its column ("Indicator | 2024 | 9 months 2025 | Target 2025"); under a title of aims, a sentence saying how things stand ("now", "is estimated to account for", "is 88.4 percent", "against 93.2 percent") is no target; the units an index ranks ("among the 34 units", "for 34 units") are no count; "chỉ tiêu so sánh"/"chỉ tiêu thống kê" are indicators, no targets; "TKĐDĐT" counts e-ID accounts; a list in a bracket after the nation's average ("cả nước (lần lượt là 124,9 Mbps và 215 Mbps)") is the nation's; the fixed network named after the mobile one with their head said once ("băng rộng di động và cố định", "mobile and fixed"); 37: a figure opening a clause of contrast (", trong khi 71% hồ sơ ...", ", while 71 percent of dossiers ...") takes no word of the figure before it; a level between a verb of exceeding and the target noun, below the result before it and at least half of it ("vượt 60% chỉ tiêu", "exceeding the 60 percent target"), is the target level of the result measure; a horizon of the page own year is still ahead until October; the line over a table header dates its rows; dossiers, transactions and payments nothing nearer dates take the reporting period the news opens with, when it ended within four months of the page date (basis opening); "Một số chỉ tiêu ...:" over a table of period columns lists indicators, no targets; a "Cùng kỳ năm 2024" column is the same part of that year; an estimate of a year result ("ước đạt") is a result that later sentences go on from; a bracketed "lần lượt" list after as many figures of its kind restates their items for another place, a rate named back in the next sentence ("tỷ lệ này", "this rate") is the rate before it, of the place its clause names; a clause that opens in a part of the province it does not name ("Riêng khu vực miền núi", "Ở vùng đồng bào ...") holds no figure of the province, a count at one level of administration ("cấp huyện 21.400 hồ sơ", a table row "Cấp xã | 61.200") of an indicator the catalog holds for the whole province only is no count of the province (kept unclaimed); a table column "Tỷ lệ so với tổng số ..." is a rate of the row, not a comparison, a count at a level is one whose level stands before it as its subject or row label (not one qualifying what it counts: "3.150 cán bộ cấp xã"); "các tỉnh, thành phố" is one name before the base value of a comparison; a rank scope stays on its line, a span since an event ("sau 3 tháng vận hành", "hơn 6 tháng triển khai") is no part of the year; the opening period is looked for past the page dateline, a plan months of work ("sau 10 tháng thực hiện") still run from January; a clause of contrast without figures (", nhưng kinh tế số và xã hội số đều ...") names nothing the figure before it ranks, English months right before their year ("9 months 2025", "nine months of 2025") are the first months of that year, the review of this change: counts of a level own units stay the province counts; the opening period frames only what comes after it, never a part set apart ("Riêng tháng 4"), and only dossiers and transactions; a part of the province is one by the lie of the land, not a sector nor a region of the country; a bare "cố định" in a speed sentence is the fixed network; a horizon of the page own year is ahead only with an aim or a floor, the year so far ("Tính đến năm 2025, ... đã có") is as of the page day; a bracketed list restates only catalog figures, a later subject left unchanged after a bare comma; "nhóm chỉ số nền tảng" names no service index; the rest clause ("các chỉ tiêu còn lại") lends no word to the part, a lead running into a table header on its next line, or over a blank line, still heads the table; a sector, an agency or remote communes set apart hold no figure of the province; units "là vùng lõm sóng" are no share of those covered; the target exceeded after a change is of the result measure, the average the province score is compared with ("khối tỉnh", "vượt mức trung bình chung ... là", "... trực thuộc trung ương là") is the nation average; an unless word in the comparison after the figure rules nothing out, "các chỉ tiêu trên" refers back, no aim; an aim of the page own year is a target whatever the month; "Trong 8 chỉ số chính," is the framework; the rank a change reached ("tăng 9 bậc, lên vị trí thứ 30") is the changed index rank, the months just past ("2 tháng qua") are counted back from the page date, a figure naming its index right after it ("3 bậc DTI, tập trung ...") takes no word past the comma after it, a figure said to be the nation average ("..., trong khi 64% là mức trung bình cả nước") is the nation figure, a rank its own sentence scopes to the nation ("Cả nước, tỉnh đứng thứ 15") is no regional rank, read-through: the base value lead and the contrast clause read case and word ends as written ("Trung ương", ", tuy nhiên,"); "by the end", "chỉ tiêu" and "kế hoạch" are no aim of a horizon of the page own year, how far a figure went past its base or plan ("vượt 12% so với cùng kỳ", "vượt 3% kế hoạch năm") is no level of the measure


def _a_rank_of_all_three_pillars(
    text: str, segments: Segments, mention: Mention, links: list, grammar: Grammar
) -> bool:
    """A rank said of all three pillars at once, that the index's words (or none, in a sentence about digital
    transformation) claim."""
    if not ranks_of_all_three_pillars(text, segments.clause(mention.value_start), mention):
        return False
    if links:
        return all(found.concept.family == "dti" for found in links)
    sentence = segments.sentence(mention.value_start)
    return grammar.dx_words.search(text, sentence.start, sentence.end) is not None


def pillar_ranks(grammar: Grammar) -> list:
    """The catalog's rank of each pillar of the index (subfamily ``pillar``), not their changes."""
    return [
        concept
        for concept in grammar.concepts
        if concept.kind == "rank" and not concept.change and grammar.subfamilies.get(concept.code) == "pillar"
    ]


_THE_RANK_A_CHANGE_REACHED = re.compile(
    r"\s*,?\s*(?:lên|xuống|tụt xuống|vươn lên|to|up to|down to)\s+(?:vị trí\s+|hạng\s+)?(?:thứ\s*)?", re.I
)
_BRACKETED_LIST = re.compile(r"\(\s*(?:lần lượt(?:\s+là)?|respectively)\s*:?\s*$", re.I)


def _index_restated(text: str, mention: Mention, same_kind: list[int], mentions: list[Mention]) -> int | None:
    """The index of the earlier figure a value of a bracketed "lần lượt"/"respectively" list restates: the list opens
    the bracket after as many figures of its kind in the sentence, not themselves a list; else None."""
    if not mention.respectively:
        return None
    position, count = mention.respectively
    first = mention if position == 0 else None
    if first is None:
        first = next(
            (m for m in reversed(mentions[: mentions.index(mention)]) if m.respectively and m.respectively[0] == 0),
            None,
        )
    if first is None or not _BRACKETED_LIST.search(text, max(0, first.start - 30), first.start):
        return None
    earlier = [i for i in same_kind if not mentions[i].respectively and mentions[i].end <= first.start]
    return earlier[position] if len(earlier) == count else None


def _next_figure_or_end(mentions: list[Mention], index: int, sentence) -> int:
    """Where the words of a figure end: at the next figure of its sentence, or the sentence's end."""
    following = mentions[index + 1].value_start if index + 1 < len(mentions) else sentence.end
    return min(following, sentence.end)


# What a grade was given for, right after it: "xếp loại tốt về công tác thi đua" (not digital transformation, unless
# its words say so)
_GRADED_FOR = re.compile(r"\s*(?:về|trong|in|for)\s+[^.;:\n]*", re.I)


def _graded_in_an_assessment_of_dx(text: str, segments, language, mention: Mention, end: int) -> bool:
    """ "Kết quả đánh giá DTI các sở, ngành ... Theo đó, 8 sở được xếp loại tốt, 12 đơn vị xếp loại khá": a count
    followed by the grade an assessment gave, in a paragraph about digital transformation (an assessment's results
    run over several sentences), and not given for something else ("xếp loại tốt về công tác thi đua")."""
    grade = language.graded.match(text, mention.end, end)
    if grade is None:
        return False
    sentence = segments.sentence(mention.value_start)
    paragraph = segments.paragraph(mention.value_start)
    if language.dx_words.search(text, paragraph.start, paragraph.end) is None:
        return False
    given_for = _GRADED_FOR.match(text, grade.end(), sentence.end)
    return given_for is None or language.dx_words.search(given_for.group(0)) is not None


def _digit_term_spans(text: str, grammar: Grammar) -> list[tuple[int, int]]:
    """Where concept words that contain digits ("0 điểm", "1.000 dân") stand in the text."""
    spans = []
    for pattern in grammar.digit_terms:
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


def extract(doc: ReportDocument, grammar: Grammar) -> Extraction:
    """All figures of one document. An index result whose own sentence names no edition takes
    the edition of the document's dated results of that index: a second pass, when the first
    finds one."""
    result = _extract(doc, grammar, {})
    editions = {**named_editions(doc.text, grammar.language), **document_editions(result, grammar)}
    if any(
        is_annual_index(f.indicator_code, grammar)
        and f.period_basis in (None, "document_date", "title")
        and index_of(f.indicator_code) in editions
        for f in result.facts + result.undated
    ):
        result = _extract(doc, grammar, editions)
    return result


def _extract(doc: ReportDocument, grammar: Grammar, editions: dict[str, int]) -> Extraction:
    text = doc.text
    language = grammar.language
    segments = Segments(text)
    phrases = find_time_phrases(text, language, doc.document_date)
    title = doc.title or ""
    title_phrases = (
        plan_span_over_its_vision(title, find_time_phrases(title, language, doc.document_date)) if title else []
    )
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
        reviewed_year(title, title_phrases),
        half_review(text, language),
        headings(text, phrases, language),
        None if doc.document_date else latest_reported(phrases, text, segments, language),
        year_end_review(text),
        opening_results(text, title),
        named_editions(text, language),
        opening_period(text, title, phrases, segments, doc.document_date),
    )
    places = Places.find(
        text,
        segments,
        language,
        grammar.province_names,
        lambda name: grammar.resolve_name(name, 63),
        title,
        cities=grammar.cities,
    )
    plan_document = a_plan_document(doc, language)
    target_document = a_target_document(doc, language, title_phrases)
    result = Extraction(set_aside=list(scan.set_aside))
    consumed: set[int] = set()
    claimed: dict[int, list[Link]] = {}
    carried_periods: dict[int, Dated] = {}
    for index, mention in enumerate(mentions):
        if index in consumed:
            continue
        own_sentence = segments.sentence(mention.value_start)
        before = [
            i
            for i in claimed
            if own_sentence.start <= mentions[i].value_start < min(mention.value_start, own_sentence.end)
        ]
        # the period a figure before it in its sentence carried from the sentence before ("Đà Nẵng (58,89%), Hà Giang
        # (55,76%) ...")
        carried = carried_periods.get(before[-1]) if before else None
        if not before and (
            opens_elliptically(text, segments, mention, language)
            or a_province_and_its_figure(text, segments, mention, mentions, places)
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
            if opens_with_places_and_figures(text, segments, mention) or a_province_and_its_figure(
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
        if not before and a_bare_series(text, segments, mention, phrases, language):
            # "Tỷ trọng kinh tế số ... đạt 9,4% năm 2022.\n\nBên cạnh đó, theo số liệu của Sở: năm 2022 là 11,2%,
            # năm 2023 là 12,7%": the measure of the sentence just before, even
            # across a paragraph break, of the same kind of figure.
            sentence = segments.sentence(mention.value_start)
            before = [
                i
                for i in claimed
                if sentence.start - SERIES_REACH <= mentions[i].value_start < sentence.start
                and mentions[i].kind == mention.kind
                and segments.sentence(mentions[i].value_start) == segments.sentence(sentence.start - 1)
            ]
        base_value = comparison_base(text, mention, phrases) is not None
        previous = claimed[before[-1]][-1] if before else None
        links = [] if base_value else link(linking_doc, mention, grammar.concepts, previous)
        if (
            not links
            and not base_value
            and previous is not None
            and mention.kind == "rank"
            and previous.concept.code in grammar.rank_of_change
            and _THE_RANK_A_CHANGE_REACHED.fullmatch(text, mentions[before[-1]].end, mention.value_start)
        ):
            # "chỉ số nhân lực số tăng 9 bậc, lên vị trí thứ 30": the rank the change reached, of what it ranks
            reached = grammar.rank_of_change[previous.concept.code]
            links = [Link(reached, previous.score * 0.8, ["as the rank the change before it reached"])]
        if not links and not base_value and the_level_of_a_target_exceeded(text, segments, mention):
            # "đạt 76,4%, tăng 11% so với năm 2022, vượt 60% chỉ tiêu": the level of the target the result exceeds, of
            # the result's measure (not of the change between them)
            result_link = next(
                (
                    claimed[i][-1]
                    for i in reversed(before)
                    if mentions[i].kind == "percent"
                    and claimed[i][-1].score > 0
                    and not claimed[i][-1].concept.change
                    and not claimed[i][-1].concept.attainment
                ),
                None,
            )
            if result_link is not None:
                links = [Link(result_link.concept, result_link.score * 0.8, ["as the level of the target exceeded"])]
        # (each of them of a catalog indicator: a figure outside the catalog lends no concept)
        catalogued_same_kind = [i for i in before if mentions[i].kind == mention.kind and claimed[i][-1].score > 0]
        restated = _index_restated(text, mention, catalogued_same_kind, mentions)
        if restated is not None and not base_value:
            # "di động đạt 96 Mbps, cố định đạt 170 Mbps, cao hơn cả nước (lần lượt là 90 Mbps và 160 Mbps)": a
            # bracketed list restates, in order, the figures of its kind before it, for another place
            earlier = claimed[restated][-1]
            links = [Link(earlier.concept, earlier.score * 0.8, ["as the figure of the item it restates"])]
        if not links and not base_value and previous is not None and previous.concept.kind != mention.kind:
            # "từ 0,3810 điểm, xếp thứ 51, năm 2021 lên 0,4922 điểm, ...", "from 0.3810 points, ranking 51st, in 2021 to
            # 0.4922 points": a later item of a series repeats the figure of its kind in the item before
            same_kind = [i for i in before if mentions[i].kind == mention.kind]
            if same_kind and _A_LATER_ITEM_OPENS.search(text, max(0, mention.start - 10), mention.start):
                earlier = claimed[same_kind[-1]][-1]
                links = [Link(earlier.concept, earlier.score * 0.8, ["as the figure of its kind in the item before"])]
        if _a_rank_of_all_three_pillars(text, segments, mention, links, grammar):
            # "tỉnh đứng thứ nhất về DTI và dẫn đầu cả 3 trụ cột", "cả ba trụ cột đều xếp thứ 7": the rank of each
            # pillar (whose words the index's rank before it has taken), not of the index
            score = (links[0] if links else previous).score if (links or previous) else 1.0
            links = [Link(pillar, score, ["said of all three pillars"]) for pillar in pillar_ranks(grammar)]
        if (
            links
            and all(found.concept.national for found in links)
            and names_a_province(mention, mentions, places, text, language)
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
            links = another_than_said_before(linking_doc, mention, grammar.concepts, links)
        if mention.bound == "upper" and (index - 1) in claimed and mentions[index - 1].bound == "lower":
            # "cấp xã đạt 96 - 99%": a range's upper end states what its lower end states.
            lower = claimed[index - 1]
            links = [Link(found.concept, found.score, ["the range's lower end"]) for found in lower]
        if (
            not links
            and previous is not None
            and previous.concept.kind == mention.kind
            and a_province_and_its_figure(text, segments, mention, mentions, places)
        ):
            # "Đứng thứ hai là Đà Nẵng với 77,8%, TP. HCM đạt 75,7% và Hà Nội đạt 74,5%": each province's figure
            links = [Link(previous.concept, previous.score * 0.8, ["as the figure before it, of another province"])]
        answered = answered_by_a_list_referring_back(text, segments, mentions, index, claimed)
        if answered is not None and mention.kind in ("plain", "count", "percent", "score"):
            # "Kinh tế số xếp 27/63, Xã hội số xếp 29/63 trong khi năm 2020 thì các thứ tự này là 47, 39, 29": each
            # value of the list is of the figure it answers, in order
            links = [
                Link(found.concept, found.score * 0.8, ["as the figure its list refers back to"])
                for found in claimed[answered][:1]
            ]
        moved = change_of_the_rank_before(text, mention, mentions, index, claimed, grammar)
        if moved is not None:
            # "Xã hội số hạng 17 giảm 10 bậc": the change of the rank right before it.
            links = [Link(moved, claimed[index - 1][0].score, ["the change of the rank before it"])]
        if (
            mention.kind == "top_n"
            and A_COUNT_OF_PROVINCES.match(text, segments.clause(mention.value_start).start, mention.start)
            and not members_of_the_group(text, segments, mention, places)
        ):
            # "Có 6 tỉnh, thành phố giữ vị trí trong top 10": how many provinces are in the group (the nation's
            # figure, the count before it), not a province's place in it (unless it names them: "Có 2 tỉnh lọt vào
            # top 10 là A và B")
            result.unclaimed.append(unclaimed(text, mention, segments, "a group that a count of provinces is in"))
            continue
        if mention.kind in ("count", "plain") and _AN_AVERAGE_OVER.search(
            text, max(0, mention.start - 60), mention.start
        ):
            # "above the average of the 34 provinces and cities", "mức bình quân của 63 tỉnh, thành phố": the provinces
            # an average is taken over, no count of anything
            result.unclaimed.append(unclaimed(text, mention, segments, "the provinces an average is taken over"))
            continue
        if (
            mention.kind in ("count", "plain")
            and mention.value in (34, 63)
            and _THE_UNITS_RANKED.match(mention.noun or "")
            and _AMONG_OR_FOR.search(text, max(0, mention.start - 12), mention.start)
        ):
            # "digital society 21st among the 34 units", "the 2024 DTI recalculated for 34 units": the provinces an index
            # ranks, no count of anything
            result.unclaimed.append(unclaimed(text, mention, segments, "the provinces an index ranks"))
            continue
        if mention.kind == "top_n" and led_in_a_field_of_its_own(
            text[mention.end : own_sentence.end], grammar, text[own_sentence.start : mention.start]
        ):
            result.unclaimed.append(unclaimed(text, mention, segments, "a group leading in a field of its own"))
            continue
        if a_fee_price_or_time_cut(text, segments.clause(mention.value_start).start, mention):
            result.unclaimed.append(
                unclaimed(text, mention, segments, "a fee, a price or a time cut or raised, no rate")
            )
            continue
        level_before = next(
            (
                m
                for m in reversed(mentions[:index])
                if m.kind == mention.kind
                and m.change is None
                and segments.sentence(m.value_start) == segments.sentence(mention.value_start)
            ),
            None,
        )
        if a_gap_read_as_a_level(text, segments.clause(mention.value_start).start, mention, links, level_before):
            result.unclaimed.append(
                unclaimed(
                    text,
                    mention,
                    segments,
                    "a gap to what it is compared with or to its target, which no indicator measures",
                )
            )
            continue
        if the_total_a_count_is_out_of(
            text, segments.clause(mention.value_start).start, mention, mentions[index - 1] if index else None
        ):
            result.unclaimed.append(unclaimed(text, mention, segments, "the total a count before it is out of"))
            continue
        if the_set_a_later_fraction_counts_in(text, segments.sentence(mention.value_start), mention, mentions):
            result.unclaimed.append(unclaimed(text, mention, segments, "the set a later fraction counts in"))
            continue
        if a_market_share(text, segments.clause(mention.value_start).start, mention):
            result.unclaimed.append(unclaimed(text, mention, segments, "a company's share of a market"))
            continue
        if a_bound_of_some_units(text, segments.clause(mention.value_start).start, mention):
            result.unclaimed.append(
                unclaimed(text, mention, segments, "a bound some of the province's units fall below or rise above")
            )
            continue
        if a_threshold_of_a_group(text, segments.clause(mention.value_start).start, mention):
            result.unclaimed.append(
                unclaimed(text, mention, segments, "a threshold that picks out a group of units, not where one stands")
            )
            continue
        if what_would_have_been(
            text, segments.clause(mention.value_start).start, segments.sentence(mention.value_start), mention
        ):
            result.unclaimed.append(unclaimed(text, mention, segments, "what could or would have been, not what was"))
            continue
        if points_restated_as_a_share(linking_doc, mention):
            result.unclaimed.append(
                unclaimed(text, mention, segments, "a score's share of its maximum points, said again as a percent")
            )
            continue
        if ranks_an_unclaimed_figure(text, mentions, index, claimed):
            # "kinh tế - xã hội tăng trưởng đạt 9,8%, đứng thứ 6 cả nước, đứng thứ 2 trong vùng ...": the rank of the
            # figure right before it, which states no measure of digital transformation
            result.unclaimed.append(unclaimed(text, mention, segments, "the rank of a figure no indicator claims"))
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
            # (not in a cause the sentence opens with: "Thanks to the acceleration of digital transformation ..., the
            # province's non-budget investment attraction reached nearly 37.9 trillion VND")
            cause = _A_LEADING_CAUSE.match(text, sentence.start, mention.start)
            words_start = cause.end() if cause else sentence.start
            about_dx = (
                bool(grammar.dx_words.search(text, words_start, sentence.end))
                or _after_a_catalog_figure_of_its_own_words(text, mentions, index, claimed, words_start)
                or _funds_of_the_titles_plan(text, sentence, mention, title, grammar)
                or refers_back_to_a_sentence_about_dx(text, segments, mention, language)
            )
            clause = segments.clause(mention.value_start)
            # an index of its own, unless one of other things than digital transformation ("chỉ số năng lực cạnh
            # tranh cấp tỉnh (PCI)")
            named_index = names_its_own_index(linking_doc, mention, sentence) and not (
                language.other_index_words.search(text, sentence.start, mention.value_start)
            )
            graded = mention.kind == "count" and _graded_in_an_assessment_of_dx(
                text, segments, language, mention, _next_figure_or_end(mentions, index, sentence)
            )
            outside = (
                None
                if changes_an_unclaimed_amount(text, mentions, index, claimed)
                # "Chỉ số cải cách hành chính của tỉnh năm 2023 đạt 84,5%": a figure of an index of other things,
                # named in its own clause
                or an_index_of_other_things_in_its_clause(linking_doc, mention, sentence, clause)
                or the_economys_growth(text, clause, mention, language)
                or share_of_an_unclaimed_count(linking_doc, mentions, mention, claimed)
                or breakdown_of_an_unclaimed_count(linking_doc, mentions, index, claimed)
                else measure_outside_catalog(
                    mention,
                    language,
                    about_dx
                    # "... là 2.242 thủ tục. Trong đó, cấp tỉnh là 1.845; ...": parts of the count of the sentence before
                    or (
                        part_of_a_count(text, segments, mentions, index, language)
                        and after_a_sentence_about_dx(text, segments, sentence, grammar)
                    ),
                    graded
                    or continues_a_sentence_about_dx(text, segments, mention, language, [mentions[i] for i in claimed])
                    # "In May 2025, the Center ... processing administrative procedures.\n\nThe Center received 16,571
                    # applications ...": a page that sets each sentence apart goes on with what the sentences before said,
                    # of the subject they named (not "Bệnh viện đa khoa tỉnh đã khám cho 45.000 bệnh nhân"; nor a subject
                    # of its own: "tỷ lệ hộ nghèo đạt 94,6%")
                    or (
                        segments.paragraph(mention.value_start) == sentence
                        and not names_a_subject_of_its_own(text[sentence.start : mention.start], language)
                        and goes_on_with_its_subject(text, segments, sentence, grammar)
                    )
                    # "...Bộ chỉ số phục vụ người dân ... dịch vụ công ... Cụ thể: Chỉ số công khai, minh bạch đạt
                    # 11,3/18 điểm": an index of its own, named just after words about digital transformation
                    or (named_index and after_a_sentence_about_dx(text, segments, sentence, grammar)),
                    text[max(clause.start, mention.start - 40) : mention.start],
                    ranked_measure=ranked_about_dx(text, segments, mentions, index, language, linking_doc),
                    named_index=named_index,
                    part_of_a_count=part_of_a_count(text, segments, mentions, index, language)
                    or count_with_its_noun_left_out(text, segments, mentions, index, language)
                    or a_listed_part_of_a_count(text, segments, mentions, index, claimed, language),
                    group_words=text[mention.end : sentence.end] if mention.kind == "top_n" else "",
                    written_after=text[mention.noun_span[0] : clause.end],
                    graded=graded,
                    clause_lead=text[clause.start : mention.start],
                    # (not the parts in brackets after a figure: "97.9% (Party Block 98.7%; People's Council 99.5%)")
                    list_items=_BRACKETED.sub("", text[sentence.start : sentence.end]).count(";") + 1,
                )
            )
            if outside is not None:
                links = [Link(outside, 0.0, [concept_phrase(mention)])]
        if not links:
            result.unclaimed.append(
                unclaimed(
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
            for year in consecutive_years(
                text, mention, segments, phrases, is_annual_index(found.concept.code, grammar)
            ):
                add_fact(
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
    result.facts, result.duplicates = deduplicate(result.facts, segments=segments)
    result.undated, undated_duplicates = deduplicate(result.undated, result.facts, segments=segments)
    result.duplicates += undated_duplicates
    result.facts, result.undated, restated = without_restating_headings(text, result.facts, result.undated)
    result.duplicates += restated
    named_ends = {p.end for p in places.names if p.code != NATION}
    result.facts, result.undated, restated = without_bare_restatements(text, result.facts, result.undated, named_ends)
    result.duplicates += restated
    result.uncatalogued, restated = deduplicate(result.uncatalogued)
    result.duplicates += restated
    result.uncatalogued, restated = without_restated_measures(result.uncatalogued, result.facts + result.undated)
    result.duplicates += restated
    return result
