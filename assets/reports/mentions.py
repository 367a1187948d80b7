"""Every number a report states, read with the grammar of the language.

A mention is a number with what the words around it make of it: a percent (``66,79%``,
``65-70%``), a fraction (``25/25 dịch vụ``: 25 with denominator 25), a rank (``thứ 21/63``,
``vị trí thứ Nhất``, ``xếp thứ bảy``), a rank change (``tăng 5 bậc``, ``tụt 11 bậc``: signed),
a leading group (``top 5``, ``nhóm 20 tỉnh dẫn đầu``), an amount (``2.000 tỷ đồng``,
``132 triệu USD``), a measure (``6.360 km``, ``40Mbps``), a score or points (``0,6383``,
``478,99/1.000 điểm``), a ratio (``tăng 1,5 lần``) or a count with its noun
(``1.497.360 tài khoản định danh điện tử``, ``hơn 330 nghìn hồ sơ``). Numbers that are not
measures (dates, years, document numbers, ages, technology generations, list numbering...) are
set aside with their reason. Which indicator a mention states is decided later (linking.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assets.reports.language import Language, english_letters, writes_english
from assets.reports.numbers import SCALES, NumberError, parse_number
from assets.reports.timephrases import TimePhrase

# (a currency code may be written on the number: "VND36,571 billion")
_NUMBER = re.compile(
    r"(?:(?<![\w.,/])|(?<=VND)|(?<=VNĐ)|(?<=USD))(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d]|[.,]\d)"
)
# (not the "tỷ" of "tỷ lệ", "tỷ trọng": "1 Tỷ lệ hồ sơ ..." is a table's row number before a rate, no billion)
# a change named after its amount on an English page: "a 35% increase", "a 12 percent drop"
_ENGLISH_CHANGE_AFTER = re.compile(
    r"\s+(?:(?P<up>increase|rise|growth|jump|gain|hike)|(?P<down>decrease|decline|drop|fall|reduction))\b", re.I
)
# the rest of a number written in two scales, in whole units of the smaller ("3 triệu 200 nghìn", "2 tỷ 500 triệu")
_SMALLER_SCALE_AFTER = re.compile(r"\s+(\d{1,3})\s*(nghìn|ngàn|triệu)(?!\w)", re.I)
_ENGLISH_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE = re.compile(
    r"\s*((?:nghìn|ngàn)\s+tỷ|nghìn|ngàn|triệu|tỷ|tỉ|thousand|million|billion|trillion)(?!\w)(?!\s+(?:lệ|trọng)(?!\w))",
    re.I,
)
# a sign written right against a number, after a space, a colon, a bracket or a cell's bar (not a range, "10-12%",
# "60 -70%", nor a word joined by a hyphen, "COVID-19")
_A_SIGN_RIGHT_BEFORE = re.compile(r"(?:^|[:(|]|(?<![\d%])\s)([+\-−])$")
# "tăng 1,2 điểm phần trăm", "2 điểm %", "3 percentage points": a change of a percent, in percentage points
# ("per cent": British spelling, as Việt Nam News writes it)
_PERCENT = re.compile(
    r"\s*(?:(?:điểm\s*)?%|(?:điểm\s+)?phần trăm(?!\w)|(?:percentage\s+points?|percent|per\s+cent)(?!\w))", re.I
)
# "25/25", and a fraction in words: "942.934 trên tổng số 979.536 hồ sơ", "1.579 trong tổng số 1.937
# dịch vụ", "2.187 trên 2.460 hồ sơ" (N out of a whole of M; a bare "trên" only before a larger M); "18 out of 20",
# "15 out of the 18 tasks", "27 of the 30 tasks" (a bare "of", as "trên", only before a larger M that is no year).
_FRACTION = re.compile(
    r"\s*(?:/|\b(?:trên|trong) tổng(?:\s+số)?\b|\bout of(?:\s+the)?(?:\s+(?:a\s+)?total(?:\s+of)?)?\b"
    r"|(?P<bare>\btrên\b|(?P<bare_of>\bof(?:\s+the)?\b)))"
    r"\s*(?P<whole>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\d/])",
    re.I,
)
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_CURRENCY_BEFORE = re.compile(r"(?<![\w$])(vnd|vnđ|usd|us\$|\$)\s*$", re.I)  # a currency code written first
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?!\w)", re.I)
# ... and where it stands: "20th in the DTI 2023", "15th in the country", "12th out of 63" (not "the 5th of May")
_ORDINAL_ENDS_ITS_PHRASE = re.compile(
    r"\s*(?:[,.;:)]|$|(?:and|with|among|nationwide|nationally|overall|in|out\s+of)(?!\w))", re.I
)
_NOUN_STOP = re.compile(
    r"[;:()\[\]]|,(?!\d)|\.(?=\s|$)|\s(?:và|với|so với|tăng|giảm|đạt|chiếm|trong đó|là|đối với|trên tổng số|được|đã|đang|sẽ|có thể|nhằm|để|vượt|bằng)(?=\s)|(?<!level)(?<!mức)(?<!mức độ)(?<!cấp độ)\s\d(?![\d/]*G\b)|(?:\s+[-–—~]\s*|(?<![^\W\d_])[-–—~]\s*)(?=\d)"
    # (not a word joined to a number by a hyphen: "850,000 level-2 electronic identification accounts", nor the
    # number of a level: "2.38 million level 2 electronic identification accounts")
    # "(bao) gồm" lists the parts; "thuê bao" (a subscription) is no "bao gồm": "57.239 thuê bao gồm ..."
    r"|\s(?:(?<!thuê )bao gồm|gồm)(?=\s)"
    # a spaced dash ends it ("đạt 0,3048 - tăng trưởng 44,6%"), and a time phrase: "nâng lên 35% vào năm 2030"
    r"|\s[-–—]\s"
    r"|\s(?:(?:vào|trong|đến|tới|cuối|hết|đầu)\s+)?(?:năm|tháng|quý)\s+(?=\d|[IV]+\b)",
    re.I,
)
NOUN_WORDS = 10  # a counted noun phrase is short: "tài khoản định danh điện tử", "hồ sơ công việc tại cấp xã"
# "(từ vị trí 16 lên 1)", "từ thứ 45 xuống 56": the two ranks of a move.
# "điểm" after a word of deploying or connecting ("triển khai 236 điểm", "kết nối tới 193 điểm", "tại 12
# điểm", "trong đó có 43 điểm") counts sites, not points of a score ("tỉnh có 612 điểm", "đạt tới 650 điểm" are)
_SITES_BEFORE = re.compile(
    r"(?:(?:triển khai|lắp đặt|kết nối|quy mô)(?:\s+(?:tại|tới|đến))?|(?<!\w)tại|trong đó có)\s+"
    r"(?:(?:tổng cộng|tổng số|khoảng|hơn|trên|gần)\s+)?$"
)
_FROM_TO = re.compile(
    r"từ\s+(?:vị trí\s+|thứ\s+|hạng\s+)?(?:thứ\s+)?\d{1,2}(?:\s+năm\s+\d{4})?\s+(?:giảm\s+|tăng\s+)?(?:lên|xuống)\s+(?:vị trí\s+|thứ\s+|hạng\s+)?(?:thứ\s+)?$",
    re.I,
)
# the spaces from a position on, matched where they stand (slicing the rest of the text for each number would copy
# the page once per number)
_SPACES = re.compile(r"\s*")
# "tăng từ 35% (năm 2022) lên 68%": a level a measure rose or fell from, to the level after "lên" or "xuống"
_FROM_A_LEVEL = re.compile(r"(?<!\w)từ\s+(?:mức\s+)?$", re.I)
_TO_A_LEVEL_AFTER = re.compile(
    r"\s*%?(?:\s*(?!năm\b|lên\b|xuống\b)[^\W\d_]+){0,3}\s*(?:\(?\s*(?:trong\s+|vào\s+|cuối\s+)?năm\s+\d{4}\s*\)?)?\s*,?\s*"
    r"(?:lên|xuống)\s+(?:mức\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d",
    re.I,
)
# a verb of change right before "từ"/"from" and the level ("tăng từ mức 45%", "up from an estimated 7.8%"); not a range
# of changes ("tăng từ 10% đến 15%", "tăng trưởng từ 15-20%/năm")
_ROSE_FROM_A_LEVEL = re.compile(
    r"(?<!\w)(?:(?:tăng|giảm|nâng)\s+từ\s+(?:mức\s+)?|(?:up|down|rising|rose|risen|increased|increasing|grew|grown"
    r"|growing|climbed|climbing|fell|fallen|falling|dropped|decreased|improved|improving)\s+from\s+(?:an?\s+)?"
    r"(?:estimated\s+)?)(?:khoảng\s+|gần\s+|hơn\s+|trên\s+|about\s+|around\s+|nearly\s+|over\s+|almost\s+|just\s+)?$",
    re.I,
)
_A_RANGE_AFTER = re.compile(
    # (nor a floor: "tăng từ 20% trở lên", "tăng từ 2 bậc trở lên", "by 20 percent or more")
    r"\s*%?\s*(?:(?:đến|tới|[-–])\s*\d|(?:điểm phần trăm\s+|bậc\s+|percent\s+)?(?:trở lên|trở xuống|or more|or less))",
    re.I,
)
_FROM_START = re.compile(r"từ\s+(?:vị trí\s+|thứ\s+|hạng\s+)?(?:thứ\s+)?$", re.I)
_FROM_TO_AFTER = re.compile(
    r"(?:\s+năm\s+\d{4})?\s+(?:(?:giảm|tăng|tiến|vươn|nhảy|bứt phá|tụt|rơi|lùi)\s+)?(?:lên|xuống)\s+(?:vị trí\s+|thứ\s+|hạng\s+)?(?:thứ\s+)?\d",
    re.I,
)
# "nhận thức số 16/63", "16/63 tỉnh, thành phố": a rank out of the provinces; "26/34 chỉ tiêu" counts.
_RANK_OUT_OF = re.compile(r"\s*(?:$|[,.;:)(]|(?:tỉnh|thành|địa phương|cả nước|toàn quốc|trong|về|trên)\b)", re.I)
# "thứ 7 trong nhóm 34 tỉnh", "thứ 11 trong tổng số 63 tỉnh, thành phố", "thứ 11/63" in words: the provinces ranked
_AMONG_THE_PROVINCES = re.compile(
    r"\s+(?:trong|trên|trong số|trong tổng số|trên tổng số)\s+(?:nhóm\s+|số\s+)?(63|34)\s+"
    r"(?:tỉnh|địa phương|đơn vị hành chính cấp tỉnh)(?!\w)",
    re.I,
)
# "32/63 tỉnh, thành phố (chiếm 50,8%) có giá trị DTI trên mức trung bình": a count of provinces.
_PROPERTY_AFTER = re.compile(
    r"[^.;\n]{0,45}?\s(?:có|đạt|được|thuộc|nằm|trên mức|dưới mức|đều|đã|ban hành|hoàn thành|triển khai|thành lập)\s",
    re.I,
)
# "Cả nước hiện có 63/63 tỉnh ...", "trong đó 40/63 tỉnh": provinces counted, not a rank
_COUNTED_BEFORE = re.compile(r"(?:^|\s)(?:có|gồm|trong đó|tổng số|với)\s*$", re.I)
# "(là) một trong 10 địa phương dẫn đầu": a leading group.
# "một trong", "1 trong", "01 trong" (not "thứ 1 trong 63"), "nằm trong 20 tỉnh ... cao nhất"; English "one of the",
# "among the" ("among the 20 leading cities and provinces")
ONE_OF = re.compile(
    r"(?:(?:một|(?<![\d.,])(?<!thứ )(?<!hạng )0?1|nằm|lọt|thuộc)\s+trong\s+(?:số\s+)?|\b(?:one of|among)\s+(?:the\s+)?)$",
    re.I,
)
# the English adjectives of a leading group, right after its number ("the 20 leading cities", "10 best")
_LEADING_WORDS = r"(?:leading|best|top|top-performing|best-performing|highest-ranked)"
# "là một trong 10 tỉnh dẫn đầu", "... một trong 5 tỉnh đầu tiên của cả nước kết nối ...": a leading group, of the
# best or of the first to do something
_LEADING_AFTER = re.compile(
    r"[^.;\n]{0,45}?(?:dẫn đầu|đứng đầu|top|đầu tiên)"
    # ... or highest on an index of digital transformation ("nằm trong 20 tỉnh có chỉ số CĐS cao nhất"; not a grade's
    # highest level, "đạt mức A, mức xếp loại cao nhất", nor the most of something bad, "tỷ lệ hộ nghèo cao nhất")
    r"|(?:(?!mức|loại|hạng|nghèo|trễ|chậm|vi phạm|lừa đảo|sự cố)[^.;\n]){0,45}?"
    r"(?<!\w)(?:chỉ số|dti|chuyển đổi số|cđs)(?!\w)"
    r"(?:(?!mức|loại|hạng|nghèo|trễ|chậm|vi phạm|lừa đảo|sự cố)[^.;\n]){0,30}?(?:cao nhất|tốt nhất)"
    # English: the group's adjective right after its number ("among the 20 leading cities", "one of the 10 best")
    rf"|\s+(?:{_LEADING_WORDS}|first)\b"
    # ... or after the places, the best or the highest of something ("one of the 8 provinces with the highest DTI",
    # "one of the six localities whose online public services were rated the best")
    r"|\s+(?:provinces|localities|cities)\b[^.;\n]{0,60}?\bthe\s+(?:best|highest)\b"
    # ... or leading after the places, or leaders ("one of 20 provinces and cities leading the country in ...", "one of
    # 15 DT leaders in the country")
    r"|\s+(?:provinces|localities|cities)(?:\s+and\s+(?:cities|provinces|municipalities))?\s+(?:that\s+|which\s+)?lead"
    r"(?:ing|s)?\b|\s+(?:[\w-]+\s+){0,2}?leaders\b"
    # "một trong 28 địa phương hoàn thành ...": the group of provinces that did something
    r"|\s*(?:tỉnh|địa phương|thành phố)[^.;\n]{0,60}?(?<!\w)(?:hoàn thành|hoàn tất)(?!\w)",
    re.I,
)
# the leading places a group is of: "(the group of) 10 leading provinces", "20 top localities"
_LEADING_PLACES_AFTER = re.compile(
    rf"\s+{_LEADING_WORDS}\s+(?:[\w-]+\s+){{0,2}}?(?:provinces|localities|cities|units|places)\b", re.I
)
_DENSITY_NAMED_BEFORE = re.compile(
    r"/\s*(100|1\.000|1000)\s+(?:dân|người|người dân)(?!\w)\s*(?:đạt|là|:|bằng)?\s*(?:khoảng|gần|hơn|trên|tối thiểu|ít nhất|tối đa)?\s*$",
    re.I,
)
_PER_CAPITA = re.compile(r"^\s*/\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:dân|người|hộ|km2|thuê bao)(?!\w)", re.I)


@dataclass
class Mention:
    start: int  # the mention, number and unit words
    end: int
    value_start: int  # the number as written
    value_end: int
    value: float
    kind: (
        str  # percent | count | rank | rank_change | top_n | score | points | money | length | speed | storage | ratio
    )
    unit: str | None = None  # percent, vnd, usd, km, Mbps, TB, points, times (None: a count or a bare number)
    denominator: float | None = None
    noun: str = ""  # the words after the number (what a count counts), lower case
    qualifier: str | None = None
    bound: str | None = None  # "lower"/"upper" for the two ends of a range
    ambiguous: bool = False
    change: str | None = None  # "up"/"down" when a change word leads the value ("tăng 33%")
    respectively: tuple[int, int] | None = None  # (index, count) in a "lần lượt là 15, 7, 4" list
    without_cue: bool = False  # that list says no "lần lượt"/"respectively": "A và B đạt 0,52 và 0,61 điểm"
    previous: bool = False  # "từ vị trí 16 lên 1", "tăng từ 35% lên 68%": 16 and 35 are of the time before
    words: str = ""  # the number and its unit as written
    noun_at: int | None = None  # where the noun is written when another figure names it for both

    @property
    def as_written(self) -> str:
        return self.words

    @property
    def noun_span(self) -> tuple[int, int]:
        """Where the words it counts stand (one character of slack for the space before them)."""
        start = self.end if self.noun_at is None else self.noun_at
        return start, start + len(self.noun) + 1


@dataclass(frozen=True)
class SetAside:
    start: int
    end: int
    text: str
    reason: str


@dataclass
class MentionScan:
    mentions: list[Mention] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)


def _blocked_spans(text: str, language: Language, phrases: list[TimePhrase]) -> list[tuple[int, int, str]]:
    spans = [(p.start, p.end, "period" if p.role != "comparison" else "comparison base") for p in phrases]
    for rule in language.non_measures:
        for m in rule.pattern.finditer(text):
            # the numbers its groups capture, or the whole match when none does (one of several alternatives may
            # capture none; one pattern may capture two numbers: "có 54 hộ với 194 nhân khẩu")
            groups = [m.span(g) for g in range(1, rule.pattern.groups + 1) if m.group(g) is not None]
            spans.extend((start, end, rule.reason) for start, end in groups or [m.span()])
    return spans


def _inside(position: int, spans: list[tuple[int, int, str]]) -> str | None:
    for start, end, reason in spans:
        if start <= position < end:
            return reason
    return None


def _tail(text: str, position: int, length: int = 40) -> str:
    return text[max(0, position - length) : position]


def scan_mentions(
    text: str, language: Language, phrases: list[TimePhrase], term_spans: list[tuple[int, int]] = ()
) -> MentionScan:
    """Every number of ``text`` as a mention, or set aside with the reason it is not a measure.
    ``term_spans`` are concept words with digits ("0 điểm", "/100 dân"): their digits are words."""
    blocked = _blocked_spans(text, language, phrases) + [(s, e, "part of a concept term") for s, e in term_spans]
    scan = MentionScan()
    consumed: set[int] = set()  # starts of numbers already read as part of another mention
    numbers = list(_NUMBER.finditer(text))
    english = writes_english(text, language)
    words = _word_numbers(text, language)
    if english:
        taken = {start for start, *_ in words}
        words += [w for w in _english_cardinals(text, language) if w[0] not in taken]
    tokens = sorted([(m.start(), m.end(), m.group(1), None) for m in numbers] + words)
    for start, end, digits, word_value in tokens:
        if start in consumed:
            continue
        reason = _inside(start, blocked)
        if reason:
            scan.set_aside.append(SetAside(start, end, text[start:end], reason))
            continue
        per_capita = _per_capita(text, start)
        if per_capita:
            scan.set_aside.append(SetAside(start, end, text[start:end], "denominator of a rate"))
            continue
        mention = _read(text, start, end, digits, word_value, language, consumed, english)
        if mention is None:
            scan.set_aside.append(SetAside(start, end, text[start:end], "not a number"))
            continue
        if _cut_off(text, mention):
            scan.set_aside.append(SetAside(start, end, text[start:end], "the text is cut off at the number"))
            continue
        if mention.unit in ("vnd", "usd") and _PER_ANOTHER_UNIT.match(text, mention.end):
            # "60 triệu đồng/người": an amount per something, no amount (a length per something, "2,35 km/điểm
            # phục vụ", is still a length: a radius)
            scan.set_aside.append(SetAside(start, end, text[start:end], "a rate per another unit"))
            continue
        scan.mentions.append(mention)
    _mark_ranges(text, scan.mentions, language)
    _changes_of_a_rank(text, scan.mentions, language)
    _scores_changed_with_a_rank(text, scan.mentions)
    _share_nouns_of_fractions(text, scan.mentions)
    _share_nouns_of_coordinated_counts(scan.mentions)
    _parts_share_the_wholes_noun(text, scan.mentions)
    _parts_in_brackets(text, scan.mentions, language)
    _set_aside_spreads(text, scan, language)
    _mark_respectively(text, scan.mentions, language)
    _ranks_in_a_series(text, scan.mentions)
    return scan


def _cut_off(text: str, mention: Mention) -> bool:
    """A bare number that ends the text, with no unit, noun or full stop after it ("Về tiến độ giải quyết TTHC
    8"): an excerpt cut in the middle of its sentence, so what the number counts is lost."""
    if mention.kind not in ("count", "plain") or mention.unit or mention.noun or text[mention.end :].strip():
        return False
    # not the last item of a list of numbers ("lần lượt là 8, 19, 33"), nor a value a label or verb states
    # before it ("Tổng số trạm BTS là 3.420", "Số trạm BTS 5G đã lắp đặt: 45")
    before = text[max(0, mention.value_start - 30) : mention.value_start]
    if _LIST_BEFORE.search(before):
        return False
    # a small number after a stating word may be the start of a longer one ("đạt 4" of "đạt 4.512"); three digits or
    # a thousands separator look whole
    digits = text[mention.value_start : mention.end]
    whole = len(re.sub(r"\D", "", digits)) >= 3 or bool(re.search(r"\d[.,]\d{3}", digits))
    return not (_STATED_BEFORE.search(before) and whole)


# not per year, quarter or month: "1.200 tỷ đồng/năm" is the year's amount
_PER_ANOTHER_UNIT = re.compile(r"[^\S\n]*/[^\S\n]*(?!(?:năm|quý|tháng)(?!\w))[^\W\d_]", re.I)
_LIST_BEFORE = re.compile(r"\d\s*(?:,|và|;)\s*$", re.I)
_STATED_BEFORE = re.compile(
    r"(?:(?<!\w)(?:là|đạt|bằng|gồm|lên)|[:=])\s*(?:(?:khoảng|gần|hơn|trên|tới|đến|chỉ|tổng cộng)\s+)?$",
    re.I,
)


def _per_population(text: str, cursor: int, language: Language, consumed: set[int]) -> tuple[str, int] | None:
    """A density after the number: ("per_100" | "per_1000", the end of its words). The
    denominator's digits are consumed (they are no figure of their own)."""
    for unit in ("per_100", "per_1000"):
        pattern = language.units.get(unit)
        found = pattern.match(text, cursor) if pattern is not None else None
        if found:
            digits = re.search(r"\d", found.group(0))
            if digits:
                consumed.add(cursor + digits.start())
            return unit, found.end()
    return None


def _per_capita(text: str, start: int) -> bool:
    """'/1.000 dân', '/100 dân': the denominator of a rate, not a figure."""
    before = text[max(0, start - 3) : start]
    return "/" in before and bool(_PER_CAPITA.match(text[start - 1 - (len(before) - before.rfind("/") - 1) :]))


# Words after a cardinal that make it not a count ("một trong 14 địa phương", "hai năm", "một số").
_NOT_COUNTED = (
    r"(?:trong|năm|tháng|ngày|tuần|giờ|phút|lần|số|cách|khi|là|và|cửa|phần|mặt|chiều|thời|lúc|nữa|vài|hay|hoặc)(?!\w)"
)


def _bracketed_rank(text: str, m: re.Match, language: Language) -> bool:
    """ "Hải Phòng (thứ ba), TP. Hồ Chí Minh (thứ tư)": an ordinal alone in brackets, in a sentence that
    ranks (a rank word before it on its line)."""
    if not (re.search(r"\(\s*$", text[max(0, m.start() - 3) : m.start()]) and re.match(r"\s*\)", text[m.end() :])):
        return False
    if re.search(r"\d\s*[/.-]\s*\d{1,4}\s*\(\s*$", text[max(0, m.start() - 14) : m.start()]):
        return False  # "ngày 14/3 (thứ Năm)": the day of the week of a date
    opening = max(text.rfind("\n", 0, m.start()), m.start() - 200, 0)  # "TP. Hồ Chí Minh": no sentence split
    sentence = text[opening : m.start()].lower()
    return bool(language.rank_verbs.search(sentence) or language.rank_words.search(sentence))


def english_ordinal(word: str, language: Language) -> int | None:
    """The value of an English ordinal written as a word ("first", "sixteenth", "forty-first"), else None."""
    word = word.lower()
    if word in language.rank_ordinals:
        return language.rank_ordinals[word]
    tens, _, unit = word.partition("-")
    units = language.rank_ordinals.get(unit)
    if tens in language.rank_ordinal_tens and units is not None and units < 10:
        return language.rank_ordinal_tens[tens] + units  # "forty-first": forty and a unit below ten
    return None


def _rank_word_before(before: str, language: Language) -> bool:
    """A rank word right before the value, maybe with "at" or "the" ("ranked 19th", "ranks at No. 5", "ranking the
    fourth")."""
    ends = [m.end() for m in language.rank_words.finditer(before)]
    return bool(ends) and _AT_THE.fullmatch(before, ends[-1]) is not None


_AT_THE = re.compile(r"\s*(?:(?:at|in)\s+)?(?:the\s+)?", re.I)
# a place a ranking gave, said of where one came ("came in third", "came second"; not "finished the first phase")
# ... or a standing kept: "staying at the fifth in the Index", "remained at fourth"
_A_LEVEL_NOT_A_PLACE = re.compile(r"\s+(?:level|stage|phase|tier|round|degree|time|step)s?\b", re.I)
_CAME_IN_BEFORE = re.compile(
    r"(?<!\w)(?:(?:came|comes|come)\s+(?:in\s+)?|(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)\s+(?:at\s+)?(?:the\s+)?)$",
    re.I,
)
# where an English ordinal stands, right after it: "and third in the region", "fifth nationwide", "second out of 63"
_ORDINAL_SCOPE = re.compile(
    r"\s+(?:nationwide|nationally|(?:in|among)\s+the\s+(?:country|nation|region|(?-i:[A-Z][\w-]*\s+){1,5}"
    r"(?:region|provinces))(?!\w)|out\s+of\s+\d"
    # "second among localities in the Southeast region", "third among provinces and cities"
    r"|among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:localities|provinces|cities|units)(?!\w))",
    re.I,
)


def _compound(language: Language) -> str:
    """A compound number in words: "hai mươi mốt" (21), "mười lăm" (15), "ba mươi" (30)."""
    heads = "|".join(
        sorted((re.escape(w) for w, v in language.cardinal_words.items() if 1 < v < 10), key=len, reverse=True)
    )
    ten = "|".join(re.escape(w) for w, v in language.cardinal_words.items() if v == 10)
    units = "|".join(sorted(map(re.escape, language.units_after_tens), key=len, reverse=True))
    # atomic: a compound is read whole or not at all ("ba mươi tư" is never "ba mươi" counting "tư")
    return rf"(?>(?:(?:{heads})\s+{re.escape(language.word_number_tens)}|{ten})(?:\s+(?:{units})(?!\w))?)"


def _word_value(written: str, words: dict[str, int], language: Language) -> int:
    """The value of a number written in words: one word of ``words`` or a compound of tens."""
    parts = written.lower().split()
    if len(parts) == 1:
        return words[parts[0]]
    if parts[1] == language.word_number_tens:
        value, rest = language.cardinal_words[parts[0]] * 10, parts[2:]
    else:
        value, rest = language.cardinal_words[parts[0]], parts[1:]
    return value + sum(language.units_after_tens[part] for part in rest)


def _word_numbers(text: str, language: Language) -> list[tuple[int, int, str | None, int]]:
    """Ordinals written as words after a rank word ('xếp thứ bảy', 'vị trí thứ Nhất', 'thứ hai mươi mốt'), and
    cardinals before what they count ('một chỉ tiêu', 'hai trạm', 'mười lăm xã'); "năm" is left out (it is
    also "year")."""
    compound = _compound(language)
    words = "|".join(sorted(map(re.escape, language.ordinal_words), key=len, reverse=True))
    cardinals = "|".join(sorted((re.escape(w) for w in language.cardinal_words if w != "năm"), key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w])({compound}|{cardinals})\s+(?!{_NOT_COUNTED})(?=[^\W\d_])", text, re.I):
        if m.group(1)[0].isupper() and text[m.end() : m.end() + 1].isupper():
            continue  # "Hai Phong", "Ba Ria": a capitalised word before a capitalised word is a name
        if text[m.end() :].lower().startswith(language.word_number_tens):
            continue  # "hai mươi năm qua": the head of tens whose compound counts nothing
        if not re.search(r"(?:thứ|của|mỗi|trên|cho|/)\s*$", text[max(0, m.start() - 6) : m.start()], re.I):
            out.append((m.start(1), m.end(1), None, _word_value(m.group(1), language.cardinal_words, language)))
    for m in re.finditer(rf"(?<!\w)thứ\s+({compound}|{words})(?!\w)", text, re.I):
        before = _tail(text, m.start(), 25).lower()
        if (
            language.rank_verbs.search(before)
            or language.rank_words.search(before)
            or _bracketed_rank(text, m, language)
        ):
            out.append((m.start(1), m.end(1), None, _word_value(m.group(1), language.ordinal_words, language)))
    # "vươn lên xếp hạng chín": an ordinal right after "xếp hạng" ("năm" is left out: "xếp hạng năm nay")
    not_year = "|".join(sorted((re.escape(w) for w in language.ordinal_words if w != "năm"), key=len, reverse=True))
    for m in re.finditer(rf"(?<!\w)xếp\s+hạng\s+({compound}|{not_year})(?!\w)", text, re.I):
        out.append((m.start(1), m.end(1), None, _word_value(m.group(1), language.ordinal_words, language)))
    # "đứng nhất cả nước về chỉ số DTI", "xếp nhì": first or second place without "thứ" or "hạng"
    for m in re.finditer(r"(?<!\w)(?:đứng|xếp)\s+(nhất|nhì)(?!\w)", text, re.I):
        out.append((m.start(1), m.end(1), None, language.ordinal_words[m.group(1).lower()]))
    # "dẫn đầu cả nước về chỉ số DTI", "đứng đầu toàn quốc về tỷ lệ cấp CCCD", "leads the country in ...", "dẫn đầu cả 3
    # trụ cột": first place said in words, among all the provinces or in all three pillars (not a lead that
    # _A_LEADING_GROUP_BEFORE, _A_UNIT_LEADS or _A_UNITS_RANKING_AFTER tells apart; nor a region's, "dẫn đầu khu vực")
    taken = {start for start, *_ in out}
    for m in FIRST_PLACE_IN_WORDS.finditer(text):
        lead = _tail(text, m.start(), 60)
        if (
            m.start() not in taken
            and not _A_LEADING_GROUP_BEFORE.search(lead)
            and not _A_UNIT_LEADS.search(lead)
            and not _A_UNITS_RANKING_AFTER.match(text, m.end())
        ):
            out.append((m.start(), m.end(), None, 1))
    # "ranked sixteenth", "ranks fourth among", "took first place": an English ordinal after a rank word or before a
    # place word (not "in the first place", an idiom)
    tens = "|".join(map(re.escape, language.rank_ordinal_tens))
    ordinals = "|".join(sorted(map(re.escape, language.rank_ordinals), key=len, reverse=True))
    last_ordinal_end = -1
    for m in re.finditer(rf"(?<![\w-])((?:(?:{tens})-)?(?:{ordinals}))(?![\w-])", text, re.I):
        if english_ordinal(m.group(1), language) is None:
            continue
        placed = language.rank_place_words.match(text, _SPACES.match(text, m.end()).end()) or _ORDINAL_SCOPE.match(
            text, m.end()
        )
        if (
            (
                _rank_word_before(_tail(text, m.start(), 25), language)
                # the later places of a list of them ("ranked third, seventh and fifth respectively")
                or (
                    last_ordinal_end >= 0
                    and _LIST_SEPARATOR.fullmatch(text, last_ordinal_end, m.start())
                    # (a list its cue closes, its items named before it: "pillars ranked third, seventh and fifth
                    # respectively."; not one whose items follow, "... respectively in the A, B and C pillars")
                    and re.match(
                        rf"(?:\s*(?:,\s*and|,|and)\s*(?:(?:{tens})-)?(?:{ordinals}))*\s*,?\s*respectively\s*(?:[.;,\n]|$)",
                        text[m.end(1) :],
                        re.I,
                    )
                )
                or (
                    _CAME_IN_BEFORE.search(_tail(text, m.start(), 25))
                    # (not a level or a stage kept: "stayed at the first level of maturity")
                    and not _A_LEVEL_NOT_A_PLACE.match(text, m.end())
                )
            )
            or (placed and not re.search(r"\bin\s+the\s+$", _tail(text, m.start(), 10), re.I))
        ):
            out.append((m.start(1), m.end(1), None, english_ordinal(m.group(1), language)))
            last_ordinal_end = m.end(1)
    # "tăng một bậc", "tăng năm bậc": a change of rank in words ("một" and "năm" are counted only here)
    taken = {start for start, *_ in out}
    counts = {"một": 1, **language.cardinal_words}
    cardinal = "|".join(sorted(map(re.escape, counts), key=len, reverse=True))
    for m in re.finditer(rf"(?<!\w)({compound}|{cardinal})\s+(?=(?:bậc|hạng)(?!\w)(?!\s+(?:học|mục)\b))", text, re.I):
        before = _tail(text, m.start(), 20)
        if m.start(1) not in taken and (
            language.rank_change_up.search(before) or language.rank_change_down.search(before)
        ):
            out.append((m.start(1), m.end(1), None, _word_value(m.group(1), counts, language)))
    # "up two places", "dropped five positions": the same in English words
    english = "|".join(sorted(map(re.escape, language.english_change_cardinals), key=len, reverse=True))
    for m in re.finditer(
        rf"(?<![\w-])({english})\s+(?=(?:places?|positions?|spots?|notches?|ranks?)(?!\w))", text, re.I
    ):
        before = _tail(text, m.start(), 20)
        if m.start(1) not in taken and (
            language.rank_change_up.search(before) or language.rank_change_down.search(before)
        ):
            out.append((m.start(1), m.end(1), None, language.english_change_cardinals[m.group(1).lower()]))
    return sorted(out)


# all three pillars of the index ("cả 3 trụ cột", "cả ba trụ cột chính", "all three pillars")
ALL_THREE_PILLARS = r"(?:cả\s+(?:3|03|ba)\s+trụ\s+cột|(?:all\s+)?(?:the\s+)?(?:3|three)\s+pillars)(?!\w)"
_ALL_PROVINCES = (
    r"(?:trong\s+)?(?:cả\s+nước|toàn\s+quốc|các\s+tỉnh(?:\s*,\s*|\s+)thành(?:\s+phố)?)(?!\w)"
    # (not the country's own: "topped the country's average")
    r"|the\s+(?:whole\s+)?(?:country|nation)(?!\w)(?!['’]s)"
)
# the leader named later in the clause, whose place that is ("địa phương dẫn đầu cả nước là TP. X", "dẫn đầu cả nước
# về chỉ số DTI là tỉnh Y với 0,72 điểm"; not the next place named after a comma: "X dẫn đầu cả nước, thứ 2 là Y")
_LEADER_NAMED_AFTER = (
    r"(?![^.;,\n]{0,80}?(?:,\s*)?(?<!\w)là\s+(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?(?-i:[A-ZĐ]))(?!\s*:)"
)
# no other subject's place in a ranking later in the sentence ("...; Thừa Thiên Huế xếp thứ 6", ", Hải Phòng đứng thứ 2",
# ", while the province ranked 6th"; not the same subject's other place: "... và đứng thứ 2 về chính quyền số")
_NO_OTHER_PLACE_AFTER = (
    r"(?![^.\n]*?(?:[,;]|(?<!\w)(?:while|whereas)(?!\w))\s*(?:(?:while|whereas|còn)\s+)?"
    r"(?:(?-i:[A-ZĐ])|the\s+province\b|tỉnh\b)[^,;.\n]{0,40}?"
    r"(?:(?<!\w)(?:xếp|đứng)\s+(?:thứ|hạng|vị\s+trí)|(?<!\w)ranked\s+\d|\d(?:st|nd|rd|th)\b))"
)
FIRST_PLACE_IN_WORDS = re.compile(
    rf"(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu|leads?|led|topped|tops)(?=\s+(?:{_ALL_PROVINCES}){_LEADER_NAMED_AFTER})"
    rf"|(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu)(?=\s+(?:ở\s+|về\s+|trong\s+)?{ALL_THREE_PILLARS})"
    # the provinces counted, all of them led ("dẫn đầu 63 tỉnh, thành phố về ...", "has led 63 provinces and cities")
    r"|(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu|leads?|led|topped|tops)(?=\s+(?:cả\s+|all\s+|the\s+)?(?:63|34)\s+"
    r"(?:tỉnh|địa\s+phương|provinces|localities)(?!\w))"
    # ... "topped among 63 provinces" (not with another's place later in the sentence, whose words it would take:
    # "..., while Hue ranked 6th")
    rf"|(?<!\w)(?:topped|tops|led|leads)(?=\s+among\s+(?:the\s+|all\s+)?(?:63|34)\s+(?:provinces|localities)(?!\w)"
    rf"{_NO_OTHER_PLACE_AFTER})"
    # a ranking topped in Vietnamese ("đứng đầu bảng xếp hạng chỉ số DTI 2020", "đứng đầu trong bảng xếp hạng ..."; not a
    # ranking of the province's own districts, communes or departments; nor one whose leader is named after it: "dẫn đầu
    # bảng xếp hạng DTI là TP Đà Nẵng")
    r"|(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu|xếp\s+đầu)(?=\s+(?:trong\s+)?bảng\s+xếp\s+hạng(?!\s+(?:các\s+)?(?:sở|huyện|xã|phường"
    rf"|cấp\s+huyện|cấp\s+xã|khối|đơn\s+vị\s+cấp)\b){_NO_OTHER_PLACE_AFTER}){_LEADER_NAMED_AFTER}"
    # English: the country's ranking led ("has led the nation's public service rankings"; not "topped the country's
    # average"), the top spot taken ("claimed the top spot in ...")
    r"|(?<!\w)(?:leads?|led|topped|tops)(?=\s+the\s+(?:country|nation)['’]s\s+(?:(?!average)[^.;,\n]){0,60}?\brankings?\b)"
    # a ranking topped ("topped the Digital Transformation Index (DTI) rankings", "topped the ranking for cities and
    # provinces"), the top spot taken ("claimed the top spot in ...")
    r"|(?:(?<!\w)(?:topped|tops)(?=\s+the\s+(?:(?!average)[^.;,\n]){0,60}?\brankings?\b)"
    r"|(?<!\w)(?:claim(?:s|ed)?|t(?:ook|akes?)|secured?|secures|held|holds?|w(?:on|ins?)|retain(?:s|ed)?|kept|keeps?"
    r"|(?:rose|rises|risen|climbed|climbs|moved\s+up|jumped)\s+to)"
    r"(?=\s+(?:the\s+)?top\s+(?:spot|position|place)(?!\w)))"
    # (among the provinces, not among a region's, a city's districts, ministries or the province's own units)
    r"(?![^.;\n]{0,80}?\b(?:(?:among|of)\s+(?:the\s+)?(?:\d+\s+)?(?:[\w-]+\s+){0,3}?(?:districts|communes|wards|towns"
    r"|departments|agencies|ministries|units|sectors)\b"
    r"|among\s+(?:the\s+)?(?:northern|southern|central|mountainous|highland|mekong|midland|coastal)\b"
    r"|(?:in|of)\s+the\s+(?:region|city|district)\b|the\s+(?:city|province|district)['’]s\s+(?:[\w-]+\s+){0,3}?rankings?\b"
    # (a ranking of a lower level or of the province's own: "the district-level DTI rankings", "the rankings of the
    # province's localities")
    r"|(?:district|commune|ward|department|ministry|ministerial)[- ]level\b|rankings?\s+of\s+the\s+(?:city|province)['’]s\b))",
    re.I,
)
# A lead that is not the subject's first place among the provinces, by what comes before it in its clause:
# - a group that leads: "nhóm / Top 10 tỉnh / một trong những địa phương dẫn đầu cả nước" ("Năm 2022, các chỉ số
#   của tỉnh tăng; tỉnh X dẫn đầu cả nước" is the first of all: in the clause only);
# - a lead denied: "chưa / không còn dẫn đầu", "has never led";
# - the leader another is compared with or learns from: "trong khi tỉnh dẫn đầu cả nước đạt 0,72", "chỉ sau X là
#   địa phương dẫn đầu", "bằng 80% so với tỉnh dẫn đầu";
# - the locality that leads, another than the subject: "địa phương đứng đầu cả nước về chỉ số DTI đạt 0,75 điểm" (not
#   "tỉnh là đơn vị dẫn đầu toàn quốc").
_A_LEADING_GROUP_BEFORE = re.compile(
    r"(?:(?<!\w)(?:nhóm|tốp|top|những|một\s+trong|nằm\s+trong|lọt\s+vào|among|one\s+of)(?!\w)"
    r"|(?<!\w)(?:(?<![\d.,])\d+|các)\s+(?:tỉnh|địa\s+phương|đơn\s+vị|thành\s+phố|provinces?|localities)(?!\w)"
    r"|(?<!\w)(?:so\s+với|sau|kém|bằng|hơn|trong\s+khi|behind|than|while|whereas)(?!\w))"
    r"(?:[^.;:,\n]|,\s*(?=thành))*$"
    r"|(?<!\w)(?:chưa|không|chẳng|never|not)(?:\s+(?:còn|từng|được|hề|yet))?\s+$"
    r"|(?<!\w)(?:did|does|do|has|have|had)\s+not\s+$"
    r"|(?<!là )(?<!\w)(?:địa\s+phương|đơn\s+vị)\s+$",
    re.I,
)
# a department, a block or a unit of the province leads, in the province's own ranking ("Sở Y tế dẫn đầu cả 3 trụ cột",
# "trong khối các sở, ngành", "the Department of Justice led the country in ... among provincial departments")
_A_UNIT_LEADS = re.compile(
    r"(?:(?<!\w)Sở\s+(?=[A-ZĐ])|(?<!\w)[Kk]hối\s|(?<!\w)Department\b|(?<!\w)[Bb]an\s+(?=[A-ZĐ])"
    # an English unit below the province, its name before its level ("Hoan Kiem district took the top spot")
    r"|(?<=[a-z] )(?:district|commune|ward)\b)[^.;\n]*$"
)
_A_UNITS_RANKING_AFTER = re.compile(
    r"[^.;\n]{0,80}?(?:trong\s+khối|among\s+(?:the\s+)?(?:provincial\s+)?departments)", re.I
)


# what follows a cardinal in words that counts nothing ("two of the", "three times", "five years", "one or two")
_NOT_COUNTED_IN_ENGLISH = re.compile(
    r"(?:of|or|and|to|times|years?|months?|weeks?|days?|hours?|minutes?|decades?|more|less|other|others|in|at|on|by|"
    r"for|from|with|is|are|was|were|have|has|had|thousand|hundred|million|billion)\b",
    re.I,
)


# A gap to the figure's own value of an earlier time is its change ("cao hơn 0,15 điểm so với năm 2020", "0.15 higher
# than the 2020 ranking"); a gap to an average or to another's value is not ("cao hơn 0,1 so với mức bình quân").
_GAP_BEFORE = re.compile(r"(?<!\w)(?P<direction>cao|thấp)\s+hơn\s*(?:khoảng\s+|gần\s+)?$", re.I)
_EARLIER_TIME_AFTER = re.compile(r"[^.;,\n\d]{0,20}?so\s+với\s+(?:năm|kỳ|lần|cùng\s+kỳ|đợt)(?!\w)", re.I)
_ENGLISH_GAP_AFTER = re.compile(
    r"(?:\s+points?)?\s+(?P<direction>higher|lower)\s+than\s+(?:the\s+|its\s+|in\s+)?"
    r"(?:(?:19|20)\d\d|previous|last|prior|a\s+year)(?!\w)",
    re.I,
)


def _english_cardinals(text: str, language: Language) -> list[tuple[int, int, str | None, int]]:
    """Cardinals an English page writes in words, as its style has numbers under ten (and whole tens with units,
    "fifty-two"): before what they count ("five telecommunications service providers", "seven ICT companies"), before
    "per cent", or after "top" ("among the top five"). Not "one" (one-stop, one of), nor before what counts
    nothing ("two of the", "three times", "five years"), nor the size of a list it opens with a colon."""
    units = {w: v for w, v in language.english_change_cardinals.items() if w != "one"}
    ones = "|".join(w for w, v in language.english_change_cardinals.items() if v < 10)
    tens_of = language.english_cardinal_tens
    tens = "|".join(tens_of)
    written = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])((?:{tens})(?:-(?:{ones}))?|{written})(?![\w-])", text, re.I):
        word = m.group(1).lower()
        head, _, unit = word.partition("-")
        value = tens_of[head] + language.english_change_cardinals[unit] if unit else (tens_of.get(word) or units[word])
        after = text[m.end() : m.end() + 40]
        counted = (
            re.match(r"\s+(?=[A-Za-z])", after)
            and not _NOT_COUNTED_IN_ENGLISH.match(after.lstrip())
            # nor the size of a list it opens ("three shared digital platforms: the citizen app, the IOC and ...")
            and not re.match(r"[^.;:\n]{0,80}:", text[m.end() : m.end() + 81])
        )
        percent = re.match(r"\s+(?:per\s+cent|percent)\b", after, re.I)
        top = re.search(r"\btop\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
        if counted or percent or top:
            out.append((m.start(1), m.end(1), None, value))
    return out


# "điểm trung bình cả nước: ", "tổng số điểm đạt được là ": a score named just before its value (not "điểm cầu",
# "điểm du lịch": places); and a number followed by its own noun counts that noun instead
_SCORE_NAMED_BEFORE = re.compile(
    r"(?:^|\W)(?:tổng\s+(?:số\s+)?điểm|điểm\s+(?:trung bình|bình quân|đạt được|số|tổng))(?!\w)[^\d;()\n]{0,30}?[:\s]\s*$"
    # English: "achieved a score of 91.2", "a total score of 86.1"
    r"|(?i:(?:^|\W)(?:a|an|the|its|total|overall|average)\s+score\s+of\s+(?:about\s+|nearly\s+|over\s+|almost\s+)?$)"
    # ... and the verb of a score ("ranked first ..., scoring 0.78", "scored 0.6512")
    r"|(?i:(?:^|\W)(?:scoring|scored|scores)\s+(?:about\s+|nearly\s+|over\s+|almost\s+|an?\s+)?$)"
)
# English points or a score named right before their value out of a maximum: "the province's online service delivery
# points reached 7.7/12", "the online payment score was 8.5/10"
_POINTS_NAMED_BEFORE = re.compile(
    r"(?i:(?:^|\W)(?:points?|scores?)\s+(?:reached|stood\s+at|was|were|of|at|hit|totall?ed)\s+"
    r"(?:about\s+|nearly\s+|over\s+|almost\s+)?$)"
)
_NOUN_AFTER = re.compile(r"\s*[^\W\d_]")
# a word of funding, spending or earning, in the figure's clause before it: "Kinh phí ... là khoảng 30 tỷ"
_MONEY_NAMED_BEFORE = re.compile(
    # (not an amount foreign investment is counted in, mostly dollars: "Vốn FDI đạt 150 triệu")
    r"(?<!\w)(?:kinh phí|ngân sách|vốn|tổng mức đầu tư|tổng vốn|doanh thu|chi phí|giá trị giao dịch|nguồn lực)(?!\w)"
    r"(?:(?!fdi|oda|nước ngoài|usd|đô la)[^\d;:()\n.,]){0,80}?(?<!\w)(?:đạt|là|khoảng|hơn|trên|gần|với|tới|lên tới)"
    r"\s*$",
    re.I,
)


def _at_most(digits: str, whole: float) -> bool:
    try:
        return parse_number(digits, whole=True).value <= whole
    except NumberError:
        return False


def _read(
    text: str,
    start: int,
    end: int,
    digits: str | None,
    word_value: int | None,
    language: Language,
    consumed: set[int],
    english: bool = False,
) -> Mention | None:
    before = _tail(text, start).lower()
    cursor = end
    scale_word = None
    remainder = 0.0
    if digits is not None and (sm := _SCALE.match(text, cursor)):
        scale_word, cursor = " ".join(sm.group(1).lower().split()), sm.end()
        more = _SMALLER_SCALE_AFTER.match(text, cursor)
        if more and scale_word in SCALES and SCALES[more.group(2).lower()] < SCALES[scale_word]:
            # "3 triệu 200 nghìn thuê bao": one number written in two scales
            remainder, cursor = float(more.group(1)) * SCALES[more.group(2).lower()], more.end()
            consumed.add(more.start(1))
    mention = Mention(start=start, end=cursor, value_start=start, value_end=end, value=0.0, kind="count")
    # What follows the number: percent, fraction, unit words.
    denominator = None
    if density := _per_population(text, cursor, language, consumed):
        mention.unit, cursor = density
    elif digits is not None and (named := _DENSITY_NAMED_BEFORE.search(before)):
        # "Số thuê bao băng rộng cố định/100 dân đạt 25 thuê bao": the rate is named before its value.
        mention.unit = "per_1000" if named.group(1) != "100" else "per_100"
    elif pm := _PERCENT.match(text, cursor):
        mention.kind, mention.unit, cursor = "percent", "percent", pm.end()
    elif digits is not None and not scale_word and (fm := _FRACTION.match(text, cursor)):
        try:
            denominator = parse_number(fm.group("whole"), whole=True).value
        except NumberError:
            denominator = None
        if denominator and fm.group("bare") and not _at_most(digits, denominator):
            denominator = None  # "tăng 12 trên 5 huyện"? a bare "trên" makes a fraction only of a larger whole
        if denominator and fm.group("bare_of") and _A_YEAR.fullmatch(fm.group("whole")):
            denominator = None  # "Decree 13 of 2023": a year, no whole
        if denominator:
            consumed.add(fm.start("whole"))
            cursor = fm.end()
    if mention.unit is None:
        for unit, pattern in language.units.items():
            um = pattern.match(text, _SPACES.match(text, cursor).end())
            if um and unit != "percent":
                if unit == "points" and _SITES_BEFORE.search(before):
                    break  # "triển khai 236 điểm, trong đó có 43 điểm là các sở": sites, counted
                mention.unit, cursor = unit, um.end()
                break
        if (
            mention.unit in ("vnd", "usd")
            and scale_word is None
            and (sm := _SCALE.match(text, cursor))
            and sm.group(1).lower() in _ENGLISH_SCALES
        ):
            # "40,000 VND billion" (a table's unit, "Revenue (VND billion)", written after its value): an English
            # scale after the currency (not a count after "đồng": "40.000 đồng, 3 triệu người")
            scale_word, cursor = sm.group(1).lower(), sm.end()
    if mention.unit is None and denominator is None and (currency := _CURRENCY_BEFORE.search(before)):
        mention.unit = (
            "usd" if currency.group(1) in ("usd", "us$", "$") else "vnd"
        )  # "VND 12.5 billion", "USD 3 million"
    # What precedes it: rank words, change words, leading-group words.
    rank_before = re.search(
        r"(?:^|\W)(?:thứ|vị trí(?:\s+(?:thứ|số))?|hạng(?:\s+thứ)?|xếp hạng(?:\s+thứ)?|top|ranked|rank)\s*$", before
    ) or _rank_word_before(before, language)
    # "reaching 3rd place", "took first position": an ordinal before a place word
    suffix = _ORDINAL_SUFFIX.match(text, cursor) if digits is not None else None
    if not rank_before and (suffix is not None or english_ordinal(text[start:end], language) is not None):
        rank_before = _CAME_IN_BEFORE.search(before)  # "came in third", "came 4th"
    ordinal_placed = (suffix is not None or english_ordinal(text[start:end], language) is not None) and bool(
        language.rank_place_words.match(text, _SPACES.match(text, suffix.end() if suffix else cursor).end())
        or _ORDINAL_SCOPE.match(text, suffix.end() if suffix else cursor)
    )
    # "the digital economy pillar 5th and ...": digits with an ordinal suffix that end their phrase are a place (not
    # "the 5th time", "the 2nd half", "the 14th Forum", "the 5th of May": an ordinal before what it orders)
    ordinal_alone = suffix is not None and bool(_ORDINAL_ENDS_ITS_PHRASE.match(text, suffix.end()))
    rank_verb_before = re.search(
        # not "trở lên"/"trở xuống" ("từ mức 0,5 trở lên và 34/63 tỉnh ...": at least)
        r"(?<!\w)(?:xếp|đứng|xếp hạng|giữ vững|giữ|vươn lên|(?<!trở )lên|(?<!trở )xuống|tụt|ở|vị trí)(?:\s+[^\s\d:;,.]+){0,5}\s*:?\s*$",
        before,
    )
    # "thăng hạng ngoạn mục với 18 bậc": the change word a few words before its number
    change_up = language.rank_change_up.search(before[-32:])
    change_down = language.rank_change_down.search(before[-32:])
    # "tăng so với năm 2022 là 0,0521 điểm": the change, with its comparison base between the word and the value
    compared = _COMPARED_BEFORE.sub(" ", before)
    value_up = _last_word(compared[-22:], language.change_up_words)
    value_down = _last_word(compared[-22:], language.change_down_words)
    from_level = False
    if ((value_up or value_down) and _FROM_A_LEVEL.search(before) and _TO_A_LEVEL_AFTER.match(text, end)) or (
        _ROSE_FROM_A_LEVEL.search(before) and not _A_RANGE_AFTER.match(text, end)
    ):
        # "tăng từ 35% năm 2022 lên 68% năm 2023", "tăng từ mức 45% của năm 2023", "up from an estimated 7.8% in 2024":
        # the level it rose from, no change; of the time before the level it rose to (its own year when it has one, as
        # a rank's "từ vị trí 16 lên 1")
        value_up = value_down = None
        from_level = True
    top_before = re.search(r"(?:top|tốp|nhóm)\s*$", before, re.I) or (
        # "... is in the group of 10 leading provinces" (not "a group of 10 experts", "of 20 leading experts")
        (ONE_OF.search(before) and _LEADING_AFTER.match(text, cursor))
        or (re.search(r"\bgroup\s+of\s*$", before, re.I) and _LEADING_PLACES_AFTER.match(text, cursor))
    )
    from_to = _FROM_TO.search(before[-40:]) or (_FROM_START.search(before[-14:]) and _FROM_TO_AFTER.match(text, cursor))
    after = text[cursor : cursor + 30]
    # The value.
    whole = mention.unit is None and mention.kind == "count"
    if word_value is not None:
        mention.value = float(word_value)
    else:
        try:
            parsed = parse_number(
                digits + (f" {scale_word}" if scale_word in SCALES else ""),
                whole=whole and not rank_before,
                english=english,
            )
        except NumberError:
            return None
        mention.value, mention.ambiguous = parsed.value + remainder, parsed.ambiguous
        if scale_word in _ENGLISH_SCALES:
            mention.value *= _ENGLISH_SCALES[scale_word]
    if suffix and (rank_before or ordinal_placed or ordinal_alone):
        cursor = suffix.end()
    if mention.kind != "percent":
        # "tăng từ 1 - 2 bậc": a range's lower end is in the places of its upper end
        range_to = _RANGE_TO_A_NUMBER.match(after)
        in_places = language.rank_change_units.match(after[range_to.end() :] if range_to else after.lstrip())
        # English puts the direction after the places ("43 places higher than in 2020", "5 places down")
        placed_way = (
            _DIRECTION_AFTER_PLACES.match(text, cursor + (len(after) - len(after.lstrip())) + in_places.end())
            if (in_places and not range_to)
            else None
        )
        if in_places and (
            change_up
            or change_down
            or placed_way
            or _rank_moved_further_back(_tail(text, start, 120).lower(), language)
        ):
            mention.kind, mention.unit = "rank_change", "places"
            if not range_to:
                cursor += len(after) - len(after.lstrip()) + in_places.end()
            down = placed_way.group(1).lower() in ("lower", "down") if placed_way else _last_is_down(before, language)
            mention.value = -mention.value if down else mention.value
        elif top_before:
            mention.kind, mention.unit = "top_n", None
        elif (
            rank_before
            or (
                denominator in (63.0, 34.0, 64.0)
                and (
                    rank_verb_before
                    or (
                        _RANK_OUT_OF.match(text, cursor)
                        and not _PROPERTY_AFTER.match(text, cursor)
                        and not _COUNTED_BEFORE.search(before)
                    )
                )
            )
            or from_to
            or ordinal_placed
            or ordinal_alone
            or (word_value == 1 and FIRST_PLACE_IN_WORDS.match(text, start))
            or (word_value is not None and re.search(r"(?:thứ|(?<!\w)đứng|(?<!\w)xếp)\s*$", before))
        ):
            mention.previous = bool(_FROM_START.search(before[-14:]) and _FROM_TO_AFTER.match(text, cursor))
            mention.kind, mention.unit = "rank", None
        elif mention.unit in ("vnd", "usd"):
            mention.kind = "money"
        elif mention.unit == "km":
            mention.kind = "length"
        elif mention.unit in ("Mbps", "Gbps"):
            mention.kind = "speed"
        elif mention.unit == "TB":
            mention.kind = "storage"
        elif mention.unit == "points":
            mention.kind = "score"
        elif (
            mention.unit is None
            and denominator is None
            and _SCORE_NAMED_BEFORE.search(before)
            and not _NOUN_AFTER.match(text, cursor)
        ):
            # "điểm trung bình cả nước: 12.3": a score named before its value (not one out of a total, "68,3/100",
            # whose scale the total says)
            mention.kind, mention.unit = "score", "points"
        elif (
            mention.unit is None
            # (points out of a maximum: "Wi-Fi points reached 350" counts places; a score may be whole)
            and (points := _POINTS_NAMED_BEFORE.search(before))
            and (denominator is not None or points.group(0).lower().lstrip(" ,.;:(").startswith("score"))
            and not _NOUN_AFTER.match(text, cursor)
        ):
            mention.kind, mention.unit = "score", "points"  # "points reached 7.7/12": the points, out of their maximum
        elif (
            mention.unit is None
            and denominator is None
            and scale_word in ("tỷ", "tỉ", "triệu")
            and _MONEY_NAMED_BEFORE.search(text, max(0, start - 120), start)
            and not _NOUN_AFTER.match(text, cursor)
        ):
            # "Kinh phí phân bổ hằng năm cho lĩnh vực công nghệ thông tin ... là khoảng 30 tỷ, chiếm 0,3%": an amount
            # whose currency a funding word before it implies (in đồng: the only currency written without its name)
            mention.kind, mention.unit = "money", "vnd"
        elif mention.unit == "times":
            mention.kind = "ratio"
        elif mention.unit in ("per_100", "per_1000"):
            mention.kind = "density"
        elif (
            denominator is None
            and 0 < mention.value < 1
            # "đạt 0,5808 thuộc nhóm ...", "0,3048 - tăng trưởng 44,6%": a fraction counts nothing
            and re.match(
                r"\s*(?:$|[,.;)\]]|[-–—]\s|(?:và|so với|trong|của|năm|điểm|thuộc|xếp|đứng|tăng|giảm|cao|thấp|bằng|là"
                # ... and in English: "rose to 0.6012 in 2023 from 0.5234 in 2022", "0.6012 points, ranking 12th"
                r"|in|from|and|to|points?|up|down|ranking|ranked|placing|with|while|compared|than|higher|lower|for)(?!\w))",
                text[cursor : cursor + 12],
                re.I,  # a headline in capitals: "ĐẠT 0,6123 ĐIỂM"
            )
        ):
            mention.kind = "score"
    elif value_up or value_down:
        mention.change = "down" if (value_down or -1) > (value_up or -1) else "up"
    elif english and (named := _ENGLISH_CHANGE_AFTER.match(text, cursor)):
        mention.change = "down" if named.group("down") else "up"  # "a 35% increase year-on-year"
    elif mention.kind in ("percent", "plain") and (sign := _A_SIGN_RIGHT_BEFORE.search(before)):
        # "Change (%): -0.6%", "Tăng/giảm: +12,6%": a value written with its sign is a change, never a level
        mention.change = "up" if sign.group(1) == "+" else "down"
    if mention.kind == "rank" and denominator is None and (among := _AMONG_THE_PROVINCES.match(text, cursor)):
        # "tương đương thứ 7 trong nhóm 34 tỉnh, thành phố", "thứ 11 trong tổng số 63 tỉnh": the set ranked in words,
        # as "7/34" writes it (after the merger pages give a rank among the 63 and among the 34)
        denominator = float(among.group(1))
    mention.denominator = denominator
    if mention.kind == "count" or mention.kind == "percent" or mention.kind == "top_n":
        noun_start = cursor
        if mention.kind == "count" and (skip := re.match(r"\s*\(\s*[\d.,]+\s*%?\s*\)", text[cursor:])):
            noun_start = cursor + skip.end()
        noun_text = text[noun_start : noun_start + 80]
        stop = _NOUN_STOP.search(noun_text)
        mention.noun = " ".join(noun_text[: stop.start() if stop else len(noun_text)].split()[:NOUN_WORDS]).lower()
    if mention.kind == "count" and mention.noun == "" and denominator is None:
        mention.kind = "plain"
        if _item_of_a_rank_list(text, start, cursor):
            mention.kind = "rank"
    if (q := _qualifier(before, language)) is not None and not from_level:  # "từ 35% lên 68%": no "at least"
        mention.qualifier = q
    mention.end = cursor
    mention.words = text[start:cursor]
    mention.previous = mention.previous or from_level
    if mention.kind in ("rank", "rank_change", "top_n") or mention.unit in ("percent",):
        pass
    if mention.kind == "rank_change":
        mention.change = "down" if mention.value < 0 else "up"
    elif mention.kind in ("count", "plain", "money", "score") and (value_up or value_down):
        mention.change = "down" if (value_down or -1) > (value_up or -1) else "up"
    elif mention.kind in ("plain", "score", "points") and mention.change is None:
        if (gap := _GAP_BEFORE.search(before[-24:])) and _EARLIER_TIME_AFTER.match(text, cursor):
            mention.change = "down" if gap.group("direction").lower() == "thấp" else "up"
        elif gap := _ENGLISH_GAP_AFTER.match(text, cursor):
            mention.change = "down" if gap.group("direction").lower() == "lower" else "up"
    return mention


# A list of ranks: a head that names ranks and ends with a colon ("xếp hạng theo từng chỉ số chính lần lượt là:",
# "Thứ hạng các chỉ số thành phần:"), then items of a name and a bare number ("Thể chế số - 57; Hạ tầng số - 24").
# The head ranks the province on an index's parts (not the province's own districts or communes, "xếp hạng chuyển
# đổi số cấp huyện:", nor the units in each grade, "Tốt - 12; Khá - 45").
_RANK_LIST_HEAD = re.compile(
    r"(?<!\w)(?:xếp hạng|thứ hạng|xếp thứ)(?!\w)(?:[^.:;\n\d]|(?:19|20)\d\d){0,80}?"
    r"(?<!\w)(?:chỉ số|trụ cột|dti|lĩnh vực|chính quyền số|kinh tế số|xã hội số)(?!\w)(?:[^.:;\n\d]|(?:19|20)\d\d){0,80}:",
    re.I,
)
_COMPARED_WITH = re.compile(r"(?<!\w)(?:so với|trong)(?!\w)", re.I)  # the head's units ranked come before these
_SUB_UNITS_RANKED = re.compile(
    r"(?<!\w)(?:cấp huyện|cấp xã|các huyện|các xã|các sở|các địa phương|các đơn vị)(?!\w)", re.I
)
_RANK_LIST_ITEM = re.compile(
    r"(?!(?:số|tốt|khá|trung bình|yếu|kém|xuất sắc|tổng số)(?!\w))[^\W\d][^.:;,\n\d()]{1,60}?(?:\s+[-–:]\s*|\s+)$",
    re.I,
)
_RANK_LIST_SEPARATORS = re.compile(r"^[^.:\n]*$")
_ITEM_ENDS = re.compile(r"\s*(?:[;.,)]|$)")


def _item_of_a_rank_list(text: str, start: int, end: int) -> bool:
    """A bare number that ends an item ("Thể chế số - 57;") of a list under a head that names ranks."""
    item_start = max(text.rfind(mark, 0, start) for mark in ";:,\n") + 1
    if not _RANK_LIST_ITEM.match(text[item_start:start].lstrip()) or not _ITEM_ENDS.match(text, end):
        return False
    heads = list(_RANK_LIST_HEAD.finditer(text, max(0, start - 400), start))
    head = heads[-1] if heads else None  # the last head before the number
    return (
        head is not None
        # (the units ranked, not those the province is compared with: "so với các địa phương trong cả nước")
        and not _SUB_UNITS_RANKED.search(_COMPARED_WITH.split(head.group(0))[0])
        and bool(_RANK_LIST_SEPARATORS.match(text[head.end() : item_start]))
    )


def only_change_words(between: str, language: Language) -> bool:
    """The words between a rank and a change of it are punctuation, "và" and at most a change word
    ("hạng 33, giảm 11", "hạng 17 giảm 10 bậc"; not "thứ 20/63, kinh tế số tăng 5 bậc")."""
    rest = re.sub(r"^[\s,(]*(?:và\s+)?", "", between).strip()
    return not rest or any(
        pattern.fullmatch(rest)
        for pattern in (
            language.rank_change_up,
            language.rank_change_down,
            language.change_up_words,
            language.change_down_words,
        )
    )


def _changes_of_a_rank(text: str, mentions: list[Mention], language: Language) -> None:
    """ "Chính quyền số hạng 33, giảm 11 so với năm 2021": a change with no unit of its own, right
    after a rank, is the change of that rank (places, signed)."""
    for rank, change in zip(mentions, mentions[1:]):
        if (
            rank.kind == "rank"
            and change.kind in ("plain", "count")
            and change.change is not None
            and not change.noun
            and change.denominator is None
            and float(change.value).is_integer()
            and only_change_words(text[rank.end : change.value_start], language)
        ):
            change.kind, change.unit = "rank_change", "places"
            change.value = -abs(change.value) if change.change == "down" else abs(change.value)


def _ranks_in_a_series(text: str, mentions: list[Mention]) -> None:
    """ "TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3": a bare whole number right after a rank, joined
    by a comma or "và" only, is the next rank of the series."""
    for rank, bare in zip(mentions, mentions[1:]):
        if (
            rank.kind == "rank"
            and bare.kind == "plain"
            and bare.unit is None
            and bare.denominator is None
            and bare.change is None
            and float(bare.value).is_integer()
            and 1 <= bare.value <= 64
            and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[rank.end : bare.value_start], re.I)
        ):
            bare.kind = "rank"


