"""Figures outside the catalog: a number no indicator's concept words claim, that still states a measure.

Reports state many measures the catalog does not hold (the accounts one platform opened, the judicial
record dossiers handled online, the stations one operator built). Such a figure is found, attributed and
dated like any other (its province, period and target flag), but it has no indicator: it is kept as a
figure outside the catalog (report_unclaimed_mention, with its attribution; `dxw extract` lists it with
``status`` ``uncatalogued``), never loaded as a fact of an indicator it does not state.

Which numbers are measures is a matter of the language, read from report_lexicon.yaml:
- a percent, or a top-N group ("một trong 5 tỉnh dẫn đầu"), in a sentence about digital transformation;
- a count whose noun (what it counts) opens with a word of ``measured_nouns`` (dossiers, accounts,
  transactions, subscribers, stations...), in such a sentence; a count of administrative units, agencies or
  people only as a coverage fraction ("11/11 huyện", "45.158/53.571 người"): "9 huyện phát sinh hồ sơ" says
  who, not how much;
- a rank among the provinces of a measure about digital transformation ("820 doanh nghiệp công nghệ số, xếp thứ
  21 cả nước"), not of a topic of its own ("đứng thứ 4 cả nước về dân số");
- a change of rank over several editions ("tăng 20 bậc so với năm 2021" in 2023), which the catalog's
  change since the previous edition is not;
- a multiple after a word of growth ("tỷ lệ hồ sơ trực tuyến tăng hơn 2,7 lần"), in such a sentence;
- an amount of money in such a sentence ("tổng mức đầu tư 50 tỷ đồng"), not a price of one thing ("230 nghìn
  đồng/tháng").
"""

from __future__ import annotations

import re

from assets.reports.concepts import Concept
from assets.reports.language import Language, english_letters, names_at_a_word, writes_english
from assets.reports.link_document import LEADING
from assets.reports.mentions import ONE_OF, Mention
from assets.reports.segments import Segments
from assets.reports.tables import COMPARED_HEADER

UNCATALOGUED_FAMILY = "uncatalogued"


def _concept(kind: str, unit: str, change: bool) -> Concept:
    return Concept(
        code=f"uncatalogued_{kind}{'_change' if change else ''}",
        kind=kind,
        unit=unit,
        family=UNCATALOGUED_FAMILY,
        groups=(),
        nouns=None,
        levels=frozenset(),
        unless=None,
        change=change,
        national=False,
        from_title=False,
        valid_min=None,
        valid_max=None,
        signature=f"uncatalogued {kind} {change}",
        open=True,
    )


OPEN_CONCEPTS = {
    ("percent", False): _concept("percent", "percent", False),
    ("percent", True): _concept("percent", "percent", True),
    ("count", False): _concept("count", "count", False),
    ("count", True): _concept("count", "count", True),
    ("top_n", False): _concept("top_n", "top_n", False),
    ("score", False): _concept("score", "points", False),
    ("score", True): _concept("score", "points", True),
    ("rank", False): _concept("rank", "rank", False),
    ("rank_change", True): _concept("rank_change", "places", True),
    ("ratio", True): _concept("ratio", "times", True),
    # a speed, in megabits a second ("đường truyền ... đến cơ quan nhà nước có tốc độ trung bình 1 Gb/s")
    ("speed", False): _concept("speed", "Mbps", False),
    ("speed", True): _concept("speed", "Mbps", True),
    # an amount, in the currency it is written in ("đầu tư 50 tỷ đồng", "kim ngạch 12 triệu USD")
    ("money_vnd", False): _concept("money", "vnd", False),
    ("money_vnd", True): _concept("money", "vnd", True),
    ("money_usd", False): _concept("money", "usd", False),
    ("money_usd", True): _concept("money", "usd", True),
}
CURRENCIES = ("vnd", "usd")  # the units of an amount of money
# a price or an amount for each one ("giá cước 230 nghìn đồng/tháng", "hỗ trợ 500.000 đồng mỗi học sinh"): no measure
# ... nor what enterprises paid to the state budget ("nộp ngân sách 34 tỷ đồng"): taxes, not a measure of the sector
_PAID_TO_THE_BUDGET = re.compile(
    # (the budget named, and a time, between: "Nộp ngân sách địa phương 09 tháng đầu năm 2024 đạt 34 tỷ đồng")
    r"(?<!\w)(?:nộp ngân sách|paid to the (?:state |local )?budget|budget contributions?)"
    r"(?:\s+(?:nhà nước|địa phương|trung ương))?"
    r"(?:[^.;:]{0,40}?\s(?:ước|đạt|là|khoảng|hơn|trên|gần|tới|lên tới|reached|was|of))?"
    r"(?:\s+(?:ước|đạt|là|khoảng|hơn|trên|gần|tới|lên tới)){0,2}\s*$",
    re.I,
)
# ... in English, the budget named after the amount ("contributed 80 billion VND to the budget")
_TO_THE_BUDGET_AFTER = re.compile(r"\s*(?:vnd|dong)?\s*to\s+the\s+(?:state\s+|local\s+)?budget\b", re.I)
_PAID = re.compile(r"(?<!\w)(?:contribut\w*|paid|pays?|nộp)(?!\w)", re.I)  # (not "allocated ... to the budget for")
_FOR_EACH_AFTER = re.compile(
    r"\s*(?:/|mỗi\b|một\s+(?:tháng|năm|người|hộ|thuê bao)\b|per\b|a\s+(?:month|year)\b|each\b)", re.I
)
# a speed no indicator claims that a share of users has above it ("60% người dùng truy cập băng rộng cố định tốc độ trên
# 1 Gbps"): the bar of a grade, not a speed anything has (with a share before it in its clause; "đạt trên 100 Mbps" alone
# is a hedged speed)
_A_SPEED_THRESHOLD = re.compile(
    r"(?<!đạt )(?<!là )(?<!reached )(?<!reaches )(?<!is )(?<!of )(?<!\w)(?:trên|over|above|more than|faster than)\s*$",
    re.I,
)
_TIMES = re.compile(r"(?<!\w)gấp\s*$", re.I)  # "cao gấp 3 lần": a multiple, with or without a change word


