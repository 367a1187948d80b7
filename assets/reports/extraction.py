"""What an extraction reads and returns: the document, the grammar it is read with, the facts, the
unclaimed mentions and the figures set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assets.reports.concepts import Concept
from assets.reports.language import Language
from assets.reports.mentions import SetAside


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
    # sentence | paragraph | title | plan | horizon | review | sidecar | document_date | comparison | edition | half_review | opening
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
    # the codes of the centrally-run cities: "thành phố" before their name is the province; before another
    # province's name it is that province's capital, a city below the province ("Thành phố Hà Tĩnh")
    cities: frozenset | None = None  # None: not known (every "thành phố X" of a province's name is that province)


OUTSIDE_CATALOG = "a measure outside the catalog: no indicator's concept words claim it"
