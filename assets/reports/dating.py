"""The period of a figure, from the nearest place that fixes it: its sentence, then its
paragraph, the title, the sidecar's reporting period, the document's date.

- A phrase right after the value binds first ("thứ 4 năm 2022", "80% (năm 2030)"); else the
  nearest phrase before it in its clause, then in its sentence; else one after it in its clause.
- A comparison base ("so với năm 2021") is never the period; for an annual ranking whose
  sentence names only the base of its change, the edition is the year after the base.
- "hiện nay", "đến nay", or no phrase at all but a known document date: the figure is as of the
  document's date (basis ``document_date``).
- An annual index (DTI, ICT Index, EBI, PAR Index) takes the edition year it assesses: "DTI 2022"
  is 2022 ("về mức độ chuyển đổi số năm 2024" after the rank binds before any other year of the
  sentence), and a rank read "as of" a document dated in year Y, or in a month or on a day of year Y,
  is the edition Y - 1 (editions are published the year after the year they assess). An index result
  whose sentence names no year takes the edition the document's other results are dated in (the
  latest: an article reports one edition, and cites earlier ones as bases), before the title's or
  the document date's (basis ``edition``). A DTI result that its sentence dates in a year the
  document is written in, or later ("Năm 2023, Chỉ số DTI ..." on a page of November 2023), is
  of the edition before that year: the year is when the result was announced.
- A half-year review, which sets the tasks of the rest of the year ("phương hướng nhiệm vụ 6
  tháng cuối năm"), reports results of the first half of its year (basis ``half_review``), for
  those that no phrase, title or sidecar dates.
- A heading line that names a period ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022", "I. Kết quả 6 tháng
  đầu năm 2024") frames the figures under it that their sentence and paragraph leave undated, until
  the next heading that names one; a plan's heading ("KẾ HOẠCH ... NĂM 2023") frames its targets
  only (basis ``heading``).
- An annual plan ("Kế hoạch ... năm 2023") with no date reports, before its targets, the results
  of the year before it plans (2022, basis ``title``).
- A text without a date that opens with a year-end review ("Trong cuộc họp tổng kết chuyển đổi số ...
  năm 2024, ...") reports that year's results, for those nothing else dates (basis ``review``).
- A target nothing above dates, after the text named an annual plan ("UBND tỉnh đã ban hành Kế hoạch ...
  năm 2022. ... Kế hoạch đề ra mục tiêu đạt 85% ..."), is of that plan's year (basis ``plan``).
A figure whose period nothing fixes has none: the caller quarantines it with that reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from assets.reports.mentions import Mention
from assets.reports.segments import Segments
from assets.reports.timephrases import ORIGIN_BEFORE, TimePhrase, resolve

RIGHT_AFTER = 25
PARAGRAPH_PERIODS = True  # characters between a value and a period phrase that binds to it


@dataclass(frozen=True)
class Dated:
    start: date
    end: date
    basis: str  # sentence | paragraph | title | plan | review | sidecar | document_date | comparison | edition
    phrase: TimePhrase | None = None


@dataclass(frozen=True)
class DatingContext:
    segments: Segments
    phrases: list[TimePhrase]
    title_phrases: list[TimePhrase]
    mentions: list[Mention]
    document_date: date | None
    sidecar_period: tuple[date, date] | None
    reviewed_year: int | None = None  # an annual plan's: the year before the one it plans
    # A half-year review (it sets the tasks of the rest of the year): True, or the year it names.
    half_review: bool | int = False
    # Heading lines in text order: (start, the period it names or None, "plan" | "review" | None).
    headings: tuple[tuple[int, TimePhrase | None, str | None], ...] = ()
    # A page without a date: the end of the latest year it reports results in (a horizon not after it
    # is where things stood).
    reference_date: date | None = None
    year_end_review: int | None = None  # the year a text opening with a year-end review reviews
    # the year whose results the text's opening reports ("Năm 2024, tỉnh ghi nhận những kết quả ...") and where that
    # opening ends: it dates results only over a later year of the title
    opening_results: tuple[int, int] | None = None
    # the latest edition the text names as a result, by index ("DTI 2022": {"dti": 2022}; the DTI is the one named)
    named_editions: dict[str, int] | None = None
    # the reporting period the text's opening sentence names, just ended when the page was written ("6 tháng đầu năm
    # 2024, ..." on a page of July 2024): the period of its results that nothing nearer dates
    opening_period: tuple[date, date, int] | None = None  # (start, end, where the text names it)

    @property
    def context_year(self) -> int | None:
        """The year a phrase without one ("tháng 5", "Quý I") belongs to."""
        for phrase in self.title_phrases:
            if phrase.role in ("period", "until", "as_of") and phrase.year:
                return phrase.year
        if self.sidecar_period:
            return self.sidecar_period[1].year
        return self.document_date.year if self.document_date else None


# the parts of a year a phrase may name without its year ("6 tháng đầu năm", "quý III", "tháng 5")
_PARTS_OF_A_YEAR = ("months_from_start", "months_to_end", "half", "quarter", "month", "as_of_month")


def _year_named_before(phrase: TimePhrase, ctx: DatingContext) -> int | None:
    """The year its sentence names before a part of a year that names none ("Năm 2024, tỷ lệ ... 6 tháng đầu năm đạt
    52%; 6 tháng cuối năm ... 60%": both halves of 2024, not of the page's year)."""
    if phrase.year is not None or phrase.kind not in _PARTS_OF_A_YEAR:
        return None
    sentence = ctx.segments.sentence(phrase.start)
    named = [
        p
        for p in ctx.phrases
        if sentence.start <= p.start
        and p.end <= phrase.start
        and p.kind == "year"
        and p.role == "period"
        and p.year
        # (a year that frames the sentence, opening it: not a document's year, "Kế hoạch số 45/KH-UBND năm 2022", the
        # start of a span, "Từ năm 2021 đến nay", nor another figure's own year, "Tỷ lệ ... năm 2023 đạt 41%; 6 tháng
        # đầu năm đạt 52%")
        and _OPENS_ITS_SENTENCE.fullmatch(ctx.segments.text, sentence.start, p.start)
    ]
    return named[-1].year if named else None


_OPENS_ITS_SENTENCE = re.compile(r"[\W\d]*(?:(?:trong|riêng|tính riêng|in|during)\s+)?", re.I)


def _resolved(phrase: TimePhrase, ctx: DatingContext, basis: str) -> Dated | None:
    year = phrase.year if phrase.year is not None else (_year_named_before(phrase, ctx) or ctx.context_year)
    if phrase.kind == "current" and ctx.sidecar_period:
        # "đến nay" in a periodic report whose sidecar states its period: the period reported on.
        return Dated(ctx.sidecar_period[0], ctx.sidecar_period[1], "sidecar", phrase)
    span = resolve(phrase, year, ctx.document_date)
    if span is None:
        return None
    if phrase.kind == "current":
        basis = "document_date"
    return Dated(span[0], span[1], basis, phrase)


def sentence_phrases(mention: Mention, ctx: DatingContext) -> list[TimePhrase]:
    sentence = ctx.segments.sentence(mention.value_start)
    label = ctx.segments.row_label(mention.value_start)
    return [
        p
        for p in ctx.phrases
        if (sentence.start <= p.start < sentence.end) or (label is not None and label.start <= p.start < label.end)
    ]


A_CONTRAST_OPENS = re.compile(r",\s*(?:while|whereas|trong khi(?:\s+đó)?)\s", re.I)
# what a clause of contrast says of the present or the past ("while nearly 25,000 households are selling"), with no aim
# or modal of its own ("while the share of online payments should reach 50 percent", "trong khi đó tiếp tục duy trì")
_STATES_WHAT_IS = re.compile(
    r"(?<!\w)(?:are|is|was|were|has|have|had|đã|đang|hiện|hiện nay|currently|now)(?!\w)(?!\s+to\b)", re.I
)
_AIMED_AT = re.compile(
    r"(?<!\w)(?:should|will|must|shall|aims?|is\s+to|are\s+to|expected|sẽ|phải|cần|phấn đấu|duy trì|targets?|mục tiêu)"
    r"(?!\w)",
    re.I,
)


def a_contrast_of_what_is(text: str, start: int, end: int, sentence_end: int) -> re.Match | None:
    """The last clause of contrast (", while", ", trong khi") in [start, end) when it says what is or was, not an aim
    (its words up to the sentence's end)."""
    contrast = None
    for found in A_CONTRAST_OPENS.finditer(text, start, end):
        contrast = found
    if contrast is None:
        return None
    clause = text[contrast.end() : sentence_end]
    return contrast if _STATES_WHAT_IS.search(clause) and not _AIMED_AT.search(clause) else None


_SET_AGAINST_A_TARGET = re.compile(
    r"(?<!\w)(?:against|compared\s+(?:with|to)|so\s+với)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:targets?|plan|goals?|chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?!\w)",
    re.I,
)
_DONE_BY = re.compile(r"\s*,?\s*(?:[^\W\d]+\s+){0,6}?(?:đã|đạt được)(?!\w)", re.I)


def _from_sentence(mention: Mention, ctx: DatingContext, target: bool, counted_targets: bool = False) -> Dated | None:
    # A horizon ("đến năm 2025") dates a target; an achievement beside it is not of that year.
    clause = ctx.segments.clause(mention.value_start)
    estimated = not target and _ESTIMATE.search(ctx.segments.text, clause.start, mention.value_start)
    phrases = [
        p
        for p in sentence_phrases(mention, ctx)
        if p.role not in ("comparison", "name")
        and (
            target
            or p.role != "until"
            or past_horizon(p, ctx.document_date, ctx.reference_date)
            or (estimated and _this_year(p, ctx))
            # "... thì đến năm 2023 đã đạt 48%": by then it had, the year it stands at (not a year after the report's)
            or (
                p.end <= mention.value_start
                and _DONE_BY.match(ctx.segments.text, p.end, mention.value_start)
                and not (ctx.document_date and p.year and p.year > ctx.document_date.year)
            )
        )
        # "có 3 chỉ tiêu dự kiến sẽ đạt được trong năm 2025": when the targets counted are due,
        # not when they were counted.
        and not (counted_targets and p.start >= mention.end)
    ]
    sentence = ctx.segments.sentence(mention.value_start)
    others = [m for m in ctx.mentions if m is not mention]
    text = ctx.segments.text
    phrases = [p for p in phrases if not _opens_a_bracket_of_its_own(text, mention, p, others)]
    if not target:
        # "reached 8.2 percent against the target of 10 percent for 2025": the year of the target it is set against
        phrases = [
            p for p in phrases if p.start < mention.end or not _SET_AGAINST_A_TARGET.search(text, mention.end, p.start)
        ]
    if not phrases:
        return None
    if mention.respectively:
        # "Năm 2022 và năm 2023, tỷ lệ ... lần lượt đạt 35% và 48%": as many periods named before the list's values as
        # it has values, one each, in order
        index, count = mention.respectively
        first_value = min(
            m.value_start for m in ctx.mentions if m.respectively and sentence.start <= m.value_start < sentence.end
        )
        listed = [p for p in phrases if p.end <= first_value]
        if len(listed) == count and len({(p.start, p.end) for p in listed}) == count:
            return _resolved(listed[index], ctx, "sentence")
    closing = _year_closing_its_item(text, mention, phrases, sentence)
    if closing is not None:
        # "from 0.3810 points, ranking 51st, in 2021 to 0.4922 points, ranking 42nd, in 2022": the year that closes the
        # item of a series the figure opens or is in
        dated = _resolved(closing, ctx, "sentence")
        if dated is not None and dated.basis != "document_date":
            return Dated(dated.start, dated.end, "sentence_own", dated.phrase)
    # A phrase right after the value binds to it: "thứ 4 năm 2022", "80% (năm 2030)" - not across a
    # comma or "và" to the next figure's own phrase ("10% GRDP, năm 2030 chiếm 15%", "năm 2022 đạt 45% và
    # năm 2023 đạt 70%").
    after = [
        p
        for p in phrases
        if mention.end <= p.start <= mention.end + RIGHT_AFTER
        and not any(mention.end <= m.value_start < p.start for m in others)
        and not _NEXT_PART.search(text[mention.end : p.start])
    ]
    if after:
        dated = _resolved(after[0], ctx, "sentence")
        if dated is None or dated.basis == "document_date":
            return dated  # "đạt 133% và hiện đứng thứ 5": as of the document's date, as "hiện" says
        return Dated(dated.start, dated.end, "sentence_own", dated.phrase)
    following = [
        p
        for p in phrases
        if p.start >= mention.end and p.start < clause.end and not _NEXT_PART.search(text[mention.end : p.start])
    ]
    issued = [
        p for p in phrases if p.end <= mention.value_start and _ISSUED_ON.search(text, max(0, p.start - 60), p.start)
    ]
    if target and following and following[0].year and issued:
        # "Kế hoạch ban hành tháng 3/2024, phấn đấu 80% ... vào năm 2025", "The plan, approved in March 2024, aims
        # for 80% ... by 2025": a target's own year right after it in its part of the sentence dates it, not the
        # date its plan was issued on
        return _resolved(following[0], ctx, "sentence")
    before_clause = [
        p
        for p in phrases
        if p.end <= mention.value_start
        and p.start >= clause.start
        # "từ vị trí 60/63 năm 2021 tăng vọt 34 bậc lên vị trí 26/63 năm 2022": the year of where the move started
        # dates that figure, not the move or where it ended
        and not ORIGIN_BEFORE.search(text, max(0, p.start - 40), p.start)
        # "against the target of 10 percent for 2025, while nearly 25,000 households are selling ...": what is, set
        # against a target, is not of the target's year
        and (target or not a_contrast_of_what_is(text, p.end, mention.value_start, sentence.end))
    ]
    if before_clause:
        return _resolved(before_clause[-1], ctx, "sentence")
    # A phrase that opens the sentence, before any of its figures, frames all its clauses
    # ("trong 6 tháng đầu năm 2022, ...: ...; UBND tỉnh đã ban hành 11 văn bản"); one inside an
    # earlier clause belongs to that clause.
    first = min(
        (m.value_start for m in ctx.mentions if sentence.start <= m.value_start < sentence.end),
        default=mention.value_start,
    )
    opening = [p for p in phrases if p.end <= first]
    if opening:
        return _resolved(opening[-1], ctx, "sentence")
    if following:
        return _resolved(following[0], ctx, "sentence")
    # The sentence's closing words ("... xây dựng xong kế hoạch năm 2022") date all its figures.
    last = max((m.end for m in ctx.mentions if sentence.start <= m.value_start < sentence.end), default=mention.end)
    closing = [p for p in phrases if p.start >= last and p.start >= mention.end]
    if closing:
        return _resolved(closing[0], ctx, "sentence")
    return None


# an item of a series opening ("from", "to", "and", "từ", "lên", "đến"), the words between a figure and the year closing
# its item (its unit, a comma, a rank joined to it: "points, ranking 51st,"), and what follows that year (the next
# item, or the sentence's end)
_OPENS_AN_ITEM = re.compile(r"(?<!\w)(?:from|to|and|từ|lên|đến|và)\s+(?:(?:mức|vị trí|thứ)\s+)?$", re.I)
_WITHIN_ITS_ITEM = re.compile(r"[^;:()\n]*", re.I)
_BOUNDARY_WORDS = re.compile(r"(?<!\w)(?:from|to|and|while|từ|lên|đến|và|trong khi)(?!\w)", re.I)
_AFTER_ITS_YEAR = re.compile(r"\s*(?:,\s*)?(?:(?:to|and|lên|đến|và)(?!\w)|[.;]|$)", re.I)


def _year_closing_its_item(text: str, mention: Mention, phrases: list[TimePhrase], sentence) -> TimePhrase | None:
    """In a series of items each closed by its year ("from 0.3810 points, ranking 51st, in 2021 to 0.4922 points,
    ranking 42nd, in 2022 and 0.5530 points in 2023"), the year that closes the figure's item: the first year after it
    with no word that opens another item between, followed by the next item or the sentence's end; the figure's item
    opened by "from"/"to"/"and" (or a figure joined to it by a comma, "ranking 51st")."""
    opened = _OPENS_AN_ITEM.search(text, max(sentence.start, mention.start - 12), mention.start)
    joined = re.search(
        r",\s*(?:ranking|ranked|xếp|xếp thứ|đứng thứ|đứng)?\s*$", text[max(0, mention.start - 14) : mention.start]
    )
    if opened is None and joined is None:
        return None
    for phrase in phrases:
        if phrase.start < mention.end or phrase.year is None or phrase.start > mention.end + 60:
            continue
        between = text[mention.end : phrase.start]
        if _BOUNDARY_WORDS.search(between) or not _WITHIN_ITS_ITEM.fullmatch(between):
            return None
        if not _AFTER_ITS_YEAR.match(text, phrase.end, sentence.end):
            return None
        if joined is not None and opened is None:
            # (a figure joined to the item's first by a comma: that first one opened the item)
            head = text[max(sentence.start, mention.start - 60) : mention.start]
            if not re.search(r"(?<!\w)(?:from|to|and|từ|lên|đến|và)\s+[\d.,]+[^,;]*,\s*[^,;]*$", head, re.I):
                return None
        return phrase
    return None


def _opens_a_bracket_of_its_own(text: str, mention: Mention, phrase: TimePhrase, others: list[Mention]) -> bool:
    """ "tối thiểu 20% GRDP (đến năm 2030 đạt 30%)": the phrase opens a bracket that holds a figure of its own
    after it, which it dates; not the figure before the bracket."""
    opened = text.rfind("(", mention.end, phrase.start)
    if opened < 0 or ")" in text[opened : phrase.start]:
        return False
    closed = text.find(")", phrase.end)
    closed = len(text) if closed < 0 else closed
    return any(phrase.end <= m.value_start < closed for m in others)


# "Ước đến hết năm 2024, ... đạt khoảng 8%" in a report of late 2024: the year's estimated result.
_ESTIMATE = re.compile(r"(?<!\w)(?:ước|ước tính|ước đạt|dự ước)(?!\w)", re.I)


def _this_year(phrase: TimePhrase, ctx: DatingContext) -> bool:
    return phrase.year is not None and ctx.document_date is not None and phrase.year == ctx.document_date.year


# An act of issuing a plan right before a date ("ban hành tháng 3/2024", "approved in March 2024"): when the plan was
# issued, not when its aims are due
_ISSUED_ON = re.compile(
    r"(?<!\w)(?:ban hành|phê duyệt|thông qua|(?<!đăng )ký|approved|issued|adopted|signed|promulgated)"
    r"(?:\s+(?:vào|từ|hồi|ngày|in|on))?(?:\s+(?:ngày\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+tháng)?)?\s*$",
    re.I,
)


# What opens the next figure's part of a sentence: a comma, "và", "còn", "trong khi" ("... đạt 45% trong khi
# năm 2022 chỉ đạt 30%").
# what opens the next part of a sentence: "..., năm 2023 ...", "và", "còn", "trong khi", "thì" ("Nếu như năm 2022 ... chỉ
# đạt 35% thì đến năm 2023 đã đạt 48%"), "while", "whereas"
_NEXT_PART = re.compile(r"[,;]|\b(?:và|còn|trong khi|thì|while|whereas)\b", re.I)


def past_horizon(phrase: TimePhrase | None, document_date: date | None, reference_date: date | None = None) -> bool:
    """ "Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%" in a report of 2025: a horizon already past is
    the date the figure stands at, not a target's. A page without a date stands at ``reference_date``,
    the end of the latest year it reports results in: a horizon not after that year is past."""
    if phrase is None or phrase.year is None:
        return False
    if document_date is not None:
        return phrase.year < document_date.year
    return reference_date is not None and phrase.year <= reference_date.year


_ENGLISH_YEAR_OPENING = re.compile(r"(?:in|during|throughout)(?:\s+(?:late|early|mid-?))?\s*$", re.I)


def _from_paragraph(mention: Mention, ctx: DatingContext, target: bool = False) -> Dated | None:
    """A reporting period or a reference date that opens an earlier sentence of the paragraph
    ("Trong tháng 11/2025, ...", "Tính đến tháng 10/2024, ...") frames the sentences after it,
    until another opens with a period of its own. A bare year does not: "Năm 2022, ..." dates its
    own sentence, and the next one is as of the document unless it says otherwise. A sentence
    that opens with "đến nay", "hiện nay" ends the frame: what follows is as of now. For a target,
    a horizon that opens a sentence ("Đến năm 2030, ...") frames the targets after it."""
    paragraph = ctx.segments.paragraph(mention.value_start)
    sentence = ctx.segments.sentence(mention.value_start)
    if _AS_OF_NOW.search(ctx.segments.text, sentence.start, mention.value_start):
        return None  # "To date, the province has issued ...", "The province currently has ...": as of now
    # A heading that names a period or heads targets or results, between a frame and the figure, ends
    # the frame ("... ngày 20 tháng 02 năm 2024 ... I. MỤC TIÊU / 1.1. Mục tiêu cơ bản đến năm 2025 / - 100%
    # ..."); a topic heading ("1. Hạ tầng số") does not.
    headed = max(
        [start for start, phrase, kind in ctx.headings if start < mention.value_start and (phrase or kind)], default=0
    )
    # the latest earlier sentence of the paragraph that opens with a frame, or ends the one before (see _frame_opened)
    bound = max(paragraph.start, headed)
    for index in range(ctx.segments.sentence_index(sentence.start), -1, -1):
        earlier = ctx.segments.sentences[index]
        if earlier.start < bound:
            break
        if earlier.start >= sentence.start:
            continue
        framing, ends = _frame_opened(earlier, ctx, target)
        if framing is not None:
            if (
                target
                and framing.role == "period"
                and framing.year is not None
                and ctx.document_date is not None
                and framing.year < ctx.document_date.year
            ):
                # "Trong năm 2023, ... . Tỉnh phấn đấu ... 90%" in 2024: a past year's results date no target
                return None
            return _resolved(framing, ctx, "paragraph")
        if ends:
            return None
    return None


# English words of where things stand now, in the figure's own sentence before it
_AS_OF_NOW = re.compile(r"(?<!\w)(?:to date|so far|currently|at present|presently|as of now|now)(?!\w)", re.I)


def _frame_opened(earlier, ctx: DatingContext, target: bool) -> tuple[TimePhrase | None, bool]:
    """The period a sentence opens with that frames the sentences after it in its paragraph, or (None, True) when
    it ends the frame before it; computed once per sentence of a page (``Segments.memo``): every figure of a long
    paragraph (a table of hundreds of rows) looks back over all the sentences before it."""
    key = ("paragraph frame", id(ctx), earlier.start, target)
    if key not in ctx.segments.memo:
        ctx.segments.memo[key] = _frame_opened_by(earlier, ctx, target)
    return ctx.segments.memo[key]


def _frame_opened_by(earlier, ctx: DatingContext, target: bool) -> tuple[TimePhrase | None, bool]:
    text = ctx.segments.text
    leading = [
        p
        for p in ctx.phrases
        if earlier.start <= p.start < earlier.start + 130  # (after a source: "Theo báo cáo của Sở ..., trong năm 2023")
        and re.fullmatch(
            # (after a connective or a source: "Theo đó, giai đoạn 2026-2030, ...", "According to the report, in 2024,
            # ...")
            r"[\W\d]*(?:(?:theo đó|cụ thể|trong đó|accordingly|specifically"
            r"|(?:cũng\s+)?(?:theo|according to)\s+[^,.;:\d]{0,20}?(?:báo cáo|số liệu|thống kê|reports?|data|statistics"
            r"|figures)[^,.;:\d]{0,80}?)\s*,\s*)?"
            r"(?:trong|tính|vào|cũng|(?:in|during|throughout)(?:\s+(?:late|early|mid-?))?)?\s*",
            text[earlier.start : p.start],
            re.I,
        )
    ]
    # "Theo đó, mục tiêu đến năm 2025, ...", "Phấn đấu đến năm 2030, ...": a horizon after a target word
    horizons = [
        p
        for p in ctx.phrases
        if target
        and p.role == "until"
        and p.year
        and earlier.start <= p.start < earlier.end
        and (
            (p.start < earlier.start + 40 and _TARGET_OPENING.fullmatch(text[earlier.start : p.start]))
            # "..., tỉnh đã đề ra mục tiêu đến năm 2025, việc phát triển ... sẽ ...": a sentence without
            # figures that announces the targets' horizon
            or (
                (
                    _TARGET_NOUN_BEFORE.search(text, max(earlier.start, p.start - 30), p.start)
                    # "Theo đề án Chuyển đổi số tỉnh ... đến năm 2030, UBND tỉnh xác định rõ mục tiêu ...": the
                    # horizon of the plan the targets come from
                    or _PLAN_NAMED_BEFORE.search(text, max(earlier.start, p.start - 80), p.start)
                )
                and not any(earlier.start <= m.value_start < earlier.end for m in ctx.mentions)
            )
        )
    ]
    summing_up = _summing_up(earlier, ctx)
    opening = (
        horizons
        + summing_up
        + [
            p
            for p in leading
            if (p.role in ("period", "as_of") and p.kind in FRAMING_KINDS)
            or (target and p.role == "until" and p.year)
            # "Theo đó, giai đoạn 2026-2030, 100% ...": a span that opens a sentence of targets frames the targets
            # after it (not a phase a plan's prose passes through: "Giai đoạn 2022-2025, tỉnh sẽ xây dựng ...")
            or (
                target
                and p.kind == "year_range"
                and p.role == "period"
                and any(earlier.start <= m.value_start < earlier.end for m in ctx.mentions)
            )
            # "Trong năm 2024, ..." frames its paragraph; a bare "Năm 2022, ..." dates its sentence
            or (p.kind == "year" and p.role == "period" and text[p.start : p.start + 5].lower() == "trong")
            # ... and so does "In 2023, ...", "In late 2023, ..." on an English page
            or (p.kind == "year" and p.role == "period" and _ENGLISH_YEAR_OPENING.search(text, earlier.start, p.start))
        ]
    )
    if opening:
        return opening[0], False
    # "đến nay", or a sentence that opens with a year of its own ("Năm 2024, ...", "This year, ..."): the earlier frame
    # ends there
    return None, any(p.kind == "current" or (p.kind == "year" and p.role == "period") for p in leading)


# "đạt một số kết quả tích cực", "tiếp tục có những kết quả": results came
RESULTS_CAME = re.compile(
    # (not an aim: "Để đạt được kết quả ...", "nhằm có kết quả tốt hơn")
    r"(?<!\w)(?<!chưa )(?<!không )(?<!để )(?<!nhằm )(?:đạt|thu|có)(?:\s+được)?\s+(?:[^\W\d]+\s+){0,3}?kết quả(?!\w)"
    # English: "has begun to produce results", "achieved remarkable results" (not "has not yet achieved the expected
    # results", "in order to achieve results")
    r"|(?<!\w)(?<!not )(?<!not yet )(?<!never )(?<!order to )(?<!so as to )(?<!aims to )(?<!aim to )"
    r"(?:produced?|producing|achieved|yielded|brought|recorded)\s+(?:[^\W\d]+\s+){0,3}?results(?!\w)",
    re.I,
)
# "Trên cơ sở kết quả đạt được trong năm 2023, ...", "phát huy những kết quả quan trọng đạt được trong năm 2023", "trên
# nền tảng năm 2023": results the sentence builds on
_RESULTS_BUILT_ON = re.compile(r"(?:kết quả|trên cơ sở|trên nền tảng|phát huy)[^,.;:]{0,40}$", re.I)
# between the period and its results: a running span ("Từ năm 2021 đến nay ..."), an act the results came of
_FROM_BEFORE = re.compile(r"(?<!\w)từ\s*$", re.I)  # "Từ năm 2021 (đến nay)": where a run starts
_NOT_THE_PERIODS = re.compile(r"(?<!\w)(?:đến nay|tới nay|hiện nay|ban hành|triển khai thực hiện)(?!\w)", re.I)


def _summing_up(sentence, ctx: DatingContext) -> list[TimePhrase]:
    """ "..., chuyển đổi số của thành phố trong 4 tháng đầu năm 2024 đạt một số kết quả tích cực; ...": a sentence
    without figures that says a period's results came frames the figures after it; the period is the last one before
    the results (not the results of another period it builds on: "Trên cơ sở kết quả đạt được trong năm 2023, quý
    I/2024 ... tiếp tục đạt nhiều kết quả")."""
    text = ctx.segments.text
    came = RESULTS_CAME.search(text, sentence.start, sentence.end)
    if came is None or any(sentence.start <= m.value_start < sentence.end for m in ctx.mentions):
        return []
    periods = [
        p
        for p in ctx.phrases
        if sentence.start <= p.start
        and p.end <= came.start()
        and p.role == "period"
        and (p.kind in FRAMING_KINDS or p.kind == "year")
        and not _RESULTS_BUILT_ON.search(text, max(sentence.start, p.start - 60), p.start)
        and not _NOT_THE_PERIODS.search(text, p.end, came.start())
        and not _FROM_BEFORE.search(text, max(sentence.start, p.start - 6), p.start)
    ]
    return periods[-1:]


_LIST_ITEM = re.compile(r"\s*(?:[-+•*–—▪●]|[a-zđ]\)|\d{1,2}[.)](?!\d))\s*", re.I)


def lead_in(text: str, position: int) -> tuple[int, int] | None:
    """The line ending with a colon that frames the figure at ``position``: the line above the list items the
    figure's line is one of ("Kết quả đạt được trong năm 2023 như sau:" over "- Số trạm BTS: 2.100 trạm."), or
    the line right above the paragraph of prose it is in ("... giai đoạn 2016-2020 đã đạt được những kết quả chính như
    sau:", blank lines between); None when there is none."""
    line_start = text.rfind("\n", 0, position) + 1
    if line_start == 0:
        return None
    header = _table_header_above(text, line_start)
    if header is not None:
        # a table's value, written out a line each under the table's header (tables.read_tables): the line above the
        # header ("Kết quả năm 2023:" over "Chỉ tiêu | Kế hoạch | Thực hiện")
        lead_end = header - 1
        while lead_end > 0 and text[lead_end - 1].isspace():  # (the blank lines between)
            lead_end -= 1
        if lead_end <= 0:
            return None
        lead_start = text.rfind("\n", 0, lead_end) + 1
        lead = text[lead_start:lead_end].rstrip()
        return (lead_start, lead_start + len(lead)) if lead.endswith(":") else None
    if not _LIST_ITEM.match(text, line_start):
        lead_end = line_start
        while lead_end > 0 and text[lead_end - 1].isspace():  # the blank lines between (a few characters)
            lead_end -= 1
        lead_start = text.rfind("\n", 0, lead_end) + 1
        while lead_start > 0 and _NOTHING_SAID.fullmatch(text, lead_start, lead_end):
            # (an image's file name between: the line above it)
            lead_end = lead_start - 1
            while lead_end > 0 and text[lead_end - 1].isspace():
                lead_end -= 1
            lead_start = text.rfind("\n", 0, lead_end) + 1
        if not text[lead_start:lead_end].endswith(":") or _LIST_ITEM.match(text, lead_start):
            return None
        return lead_start, lead_end
    while line_start > 0:
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous_start : line_start - 1]
        if (_LIST_ITEM.match(line) and not line.rstrip().endswith(":")) or _NOTHING_SAID.fullmatch(line):
            line_start = previous_start
            continue
        return (previous_start, line_start - 1) if line.rstrip().endswith(":") else None
    return None