# "(over 3 times more than the previous year)", "gấp 3 lần so với năm trước": a multiple set against a base after it
_COMPARED_AFTER = re.compile(
    r"\s*(?:(?:more|higher|greater|larger|bigger|faster)\s+than|as\s+(?:many|much|high)\s+as|over\s+the|compared|so với)\b",
    re.I,
)


def _grown_by(lead: str, language: Language) -> bool:
    """A multiple after a word of change of the lexicon, a few words before it ("tăng hơn 2,7 lần", "tăng gấp 1,5
    lần", "increased by 3 times"), or after "gấp"; not how often something was done ("tổ chức 3 lần")."""
    tail = lead[-40:]
    if _TIMES.search(tail):
        return True
    return any(
        len(tail[m.end() :].split()) <= 2 and not re.search(r"[,;.]", tail[m.end() :])
        for words in (language.change_up_words, language.change_down_words)
        for m in words.finditer(tail)
    )


MULTI_EDITION_CHANGE = OPEN_CONCEPTS[("rank_change", True)]  # a change of rank over several editions


def measured(noun: str, language: Language) -> bool:
    """The noun names what reports measure: a measured noun opens it, or, in English, ends its head
    (``names_at_a_word``)."""
    # (after the words before what is counted: "125.400 số hộ được đào tạo", "các tài khoản")
    return names_at_a_word(language.measured_nouns, LEADING.sub("", noun))


def _fraction_of_units(mention: Mention, language: Language) -> bool:
    """ "11/11 huyện", "173/173 xã", "19/19 sở", "45.158/53.571 người": how many of the province's units, agencies
    or people a measure covers."""
    return (
        mention.denominator is not None
        and 0 < mention.value <= mention.denominator
        and _units_or_people(mention.noun or "", language)
    )


def _units_or_people(noun: str, language: Language) -> bool:
    """The noun names administrative units, agencies or people (what a coverage counts)."""
    return any(
        words.match(noun)
        for words in (language.local_place_words, language.agency_words, language.covered_people_words)
    )