# two figures joined by a comma or "và" only ("tăng 5 bậc, 0,0412 điểm", "tăng 42 bậc và 20,29 điểm")
JOINED_ONLY = re.compile(r"\s*,?\s*(?:và\s+)?", re.I)


def _scores_changed_with_a_rank(text: str, mentions: list[Mention]) -> None:
    """ "tăng 5 bậc, 0,0412 điểm so với năm 2022", "tăng 42 bậc và 20,29 điểm": a score right after a
    rank change, joined by a comma or "và" only, is changed by the same verb (it is no level)."""
    for moved, score in zip(mentions, mentions[1:]):
        if (
            moved.kind == "rank_change"
            and score.kind == "score"
            and score.change is None
            and JOINED_ONLY.fullmatch(text, moved.end, score.value_start)
        ):
            score.change = moved.change


_COMPARED_BEFORE = re.compile(
    r"(?<=tăng|giảm)\s+so với\s+(?:cùng kỳ|kỳ trước|(?:quý|tháng)\s+trước|(?:cùng kỳ\s+)?(?:năm\s+)?(?:(?:19|20)\d\d|trước|ngoái))"
    r"(?:\s*\([^()]*\))?\s*(?:là|thì)?(?=\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$)",
    re.I,
)


def _last_word(tail: str, pattern: re.Pattern) -> int | None:
    """End of the last change word in ``tail`` when only a few words separate it from the value."""
    found = None
    for m in pattern.finditer(tail):
        rest = tail[m.end() :]
        if re.match(r"\s*(?:lên|tới|đến|còn|xuống)\b", rest, re.I) or re.search(
            r"(?<!\w)(?:lên|xuống)\s*$", rest, re.I
        ):
            # "tăng lên 50%", "giảm còn 15%", "tăng từ 35% lên 68%": up or down TO a level, not a change
            continue
        if len(rest.split()) <= 3 and not re.search(r"[,;.]", rest):
            found = m.end()
    return found