_TABLE_HEADER = re.compile(r"\S\s*\|\s*\S")


def _table_header_above(text: str, line_start: int) -> int | None:
    """Where the header line of the table a line belongs to starts: the lines of a table written out by
    ``tables.read_tables`` follow its header ("a | b | c") with no blank line between; None for a line of no table."""
    for _ in range(200):
        if line_start == 0:
            return None
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous_start : line_start - 1]
        if not line.strip():
            return None
        if _TABLE_HEADER.search(line):
            return previous_start
        line_start = previous_start
    return None


# a line between a lead-in and its list that says nothing: blank, or an image's file name left by a saved page
_NOTHING_SAID = re.compile(r"\s*(?:[\w.-]+\.(?:jpe?g|png|gif|webp|bmp)\s*)?", re.I)


def _from_lead_in(mention: Mention, ctx: DatingContext, target: bool) -> Dated | None:
    """A lead-in line (see ``lead_in``) that names a period frames the figures under it; for targets, a
    horizon does too ("Đến năm 2025, phấn đấu:")."""
    line = lead_in(ctx.segments.text, mention.value_start)
    if line is None:
        return None
    named = [
        p
        for p in ctx.phrases
        if line[0] <= p.start < line[1] and p.year and (p.role in ("period", "as_of") or (target and p.role == "until"))
    ]
    # "Kết quả năm 2023 và kế hoạch năm 2024 như sau:": results take the first year, targets the last
    return _resolved(named[-1] if target else named[0], ctx, "paragraph") if named else None