# a clause that opens naming what its count counts (after an opening phrase and its comma), then the count: "Số người
# dân có tài khoản ... đạt 520.000 người", "Năm 2024, tổng số lượng hồ sơ ... là 12.000"
_COUNTED_SUBJECT = re.compile(
    r"(?:^|[,:])\W*(?:tổng\s+)?số(?:\s+lượng)?\s+(?P<noun>[^\d,;:()]+?)\s+(?:đã\s+|ước\s+)?(?:đạt|là|lên tới|lên đến)"
    r"(?:\s+(?:trên|hơn|gần|khoảng|tới|đến|xấp xỉ))?\s*$",
    re.I,
)
# the same in English: "The total number of online transactions reached over 120,000", "the number of accounts
# activated is estimated at nearly 500,000"
_ENGLISH_COUNTED_SUBJECT = re.compile(
    r"(?:^|[,:;]|\b(?:while|and|with|as)\b)\W*(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<noun>[^\d,;:()]+?)\s+"
    r"(?:(?:is|was|has|had|have)\s+)?(?:been\s+)?(?:reached|reaches|stood at|stands at|totaled|totalled|"
    r"(?:is|was)?\s*estimated\s+at|is|was|rose to|increased to|grew to)"
    r"(?:\s+(?:over|more than|nearly|almost|about|around|approximately|some))?\s*$",
    re.I,
)
# what agencies or units counted do with a system or a service, right after their noun ("226 đơn vị tham gia hệ thống
# xử lý phản ánh hiện trường", "48 đơn vị cấp xã thành lập 364 tổ công nghệ số", "120 agencies use the platform"): how many
# take part, a measure (not how many there are: "tỉnh có 20 sở, ngành"; nor who does what: "8 sở, ngành triển khai
# chuyển đổi số" says who)
_TAKE_PART = re.compile(
    # (not how many were set up by law, "65 đơn vị ... được thành lập theo Nghị quyết", nor those that did not)
    r"[^;:.()\d]{0,40}?(?<!\w)(?:đã\s+|đang\s+)?(?<!được )(?<!chưa )(?<!không )(?:tham gia|kết nối|sử dụng|thành lập|"
    r"joined|join|use|uses|using|connected|established|set up)(?!\w)",
    re.I,
)
_AN_AMOUNT_OF_THE_ECONOMY = re.compile(
    r"(?<!\w)(?:ngân sách|thu ngân sách|grdp|gdp|tổng sản phẩm|fdi|oda|vốn đầu tư|thu hút đầu tư|kim ngạch|xuất khẩu|"
    r"nhập khẩu|giải ngân|budget|investment|exports?|imports?)(?!\w)",
    re.I,
)
# how many took part ("duy trì 1.400 tổ công nghệ số cộng đồng với sự tham gia của hơn 10.000 người")
_PARTICIPANTS_LEAD = re.compile(
    r"(?<!\w)(?:sự\s+)?tham gia của\s+(?:(?:hơn|trên|gần|khoảng|tổng cộng|gần như)\s+)?$|(?<!\w)(?:with\s+(?:the\s+)?)?"
    r"participation\s+of\s+(?:(?:more than|over|nearly|about|almost)\s+)?$",
    re.I,
)
# a share of people restated as their number in brackets ("phổ cập AI cho 100% giáo viên (gần 14.000 người)")
_A_SHARE_RESTATED = re.compile(
    r"\d\s*%\s+[^\d()%;.]{1,40}\(\s*(?:(?:gần|hơn|trên|khoảng|nearly|over|about)\s+)?$", re.I
)
# "tất cả 65 xã", "all 102 communes and wards", "all of its 151 communes": all of them, a coverage
_ALL_OF = re.compile(r"(?<!\w)(?:tất cả|toàn bộ|all(?:\s+of)?(?:\s+(?:the|its|their))?)\s*$", re.I)


ELLIPTIC_WORDS = 5  # at most this many words before a figure whose subject is the sentence before's


def elliptic(sentence_lead: str, language: Language) -> bool:
    """A sentence that opens with a few words and the figure, with no rate word of its own ("Khối cấp xã mới đạt
    41,3%", "Đồng thời, 100% ..."), takes its subject from the sentence before it."""
    return len(sentence_lead.split()) <= ELLIPTIC_WORDS and not language.rate_heads.search(sentence_lead)