# "các địa phương có giá trị DTI đạt từ khoảng 0,5 đến gần 0,6": a range said of a group of places is its band
_SAID_OF_A_GROUP = re.compile(
    r"(?<!\w)(?:các|những|nhóm(?:\s+\d+)?|\d+)\s+(?:địa phương|tỉnh|tỉnh,\s*thành phố|tỉnh/thành phố)(?!\w)[^.;:\d]*$",
    re.I,
)


def _set_aside_spreads(text: str, scan: MentionScan, language: Language) -> None:
    """'dao động từ 51,99 – 70/100 điểm': the ends of a spread over several items."""
    kept = []
    lower_set_aside = False
    for mention in scan.mentions:
        lead = text[max(0, mention.value_start - 30) : mention.value_start]
        if mention.bound and (
            language.spread_words.search(
                lead if mention.bound == "lower" else text[max(0, mention.value_start - 60) : mention.value_start]
            )
            or (
                mention.bound == "lower"
                and _SAID_OF_A_GROUP.search(text[max(0, mention.value_start - 80) : mention.value_start])
            )
            or (mention.bound == "upper" and lower_set_aside)
        ):
            lower_set_aside = mention.bound == "lower"
            scan.set_aside.append(
                SetAside(mention.value_start, mention.value_end, mention.words, "a spread over several items")
            )
            continue
        lower_set_aside = False
        kept.append(mention)
    scan.mentions[:] = kept


