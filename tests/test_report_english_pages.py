"""English pages of provincial portals, as their writers put things: the DTI's main indices ranked in brackets after
their names, the provinces all led, "OPS" for online public services and their old levels, an age a share counts
from, and the people who have a smartphone. Sentences are written for these tests (none is taken from the labelled
corpus, the held-out sets or the shipped reports); expected codes and values are read off each sentence and the
catalog's entries."""

from datetime import date

from tests.test_report_context import THAI_BINH, extract

D = date(2024, 5, 10)


def found(extraction):
    """(indicator or None, value) of every figure kept: facts, undated and outside the catalog."""
    return sorted(
        (f.indicator_code or "", f.value) for f in extraction.facts + extraction.undated + extraction.uncatalogued
    )


def test_main_indices_ranked_in_brackets_after_their_names(context):
    text = (
        "In 2023, the province ranked 5th in the DTI, with Digital Institutions (first position), Digital "
        "Infrastructure (third position) and Activities of Digital Government (second position)."
    )
    extraction = extract(context, text, document_date=D)
    assert found(extraction) == [
        ("dti_idx_gov_activity_rank", 2),
        ("dti_idx_infrastructure_rank", 3),
        ("dti_idx_institutions_rank", 1),
        ("dti_rank", 5),
    ]
    assert {f.province_code for f in extraction.facts} == {THAI_BINH}


def test_the_provinces_all_led_is_first_place(context):
    for text in (
        "In 2024, the province led 63 provinces in the share of fees paid online.",
        "Năm 2024, tỉnh dẫn đầu 63 tỉnh, thành phố về tỷ lệ thanh toán trực tuyến.",
    ):
        assert [(f.indicator_code, f.value) for f in extract(context, text, document_date=D).facts] == [
            ("online_fee_payment_rank", 1)
        ]


def test_ops_are_online_public_services_and_levels_1_and_2_give_information_only(context):
    text = (
        "The province's portal listed 1,650 OPS in 2023: 300 OPS at level 2, 410 OPS at level 3 and 940 OPS at level 4."
    )
    assert found(extract(context, text, document_date=D)) == [
        ("", 300),
        ("full_online_services_count", 940),
        ("online_public_services_count", 1650),
        ("partial_online_services_count", 410),
    ]


def test_an_age_a_share_counts_from_is_no_figure(context):
    text = (
        "In 2023, 81% of residents 15 or older in the province hold bank accounts, and 90% of people own a smartphone."
    )
    assert found(extract(context, text, document_date=D)) == [
        ("population_15plus_payment_account_pct", 81),
        ("population_smartphone_pct", 90),
    ]


def test_reports_calls_and_contracts_named_in_english(context):
    text = (
        "In 2024, the city's app received 152,000 incident reports; its hotline handled 41,200 calls. The rate of "
        "enterprises using e-contracts reached 76%."
    )
    assert found(extract(context, text, document_date=D)) == [
        ("", 41200),
        ("citizen_feedback_received_count", 152000),
        ("enterprises_econtract_pct", 76),
    ]


def test_rising_to_the_top_position_is_first_place(context):
    text = "In April 2024, the province rose to the top position in the public service index with 85.2 points."
    assert found(extract(context, text, document_date=D)) == [
        ("vpcp_service_index_rank", 1),
        ("vpcp_service_index_score", 85.2),
    ]


def test_a_score_joined_to_a_rank_among_the_provinces_counted(context):
    for text in (
        "In 2023, the province ranked 7th out of 63 provinces in the DTI, with 0.6221 points.",
        "In 2023, the province ranked 7th in the DTI, achieving a high score of 0.6221.",
    ):
        assert found(extract(context, text, document_date=D)) == [("dti_rank", 7), ("dti_score", 0.6221)]


def test_one_of_the_provinces_with_the_best_or_the_highest_is_a_leading_group(context):
    text = "In 2022, the province was one of the 8 provinces with the highest DTI."
    assert found(extract(context, text, document_date=D)) == [("dti_top_n", 8)]
    # a leading group of something no catalog entry holds is kept outside the catalog
    text = "In 2022, the province was one of the six localities whose online public services were rated the best."
    assert found(extract(context, text, document_date=D)) == [("", 6)]