def _from_heading(mention: Mention, ctx: DatingContext, target: bool) -> Dated | None:
    framing = [(phrase, kind) for start, phrase, kind in ctx.headings if start < mention.value_start and phrase]
    if not framing:
        return None
    phrase, kind = framing[-1]
    return _resolved(phrase, ctx, "heading") if target or kind != "plan" else None


_TARGET_OPENING = re.compile(
    # "Theo đó, mục tiêu ...", "Kế hoạch đề ra các chỉ tiêu ...", "Tỉnh đặt mục tiêu ...", "Phấn đấu ..."
    r"[\W\d]*(?:[^.:;\n\d]{0,40}?(?:mục tiêu|(?<!nhóm )(?<!bộ )chỉ tiêu|phấn đấu)\s*)?"
    r"(?:(?<=mục tiêu )của\s+[^.:;,\n\d]{1,40}?\s+)?",  # "Mục tiêu của tỉnh Bình Dương đến 2025, ..."
    re.I,
)
_PLAN_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:đề án|kế hoạch|chương trình|chiến lược|nghị quyết|quy hoạch|plan|project|programme|strategy)(?!\w)"
    r"[^.:;\n\d]{0,80}$",
    re.I,
)
# (English: "The province has set specific targets by 2025.", "... goals to be achieved by 2030")
_TARGET_NOUN_BEFORE = re.compile(
    r"(?:mục tiêu|(?<!nhóm )(?<!bộ )chỉ tiêu|phấn đấu"
    r"|(?<!\w)(?:targets?|goals?|objectives?|aims?|strives?|striving)(?:\s+to\s+be\s+(?:reached|achieved|met))?)\s*$",
    re.I,
)
# Periods and reference dates that open a sentence and frame the paragraph after it.
FRAMING_KINDS = (
    "date_range",
    "as_of_date",
    "as_of_month",
    "month",
    "quarter",
    "half",
    "months_from_start",
    "months_to_end",
)