# an English sentence that only says how many there are ("To date, there have been nearly 180,000 transactions")
_THERE_HAVE_BEEN = re.compile(
    r"(?:^|[,:]\s*)there\s+(?:have\s+been|has\s+been|are|were|is|was)(?:\s+(?:now|so far|already))?"
    r"(?:\s+(?:nearly|about|around|over|more than|almost|some|approximately))?\s*$",
    re.I,
)
# how much of a plan's tasks or targets is done: of the plan the sentences before speak of
_TASKS_DONE = re.compile(
    r"(?<!\w)(?:(?:task|target|goal)s?\s+completion(?:\s+rate)?|completion\s+rate\s+of\s+(?:the\s+|its\s+)?(?:tasks|targets|goals)"
    r"|t[ỷỉ] lệ\s+hoàn thành\s+(?:các\s+)?(?:nhiệm vụ|chỉ tiêu|mục tiêu))(?!\w)"
    # (the tasks alone, not those of another plan: "tỷ lệ hoàn thành chỉ tiêu thu ngân sách", "mục tiêu giảm nghèo")
    r"(?=\s*(?:of\s+(?:the\s+)?(?:provincial|province|commune|district)|of\s+the\s+[\w\s-]{0,30}blocks?|"
    r"đạt|là|của|reached|was|is|stood|[:,(]|$))",
    re.I,
)
# what the sentence before named, referred back to ("these companies", "their contribution", "các doanh nghiệp này")
_REFERS_BACK = re.compile(
    r"(?<!\w)(?:(?:these|those)\s+(?:companies|enterprises|businesses|firms|units|agencies|platforms|systems)"
    r"|(?:các|những|số)\s+(?:doanh nghiệp|đơn vị|cơ quan|nền tảng|hệ thống)\s+(?:này|trên|nói trên)"
    # ("Năm 2023, doanh thu của họ đạt 80.000 tỷ đồng": their revenue)
    r"|(?<=\s)của\s+họ)(?!\w)",
    re.I,
)
_CONTINUED_WITHIN = 300  # characters before an elliptic sentence where the sentence it continues stands
# "Cụ thể, tỷ lệ trung bình cấp tỉnh đạt 94,6%": a sentence that details what was said before, with a bare rate of
# no words of its own (an average, a level), is the rate just named
_DETAILS_THE_RATE_BEFORE = re.compile(
    r"\s*(?:cụ thể|trong đó|theo đó|specifically|in particular)\s*[,:]?\s*(?:tỷ lệ|tỉ lệ|the rate|the average rate)"
    r"(?:\s+(?:trung bình|bình quân|chung|average))?(?:\s+(?:của|ở|tại|at|of))?(?:\s+(?:the\s+)?(?:cấp|khối)\s+[^\W\d]+"
    r"|\s+(?:the\s+)?[^\W\d]+\s+level)?\s*(?:đạt|là|ở mức|chiếm|was|is|reached)?\s*",
    re.I,
)


def refers_back_to_a_sentence_about_dx(text: str, segments: Segments, mention: Mention, language: Language) -> bool:
    """The figure's sentence opens with a subject that refers back to what the sentence before spoke of
    (``_REFERS_BACK``), and that sentence is about digital transformation, or refers back in turn to one that is: "...
    more than 1,500 information technology and electronics companies ... In 2024, total revenue from these companies
    exceeded VNĐ500 trillion ... Their contribution to the State budget surpassed VNĐ2.5 trillion"."""
    sentence = segments.sentence(mention.value_start)
    end = mention.value_start  # (of the figure's own sentence, the words before it)
    for _step in range(2):  # the sentence before, or the one before that through a sentence referring back too
        if sentence.start == 0 or not _opens_referring_back(text, sentence.start, end):
            return False
        sentence = segments.sentence(len(text[: sentence.start].rstrip()) - 1)
        if language.dx_words.search(text, sentence.start, sentence.end):
            return True
        end = sentence.end
    return False


def _opens_referring_back(text: str, start: int, end: int) -> bool:
    """The sentence from ``start`` opens with a subject that refers back (``_REFERS_BACK``), after an opening
    adverbial at most ("In 2024, ..."; not inside a clause of its own: "The city's retail sales, driven by these
    enterprises, ...")."""
    found = _REFERS_BACK.search(text, start, min(end, start + 60)) or re.match(r"\s*(their)\s", text[start:end], re.I)
    if found is None:
        return False
    lead = text[start : found.start() if found.re is _REFERS_BACK else start + found.start(1)]
    return lead.count(",") <= 1 and not ("," in lead and len(lead.split(",")[0]) > 20)