_RANGE_TO_A_NUMBER = re.compile(r"\s*[-–]\s*\d+\s*")
_DIRECTION_AFTER_PLACES = re.compile(r"\s+(higher|up|lower|down)\b(?!\s+to\b)", re.I)


def _rank_moved_further_back(before: str, language: Language) -> bool:
    """ "cải thiện vị trí xếp hạng ... so với năm trước từ 1 - 2 bậc", "cải thiện thứ hạng DTI của tỉnh thêm 3 bậc": a word
    of change further back in the clause, with the rank it moves named after it."""
    clause = re.split(r"[.;:!?\n]", before)[-1][-100:]
    changes = [*language.rank_change_up.finditer(clause), *language.rank_change_down.finditer(clause)]
    return any(language.rank_words.search(clause, change.end()) for change in changes)


def _last_is_down(before: str, language: Language) -> bool:
    ups = [m.end() for m in language.rank_change_up.finditer(before)]
    downs = [m.end() for m in language.rank_change_down.finditer(before)]
    return bool(downs) and (not ups or max(downs) > max(ups))


def _qualifier(before: str, language: Language) -> str | None:
    """The qualifier written just before a value ('hơn', 'gần', 'đạt trên' -> 'trên')."""
    tail = before[-24:]
    found = None
    for m in language.qualifiers.finditer(tail):
        if not tail[m.end() :].strip() or re.fullmatch(r"\s*(?:tỷ lệ|tỉ lệ|mức|là|con số)?\s*", tail[m.end() :], re.I):
            found = m.group(0).lower()
    return found


