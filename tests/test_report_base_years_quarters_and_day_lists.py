"""Periods and dates read in report_concepts/32: a year joined to a comparison's base year is a base too ("compared
with the year 2018 and 2019", "so với năm 2018 và 2019"), never the period; an English quarter or half without a
year ("In the first quarter, ...") is of the page's year; days joined to a day and month ("(17 và 18/6)") are dates,
and a number in a web address ("24h.vn") is a name. Sentences are written for these tests (none is taken from the
labelled corpus, the held-out sets or the shipped reports); expected values and periods are read off each sentence
and the page's date. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

PAGE = date(2021, 4, 20)
RATE = "online_dossier_rate_pct"


def periods(extraction):
    return sorted((f.value, f.period_start, f.period_end) for f in extraction.facts + extraction.uncatalogued)


@pytest.mark.parametrize(
    "text",
    [
        "In 2020, the online dossier rate reached 31.4%, up 12 percentage points compared with the year 2018 and 2019.",
        "Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 31,4%, tăng 12 điểm phần trăm so với năm 2018 và 2019.",
        "Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 31,4%, tăng mạnh so với năm 2017, 2018 và 2019.",
    ],
)
def test_a_year_joined_to_the_comparisons_base_year_is_no_period(context, text):
    found = [(f.value, f.period_start) for f in extract(context, text, document_date=PAGE).facts if f.value == 31.4]
    assert found == [(31.4, date(2020, 1, 1))]


def test_a_year_joined_to_the_base_leaves_a_yearless_figure_on_the_pages_date(context):
    # the only years are bases: the figure is of the page's time, not of 2019
    text = "The online payment transactions totalled VND41 million, up 8 times compared with the year 2018 and 2019."
    found = periods(extract(context, text, document_date=PAGE))
    assert [start.year for _, start, _ in found] == [2021] * len(found)
    assert 41e6 in [value for value, _, _ in found]


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("In the first quarter, the online dossier rate reached 31.4%.", date(2021, 1, 1), date(2021, 3, 31)),
        (
            "In the first quarter of this year, the online dossier rate reached 31.4%.",
            date(2021, 1, 1),
            date(2021, 3, 31),
        ),
        ("In the first half, the online dossier rate reached 31.4%.", date(2021, 1, 1), date(2021, 6, 30)),
        # a year written keeps it
        ("In the first quarter of 2020, the online dossier rate reached 31.4%.", date(2020, 1, 1), date(2020, 3, 31)),
    ],
)
def test_an_english_quarter_or_half_without_a_year_is_of_the_pages_year(context, text, start, end):
    assert periods(extract(context, text, document_date=PAGE)) == [(31.4, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Trong 2 ngày (21 và 22/6), tỉnh đã vận hành thử nghiệm hệ thống thông tin giải quyết thủ tục hành chính.",
        "Trong 2 ngày 21 và 22/6, tỉnh đã vận hành thử nghiệm hệ thống thông tin giải quyết thủ tục hành chính.",
        "The province is expanding its provincial e-commerce platform 36h.vn to sell OCOP products online.",
    ],
)
def test_days_joined_to_a_date_and_numbers_in_web_addresses_are_no_figures(context, text):
    assert figures(extract(context, text, document_date=PAGE)) == []


def test_a_count_joined_to_a_fraction_with_its_noun_is_still_counted(context):
    # "3 và 7/12 chỉ tiêu": what follows names what both count, so no date
    text = "Năm 2020, tỉnh đã hoàn thành 4 và 9/12 chỉ tiêu chuyển đổi số."
    assert [value for _, value, _, _ in figures(extract(context, text, document_date=PAGE))] == [4.0, 9.0]


def test_the_rate_of_the_first_quarter_keeps_its_province(context):
    found = figures(
        extract(context, "In the first quarter, the online dossier rate reached 31.4%.", document_date=PAGE)
    )
    assert found == [(RATE, 31.4, THAI_BINH, False)]
