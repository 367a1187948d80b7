"""Parts of a year its sentence names, levels a rate rose from, and a rate named again (report_concepts/34).

- A part of a year said without its year ("6 tháng đầu năm", "quý III") takes the year its sentence names before it,
  not the page's.
- "tăng từ mức 45% của năm 2023", "up from 45% in 2023": the level it rose from, no change; where things stood, so no
  target even in a sentence of targets.
- "...; tỷ lệ này năm 2023 là 72%", "...; 6 tháng cuối năm tỷ lệ đã tăng lên đạt 60%": the rate before, named again.
- English "in nine months", "in the nine-month period of 2024": the first months of the year, as "9 tháng năm 2024".

Sentences are written for these tests (none is taken from the labelled corpus, the held-out or synthetic sets or the
shipped reports); expected values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import extract

D = date(2025, 1, 10)


def readings(context, text, document_date=D, title=None):
    extraction = extract(context, text, document_date=document_date, title=title)
    return [
        (f.indicator_code, f.value, f.is_target, f.period_start, f.period_end)
        for f in extraction.facts + extraction.uncatalogued
    ]


def test_halves_of_the_year_the_sentence_names(context):
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm đạt 52%; trong 6 tháng cuối năm tỷ lệ đã tăng lên đạt 60%."
    assert readings(context, text) == [
        ("online_dossier_rate_pct", 52.0, False, date(2024, 1, 1), date(2024, 6, 30)),
        ("online_dossier_rate_pct", 60.0, False, date(2024, 7, 1), date(2024, 12, 31)),
    ]


def test_a_quarter_of_the_year_the_sentence_names(context):
    text = "Năm 2024, số hồ sơ trực tuyến quý III đạt 52.000 hồ sơ."
    assert readings(context, text) == [("online_dossiers_count", 52000.0, False, date(2024, 7, 1), date(2024, 9, 30))]


def test_a_part_of_the_year_alone_keeps_the_pages_year(context):
    # (no year named before it: the page's)
    text = "Trong quý III, toàn tỉnh tiếp nhận 52.000 hồ sơ trực tuyến."
    assert readings(context, text, document_date=date(2024, 10, 15)) == [
        ("online_dossiers_count", 52000.0, False, date(2024, 7, 1), date(2024, 9, 30))
    ]


def test_a_rate_referred_back_to_in_a_later_item(context):
    text = "Năm 2024, 85% hộ gia đình có kết nối cáp quang; tỷ lệ này năm 2023 là 72%."
    assert readings(context, text) == [
        ("households_fiber_pct", 85.0, False, date(2024, 1, 1), date(2024, 12, 31)),
        ("households_fiber_pct", 72.0, False, date(2023, 1, 1), date(2023, 12, 31)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 60%, tăng từ mức 45% của năm 2023.",
        "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 60%, tăng từ 45% năm 2023.",
        "In 2024, the online dossier rate rose to 60%, up from 45% in 2023.",
        "In 2024, the online dossier rate reached 60%, increasing from about 45% in 2023.",
    ],
)
def test_the_level_a_rate_rose_from_is_no_change(context, text):
    assert readings(context, text) == [
        ("online_dossier_rate_pct", 60.0, False, date(2024, 1, 1), date(2024, 12, 31)),
        ("online_dossier_rate_pct", 45.0, False, date(2023, 1, 1), date(2023, 12, 31)),
    ]


def test_a_rise_by_a_range_stays_a_change(context):
    # "tăng từ 10% đến 15%": it grew by 10 to 15 percent, no level it rose from
    text = "Năm 2024, doanh thu thương mại điện tử tăng từ 10% đến 15% so với năm 2023."
    assert [(code, value) for code, value, *_ in readings(context, text)] == [
        ("ecommerce_revenue_growth_pct", 10.0),
        ("ecommerce_revenue_growth_pct", 15.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, tỉnh phấn đấu kinh tế số chiếm 10% GRDP, tăng từ mức 7,8% năm 2024.",
        "In 2025, the digital economy is expected to account for 10% of the province's GRDP, up from an estimated 7.8% "
        "in 2024.",
    ],
)
def test_the_level_a_target_rises_from_is_where_things_stood(context, text):
    assert readings(context, text, document_date=date(2025, 2, 18)) == [
        ("digital_economy_grdp_pct", 10.0, True, date(2025, 1, 1), date(2025, 12, 31)),
        ("digital_economy_grdp_pct", 7.8, False, date(2024, 1, 1), date(2024, 12, 31)),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Thai Binh: over 86% of administrative dossiers submitted online in nine months",
        "Thai Binh: online dossiers in the nine-month period of 2024",
    ],
)
def test_english_months_of_a_review_said_without_first(context, title):
    text = "The rate of digitised dossiers and settlement results reached 78.5%."
    assert readings(context, text, document_date=date(2024, 10, 14), title=title) == [
        ("dossiers_digitized_pct", 78.5, False, date(2024, 1, 1), date(2024, 9, 30))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "After nine months of operation, the centre has resolved 98.5% of dossiers on time.",
        "In three months, from July to September 2024, the centre resolved 98.5% of dossiers on time.",
    ],
)
def test_a_length_of_time_is_no_part_of_the_year(context, text):
    periods = [(start, end) for *_, start, end in readings(context, text, document_date=date(2024, 10, 14))]
    assert (date(2024, 1, 1), date(2024, 9, 30)) not in periods