def _from_title(ctx: DatingContext, horizons: bool = True, result: bool = False) -> Dated | None:
    """The first period the title names (a year, a horizon unless ``horizons`` is False, an edition); for a
    ``result``, not one that starts after the page was written: "Tiền Giang: Kinh tế số chiếm 15% GRDP vào năm
    2025" on a page of 2022 does not date "đã thành lập 1.249 tổ công nghệ số" in its text, which has happened."""
    roles = ("period", "until", "as_of", "current") if horizons else ("period", "as_of", "current")
    written = ctx.document_date
    for phrase in ctx.title_phrases:
        if phrase.role in roles and phrase.kind != "current":
            dated = _resolved(phrase, ctx, "title")
            if dated and result and written and (dated.start.year, dated.start.month) > (written.year, written.month):
                continue
            if dated:
                return dated
    return None


# what happens over a span, not a state at a day: dossiers, transactions, visits ("đã giải quyết 39.800 hồ sơ", "thanh
# toán trực tuyến 9.600 giao dịch"), unlike what a page finds in place ("đã có 2.100 trạm BTS", "100% xã có cáp
# quang"); not the dossiers a stock is counted by ("hồ sơ cấp căn cước" of a share of people, "hồ sơ công việc"), nor
# a payment account ("tài khoản giao dịch thanh toán"). Payments and revenue are left out: their words are a state's
# too ("thẻ thanh toán", "áp dụng thanh toán không dùng tiền mặt", "tổng doanh thu" of the enterprises counted).
_EVENTS_OF_A_SPAN = re.compile(
    r"(?<!\w)(?:(?:hồ sơ|dossiers?)(?!\s+(?:công việc|cấp căn cước|định danh|sức khỏe))|giao dịch(?! thanh toán)|"
    r"transactions?|lượt|visits|tiếp nhận|phát sinh|received)(?!\w)",
    re.I,
)


