"""Facts from the prose of a provincial report, each with its exact quote.

For every lexicon rule matched in the (masked) normalised text:
  value      parsed as Vietnamese or English style, decided by the indicator's unit;
  period     a year written next to the value, else the nearest period phrase before it
             in the sentence (a target: the deadline after it), else the document's period;
  target     a target word before the value with no achievement word after it, a deadline
             after it ("hoàn thành trong Quý IV/2022"), or an implied target
             ("đạt 66,79% (vượt mục tiêu 16,79%)" -> target 50%);
  scope      a value whose own words speak of the nation or another province is skipped.
No rule names a document, a province or a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from assets.periods import PeriodMention, find_vi_periods
from assets.reports.lexicon import Lexicon, Rule
from assets.reports.numbers import NumberError, parse_number

EXTRACTOR_VERSION = "report_lexicon/1"
# A sentence ends at . ! ? before a space, or at a line break that does not follow ; , or :
# (a clause list may wrap over lines).
_SENTENCE_END = re.compile(r"(?<![;,:])(?<![;,:] )\n|[.!?](?=\s)")


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


@dataclass
class ExtractedFact:
    indicator_code: str
    value: float
    unit: str
    denominator: float | None
    qualifier: str | None
    period_start: date
    period_end: date
    is_target: bool
    quote: str
    char_start: int
    char_end: int
    confidence: float
    grouping: int
    note: str | None = None


@dataclass
class Extraction:
    facts: list[ExtractedFact] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (quote, reason)


def mask(text: str, lexicon: Lexicon) -> str:
    """Same length as text, with spans that never hold values blanked out."""
    chars = list(text)
    for pattern in lexicon.masks:
        for m in pattern.finditer(text):
            start, end = m.span(1) if pattern.groups else m.span()
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = "#"
    return "".join(chars)


def _sentences(masked: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(masked):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(masked)))
    return spans


def _specificity(m: re.Match) -> int:
    """How much of a match is the rule's own words (not gaps, not the value): the more, the more specific."""
    gaps = sum(len(v) for k, v in m.groupdict().items() if k.startswith("gap") and v)
    return (m.end() - m.start()) - gaps - (m.end("value") - m.start("value"))