def continues_a_sentence_about_dx(
    text: str, segments: Segments, mention: Mention, language: Language, figures_before: list[Mention]
) -> bool:
    """The figure continues what was just said about digital transformation: its sentence names no subject of
    its own (no rate or growth word before it: "Khối cấp xã mới đạt 41,3%", "Tỉnh A (58%), tỉnh B (55%)") in a
    paragraph about it; or it opens with a few words and the figure after such a sentence (a table's cell under
    its row); or its clause does, after a figure of its kind that is one of the text's measures.
    ``figures_before``: the figures before it that are facts or measures outside the catalog."""
    sentence = segments.sentence(mention.value_start)
    clause = segments.clause(mention.value_start)
    paragraph = segments.paragraph(mention.value_start)
    lead = text[sentence.start : mention.start]
    if not names_a_subject_of_its_own(lead, language) and language.dx_words.search(
        text[paragraph.start : paragraph.end]
    ):
        return True
    if _THERE_HAVE_BEEN.search(lead) and sentence.start == paragraph.start and paragraph.start > 0:
        # "... connecting the system with the national population database ...\n\nTo date, there have been nearly
        # 180,000 transactions": a paragraph that opens counting what the one before it spoke of
        before = segments.paragraph(max(0, len(text[: paragraph.start].rstrip()) - 1))
        if language.dx_words.search(text[before.start : paragraph.end]):
            return True
    window = max(0, sentence.start - _CONTINUED_WITHIN)
    if (
        elliptic(lead, language)
        and not concept_phrase(mention)
        and language.dx_words.search(text[window : sentence.start])
    ):
        return True  # a figure with no words of its own on either side ("+ Cấp huyện\n92%"), not "100% hợp tác xã"
    if _TASKS_DONE.search(lead) and language.dx_words.search(text[window : sentence.start]):
        # "... the Resolution 57 Monitoring Information System ... The overall task completion rate ... 97.9%"
        return True
    if (
        _DETAILS_THE_RATE_BEFORE.fullmatch(lead)
        and not concept_phrase(mention)
        and language.dx_words.search(text[window : sentence.start])
    ):
        return True  # "... tỷ lệ xử lý hồ sơ công việc ... [a caption] Cụ thể, tỷ lệ trung bình cấp tỉnh đạt 94,6%"
    # (an item of its clause after such a figure: "cấp huyện đạt 95,5%, cấp xã đạt 97,5%")
    item_start = max([clause.start] + [m.end for m in figures_before if clause.start <= m.value_start < mention.start])
    return elliptic(text[item_start : mention.start], language) and any(
        m.kind == mention.kind and window <= m.value_start < item_start for m in figures_before
    )