def _what_happened_in_a_span(mention: Mention, ctx: DatingContext) -> bool:
    """The figure's clause, from the figure before it up to 60 characters after it (not past the next figure), counts
    or rates events of a span; a figure without a noun of its own ("cấp tỉnh đạt 81%, cấp xã 72%") is of what its
    sentence names before it."""
    text = ctx.segments.text
    sentence = ctx.segments.sentence(mention.value_start)
    start = max(
        [ctx.segments.clause(mention.value_start).start]
        + [m.end for m in ctx.mentions if sentence.start <= m.end <= mention.value_start and m is not mention]
    )
    if not mention.noun:
        start = sentence.start
    end = min(
        [sentence.end, mention.end + 60]
        + [m.value_start for m in ctx.mentions if mention.end <= m.value_start < sentence.end and m is not mention]
    )
    return _EVENTS_OF_A_SPAN.search(text, start, end) is not None


def _opens_its_sentence(phrase: TimePhrase, ctx: DatingContext) -> bool:
    """The phrase opens its sentence or follows a few words that do ("Năm 2025, ...", "Bước sang năm 2025, ..."),
    not one inside a name ("bám sát Kế hoạch chuyển đổi số năm 2025")."""
    text = ctx.segments.text
    head = text[ctx.segments.sentence(phrase.start).start : phrase.start]
    return len(head.split()) <= 3 and not re.search(r"\d", head)