def _mark_ranges(text: str, mentions: list[Mention], language: Language) -> None:
    """'65-70%', '15% đến 20%', 'từ 35 tới 37%': two ends of one range share the unit."""
    joiners = "|".join(re.escape(j) for j in language.range_joiners)
    for first, second in zip(mentions, mentions[1:]):
        between = text[first.end : second.value_start]
        # "từ khoảng 0,5 đến gần 0,6": the upper end may carry its own qualifier
        if re.fullmatch(rf"\s*(?:{joiners})\s*(?:(?:gần|khoảng|hơn|trên|dưới)\s+)?", between, re.I) and second.kind in (
            "percent",
            "score",
            "count",
            "money",
            "length",
            "speed",
            "ratio",  # "vượt từ 1,2-1,8 lần": times, both ends
        ):
            if first.kind in ("plain", "count", second.kind) and (
                first.kind != "count"
                or not first.noun
                or first.noun == second.noun
                # "từ 65 đến 70%": the words after the lower end are the range's, no noun of its own
                or re.match(rf"(?:{joiners})(?!\w)", first.noun, re.I)
            ):
                first.kind, first.unit, first.noun = second.kind, second.unit, second.noun
                first.noun_at = second.noun_span[0] if second.noun else None
                first.bound, second.bound = "lower", "upper"


