"""The Government Office's index of service to citizens and businesses (Bộ chỉ số 766) as English pages write it: its
names, its groups' scores, a score named before its value, and points whose index the sentence does not name. Sentences
are written for these tests (none is taken from the labelled corpus, the held-out sets or the shipped reports);
expected codes and values are read off each sentence and the catalog's entries of the index."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract

D = date(2025, 11, 20)


def found(extraction):
    """(indicator or None, value) of every figure kept: facts, undated and outside the catalog."""
    return sorted(
        (f.indicator_code or "", f.value) for f in extraction.facts + extraction.undated + extraction.uncatalogued
    )


@pytest.mark.parametrize(
    "name",
    ["the Index Set No. 766", "the index of serving citizens and businesses", "the public service index"],
)
def test_the_index_named_in_english_ranks_and_scores(context, name):
    text = f"In October 2025, {name} of the province reached 88.75 points, ranking 4th out of 34 provinces."
    assert found(extract(context, text, document_date=D)) == [
        ("vpcp_service_index_rank", 4),
        ("vpcp_service_index_score", 88.75),
    ]


def test_the_groups_of_the_index_named_in_english(context):
    text = (
        "In October 2025 the province's public service index stood at 86.1 points. By group, transparency scored 16.2 "
        "points, resolution progress 18.9 points, satisfaction level 17.4 points and document digitization 19.6 points."
    )
    assert found(extract(context, text, document_date=D)) == [
        ("vpcp_idx_digitization_score", 19.6),
        ("vpcp_idx_progress_score", 18.9),
        ("vpcp_idx_publicity_score", 16.2),
        ("vpcp_idx_satisfaction_score", 17.4),
        ("vpcp_service_index_score", 86.1),
    ]


def test_a_score_named_before_its_value(context):
    text = "In October 2025, the province's public service index achieved a score of 91.2, up 0.4 points."
    assert found(extract(context, text, document_date=D)) == [
        ("vpcp_service_index_score", 91.2),
        ("vpcp_service_index_score_change", 0.4),
    ]


def test_points_whose_index_only_an_earlier_sentence_names_are_not_put_on_its_scale(context):
    # 14.2 points of a criterion: read on the DTI's 1,000-point scale it would be a score of 0.0142, a guess
    text = (
        "The province speeds up its digital transformation programme.\n"
        "In 2025, the progress criterion of the province achieved 14.2 points."
    )
    extraction = extract(context, text, document_date=D)
    assert [f.value for f in extraction.facts + extraction.undated if f.indicator_code == "dti_score"] == []
    assert all(f.province_code == THAI_BINH for f in extraction.facts + extraction.undated + extraction.uncatalogued)