def measure_outside_catalog(
    mention: Mention,
    language: Language,
    sentence_about_dx: bool,
    continues_dx: bool,
    lead: str = "",
    ranked_measure: bool = False,
    named_index: bool = False,
    part_of_a_count: bool = False,
    group_words: str = "",
    written_after: str = "",
    graded: bool = False,
    clause_lead: str = "",
    list_items: int = 1,
) -> Concept | None:
    """The open concept of a number no catalog indicator claims, when the language says it is a measure;
    None when it is not (it stays an unclaimed mention). Its sentence must be about digital transformation,
    or (a percent or a top-N group) continue elliptically one that is (``continues_dx``, see ``elliptic``).
    A count names what it counts, and no act of administrative reform may lead a count of procedures
    (``lead``: the words of its clause before it). A rank is one when what it ranks is about digital
    transformation (``ranked_measure``, see ``ranks_a_measure_about_dx``). A score is one of the index its
    sentence names (``named_index``: "chỉ số Công khai, minh bạch đạt 13,2/18 điểm"). A part of a count before it,
    its noun left out (``part_of_a_count``: "..., trong đó 80.000 đã được kích hoạt"), is a count too.
    ``written_after``: the words of its clause after a count's number, where the words that make its noun no
    measure may run past the noun ("7.400 doanh nghiệp đang hoạt động": the noun stops at "đang"). ``graded``: a
    grade follows the count ("8 sở, ngành được xếp loại tốt"): of the province's units or agencies (not people), a
    count of how many an assessment put in that grade. ``clause_lead``: its clause before it, which may open naming
    what it counts ("Số người dân có tài khoản thanh toán đạt 520.000 người"). ``list_items``: how many ";"-items its
    sentence has (a list of targets or results, whose items each name their own measure)."""
    change = mention.change is not None
    noun = mention.noun or ""
    graded_units = (
        graded
        and mention.kind == "count"
        and any(w.match(noun) for w in (language.local_place_words, language.agency_words))
    )
    about_dx = sentence_about_dx or (
        continues_dx
        # "Có 12/150 xã đạt trên 50% chỉ tiêu được giao" after a paragraph about it: how many units did so
        and (
            mention.kind in ("percent", "top_n")
            or named_index
            or _fraction_of_units(mention, language)
            or (mention.kind == "count" and measured(noun, language))
            or graded_units
            # "... 3.429.762 bưu phát.\n\nDoanh thu ước đạt 168,2 tỷ đồng": an amount with a few words only (not one of
            # the economy's or the budget's: "Tổng thu ngân sách đạt 9.500 tỷ đồng", "GRDP ước đạt 45.000 tỷ đồng")
            or (
                mention.kind == "money"
                and elliptic(clause_lead, language)
                and not names_a_subject_of_its_own(clause_lead, language)
                and not _AN_AMOUNT_OF_THE_ECONOMY.search(clause_lead)
            )
        )
    )
    if not about_dx:
        return None
    if (header := _A_HEADER_BEFORE.match(clause_lead)) and COMPARED_HEADER.search(header.group(1)):
        # "So với cùng kỳ (%): 107,5%", "Change (%): -0.6%", "% of plan: 106.5": a table's column of how much of another
        # column a value is, or how far it moved, whose row the reader leaves out: nothing says what it measures
        return None
    if mention.kind == "percent":
        if (
            list_items >= LIST_ITEMS
            and (subject_words_of_its_own(clause_lead, language) or 0) >= OWN_RATE_WORDS
            and not language.dx_words.search(f"{clause_lead} {written_after}")
        ):
            # "...; the rate of enterprises with innovation, research and development (R&D) activities will strive to
            # reach over 30%; ...": an item of a list that names its own rate, with no word of digital transformation,
            # measures that, whatever the list's other items are about
            return None
        return OPEN_CONCEPTS[("percent", change)]
    if mention.kind == "top_n":
        # "nằm trong nhóm 10 địa phương thu hút dòng vốn FDI nhiều nhất": a group by a measure of its own, not
        # about digital transformation
        return None if _grouped_by_another_measure(group_words, language) else OPEN_CONCEPTS[("top_n", False)]
    if mention.kind == "rank" and ranked_measure:
        return OPEN_CONCEPTS[("rank", False)]
    if mention.kind == "rank_change" and ranked_measure:
        return OPEN_CONCEPTS[("rank_change", True)]  # the change of such a rank
    if mention.kind == "ratio" and (_grown_by(lead, language) or _COMPARED_AFTER.match(written_after)):
        return OPEN_CONCEPTS[("ratio", True)]
    if mention.kind in ("score", "points") and named_index:
        return OPEN_CONCEPTS[("score", change)]
    if mention.kind == "speed" and sentence_about_dx and not (_A_SPEED_THRESHOLD.search(lead) and "%" in clause_lead):
        return OPEN_CONCEPTS[("speed", change)]
    if mention.kind == "money" and mention.unit in CURRENCIES:
        # "Số tiền giao dịch không dùng tiền mặt tại các trường học đạt khoảng 4 tỷ đồng": an amount of its sentence's
        # measure (or of the one before, see ``about_dx``); not a price of one thing ("... 230 nghìn đồng/tháng")
        for_each = _FOR_EACH_AFTER.match(written_after[len(noun) :])  # (its noun, if any, comes first)
        return (
            None
            if for_each
            or _PAID_TO_THE_BUDGET.search(clause_lead or lead)
            or (_TO_THE_BUDGET_AFTER.match(written_after[len(noun) :]) and _PAID.search(clause_lead or lead))
            else OPEN_CONCEPTS[(f"money_{mention.unit}", change)]
        )
    whole = mention.value >= 1 and float(mention.value).is_integer()
    if part_of_a_count and whole:
        return OPEN_CONCEPTS[("count", change)]  # "..., trong đó 80.000 đã được kích hoạt": a part of a count
    if mention.kind == "plain" and whole and _counts_a_measured_subject(clause_lead, language):
        return OPEN_CONCEPTS[("count", change)]  # "The total number of mobile subscribers is ... 500,000"
    if mention.kind == "count" and whole:
        if language.reform_nouns.match(noun) and language.unmeasured_leads.search(lead):
            return None
        if _an_english_reform_count(noun, written_after, language):
            return (
                None  # "71 newly announced procedures", "47 procedures were abolished": acts of administrative reform
            )
        held = language.holders.match(noun)
        if held:
            noun = noun[held.end() :]  # "1.446.705 người đăng ký tài khoản trên iHanoi" counts accounts
        unmeasured = language.unmeasured_nouns.match(noun) or (
            not held and language.unmeasured_nouns.match(written_after.lstrip())
        )
        if measured(noun, language) and not unmeasured:
            return OPEN_CONCEPTS[("count", change)]
        if _counts_a_measured_subject(clause_lead, language):
            # "Số người dân có tài khoản thanh toán đạt 520.000 người": what the clause opens counting
            return OPEN_CONCEPTS[("count", change)]
        if (
            graded_units
            or _fraction_of_units(mention, language)
            or (
                language.agency_words.match(noun)
                and _TAKE_PART.match(written_after)
                and not ONE_OF.search(lead)  # "Là một trong 8 địa phương tiên phong ... triển khai": a group
            )
            or (
                _units_or_people(noun, language) and (_PARTICIPANTS_LEAD.search(lead) or _A_SHARE_RESTATED.search(lead))
            )
            or (_ALL_OF.search(lead) and _units_or_people(noun, language))
        ):
            # "11/11 huyện", or all of them: "toàn bộ 11 đơn vị cấp huyện ... đã ban hành kế hoạch"
            return OPEN_CONCEPTS[("count", change)]
        own_clause = f"{clause_lead} {written_after}"
        if _an_english_count_of_its_own(
            mention,
            noun,
            language,
            # (its own clause about it: "...deployed digital platforms; 25 communes achieved good results in new rural
            # areas" is not)
            bool(language.dx_words.search(own_clause)) and writes_english(own_clause, language),
            unmeasured,
        ):
            return OPEN_CONCEPTS[("count", change)]
    return None