def _share_nouns_of_fractions(text: str, mentions: list[Mention]) -> None:
    """'hoàn thành 9/33; đang thực hiện 24/33 nhiệm vụ': parts of one whole counted in one sentence
    count the same thing, named once after the last."""
    for first, second in reversed(list(zip(mentions, mentions[1:]))):
        between = text[first.end : second.value_start]
        if (
            first.kind == second.kind == "count"
            and first.denominator is not None
            and first.denominator == second.denominator
            and not first.noun
            and second.noun
            and len(between) <= 40
            and not re.search(r"[.!?\n]", between)
        ):
            first.noun, first.noun_at = second.noun, second.noun_span[0]


_NUMBERED_MODIFIER = r"[^\W_]*\d[^\W_]*(?:-[^\W_]+)?|[^\W\d_]+[- ]\d+"
# "620 level-3 and 912 level-4 online public services", "1,087 4G and 44 5G stations": a count whose words are only
# a numbered modifier and a joiner, before a count of the same kind of modifier that names what both count
_COORDINATED_MODIFIER = re.compile(rf"({_NUMBERED_MODIFIER})\s*(?:,|and|or|và|hoặc)", re.I)
_MODIFIER_THEN_NOUN = re.compile(rf"(?:{_NUMBERED_MODIFIER})\s+(\S.*)", re.I)