def _year_period(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _choose_period(
    doc: ReportDocument,
    mentions: list[PeriodMention],
    sentence: tuple[int, int],
    clause_start: int,
    first_value_in_sentence: int,
    value_start: int,
    value_end: int,
    is_target: bool,
    explicit_year: str | None,
) -> tuple[date, date] | None:
    """The period a value describes (see the module docstring)."""
    if explicit_year:
        return _year_period(int(explicit_year))
    in_sentence = [
        p for p in mentions if sentence[0] <= p.char_start and p.char_end <= sentence[1] and not p.comparison
    ]
    right_after = [p for p in in_sentence if value_end <= p.char_start <= value_end + 15]
    if right_after and (right_after[0].end - right_after[0].start).days >= 364:
        return right_after[0].start, right_after[0].end  # "vị trí thứ 45 năm 2021"
    after = [p for p in in_sentence if p.char_start >= value_end]
    if is_target and after:
        return after[0].start, after[0].end  # the deadline
    # A period phrase in the value's own clause, or one that opens the sentence before any value
    # ("06 tháng đầu năm 2023, ... đã triển khai 25/25 ...; ... đạt 66,79%").
    before = [
        p
        for p in in_sentence
        if p.char_end <= value_start and (p.char_start >= clause_start or p.char_end <= first_value_in_sentence)
    ]
    if before:
        return before[-1].start, before[-1].end
    if doc.period_start and doc.period_end:
        return doc.period_start, doc.period_end
    if doc.document_date:
        return _year_period(doc.document_date.year)
    return None


def extract(
    doc: ReportDocument,
    lexicon: Lexicon,
    catalog: dict[str, dict],
    merger_day: date,
    other_province_names: re.Pattern | None = None,
) -> Extraction:
    """All facts of one document. ``catalog`` maps codes to {unit, valid_max}; a value's
    grouping is 63 for periods ending before ``merger_day`` (the 34 units' first day), else 34;
    ``other_province_names`` matches names of provinces other than the document's."""
    text = doc.text
    masked = mask(text, lexicon)
    sentences = _sentences(masked)
    context_year = (doc.period_end or doc.document_date or date.today()).year
    mentions = find_vi_periods(text, context_year)
    result = Extraction()

    candidates: dict[tuple[int, int], tuple[Rule, re.Match]] = {}
    for rule in lexicon.rules:
        if rule.indicator_code not in catalog:
            raise ValueError(f"report lexicon names {rule.indicator_code}, which is not in the indicator catalog")
        for m in rule.pattern.finditer(masked):
            span = m.span("value")
            held = candidates.get(span)
            if held is None or _specificity(m) > _specificity(held[1]):
                candidates[span] = (rule, m)

    for (value_start, value_end), (rule, m) in sorted(candidates.items()):
        sentence = next(s for s in sentences if s[0] <= value_start < s[1])
        sentence_text = text[sentence[0] : sentence[1]].lower()
        quote = text[m.start() : m.end()]
        if rule.requires and not any(word in sentence_text for word in rule.requires):
            continue
        clause_start = max(sentence[0], text.rfind(";", sentence[0], m.start()) + 1)
        window = text[max(clause_start, m.start() - 40) : m.end()]
        # "của cả nước đạt 40%" is about the nation; "đứng thứ 7 toàn quốc" is about the province.
        if lexicon.national_markers.search(text[max(clause_start, m.start() - 40) : value_start]):
            result.skipped.append((quote, "about the nation or other localities, not the province"))
            continue
        if other_province_names is not None and (other := other_province_names.search(window)):
            result.skipped.append((quote, f"names another province ({other.group(0)})"))
            continue

        info = catalog[rule.indicator_code]
        try:
            number = parse_number(text[value_start:value_end], info["unit"], info["valid_max"])
        except NumberError as error:
            result.skipped.append((quote, str(error)))
            continue
        value = number.value
        groups = m.groupdict()
        if groups.get("dir") and groups["dir"].lower() in lexicon.decrease_words:
            value = -value
        denominator = float(groups["den"]) if groups.get("den") else None

        prefix = text[clause_start:value_start]
        last_marker = None
        for last_marker in lexicon.target_markers.finditer(prefix):
            pass
        is_target = bool(last_marker) and not lexicon.achievement_markers.search(prefix[last_marker.end() :])
        if not is_target:
            is_target = bool(lexicon.deadline.search(text[value_end : sentence[1]]))

        first_value = min(v for v, _ in candidates if sentence[0] <= v < sentence[1])
        period = _choose_period(
            doc, mentions, sentence, clause_start, first_value, value_start, value_end, is_target, groups.get("year")
        )
        if period is None:
            result.skipped.append((quote, "no period in the sentence and none known for the document"))
            continue
        grouping = (
            int(groups["den"])
            if rule.indicator_code.startswith("dti_") and groups.get("den") in ("63", "34")
            else (63 if period[1] < merger_day else 34)
        )
        confidence = 0.9 * (0.85 if number.ambiguous else 1.0) * (0.9 if doc.province_inferred else 1.0)
        fact = ExtractedFact(
            indicator_code=rule.indicator_code,
            value=value,
            unit=info["unit"],
            denominator=denominator,
            qualifier=(groups.get("qual") or None) and groups["qual"].lower(),
            period_start=period[0],
            period_end=period[1],
            is_target=is_target,
            quote=quote,
            char_start=m.start(),
            char_end=m.end(),
            confidence=round(confidence, 3),
            grouping=grouping,
        )
        result.facts.append(fact)

        implied = lexicon.implied_target.match(text, value_end + (1 if text[value_end : value_end + 1] == "%" else 0))
        if implied and not is_target:
            delta = parse_number(implied.group("delta"), info["unit"], info["valid_max"]).value
            sign = -1 if implied.group("dir").lower() in ("vượt", "cao hơn") else 1
            result.facts.append(
                replace(
                    fact,
                    value=round(value + sign * delta, 6),
                    is_target=True,
                    qualifier=None,
                    quote=text[m.start() : implied.end()],
                    char_end=implied.end(),
                    confidence=round(confidence * 0.8, 3),
                    note=f"implied: {value:g} with '{implied.group(0).strip(' (')}'",
                )
            )

    seen, unique = set(), []
    for fact in result.facts:
        key = (fact.indicator_code, fact.value, fact.period_start, fact.period_end, fact.is_target)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    result.facts = unique
    return result