# a line the table reader writes for such a column: its header, a colon, then the value ("So với KH: 97,2%")
_A_HEADER_BEFORE = re.compile(r"\W*([^:\d]{1,40}):\s*[+\-−]?$")


# what a rate's own words are not: its predicate and hedges, in both languages
_RATE_PREDICATE_WORDS = re.compile(
    r"(?<!\w)(?:đạt|chiếm|là|ở mức|khoảng|gần|hơn|trên|dưới|tới|đến|mới|chỉ|vẫn|ước|phấn đấu|sẽ|will|strive|to|be|"
    r"reach|reached|reaches|is|was|at|least|over|about|nearly|more|than|of|the|năm|\d+)(?!\w)",
    re.I,
)
OWN_RATE_WORDS = 3  # "tỷ lệ trung bình cấp tỉnh đạt 94,6%" names no rate of its own: it details the one just named


def subject_words_of_its_own(lead: str, language: Language) -> int | None:
    """How many words of its own the subject the words before a figure name has: after its last rate or growth word
    ("tỷ lệ hộ nghèo đạt": 2; "the rate of enterprises with innovation, research and development (R&D) activities will
    strive to reach over": 8), without its levels and its predicate and hedges ("tỷ lệ trung bình cấp tỉnh đạt": 1;
    "Còn thành phố đạt tỷ lệ": 0); None when no such word names a subject."""
    heads = list(language.own_subject_words.finditer(lead))
    if not heads:
        return None
    words = lead[heads[-1].end() :]
    for level in language.levels.values():
        words = level.sub(" ", words)
    return len(_RATE_PREDICATE_WORDS.sub(" ", words).split())


def names_a_subject_of_its_own(lead: str, language: Language) -> bool:
    """The words before a figure name a subject of its own ("tỷ lệ hộ nghèo đạt", "tăng trưởng kinh tế đạt"); a rate
    word that only leads the value ("Còn thành phố đạt tỷ lệ 66%"), or a level ("tỷ lệ cấp xã đạt"), names none."""
    return bool(subject_words_of_its_own(lead, language))


LIST_ITEMS = 3  # ";"-items from which a sentence is a list whose items each name their own measure
MIN_UNLISTED_COUNT = 10  # fewer are mostly a framework's size ("3 pillars", "4 levels", "2 phases"), not a measure


def _an_english_count_of_its_own(
    mention: Mention, noun: str, language: Language, about_dx: bool, unmeasured: re.Match | None
) -> bool:
    """An English count of what no list names, in an English clause about digital transformation (``about_dx``):
    English pages count what their province does in nouns of every kind ("connects 96 communes", "has had 237,000
    installations"), so one is a measure unless it is small or counts a framework's parts, times, events or the
    country's provinces (``framework_nouns``) or what a plan sets (targets, tasks)."""
    return bool(
        about_dx
        and english_letters(noun)
        and re.search(r"[a-z]", noun)
        and mention.value >= MIN_UNLISTED_COUNT
        and not unmeasured
        and not language.target_nouns_counted.match(noun)
        and not language.framework_nouns.match(noun)
        and not names_at_a_word(language.framework_nouns, noun)
    )


def _counts_a_measured_subject(clause_lead: str, language: Language) -> bool:
    """The clause opens naming what its figure counts, a thing a report measures ("Số người dân có tài khoản ... đạt",
    "The total number of mobile subscribers is estimated at nearly")."""
    subject = _COUNTED_SUBJECT.search(clause_lead) or _ENGLISH_COUNTED_SUBJECT.search(clause_lead)
    return bool(
        subject
        and measured(subject.group("noun"), language)
        and not language.unmeasured_nouns.match(subject.group("noun"))
    )


