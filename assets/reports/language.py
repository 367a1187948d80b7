"""The language of reports (data/raw/reference/report_lexicon.yaml), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from assets.text import normalize_text

REQUIRED_KEYS = (
    "version",
    "scale_words",
    "ordinal_words",
    "cardinal_words",
    "word_number_tens",
    "units_after_tens",
    "english_change_cardinals",
    "english_cardinal_tens",
    "rank_ordinals",
    "rank_ordinal_tens",
    "page_words",
    "units",
    "rank_words",
    "rank_place_words",
    "rank_verbs",
    "rank_change_up",
    "rank_change_down",
    "rank_change_units",
    "top_group_words",
    "respectively_words",
    "qualifiers",
    "range_joiners",
    "non_measures",
    "achievement_markers",
    "target_markers",
    "target_nouns_counted",
    "horizon_words",
    "as_of_words",
    "deadline_words",
    "implied_target_pattern",
    "plan_title_words",
    "plan_heading_words",
    "national_markers",
    "ranking_scope_words",
    "comparison_place_words",
    "anaphora_words",
    "comparison_words",
    "current_words",
    "relative_years",
    "levels",
    "boundary_words",
    "dx_words",
    "other_index_words",
    "target_title_words",
    "spread_words",
    "change_up_words",
    "change_down_words",
    "rate_heads",
    "comparison_concept_words",
    "share_joiners",
    "document_name_words",
    "count_heads",
    "half_review_words",
    "review_words",
    "continuation_words",
    "figure_anaphora_words",
    "attainment_nouns",
    "local_place_words",
    "local_levels_after_a_name",
    "agency_words",
    "covered_people_words",
    "measured_nouns",
    "unmeasured_nouns",
    "framework_nouns",
    "unmeasured_leads",
    "reform_nouns",
    "own_subject_words",
    "economy_growth_words",
    "relative_horizon_words",
    "agency_name_pattern",
    "holder_pattern",
    "recipient_pattern",
    "recipient_nouns",
    "grade_pattern",
)


# Vietnamese lower-case letters: a line that goes on with one continues a sentence the text wrapped.
_LOWER = "a-zàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ"
# Between the words of a term: spaces, quotes, or a line break where the text wraps a sentence (the next
# line goes on in lower case: "80% hồ sơ công\nviệc"); not a break before a new line, heading or row.
_SPACE_OR_QUOTES = rf"(?:[ \t\"“”‘’'«»]+|[ \t]*\n(?-i:(?=[{_LOWER}]))[ \t]*)"


_LONG_DIGITAL = rf"(?:k[ỹĩ]{_SPACE_OR_QUOTES}thuật{_SPACE_OR_QUOTES})?"


_ENGLISH_WORD_START = re.compile(r"(?<![\w-])[a-z]", re.I)
# where an English noun phrase's head ends: what follows it qualifies it ("applications for ...", "users of ...")
_ENGLISH_HEAD_ENDS = re.compile(
    r"\s+(?:of|for|with|in|on|at|by|to|from|through|via|across|into|under|during|since|that|which|who|and|or|were|was|"
    r"are|is|have|has|had)\b"
    # a participle after the head, with what it was done on or how ("administrative procedures provided on the
    # system", "dossiers processed online"; not one before it: "integrated online public services")
    r"|\s+[a-z]+(?:ed|en)\s+(?:on|in|at|by|to|via|through|from|online|electronically|each|every|per|annually|so far)\b"
    # and "online" after it ("1,513 level-4 public services online"; not "online public services")
    r"|\s+(?:online|electronically)\s*$",
    re.I,
)


_TYPOGRAPHIC = str.maketrans("", "", "\u2018\u2019\u201c\u201d\u2013\u2014")


def english_letters(words: str) -> bool:
    """Written in ASCII, but for typographic quotes and dashes ("the province’s e-commerce platforms"): English."""
    return words.translate(_TYPOGRAPHIC).isascii()


def names_at_a_word(words: re.Pattern, noun: str) -> bool:
    """``words`` open the noun ("tài khoản định danh điện tử"), or, in English, where a noun phrase's head comes last,
    end it ("electronic identification accounts", "full-process online public services"; not "applications for
    electronic identification accounts" nor "users of online public services", whose heads come first)."""
    if words.match(noun):
        return True
    if not english_letters(noun):
        return False
    cut = _ENGLISH_HEAD_ENDS.search(noun)
    phrase = noun[: cut.start()] if cut else noun
    return any(
        (found := words.match(phrase, m.start())) is not None and found.end() == len(phrase.rstrip())
        for m in _ENGLISH_WORD_START.finditer(phrase)
    )


_ABBREVIATION = re.compile(r"[a-z]{2,5}")


def words_pattern(words, *, flags=re.IGNORECASE, left_boundary: bool = True, plurals: bool = False) -> re.Pattern:
    """An alternation of words (longest first) on word boundaries; entries starting with a
    backslash or a group ("(?<!thực )\\bhiện\\b") are regular expressions. With ``plurals``, a short
    one-word entry (an abbreviation: "cccd", "bts", "tthc") also matches with the English plural "s" ("3.35 million
    CCCDs")."""
    parts = []
    for word in sorted((normalize_text(str(w)) for w in words), key=len, reverse=True):
        if word.startswith(("\\", "(?")):
            parts.append(word)
        else:
            # between words, a space may come with quotes ("Hoạt động “kinh tế số”"); "số" (digital) after
            # another word may be written in full, "kỹ thuật số" ("xã hội kỹ thuật số" is "xã hội số")
            escaped = _SPACE_OR_QUOTES.join(
                _LONG_DIGITAL + "số" if i and piece.lower() == "số" else re.escape(piece)
                for i, piece in enumerate(word.split(" "))
            )
            left = r"(?<!\w)" if word[:1].isalnum() and left_boundary else ""
            right = r"(?!\w)" if word[-1:].isalnum() else ""
            if plurals and _ABBREVIATION.fullmatch(word):
                right = "s?" + right
            parts.append(f"{left}{escaped}{right}")
    return re.compile("|".join(parts) if parts else r"(?!x)x", flags)


@dataclass(frozen=True)
class NonMeasure:
    reason: str
    pattern: re.Pattern
    hides_words: bool = False  # its words are no figure's concept words ("10/17 sở đạt trên 90%")


@dataclass(frozen=True)
class Language:
    version: int
    scale_words: dict[str, float]
    ordinal_words: dict[str, int]
    cardinal_words: dict[str, int]
    word_number_tens: str  # "hai mươi": the word that makes a cardinal tens
    units_after_tens: dict[str, int]  # "hai mươi mốt", "mười lăm": units as written after tens
    english_change_cardinals: dict[str, int]  # "up two places": a change of rank in English words
    english_cardinal_tens: dict[str, int]  # "fifty-two": the tens of English cardinals in words
    rank_ordinals: dict[str, int]  # English ordinals in words ("first", "sixteenth"), ranks after a rank word
    rank_ordinal_tens: dict[str, int]  # ... and the tens a hyphen joins to them ("forty-first")
    page_words: dict[str, re.Pattern]  # words that tell a page's language (en, vi)
    units: dict[str, re.Pattern]  # unit -> words written after a number
    rank_words: re.Pattern
    rank_place_words: re.Pattern  # after an ordinal: a rank ("3rd place")
    rank_verbs: re.Pattern
    rank_change_up: re.Pattern
    rank_change_down: re.Pattern
    rank_change_units: re.Pattern
    top_group_words: re.Pattern
    respectively_words: re.Pattern
    qualifiers: re.Pattern
    range_joiners: tuple[str, ...]
    non_measures: tuple[NonMeasure, ...]
    achievement_markers: re.Pattern
    target_markers: re.Pattern
    target_nouns_counted: re.Pattern
    horizon_words: re.Pattern
    as_of_words: re.Pattern
    deadline_words: re.Pattern
    implied_target: re.Pattern
    plan_title_words: re.Pattern
    plan_heading_words: re.Pattern  # a heading over the tasks ahead ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    national_markers: re.Pattern
    ranking_scope_words: re.Pattern
    comparison_place_words: re.Pattern
    anaphora_words: re.Pattern
    comparison_words: re.Pattern
    current_words: re.Pattern
    relative_years: dict[str, int]
    levels: dict[str, re.Pattern]
    level_words: dict[str, list[str]]
    boundary_words: re.Pattern
    dx_words: re.Pattern
    other_index_words: re.Pattern
    target_title_words: re.Pattern
    spread_words: re.Pattern
    change_up_words: re.Pattern
    change_down_words: re.Pattern
    rate_heads: re.Pattern
    comparison_concept_words: re.Pattern
    share_joiners: re.Pattern
    document_name_words: re.Pattern
    count_heads: re.Pattern
    half_review_words: re.Pattern
    review_words: re.Pattern
    continuation_words: re.Pattern
    figure_anaphora_words: re.Pattern
    attainment_nouns: re.Pattern
    local_place_words: re.Pattern
    local_levels_after_a_name: re.Pattern  # a level written after a name ("Phu Yen district"): a unit, not the province
    agency_words: re.Pattern  # a province's agencies, whose coverage a fraction counts ("19/19 sở")
    covered_people_words: re.Pattern  # people a measure reaches, likewise ("45.158/53.571 người")
    measured_nouns: re.Pattern  # a count of these, outside the catalog, still states a measure
    unmeasured_nouns: re.Pattern  # ... unless its noun opens with these (a framework's parts, a date)
    framework_nouns: re.Pattern  # English counts of these are no measure, whatever the sentence (see uncatalogued.py)
    unmeasured_leads: re.Pattern  # ... or these lead a count of reform_nouns (acts of administrative reform)
    reform_nouns: re.Pattern
    own_subject_words: re.Pattern  # a percent's own subject (see uncatalogued.py)
    economy_growth_words: re.Pattern  # the economy's growth named before a figure: no measure of DX
    relative_horizon_words: re.Pattern  # a horizon of the page's own year, a roadmap (targets)
    agency_names: re.Pattern  # the name of a national agency ("Cục Chuyển đổi số quốc gia"): no figure's concept
    holders: re.Pattern  # people counted as holders of what follows ("1,76 triệu dân đã kích hoạt tài khoản ...")
    recipients: (
        re.Pattern
    )  # ... or as recipients of what the words before give ("cấp tài khoản ... cho 654.321 công dân")
    recipient_nouns: re.Pattern
    graded: re.Pattern  # the grade a count of units was rated in, after the count ("8 sở được xếp loại tốt")


def compile_language(data: dict) -> Language:
    missing = [key for key in REQUIRED_KEYS if key not in (data or {})]
    if missing:
        raise ValueError(f"report_lexicon.yaml: missing keys {', '.join(missing)} (see the file's header)")
    lists = {
        key: words_pattern(data[key])
        for key in (
            "rank_words",
            "rank_place_words",
            "rank_verbs",
            "rank_change_up",
            "rank_change_down",
            "rank_change_units",
            "top_group_words",
            "respectively_words",
            "qualifiers",
            "achievement_markers",
            "target_markers",
            "target_nouns_counted",
            "horizon_words",
            "as_of_words",
            "deadline_words",
            "plan_title_words",
            "plan_heading_words",
            "national_markers",
            "ranking_scope_words",
            "comparison_place_words",
            "anaphora_words",
            "comparison_words",
            "current_words",
        )
    }
    non_measures = []
    for entry in data["non_measures"]:
        if not {"reason", "pattern"} <= set(entry) <= {"reason", "pattern", "hides_words"}:
            raise ValueError(
                f"report_lexicon.yaml: a non_measures entry needs exactly `reason` and `pattern` (and may say "
                f"`hides_words: true`; quote a reason that has a comma): {entry}"
            )
        try:
            non_measures.append(
                NonMeasure(
                    entry["reason"],
                    re.compile(normalize_text(entry["pattern"])),
                    bool(entry.get("hides_words", False)),
                )
            )
        except re.error as error:
            raise ValueError(f"report_lexicon.yaml: non_measures pattern {entry['pattern']!r}: {error}") from None
    return Language(
        version=int(data["version"]),
        scale_words={normalize_text(k).lower(): float(v) for k, v in data["scale_words"].items()},
        ordinal_words={normalize_text(k).lower(): int(v) for k, v in data["ordinal_words"].items()},
        cardinal_words={normalize_text(k).lower(): int(v) for k, v in data["cardinal_words"].items()},
        word_number_tens=normalize_text(str(data["word_number_tens"])).lower(),
        units_after_tens={normalize_text(k).lower(): int(v) for k, v in data["units_after_tens"].items()},
        english_change_cardinals={k.lower(): int(v) for k, v in data["english_change_cardinals"].items()},
        english_cardinal_tens={k.lower(): int(v) for k, v in data["english_cardinal_tens"].items()},
        rank_ordinals={normalize_text(k).lower(): int(v) for k, v in data["rank_ordinals"].items()},
        rank_ordinal_tens={normalize_text(k).lower(): int(v) for k, v in data["rank_ordinal_tens"].items()},
        page_words={name: words_pattern(words) for name, words in data["page_words"].items()},
        units={unit: words_pattern(words, left_boundary=False) for unit, words in data["units"].items()},
        range_joiners=tuple(normalize_text(j) for j in data["range_joiners"]),
        non_measures=tuple(non_measures),
        implied_target=re.compile(normalize_text(data["implied_target_pattern"]), re.IGNORECASE),
        relative_years={normalize_text(k).lower(): int(v) for k, v in data["relative_years"].items()},
        levels={level: words_pattern(words) for level, words in data["levels"].items()},
        level_words={level: list(words) for level, words in data["levels"].items()},
        boundary_words=words_pattern(data["boundary_words"]),
        dx_words=words_pattern(data["dx_words"]),
        other_index_words=words_pattern(data["other_index_words"]),
        target_title_words=words_pattern(data["target_title_words"]),
        spread_words=words_pattern(data["spread_words"]),
        change_up_words=words_pattern(data["change_up_words"]),
        change_down_words=words_pattern(data["change_down_words"]),
        rate_heads=words_pattern(data["rate_heads"]),
        comparison_concept_words=words_pattern(data["comparison_concept_words"]),
        share_joiners=words_pattern(data["share_joiners"]),
        document_name_words=words_pattern(data["document_name_words"]),
        count_heads=words_pattern(data["count_heads"]),
        half_review_words=words_pattern(data["half_review_words"]),
        review_words=words_pattern(data["review_words"]),
        continuation_words=words_pattern(data["continuation_words"]),
        figure_anaphora_words=words_pattern(data["figure_anaphora_words"]),
        attainment_nouns=words_pattern(data["attainment_nouns"]),
        local_place_words=words_pattern(data["local_place_words"]),
        local_levels_after_a_name=words_pattern(data["local_levels_after_a_name"]),
        agency_words=words_pattern(data["agency_words"]),
        covered_people_words=words_pattern(data["covered_people_words"]),
        measured_nouns=words_pattern(data["measured_nouns"]),
        unmeasured_nouns=words_pattern(data["unmeasured_nouns"]),
        framework_nouns=words_pattern(data["framework_nouns"]),
        unmeasured_leads=words_pattern(data["unmeasured_leads"]),
        reform_nouns=words_pattern(data["reform_nouns"]),
        own_subject_words=words_pattern(data["own_subject_words"]),
        economy_growth_words=words_pattern(data["economy_growth_words"]),
        relative_horizon_words=words_pattern(data["relative_horizon_words"]),
        agency_names=re.compile(normalize_text(data["agency_name_pattern"])),  # case matters: a name is capitalised
        holders=re.compile(r"\s*(?:" + normalize_text(data["holder_pattern"]) + ")", re.IGNORECASE),  # at a noun's span
        graded=re.compile(normalize_text(data["grade_pattern"]), re.IGNORECASE),  # matched after the count's number
        recipients=re.compile(normalize_text(data["recipient_pattern"]), re.IGNORECASE),  # up to the count's start
        recipient_nouns=words_pattern(data["recipient_nouns"]),
        **lists,
    )


def writes_english(text: str, language: Language) -> bool:
    """The page is written in English: more of its words are English words that tell a language than Vietnamese
    ones (a Vietnamese title or name on an English page does not make it Vietnamese)."""
    english = language.page_words.get("en")
    vietnamese = language.page_words.get("vi")
    if english is None or vietnamese is None:
        return False
    return len(english.findall(text)) > len(vietnamese.findall(text))


@cache
def load_language(path: Path) -> Language:
    return compile_language(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
