"""First place said in words, without a number ("dẫn đầu cả nước về ...", "leads the country in ..."), and a rank said
of all three pillars of the index at once ("dẫn đầu cả 3 trụ cột"). Sentences are written for these tests (none is
taken from the labelled corpus, the held-out sets or the shipped reports); expected values are read off each sentence:
first place is rank 1, and the three pillars are the catalog's digital government, economy and society."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract

D = date(2024, 5, 10)
PILLAR_RANKS = ["dti_econ_rank", "dti_gov_rank", "dti_society_rank"]


def ranks(extraction):
    """(indicator or None, value, province) of every rank kept: facts, undated and outside the catalog."""
    return sorted(
        (f.indicator_code or "", f.value, f.province_code)
        for f in extraction.facts + extraction.undated + extraction.uncatalogued
        if f.unit == "rank"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2023, tỉnh dẫn đầu cả nước về chỉ số chuyển đổi số (DTI) cấp tỉnh.",
        "Năm 2023, tỉnh tiếp tục đứng đầu toàn quốc về chỉ số chuyển đổi số cấp tỉnh.",
        "In 2023, the province led the country in the provincial digital transformation index (DTI).",
        "In 2023, the province led the nation's provincial digital transformation index (DTI) rankings.",
        "In 2023, the province took the top spot in the provincial digital transformation index (DTI).",
    ],
)
def test_the_lead_of_the_whole_country_is_first_place(context, sentence):
    assert ranks(extract(context, sentence, document_date=D)) == [("dti_rank", 1, THAI_BINH)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023, the province claimed the top spot in the national public service index for citizens and businesses.",
        "In 2023, the province has led the nation's public service performance rankings.",
    ],
)
def test_the_lead_of_the_public_service_index_said_in_english_is_its_first_place(context, sentence):
    assert ranks(extract(context, sentence, document_date=D)) == [("vpcp_service_index_rank", 1, THAI_BINH)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a group that leads: its members are not first
        "Năm 2023, tỉnh nằm trong nhóm dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh.",
        "Năm 2023, tỉnh vào Top 10 tỉnh, thành phố dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh.",
        "Năm 2023, tỉnh là một trong những địa phương dẫn đầu toàn quốc về chỉ số chuyển đổi số cấp tỉnh.",
        # the lead of a block or a region is no place among the provinces
        "Năm 2023, Sở Thông tin và Truyền thông dẫn đầu khối các sở về chỉ số chuyển đổi số.",
    ],
)
def test_a_leading_group_or_block_is_no_first_place(context, sentence):
    assert ranks(extract(context, sentence, document_date=D)) == []


def test_the_leader_named_after_the_lead_is_not_the_reports_province(context):
    # "the locality that leads the country is X": X's place, not the report's province's
    sentence = (
        "Năm 2023, tỉnh đứng thứ 40 về chỉ số chuyển đổi số cấp tỉnh, cách xa địa phương dẫn đầu cả nước là "
        "tỉnh Bắc Ninh."
    )
    assert ranks(extract(context, sentence, document_date=D)) == [("dti_rank", 40, THAI_BINH)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a lead denied
        "Năm 2023, tỉnh chưa dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh.",
        "In 2023, the province did not lead the country in the provincial digital transformation index (DTI).",
        # the leader another is compared with
        "Năm 2023, chỉ số DTI của tỉnh đạt 0,55 điểm, trong khi tỉnh dẫn đầu cả nước đạt 0,72 điểm.",
        # a department leading the province's own ranking
        "Năm 2023, trong khối các sở, ngành, Sở Y tế dẫn đầu cả 3 trụ cột của chỉ số chuyển đổi số.",
        # the country's own figure, topped
        "In 2023, the province's online dossier rate of 75% topped the country's average of 60%.",
    ],
)
def test_a_lead_denied_compared_with_or_of_a_department_is_no_first_place(context, sentence):
    assert ranks(extract(context, sentence, document_date=D)) == []


def test_the_leader_and_the_next_place_named_after_a_comma(context):
    # "X leads the country, second is Y": X's first place, and Y's second (the "là" names the second, not the leader)
    sentence = "Năm 2023, Bắc Ninh dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh, thứ 2 là tỉnh Quảng Ninh."
    assert ranks(extract(context, sentence, document_date=D)) == [("dti_rank", 1, "27"), ("dti_rank", 2, "22")]


def test_another_provinces_lead_and_the_provinces_own_rank_after_it(context):
    sentence = "Năm 2023, Quảng Ninh dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh; tỉnh xếp thứ 12."
    assert ranks(extract(context, sentence, document_date=D)) == sorted(
        [("dti_rank", 1, context.resolver.resolve("Quảng Ninh", 63)), ("dti_rank", 12, THAI_BINH)]
    )


def test_first_in_all_three_pillars_is_each_pillars_rank(context):
    sentence = "Năm 2023, tỉnh đứng thứ nhất về DTI cấp tỉnh, đồng thời dẫn đầu cả ba trụ cột."
    found = ranks(extract(context, sentence, document_date=D))
    assert found == sorted([("dti_rank", 1, THAI_BINH), *((code, 1, THAI_BINH) for code in PILLAR_RANKS)])


def test_a_numbered_rank_of_all_three_pillars_is_each_pillars_rank(context):
    sentence = "Năm 2023, chỉ số chuyển đổi số của tỉnh xếp thứ 5, cả ba trụ cột đều xếp thứ 7."
    found = ranks(extract(context, sentence, document_date=D))
    assert found == sorted([("dti_rank", 5, THAI_BINH), *((code, 7, THAI_BINH) for code in PILLAR_RANKS)])


def test_a_count_of_pillars_is_no_rank(context):
    sentence = "Năm 2023, tỉnh triển khai chuyển đổi số toàn diện trên cả 3 trụ cột."
    assert ranks(extract(context, sentence, document_date=D)) == []


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("Năm 2023, tỉnh đứng nhất cả nước về chỉ số chuyển đổi số cấp tỉnh.", 1),
        ("Năm 2023, chỉ số chuyển đổi số cấp tỉnh của tỉnh xếp nhì cả nước.", 2),
    ],
)
def test_first_or_second_without_thu_or_hang(context, sentence, rank):
    assert ranks(extract(context, sentence, document_date=D)) == [("dti_rank", rank, THAI_BINH)]