# What a leading group's words may hold besides the measure it is a group by: the provinces, leading, the nation
_GROUP_FRAME = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|thành|tỉnh, thành phố|địa phương|đơn vị|trực thuộc|trung ương|dẫn đầu|đứng đầu|cao nhất|"
    r"nhiều nhất|tốt nhất|đầu tiên|cả nước|toàn quốc|trên|trong|của|về|có|các|những)(?!\w)",
    re.I,
)
_GROUP_OWN_WORDS = 2  # more words of its own than this name what the group is by


_DONE = re.compile(r"(?<!\w)(?:hoàn thành|hoàn tất)(?!\w)", re.I)


def _an_english_reform_count(noun: str, written_after: str, language: Language) -> bool:
    """An English count of procedures whose own words say they were announced, amended, simplified or abolished, before
    the noun ("71 newly announced procedures", "187 modified and supplemented procedures") or after it ("47
    procedures were abolished"): acts of administrative reform, as "công bố 71 thủ tục" in Vietnamese."""
    reform = language.reform_nouns.search(noun)
    if reform is None or not re.fullmatch(r"[a-z\s,-]*", noun[: reform.start()]):
        return False  # (English words before the procedures only)
    said = noun + " " + " ".join(written_after[len(noun) :].split()[:3]) if written_after.startswith(noun) else noun
    return language.unmeasured_leads.search(said) is not None


def _grouped_by_another_measure(group_words: str, language: Language) -> bool:
    """The words after a leading group's size, up to a comma, name a measure with no word of digital
    transformation ("10 địa phương thu hút dòng vốn FDI nhiều nhất cả nước"), not just the provinces leading."""
    own = re.split(r"[,.;:()]", group_words, maxsplit=1)[0]
    if language.dx_words.search(own):
        return False
    if _DONE.search(own) and language.dx_words.search(re.split(r"[.;:]", group_words, maxsplit=1)[0]):
        return False  # "28 địa phương hoàn thành việc xây dựng, kết nối, tích hợp kho dữ liệu điện tử": what they did
    return len(_GROUP_FRAME.sub(" ", own).split()) > _GROUP_OWN_WORDS


# Words that end what a count names: a preposition, a verb of its clause or a joiner
# ("27.000 hồ sơ lý lịch tư pháp | qua môi trường điện tử").
_PHRASE_ENDS = re.compile(
    r"\b(?:trở|về|qua|trên|được|đã|đang|sẽ|của|tại|với|và|trong|cho|từ|đến|để|là|khi|bằng|thông qua|theo|gồm|có)\b"
)
_WORDS = re.compile(r"\w+(?:-\w+)*(?:[ \t]+\w+(?:-\w+)*){0,7}")


def concept_phrase(mention: Mention) -> str:
    """What the figure measures, as far as its own words say (for the analyst's eye, not for linking):
    the noun after the number up to its first preposition, verb or joiner, at most eight words."""
    found = _WORDS.match(mention.noun or "")
    if not found:
        return ""
    phrase = found.group(0)
    end = _PHRASE_ENDS.search(phrase)
    return (phrase[: end.start()] if end else phrase).strip()


_REGIONAL = re.compile(r"\s*(?:trong\s+|của\s+)?(?:khu vực|vùng|miền)\b", re.I)
_RANK_LEAD = re.compile(
    r"[\W]*(?:(?:và|còn|đồng thời|hiện|đã|vẫn|tiếp tục)\s+)*(?:xếp|đứng|xếp hạng|giữ|ở|vươn lên|nằm)\b", re.I
)


def ranks_a_measure_about_dx(text: str, segments: Segments, mention: Mention, language: Language, hidden) -> bool:
    """What a rank ranks is about digital transformation: its clause names it, or (a clause that opens with the
    ranking verb: "Toàn tỉnh có 820 doanh nghiệp công nghệ số, xếp thứ 21 cả nước") the clause before does.
    ``hidden``: spans whose words name no concept (an agency's name: "Vụ Kinh tế số - Xã hội số")."""
    clause = segments.clause(mention.value_start)
    if _REGIONAL.match(text, mention.end, clause.end):
        return False  # "xếp thứ 2 vùng Tây Nguyên": a place in a region, not among the provinces
    spans = [(clause.start, clause.end)]
    if _RANK_LEAD.match(text, clause.start) and clause.start > 0:
        before = segments.clause(clause.start - 1)
        if segments.sentence(before.start) == segments.sentence(clause.start):
            spans.append((before.start, before.end))
    for start, end in spans:
        for found in language.dx_words.finditer(text, start, end):
            if not any(s <= found.start() < e for s, e in hidden):
                return True
    return False
