"""The indicator catalog as reports read it: every entry's `report` block is valid and
unambiguous, units and kinds agree, and the lexicon of the language is well formed."""

import json

import polars as pl
import pytest

from assets.reference.catalog import read_indicator_catalog
from assets.reports.concepts import UNIT_KIND, compile_concepts
from assets.reports.language import compile_language, load_language
from tests.conftest import RAW

REFERENCE = RAW / "reference"
FAMILIES = {
    "dti",
    "egov_public_services",
    "project06_identity",
    "digital_infrastructure",
    "digital_economy",
    "digital_society",
    "dx_governance",
}


@pytest.fixture(scope="module")
def catalog():
    return read_indicator_catalog(REFERENCE)


@pytest.fixture(scope="module")
def concepts(catalog):
    return compile_concepts(catalog, load_language(REFERENCE / "report_lexicon.yaml").level_words)


def test_every_indicator_is_in_one_of_the_seven_families(catalog):
    assert set(catalog["family"]) == FAMILIES
    assert catalog.filter(catalog["family"] == "dti")["subfamily"].null_count() == 0
    assert (
        catalog.filter(catalog["family"] != "dti")["subfamily"].null_count()
        == catalog.filter(catalog["family"] != "dti").height
    )


def test_reports_can_state_almost_every_indicator(catalog, concepts):
    without = set(catalog.filter(catalog["report"].is_null())["code"])
    assert without == {"dti_in_top10", "dti_in_bottom3"}  # published tables only
    assert len(concepts) == catalog.height - len(without)


def test_a_concepts_kind_agrees_with_its_unit(concepts):
    for concept in concepts:
        if concept.unit in UNIT_KIND and concept.unit not in ("points",):
            # A density per 100 inhabitants may be read as a percent too: sources write "2,05%".
            assert concept.kind == UNIT_KIND[concept.unit] or (
                concept.unit == "per 100 inhabitants" and concept.kind == "percent"
            ), concept.code
        if concept.kind == "count":
            assert concept.nouns is not None, f"{concept.code}: a count says what it counts"


def test_no_two_concepts_are_the_same(concepts):
    seen = {}
    for concept in concepts:
        key = (concept.signature, concept.levels, concept.national)
        assert key not in seen, f"{concept.code} and {seen[key]} are read by the same words"
        seen[key] = concept.code


def test_a_report_block_with_an_unknown_key_or_level_is_a_clear_error(catalog):
    broken = catalog.head(1).with_columns(
        report=catalog["report"]
        .head(1)
        .map_elements(lambda r: json.dumps({**json.loads(r), "nuons": ["x"]}), return_dtype=str)
    )
    with pytest.raises(ValueError, match="unknown report keys"):
        compile_concepts(broken, {})
    broken = catalog.filter(catalog["code"] == "work_records_online_commune_pct")
    with pytest.raises(ValueError, match="unknown levels"):
        compile_concepts(broken, {"province": []})


def test_a_concept_word_written_as_a_pattern_must_open_as_one(catalog):
    # "bảng xếp hạng(?!...)" would be matched as the plain words "bảng xếp hạng(?!...)", that is never
    broken = catalog.filter(catalog["code"] == "dti_score").with_columns(
        report=pl.lit(json.dumps({"kind": "score", "terms": [["bảng xếp hạng(?!\\s+pci)"]]}))
    )
    with pytest.raises(ValueError, match="looks like a regular expression"):
        compile_concepts(broken, {})


def test_a_lexicon_entry_split_by_an_unquoted_comma_is_a_clear_error():
    import yaml

    data = yaml.safe_load((REFERENCE / "report_lexicon.yaml").read_text(encoding="utf-8"))
    data["non_measures"].append({"reason": "a reason", "with a comma": None, "pattern": "x"})
    with pytest.raises(ValueError, match="exactly `reason` and `pattern`"):
        compile_language(data)
