"""No figures (report_concepts/32): numbers in the names of two places joined ("Ha Long 1 and Ha Long 2 markets"),
an English set named before and referred back to ("the two markets"), and counts of procedures whose settlement time
is cut (an act of administrative reform, as procedures simplified are). Sentences are written for these tests (none
is taken from the labelled corpus, the held-out sets or the shipped reports); expected values are read off each
sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Traders at Tien Hai 1 and Tien Hai 2 markets have applied cashless payment through QR codes.",
        "Cashless payment is now used in the three markets, and all small traders in the three markets accept QR codes.",
        "In 2023, the province cut down the settlement time limit for 41 procedures to speed up digital transformation.",
        "Năm 2023, tỉnh đã cắt giảm thời gian giải quyết đối với 41 thủ tục hành chính trong chuyển đổi số.",
    ],
)
def test_names_references_and_procedures_reformed_are_no_figures(context, text):
    assert [value for _, value, _, _ in figures(extract(context, text, document_date=D))] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group of provinces referred to with "the" is still the group the province is in
        (
            "In 2023, the province was among the ten provinces with the highest DTI.",
            ("dti_top_n", 10.0, THAI_BINH, False),
        ),
        # a count of things of its own, without "the", is counted
        (
            "In 2023, the province connected 1,260 online public services to the national portal.",
            ("online_public_services_count", 1260.0, THAI_BINH, False),
        ),
        # a cut in the settlement time is no count of procedures, and the count before it stays a measure
        (
            "Năm 2023, tỉnh cung cấp 1.260 thủ tục hành chính trực tuyến toàn trình, cắt giảm thời gian giải quyết 30%.",
            ("full_online_services_count", 1260.0, THAI_BINH, False),
        ),
    ],
)
def test_guards_of_names_references_and_time_cuts(context, text, expected):
    assert expected in figures(extract(context, text, document_date=D))