def _reviewed_before_the_title(mention: Mention, ctx: DatingContext) -> int | None:
    """The year the text reviews, when it is before the first year its title names, the page was not written well
    into the title's year, and no later year is named between the review and the figure
    ("Năm 2022, tỉnh đã ... Năm 2023, tỉnh tiếp tục ..."); else None."""
    reviewed, since = ctx.year_end_review, None
    if not reviewed and ctx.opening_results:
        reviewed, since = ctx.opening_results
    if not reviewed:
        return None
    year = next((p.year for p in ctx.title_phrases if p.role in ("period", "until", "as_of") and p.year), None)
    if year is None or year != reviewed + 1:
        return None  # the year before the one the title looks to
    written = ctx.document_date
    if written is not None and (written.year, written.month) > (year, 4):
        return None  # a page of June 2025 under "... năm 2025" stands in 2025
    if since is not None and any(
        since <= p.start < mention.value_start
        and p.role in ("period", "as_of")
        and p.year
        and p.year > reviewed
        and _opens_its_sentence(p, ctx)
        for p in ctx.phrases
    ):
        return None
    return reviewed


def _edition_out_by(edition: int, written: date | None) -> bool:
    """Could an annual index's edition have been published by ``written``? An edition assesses its year and comes
    out in the next, as late as October (DTI 2021 in August 2022, DTI 2022 in July 2023, DTI 2024 in October 2025); a
    page without a date could be of any time."""
    return written is None or written.year > edition + 1 or (written.year == edition + 1 and written.month >= 10)