def _share_nouns_of_coordinated_counts(mentions: list[Mention]) -> None:
    """'620 level-3 and 912 level-4 online public services': English sets a numbered modifier before a shared noun
    named once, after the last count; each count keeps its own modifier and counts what the last names."""
    for first, second in reversed(list(zip(mentions, mentions[1:]))):
        own = _COORDINATED_MODIFIER.fullmatch(first.noun or "")
        shared = _MODIFIER_THEN_NOUN.fullmatch(second.noun or "")
        if first.kind == second.kind == "count" and own and shared:
            first.noun, first.noun_at = f"{own.group(1)} {shared.group(1)}".lower(), second.noun_span[0]


# "Out of 485,067 dossiers, 154,766 (31.90%) of levels 3 and 4 have been submitted online", "Of a total of 120
# procedures, 98 are ...": the whole a part is taken from, named with its noun before the part told without one
# ("Of the 412,300 dossiers ..., 251,900 ...", "Among 412,300 dossiers, ...": only opening a sentence or a clause)
ENGLISH_WHOLE_BEFORE = (
    r"out of(?: (?:a|the))?(?: total)?(?: of)?|of (?:a|the) total of"
    r"|(?-i:Of) the|(?<=[,;] )of the|(?-i:Among)(?: the)?|(?<=[,;] )among(?: the)?"
)
_WHOLE_INTRODUCED = re.compile(rf"(?<!\w)(?:{ENGLISH_WHOLE_BEFORE})\s*$", re.I)
# the part right after the comma closing its whole, a participle's place or time between ("Out of 318,540 dossiers
# received in 2023, 97,212 ..."), (not after "of which": "120,000 accounts, of which 80,000 have been activated" is a
# count and a part of it, each a measure of its own words)
# (the part is the next figure: a number between is in a name, "Of the 40 tasks assigned under Project 06, 31 ...")
_PART_AFTER_ITS_WHOLE = re.compile(
    r"[^,;.\n]{0,60}?\s*,\s*(?:(?:nearly|almost|about|around|over|more than|some)\s+)?", re.I
)
_NO_NOUN_OF_ITS_OWN = re.compile(r"(?:\(|,|(?:of|in|at|from|with|are|were|is|was|have|has|had|or)\b)", re.I)
# the words of a whole's noun after its head that are the whole's own: a participle and what follows ("dossiers
# received", "procedures handled in 2023")
_THE_WHOLES_OWN_WORDS = re.compile(r"\s+(?:[^\W\d]+ed|in|during|since|by|via|through|from|at|on)\b.*$", re.I)


def _parts_share_the_wholes_noun(text: str, mentions: list[Mention]) -> None:
    """'Out of 485,067 dossiers, 154,766 (31.90%) of levels 3 and 4 have been submitted online': the part right
    after the comma closing a whole introduced as one, told without a noun of its own, counts what the whole
    counts."""
    for whole, part in zip(mentions, mentions[1:]):
        # (a bare number is the part too: "out of 412,300 dossiers, 251,900, or 61.1%, were ...")
        if whole.kind != "count" or part.kind not in ("count", "plain") or part.unit or not whole.noun:
            continue
        if (
            _WHOLE_INTRODUCED.search(text, max(0, whole.value_start - 24), whole.value_start)
            and _PART_AFTER_ITS_WHOLE.fullmatch(text, whole.noun_span[1], part.value_start)
            and (not part.noun or _NO_NOUN_OF_ITS_OWN.match(part.noun))
        ):
            part.kind = "count"
            part.noun = _THE_WHOLES_OWN_WORDS.sub("", whole.noun)


