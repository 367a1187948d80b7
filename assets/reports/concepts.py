"""What each catalog indicator looks like in prose (indicators.yaml, the ``report`` block of an
entry), compiled for linking.

An entry's ``report`` block says which numbers can state the indicator and by which words:

    report:
      kind: percent            # percent | count | rank | rank_change | top_n | score | money | length
                               # | speed | storage | ratio | density (default: from the catalog unit)
      terms:                   # groups of concept words; every group must be found near the number
        - [hồ sơ]
        - [trực tuyến, online, qua mạng]
      nouns: [tài khoản]       # counts: what the number counts, written right after it
      levels: [commune]        # administrative levels the indicator is about (lexicon `levels`)
      unless: [toàn trình]     # words that, near the number, make it another indicator
      change: true             # the indicator is a change ("tăng 33%"), not a level
      scope: national          # the figure is about the nation whatever the text names
      title: true              # its words may come from the document's title (an index named in a
                               # headline: "... tăng 3 bậc trên bảng xếp hạng chuyển đổi số")
      points_of: 1000          # a score on the 0-1 scale that texts also write in points of this
                               # total: "tăng 114 điểm" without its scale is 0.114
      attainment: true         # a percent of a target or plan attained ("đạt 103,4% kế hoạch"):
                               # the only kind of indicator such a percent can state
      share: true              # only a percent that is the share of the count before it states it
                               # ("hoàn thành 32/35 mục tiêu, đạt 91,4%"), never a rate of its own
      national_as: dti_provincial_average_score  # the indicator that a figure of the nation states instead
                               # ("đạt 0,6123 (trung bình cả nước: 0,5900)": the provinces' average)
      bare: false              # a bare number (no unit, no denominator) never states it: a group's score
                               # is written "9,9 điểm" or "9,9/18", while a flattened table's bare cells
                               # ("Công khai, minh bạch 18 10,6 10,2") hold its maximum and averages too

Abbreviations (TTHC, DVCTT, CCCD, VNeID, GRDP, BTS...) are written as terms like any word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import polars as pl

from assets.reports.language import words_pattern

UNIT_KIND = {
    "percent": "percent",
    "rank": "rank",
    "places": "rank_change",
    "score": "score",
    "points": "score",
    "vnd": "money",
    "usd": "money",
    "km": "length",
    "Mbps": "speed",
    "TB": "storage",
    "times": "ratio",
    "top_n": "top_n",
    "per 100 inhabitants": "density",
    "per 1000 inhabitants": "density",
}
KINDS = {
    "percent",
    "count",
    "rank",
    "rank_change",
    "top_n",
    "score",
    "money",
    "length",
    "speed",
    "storage",
    "ratio",
    "density",
}
REPORT_KEYS = {
    "kind",
    "terms",
    "nouns",
    "levels",
    "unless",
    "change",
    "scope",
    "title",
    "points_of",
    "attainment",
    "share",
    "national_as",
    "bare",
}


@dataclass(frozen=True)
class Concept:
    code: str
    kind: str
    unit: str
    family: str
    groups: tuple[re.Pattern, ...]
    nouns: re.Pattern | None
    levels: frozenset[str]
    unless: re.Pattern | None
    change: bool
    national: bool
    from_title: bool
    valid_min: float | None
    valid_max: float | None
    signature: str  # entries with the same terms, kind and nouns differ only by level
    points_of: float | None = None  # the points total a 0-1 score is also written in
    attainment: bool = False  # a percent of a target or plan attained
    share: bool = False  # only the share of the count before it
    open: bool = False  # a measure outside the catalog (assets/reports/uncatalogued.py): no indicator
    national_as: str | None = None  # the indicator the nation's figure of this one states (a provincial average)
    bare: bool = True  # a bare number may state it

    @property
    def group_count(self) -> int:
        return len(self.groups) + (1 if self.nouns is not None else 0) + (1 if self.levels else 0)


def compile_concepts(catalog: pl.DataFrame, levels: dict[str, list[str]]) -> tuple[Concept, ...]:
    """Concepts of the catalog entries that have a ``report`` block (column ``report``: JSON)."""
    concepts = []
    known_levels = set(levels)
    for row in catalog.select("code", "unit", "family", "valid_min", "valid_max", "report").iter_rows(named=True):
        if not row["report"]:
            continue
        spec = json.loads(row["report"])
        unknown = set(spec) - REPORT_KEYS
        if unknown:
            raise ValueError(f"indicators.yaml: {row['code']}: unknown report keys {sorted(unknown)}")
        kind = spec.get("kind") or UNIT_KIND.get(row["unit"], "count")
        if kind not in KINDS:
            raise ValueError(f"indicators.yaml: {row['code']}: report kind {kind!r} is not one of {sorted(KINDS)}")
        if kind == "count" and not spec.get("nouns"):
            raise ValueError(f"indicators.yaml: {row['code']}: a count needs `nouns` (what the number counts)")
        bad_levels = set(spec.get("levels", [])) - known_levels
        if bad_levels:
            raise ValueError(
                f"indicators.yaml: {row['code']}: unknown levels {sorted(bad_levels)} (report_lexicon.yaml `levels`)"
            )
        terms = [[str(t) for t in group] for group in spec.get("terms", [])]
        if any(not group for group in terms):
            raise ValueError(f"indicators.yaml: {row['code']}: an empty terms group")
        for word in [*(t for group in terms for t in group), *spec.get("nouns", []), *spec.get("unless", [])]:
            if ("(?" in str(word) or "\\" in str(word)) and not str(word).startswith(("\\", "(?")):
                # words_pattern reads an entry as a regular expression only when it opens with one
                raise ValueError(
                    f"indicators.yaml: {row['code']}: {word!r} looks like a regular expression but does not open "
                    "with a group or a backslash, so it would be matched as plain words"
                )
        concepts.append(
            Concept(
                code=row["code"],
                kind=kind,
                unit=row["unit"],
                family=row["family"],
                groups=tuple(words_pattern(group, plurals=True) for group in terms),
                nouns=words_pattern(spec["nouns"], plurals=True) if spec.get("nouns") else None,
                levels=frozenset(spec.get("levels", [])),
                unless=words_pattern(spec["unless"]) if spec.get("unless") else None,
                change=bool(spec.get("change", False)),
                national=spec.get("scope") == "national",
                from_title=bool(spec.get("title", False)),
                valid_min=row["valid_min"],
                valid_max=row["valid_max"],
                points_of=float(spec["points_of"]) if spec.get("points_of") else None,
                attainment=bool(spec.get("attainment", False)),
                share=bool(spec.get("share", False)),
                national_as=spec.get("national_as"),
                bare=bool(spec.get("bare", True)),
                signature=json.dumps(
                    [kind, sorted(map(sorted, terms)), sorted(spec.get("nouns", [])), spec.get("change", False)],
                    ensure_ascii=False,
                ),
            )
        )
    codes = {c.code for c in concepts}
    for concept in concepts:
        if concept.national_as and concept.national_as not in codes:
            raise ValueError(
                f"indicators.yaml: {concept.code}: national_as {concept.national_as} is no indicator with report terms"
            )
    return tuple(concepts)


def digit_terms(catalog: pl.DataFrame) -> tuple[re.Pattern, ...]:
    """Concept words that contain digits ("0 điểm", "1.000 dân"): their digits are words, not figures."""
    words = set()
    for report in catalog["report"].drop_nulls():
        spec = json.loads(report)
        for group in [*spec.get("terms", []), spec.get("nouns", []), spec.get("unless", [])]:
            words.update(
                str(w) for w in group if any(c.isdigit() for c in str(w)) and not re.fullmatch(r"\d+g", str(w), re.I)
            )
    return tuple(words_pattern([w]) for w in sorted(words))