def choose_period(
    mention: Mention,
    ctx: DatingContext,
    *,
    annual_index: bool,
    title_for_targets_only: bool = False,
    target: bool = False,
    edition: int | None = None,
    named_edition: int | None = None,
    counted_targets: bool = False,
    assessed_the_year_before: bool = False,
) -> Dated | None:
    """The period of ``mention`` (see the module docstring), or None when nothing fixes it. The
    title of a plan or an aspiration ("Kế hoạch ... năm 2024") dates its targets only."""
    dated = _edition_named_after(mention, ctx) if annual_index and not target else None
    if dated is None:
        dated = _from_sentence(mention, ctx, target, counted_targets)
    if dated is None and _says_now(mention, ctx):
        return None  # "đến nay", "hiện": as of the document's date, which is not known
    if dated is None:
        dated = _same_period_labelling_it(mention, ctx)
    if dated is None:
        # "so với cùng kỳ năm 2021": the figure is the same period a year later; a ranking or a change
        # "so với năm 2021" is the next edition.
        bases = [
            p
            for p in sentence_phrases(mention, ctx)
            if p.role == "comparison"
            and p.year
            and (
                annual_index or mention.change or _same_period(ctx.segments.text, p) or _changed_after(mention, ctx, p)
            )
        ]
        framed = None if annual_index or not PARAGRAPH_PERIODS else _from_paragraph(mention, ctx)
        if bases and framed is not None:
            # "6 tháng đầu năm 2023, ... Tỷ lệ hồ sơ trực tuyến đạt 89%, tăng 33% so với cuối năm
            # 2022": the period that frames the sentence, rather than the year after the base.
            return framed
        if bases:
            # (the latest of bases joined: "so với năm 2018 và 2019" is the year after 2019)
            base = max(bases, key=lambda p: p.year)
            year = base.year + 1
            if annual_index and named_edition and year > named_edition and not _edition_out_by(year, ctx.document_date):
                # "xã hội số hạng 55/63 (giảm 2 bậc) so với năm 2022" on a page of 2023 about DTI 2022: the edition
                # after the base was not out yet when the page was written; the base is a slip for the edition named
                return Dated(date(named_edition, 1, 1), date(named_edition, 12, 31), "edition")
            return _previous(Dated(date(year, 1, 1), date(year, 12, 31), "comparison", base), mention)
    if dated is None and annual_index and edition is not None and not target:
        # "nhận thức số tăng 15 bậc" in an article whose results say "DTI năm 2022": that edition.
        dated = Dated(date(edition, 1, 1), date(edition, 12, 31), "edition")
    if dated is None and PARAGRAPH_PERIODS and not annual_index:
        dated = _from_paragraph(mention, ctx, target)  # a ranking is of its edition, not of a reporting frame
    if dated is None and not annual_index:
        dated = _from_lead_in(mention, ctx, target)
    if dated is None and not annual_index:
        dated = _from_heading(mention, ctx, target)
    reviewed = None if dated is not None or target or annual_index else _reviewed_before_the_title(mention, ctx)
    if reviewed:
        # "Bắc Kạn: ... nâng cao chỉ số cạnh tranh năm 2025" over "Năm 2024, Bắc Kạn ghi nhận những kết quả ...": the
        # results are of the year the text reviews, not of the later year its title looks to
        dated = Dated(date(reviewed, 1, 1), date(reviewed, 12, 31), "review")
    if dated is None and (target or not title_for_targets_only):
        # an index's result is of an edition, never of the horizon a title aims at ("... chiếm 15% GRDP vào năm 2025")
        dated = _from_title(ctx, horizons=target or not annual_index, result=not target)
    if dated is None and target:
        dated = _plan_or_horizon_named_before(mention, ctx)
    if dated is None and ctx.sidecar_period:
        dated = Dated(ctx.sidecar_period[0], ctx.sidecar_period[1], "sidecar")
    if dated is None and ctx.half_review and not target and not annual_index:
        # "phương hướng nhiệm vụ 6 tháng còn lại của năm nay": the results it reports are of the first half.
        year = ctx.half_review if ctx.half_review is not True else ctx.context_year
        if year:
            dated = Dated(date(year, 1, 1), date(year, 6, 30), "half_review")
    if (
        dated is None
        and ctx.year_end_review
        and not target
        and not annual_index
        and ctx.document_date
        and date(ctx.year_end_review, 10, 1) <= ctx.document_date <= date(ctx.year_end_review + 1, 4, 30)
    ):
        # a page of February 2025 on the conference that reviewed 2024: the results it reports are 2024's (not a
        # page written before the year could be reviewed, nor one written well into the next year, whose opening
        # only recalls the review)
        dated = Dated(date(ctx.year_end_review, 1, 1), date(ctx.year_end_review, 12, 31), "review")
    if (
        dated is None
        and ctx.opening_period
        and not target
        and not annual_index
        and mention.value_start > ctx.opening_period[2]  # (it frames what comes after it)
        and _what_happened_in_a_span(mention, ctx)
    ):
        dated = Dated(ctx.opening_period[0], ctx.opening_period[1], "opening")
    if dated is None and ctx.document_date:
        dated = Dated(ctx.document_date, ctx.document_date, "document_date")
    if dated is None and ctx.reviewed_year and not target and not annual_index:
        # The results an undated annual plan reports are those of the year before it plans.
        dated = Dated(date(ctx.reviewed_year, 1, 1), date(ctx.reviewed_year, 12, 31), "title")
    if dated is None and ctx.year_end_review and not target and not annual_index:
        # "Trong cuộc họp tổng kết chuyển đổi số ... năm 2024, ...": the results of the year it reviews
        dated = Dated(date(ctx.year_end_review, 1, 1), date(ctx.year_end_review, 12, 31), "review")
    if (
        dated is not None
        and annual_index
        and (
            dated.basis == "document_date"
            or (dated.phrase is not None and dated.phrase.role in ("as_of", "current"))
            # "DTI được công bố vào cuối tháng 5/2025, ... xếp hạng thứ 25/63", "Tháng 7/2023, ... đứng ở vị trí
            # thứ 6": a month or a day is when the ranking was read, not an edition (a whole year)
            or (dated.phrase is not None and (dated.end - dated.start).days < 32)
        )
    ):
        # An index edition is published the year after the year it assesses.
        year = dated.end.year - 1
        dated = Dated(date(year, 1, 1), date(year, 12, 31), dated.basis, dated.phrase)
    elif (
        dated is not None
        and assessed_the_year_before
        and not target
        and ctx.document_date is not None
        and dated.basis in ("sentence", "paragraph")
        and (dated.end - dated.start).days > 300
        and dated.start.year >= ctx.document_date.year
        and not _names_the_edition(dated, ctx)
    ):
        # "Năm 2023, Chỉ số DTI của tỉnh đạt ..." on a page of November 2023: the 2023 edition is not out before
        # 2024, so the year is when the result was announced, and the edition the year before ("Chỉ số DTI
        # năm 2023", the edition named, is left as written).
        year = ctx.document_date.year - 1
        dated = Dated(date(year, 1, 1), date(year, 12, 31), dated.basis, dated.phrase)
    if not target and the_year_so_far(dated, ctx.document_date):
        # "Tính đến năm 2025, toàn tỉnh đã có ..." on a page of June 2025: the year so far, as of the page's day
        dated = Dated(ctx.document_date, ctx.document_date, dated.basis, dated.phrase)
    dated = _previous(dated, mention)
    if dated is not None and dated.basis == "sentence_own":
        dated = Dated(dated.start, dated.end, "sentence", dated.phrase)
    return dated


# An annual plan named with its year ("ban hành Kế hoạch 2050/KH-UBND về Chuyển đổi số tỉnh Phú Thọ năm 2022"), not
# one of a span of years ("giai đoạn 2021 - 2025").
# In English the year comes before the plan's name or after "for" ("the 2026 Digital Transformation Plan", "the Digital
# Transformation Plan for 2025"), not a span ("the 2021-2025 plan").
_ANNUAL_PLAN = re.compile(
    r"(?<!\w)kế hoạch(?!\w)[^.;\n]{0,100}?\bnăm\s+((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*(?:19|20)?\d\d)"
    r"|(?<![\w\-–/])((?:19|20)\d\d)(?![\w\-–/])\s+(?:[^\W\d]+\s+){0,5}?plan(?!\w)"
    r"|(?<!\w)plan(?!\w)[^.;\n\d]{0,100}?\b(?:for|in)\s+((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*(?:19|20)?\d\d)",
    re.I,
)
PLAN_LOOK_BACK = 1500  # characters before a target over which the plan it belongs to may be named


def _plan_or_horizon_named_before(mention: Mention, ctx: DatingContext) -> Dated | None:
    """The annual plan named before a target dates it, unless a horizon for targets is set in a later sentence ("Kế
    hoạch ... năm 2021 và giai đoạn 2021-2025. ... đặt ra mục tiêu đến năm 2025 ... Theo đó, 100% ..."); a horizon
    the plan's own sentence cites ("Kế hoạch chuyển đổi số năm 2024, góp phần thực hiện các mục tiêu đến năm 2025 của
    Nghị quyết ...") is the horizon of another act."""
    plan = _plan_named_before(mention, ctx)
    horizon = _horizon_named_before(mention, ctx)
    if plan is None:
        return horizon[1] if horizon else None
    if horizon is None:
        return plan[1]
    sentence_of = ctx.segments.sentence
    later_sentence = sentence_of(horizon[0]).start > sentence_of(plan[0]).start
    return horizon[1] if later_sentence else plan[1]


def _plan_named_before(mention: Mention, ctx: DatingContext) -> tuple[int, Dated] | None:
    """A target nothing else dates, after the text named an annual plan ("UBND tỉnh đã ban hành Kế hoạch ... năm
    2022. ... Cụ thể, Kế hoạch đề ra mục tiêu đạt 85% ..."): where the plan named last before it is named, and its
    year."""
    text = ctx.segments.text
    found = list(_ANNUAL_PLAN.finditer(text, max(0, mention.value_start - PLAN_LOOK_BACK), mention.value_start))
    if not found:
        return None
    year = int(next(group for group in found[-1].groups() if group))
    return found[-1].start(), Dated(date(year, 1, 1), date(year, 12, 31), "plan")


_TARGETS_NAMED_FOR = re.compile(r"(?<!\w)(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?!\w)[^\d.;:\n]{0,50}$", re.I)


