"""A sentence whose subject refers back to what the sentence before spoke of ("these companies", "Their
contribution", "các doanh nghiệp này") goes on about digital transformation when that sentence was about it
(report_concepts/32). Sentences are written for these tests (none is taken from the labelled corpus, the held-out
sets or the shipped reports); expected values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "The province has more than 640 information technology companies. In 2023, revenue from these companies "
            "reached VND 21 trillion.",
            21e12,
        ),
        (
            "The province has more than 640 information technology companies. Their contribution to the State budget "
            "exceeded VND 900 billion in 2023.",
            900e9,
        ),
        (
            "Toàn tỉnh có hơn 640 doanh nghiệp công nghệ số. Năm 2023, các doanh nghiệp này đạt doanh thu 21.000 tỷ đồng.",
            21e12,
        ),
    ],
)
def test_a_subject_referred_back_to_a_sentence_about_dx_keeps_its_figure(context, text, value):
    found = figures(extract(context, text, document_date=D))
    assert (value, THAI_BINH, False) in [(v, p, aim) for _, v, p, aim in found]


@pytest.mark.parametrize(
    "text",
    [
        # a subject of its own after a sentence about digital transformation
        "Toàn tỉnh có hơn 640 doanh nghiệp công nghệ số. Năm 2023, tỉnh thu hút 45 dự án FDI với tổng vốn 3.200 tỷ đồng.",
        # "these companies" after a sentence about something else
        "The province has more than 640 garment companies. In 2023, revenue from these companies reached VND 21 trillion.",
    ],
)
def test_guards_of_a_subject_referred_back(context, text):
    values = [value for _, value, _, _ in figures(extract(context, text, document_date=D))]
    assert 3.2e12 not in values and 21e12 not in values


def test_their_in_vietnamese_refers_back_too(context):
    text = "Toàn tỉnh có 640 doanh nghiệp công nghệ số. Năm 2023, doanh thu của họ đạt 21.000 tỷ đồng."
    assert 21e12 in [value for _, value, _, _ in figures(extract(context, text, document_date=D))]
    other = "Toàn tỉnh có 640 hộ nuôi tôm. Năm 2023, doanh thu của họ đạt 21.000 tỷ đồng."
    assert 21e12 not in [value for _, value, _, _ in figures(extract(context, other, document_date=D))]
