"""The report lexicon (data/raw/reference/report_lexicon.yaml), compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from assets.reports.numbers import NUMBER_PATTERN, SCALE_PATTERN
from assets.text import normalize_text


@dataclass(frozen=True)
class Rule:
    indicator_code: str
    pattern: re.Pattern
    requires: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    version: int
    rules: tuple[Rule, ...]
    masks: tuple[re.Pattern, ...]
    target_markers: re.Pattern
    achievement_markers: re.Pattern
    national_markers: re.Pattern
    deadline: re.Pattern
    implied_target: re.Pattern
    decrease_words: frozenset[str]


def _placeholders(qualifiers: list[str]) -> dict[str, str]:
    number = rf"(?:{NUMBER_PATTERN}){SCALE_PATTERN}"
    qual = "|".join(sorted((re.escape(normalize_text(q)) for q in qualifiers), key=len, reverse=True))
    return {
        "VALUE": rf"(?<![\d.,/])(?P<value>{number})(?![\d/])",
        "PCT": rf"(?<![\d.,/])(?P<value>{NUMBER_PATTERN})\s*%",
        "FRAC": r"(?<![\d.,/])(?P<value>\d{1,6})\s*/\s*(?P<den>\d{1,6})(?![\d/])",
        "RANK": r"(?<![\d.,/])(?P<value>\d{1,2})(?:\s*/\s*(?P<den>\d{2}))?(?![\d/]|[.,]\d)",
        "QUAL": rf"(?:(?P<qual>{qual})\s+)?",
        "GAP": r"(?:(?![.!?]\s)[^;\n]){0,80}?",  # expanded last, as numbered groups
        "YEAR": r"(?P<year>(?:19|20)\d{2})",
    }


def _alternation(words: list[str]) -> re.Pattern:
    return re.compile(
        "|".join(normalize_text(w) if w.startswith("\\") else re.escape(normalize_text(w)) for w in words), re.I
    )


REQUIRED_KEYS = (
    "version",
    "qualifiers",
    "decrease_words",
    "target_markers",
    "achievement_markers",
    "deadline_pattern",
    "implied_target_pattern",
    "national_markers",
    "mask_patterns",
    "indicators",
)


def compile_lexicon(data: dict) -> Lexicon:
    missing = [key for key in REQUIRED_KEYS if key not in (data or {})]
    if missing:
        raise ValueError(f"report_lexicon.yaml: missing keys {', '.join(missing)} (see the file's header)")
    holes = _placeholders(data["qualifiers"])
    rules = []
    for code, entries in data["indicators"].items():
        for entry in entries:
            written = normalize_text(entry["pattern"])
            expanded = written
            for name, regex in holes.items():
                if name == "GAP":
                    continue
                expanded = expanded.replace("{" + name + "}", regex)
            # Number the gaps, so a match can tell how much of it was literal words.
            parts = expanded.split("{GAP}")
            expanded = parts[0] + "".join(f"(?P<gap{i}>{holes['GAP']})" + part for i, part in enumerate(parts[1:]))
            try:
                compiled = re.compile(expanded, re.I)
            except re.error as error:
                raise ValueError(f"report lexicon: pattern of {code} does not compile ({error}): {written}") from None
            requires = tuple(normalize_text(w).lower() for w in entry.get("requires", []))
            rules.append(Rule(code, compiled, requires))
    return Lexicon(
        version=int(data["version"]),
        rules=tuple(rules),
        masks=tuple(re.compile(normalize_text(p)) for p in data["mask_patterns"]),
        target_markers=_alternation(data["target_markers"]),
        achievement_markers=_alternation(data["achievement_markers"]),
        national_markers=_alternation(data["national_markers"]),
        deadline=re.compile(normalize_text(data["deadline_pattern"]), re.I),
        implied_target=re.compile(normalize_text(data["implied_target_pattern"]), re.I),
        decrease_words=frozenset(normalize_text(w).lower() for w in data["decrease_words"]),
    )


@cache
def load_lexicon(path: Path) -> Lexicon:
    return compile_lexicon(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