def _horizon_named_before(mention: Mention, ctx: DatingContext) -> tuple[int, Dated] | None:
    """A target nothing else dates, after the text set targets for a horizon ("... đạt các chỉ tiêu đến năm 2030
    đạt các tiêu chí: ...\nBên cạnh đó, mục tiêu 100% thủ tục ..."): where the horizon named last before it after a
    target word is named, and its year, where that year is not over when the page was written."""
    text = ctx.segments.text
    start = max(0, mention.value_start - PLAN_LOOK_BACK)
    horizons = [
        p
        for p in ctx.phrases
        if p.year
        and start <= p.start < mention.value_start
        and (
            (p.role == "until" and _TARGET_NOUN_BEFORE.search(text, max(0, p.start - 30), p.start))
            # "Các chỉ tiêu cụ thể của Quảng Ninh về kinh tế số năm 2025 là: ...": the year the targets named are for
            or (
                p.role == "period"
                and p.kind == "year"
                and _TARGETS_NAMED_FOR.search(text, max(0, p.start - 60), p.start)
            )
        )
    ]
    if not horizons or (ctx.document_date is not None and horizons[-1].year < ctx.document_date.year):
        return None
    year = horizons[-1].year
    return horizons[-1].start, Dated(date(year, 1, 1), date(year, 12, 31), "horizon", horizons[-1])


# The index named with its year: "về mức độ chuyển đổi số năm 2024", "chỉ số DTI 2023".
_INDEX_BEFORE_YEAR = re.compile(
    r"(?:\bdti|\bpdti|(?:\bvề|\bchỉ số)\s+(?:mức độ\s+)?(?:chuyển đổi số|cđs))\s*(?:\(\s*(?:dti|pdti)\s*\))?\)?"
    r"(?:\s+cấp tỉnh)?\s*$",
    re.I,
)
_SENTENCE_OPENING = re.compile(r"\W*(?:(?:trong|vào|tính đến hết)\s+)?", re.I)


def _names_the_edition(dated: Dated, ctx: DatingContext) -> bool:
    """The year that dates a figure is the index's edition named with it ("Chỉ số DTI năm 2023")."""
    phrase = dated.phrase
    return phrase is not None and (
        phrase.kind == "edition"
        or bool(_INDEX_BEFORE_YEAR.search(ctx.segments.text, max(0, phrase.start - 40), phrase.start))
    )


def _edition_named_after(mention: Mention, ctx: DatingContext) -> Dated | None:
    """An index result whose own words name, after it, the index with its year ("tỉnh xếp thứ 14/34 ... về
    mức độ chuyển đổi số năm 2024"): that edition, before any time the sentence names elsewhere (the day of
    the announcement, "Ngày Chuyển đổi số quốc gia năm 2025")."""
    sentence = ctx.segments.sentence(mention.value_start)
    text = ctx.segments.text
    if any(
        sentence.start <= p.start < mention.value_start
        and p.year
        and (
            p.kind == "edition"
            or (
                p.kind == "year"
                and (
                    _SENTENCE_OPENING.fullmatch(text, sentence.start, p.start)
                    or _INDEX_BEFORE_YEAR.search(text, max(sentence.start, p.start - 40), p.start)
                )
            )
        )
        for p in ctx.phrases
    ):
        return None  # "Năm 2023, tỉnh xếp thứ 12/63 ...", "Chỉ số DTI 2023 ... xếp thứ 12": the year named before it
    for p in ctx.phrases:
        if (
            mention.end <= p.start < sentence.end
            and p.role == "period"
            and p.year
            and (
                p.kind == "edition"
                or (p.kind == "year" and _INDEX_BEFORE_YEAR.search(text, max(mention.end, p.start - 40), p.start))
            )
            # its own words, before the next figure ("xếp thứ 14/34 tỉnh, thành phố về ... năm 2024")
            and not any(mention.end <= m.value_start < p.start for m in ctx.mentions if m is not mention)
        ):
            return Dated(date(p.year, 1, 1), date(p.year, 12, 31), "sentence", p)
    return None


def _says_now(mention: Mention, ctx: DatingContext) -> bool:
    clause = ctx.segments.clause(mention.value_start)
    return any(p.kind == "current" and clause.start <= p.start < clause.end for p in ctx.phrases)


def _changed_after(mention: Mention, ctx: DatingContext, phrase: TimePhrase) -> bool:
    """'98% thôn: 698 đơn vị (tăng 08 đơn vị so với năm 2021)': a level whose own change against
    the base follows it is of the same time as that change."""
    return any(
        m.change and mention.end <= m.value_start < phrase.start and m.value_start - mention.end <= 60
        for m in ctx.mentions
    )


def the_year_so_far(dated: Dated | None, document_date: date | None) -> bool:
    """ "Tính đến năm 2025" on a page of that year, before its end: the year so far (as of the page's day when the
    figure says what stands), not the year's end ahead."""
    return (
        dated is not None
        and document_date is not None
        and dated.phrase is not None
        and dated.phrase.kind == "as_of_year"
        and dated.start > document_date
        and dated.start.year == document_date.year
    )


def _same_period_labelling_it(mention: Mention, ctx: DatingContext) -> Dated | None:
    """ "Cùng kỳ năm 2024: 3.120 tỷ đồng", a table's column over its value (tables.read_tables writes "label: column:
    value"): the value is of that year's same period, the part of the year the table's header names in another
    column ("Chỉ tiêu | 9 tháng năm 2025 | Cùng kỳ năm 2024": January to September 2024), else that whole year."""
    text = ctx.segments.text
    labels = [
        p
        for p in ctx.phrases
        if p.role == "comparison"
        and p.year
        and p.end <= mention.value_start
        and _same_period(text, p)
        and re.fullmatch(r"\s*:\s*", text[p.end : mention.value_start])
    ]
    if not labels:
        return None
    label = labels[-1]
    line_start = text.rfind("\n", 0, mention.value_start) + 1
    header = _table_header_above(text, line_start)
    header_end = text.find("\n", header) if header is not None else -1
    part = next(
        (
            p
            for p in ctx.phrases
            if header is not None
            and header <= p.start < header_end
            and p.role == "period"
            and p.kind in _PARTS_OF_A_YEAR
        ),
        None,
    )
    span = resolve(replace(part, year=label.year), None, ctx.document_date) if part is not None else None
    if span is None:
        return Dated(date(label.year, 1, 1), date(label.year, 12, 31), "sentence", label)
    return Dated(span[0], span[1], "sentence", label)


def _same_period(text: str, phrase: TimePhrase) -> bool:
    return "cùng kỳ" in text[max(0, phrase.start - 20) : phrase.end].lower()


def _previous(dated: Dated | None, mention: Mention) -> Dated | None:
    """ "từ vị trí 16 lên 1", "tăng từ 35% lên 68%": the first rank or level is the previous edition's or year's."""
    if dated is None or not mention.previous or dated.start.year != dated.end.year:
        return dated
    if dated.basis == "sentence_own":
        return Dated(dated.start, dated.end, "sentence", dated.phrase)  # its own year, written after it
    year = dated.end.year - 1
    return Dated(date(year, 1, 1), date(year, 12, 31), dated.basis, dated.phrase)