def _parts_in_brackets(text: str, mentions: list[Mention], language: Language) -> None:
    """'1.871 tổ công nghệ số cộng đồng (cấp xã: 138, cấp thôn: 1.733)': bare numbers in the brackets right after a
    count's noun, each after a level of its own, that add up to no more than the count, are its parts at those
    levels: they count what it counts (not a breakdown by other names, "4.977 trạm BTS (Viettel 2.100, ...)")."""
    for index, whole in enumerate(mentions):
        if whole.kind != "count" or not whole.noun:
            continue
        opening = whole.noun_span[1]
        bracket = re.match(r"\s*\(", text[opening:])
        if bracket is None:
            continue
        closing = text.find(")", opening)
        if closing < 0 or "(" in text[opening + bracket.end() : closing]:
            continue
        parts = [m for m in mentions[index + 1 :] if m.value_start < closing]
        if (
            not parts
            or any(m.kind != "plain" or m.denominator is not None for m in parts)
            or sum(m.value for m in parts) > whole.value
        ):
            continue
        labels = [
            text[start : m.value_start] for start, m in zip([opening + bracket.end()] + [p.end for p in parts], parts)
        ]
        labelled = all(
            re.fullmatch(r"\s*[,;]?\s*[^\W\d][^\d(),;]{0,30}?:?\s*", label)
            and any(pattern.search(label) for pattern in language.levels.values())
            for label in labels
        )
        if labelled:
            for part in parts:
                part.kind, part.noun, part.noun_at = "count", whole.noun, whole.noun_span[0]


_ITEMS_THEN_VALUES = re.compile(
    r"\s+(?:ở|tại|của|đối với|với)\s+[^\d.;:()\n]{3,80}?,[^\d.;:()\n]{1,80}?\s+(?:là|đạt)\s*:?"
)


def _mark_respectively(text: str, mentions: list[Mention], language: Language) -> None:
    """'lần lượt là 15, 7, 4': the values of a list, in order."""
    _ordinals_after_a_rank(text, mentions)
    for m in language.respectively_words.finditer(text):
        after = [x for x in mentions if x.value_start > m.end()]
        group = []
        cursor = m.end()
        # (the items may come between the cue and the values: "lần lượt ở cấp tỉnh, cấp huyện, cấp xã là 99,5%, 97,8%
        # và 99,1%")
        items = _ITEMS_THEN_VALUES.match(text, cursor)
        if items is not None:
            cursor = items.end()
        for mention in after:
            between = text[cursor : mention.value_start]
            if len(between) > 14 or not re.fullmatch(
                r"\s*(?:là|đạt|xếp|ở|:|thứ|vị trí)?\s*(?:,|và|;)?\s*(?:thứ\s*)?", between
            ):
                break
            group.append(mention)
            cursor = mention.end
        groups = [group]
        if len(group) < 2 and m.group(0).lower() == "respectively":
            groups = [_values_before_the_cue(text, mentions, m.start())]
            # "A and B gained 0.5920 and 0.6634 points, ranking fifth and eighth, respectively": the cue ends every
            # list of as many values that runs up to it, a short predicate between them
            while len(groups[0]) >= 2 and (earlier := _a_parallel_list_before(text, mentions, groups[0])):
                groups.insert(0, earlier)
        for group in groups:
            _mark_respective_values(text, group, language)
    _mark_rank_lists(text, mentions)
    _mark_lists_without_a_cue(text, mentions, language)


def _mark_respective_values(text: str, group: list[Mention], language: Language) -> None:
    """The values of one respectively-list, in order (see ``_mark_respectively``). An English list writes its unit
    after the last value only and its change word before the first ("reached 41.5 and 66.2 percent, up 8.1 and 12.4
    percentage points"): the bare values before the last take its kind and unit, and the values after the first its
    change."""
    if len(group) >= 2 and english_letters(text[group[0].value_start : group[-1].end]):
        last, first = group[-1], group[0]
        for mention in group[:-1]:
            if mention.unit is None and last.unit and mention.noun in ("", "and", "or"):
                mention.kind, mention.unit, mention.noun = last.kind, last.unit, ""
        for mention in group[1:]:
            if first.change and mention.change is None:
                mention.change = first.change
    if len(group) >= 2:
        for index, mention in enumerate(group):
            mention.respectively = (index, len(group))
            if group[0].kind == "rank" and (
                _a_bare_rank(mention) or english_ordinal(text[mention.value_start : mention.end], language) is not None
            ):
                # "lần lượt xếp thứ 30, 41 và 28 về A, B và C": what follows the last is its place, no noun
                mention.kind, mention.unit, mention.noun = "rank", None, ""


# what joins two values of an English list (a comma, "and", ", and"); the last may stand right before "respectively"
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*and\b|,|\band\b)\s*", re.I)
_BEFORE_THE_CUE = re.compile(r"\s*,?\s*")


def _values_before_the_cue(text: str, mentions: list[Mention], cue: int) -> list[Mention]:
    """English writes the cue after the values ("are 87.4% and 68.3%, respectively"): the values right before it,
    joined by commas and "and", in order."""
    group: list[Mention] = []
    cursor = cue
    for mention in sorted((x for x in mentions if x.end <= cue), key=lambda x: x.end, reverse=True):
        between = _BEFORE_THE_CUE if not group else _LIST_SEPARATOR
        if not between.fullmatch(text[mention.end : cursor]):
            break
        group.insert(0, mention)
        cursor = mention.value_start
    return group


# between two parallel lists: their shared unit and a short predicate, no figure and no clause's end ("points,
# ranking", "percent, while the rates of ... were", "điểm, xếp thứ")
_BETWEEN_PARALLEL_LISTS = re.compile(r"[^\d;.:()]{1,40}", re.I)


def _a_parallel_list_before(text: str, mentions: list[Mention], group: list[Mention]) -> list[Mention]:
    """The list of as many values that ends right before ``group`` (a short predicate between), or none."""
    before = [x for x in mentions if x.end <= group[0].value_start]
    if len(before) < len(group) or not _BETWEEN_PARALLEL_LISTS.fullmatch(text, before[-1].end, group[0].value_start):
        return []
    earlier = before[-len(group) :]
    if any(not _LIST_SEPARATOR.fullmatch(text, a.end, b.value_start) for a, b in zip(earlier, earlier[1:])):
        return []
    if len(before) > len(group) and _LIST_SEPARATOR.fullmatch(
        text, before[-len(group) - 1].end, earlier[0].value_start
    ):
        return []  # a longer list than this one's
    return earlier


# what joins two values of a list in either language ("0,52 và 0,61", "thứ 12 và thứ 17", "0.52, 0.61 and 0.7")
_VALUES_JOINED = re.compile(r"\s*(?:,\s*(?:and|và)\s|,|\s(?:and|và)\s)\s*(?:thứ\s+)?", re.I)
# what splits the words before the values into items, and what may end the last item before the values
_ITEMS_JOINED = re.compile(r",\s*(?:and|và)\s|,|;|\s(?:and|và)\s", re.I)
_LAST_ITEM = re.compile(r"[^\d()\n]{2,60}")


def _mark_lists_without_a_cue(text: str, mentions: list[Mention], language: Language) -> None:
    """'Chính quyền số và kinh tế số đạt 0,52 và 0,61 điểm', 'digital government and digital economy reached 0.52 and
    0.61 points': values joined as a list right after as many items joined by "và"/"and" answer them in order, as
    "lần lượt" says. Only where the items' own last joint is "và"/"and" (a comma before the predicate is a clause's
    end, not a list: "Sở và các ngành đã triển khai, tỷ lệ đạt 45% và 38%"), and the values are of one kind."""
    index = 0
    while index < len(mentions):
        group = [mentions[index]]
        for following in mentions[index + 1 :]:
            if not _VALUES_JOINED.fullmatch(text, group[-1].end, following.value_start):
                break
            group.append(following)
        index += len(group)
        if (
            not 2 <= len(group) <= 4
            or any(m.respectively or m.bound or m.previous for m in group)
            or len({m.kind for m in group}) > 1
            or any(m.unit not in (None, group[-1].unit) for m in group)
        ):
            continue
        start = max(text.rfind(c, 0, group[0].value_start) for c in ".;:\n(") + 1
        earlier = [m.end for m in mentions if start <= m.end <= group[0].value_start]
        start = max([start] + earlier)
        joints = list(_ITEMS_JOINED.finditer(text, start, group[0].value_start))
        if (
            len(joints) + 1 < len(group)
            or not re.search(r"(?:and|và)\s$", joints[-1].group(0), re.I)
            or not _LAST_ITEM.fullmatch(text, joints[-1].end(), group[0].value_start)
        ):
            continue
        _mark_respective_values(text, group, language)
        for mention in group:
            mention.without_cue = True
            if group[0].change and mention.change is None:
                mention.change = group[0].change  # "tăng 0,05 và 0,08 điểm": each value is a change


def _a_bare_rank(mention: Mention) -> bool:
    """A plain number or count after a rank in a list, that no unit or noun of its own makes a count."""
    return (
        not mention.unit
        and not mention.denominator
        and mention.kind in ("plain", "count")
        and (not mention.noun or _PLACE_TAIL.match(mention.noun) is not None)
    )


# What may follow the last rank of a list in place of a noun: "thứ 5, 6, 7 về chỉ số DTI", "trong khu vực".
_PLACE_TAIL = re.compile(r"(?:về|trong|trên|của|cả|toàn|so với|tại|ở)\b", re.I)


_ENGLISH_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)


def _ordinals_after_a_rank(text: str, mentions: list[Mention]) -> None:
    """ "ranking 29th and 21st respectively": an English ordinal joined to a rank before it is a rank too (its suffix
    read as a noun, "st respectively", would make it a count)."""
    for previous, mention in zip(mentions, mentions[1:]):
        if (
            previous.kind == "rank"
            and mention.kind in ("count", "plain")
            and (suffix := _ENGLISH_ORDINAL_SUFFIX.match(text, mention.value_end))
            and _LIST_SEPARATOR.fullmatch(text, previous.end, mention.value_start)
        ):
            mention.kind, mention.unit, mention.noun, mention.end = "rank", None, "", suffix.end()
            mention.words = text[mention.start : mention.end]


def _mark_rank_lists(text: str, mentions: list[Mention]) -> None:
    """'Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7': the bare numbers after a rank are ranks
    too, the values of a list in order (each of the names before it, in order)."""
    for index, first in enumerate(mentions):
        if first.kind != "rank" or first.denominator or first.respectively:
            continue
        group, cursor = [first], first.end
        for following in mentions[index + 1 :]:
            if not _a_bare_rank(following):
                break  # "xếp thứ 20 và 45 xã có cáp quang": a count of its own, not a rank
            if not re.fullmatch(r"\s*(?:,|và)\s*", text[cursor : following.value_start], re.I):
                break
            group.append(following)
            cursor = following.end
        if len(group) >= 2:
            for position, mention in enumerate(group):
                mention.kind, mention.unit, mention.noun = "rank", None, ""
                mention.respectively = (position, len(group))
