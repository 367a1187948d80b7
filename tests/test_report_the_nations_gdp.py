"""A share of GDP is the nation's: a province's product is its GRDP (report_concepts/33). "kinh tế số chiếm tỉ trọng
trên 15,2% GDP" on a provincial page, with no province named or referred to in its clause, is the nation's figure, as is
one a ministry reports ("Bộ Thông tin và Truyền thông đã báo cáo, ..."); "GDP của tỉnh", "the province's ... GDP" and a
share of GRDP stay the province's. So do the figures of a paragraph framing the nation's situation ("on the national
digital transformation situation in 2022, ...", "Về tình hình chuyển đổi số quốc gia, ..."), until the province is
named or referred to. Sentences are written for these tests (none is taken from the labelled corpus, the held-out sets
or the shipped reports)."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract

D = date(2023, 8, 1)


def owners(context, text):
    return [(f.indicator_code, f.value, f.province_code) for f in extract(context, text, document_date=D).facts]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kinh tế số chiếm tỉ trọng trên 14,3% GDP trong 6 tháng đầu năm 2023.", 14.3),
        ("Tại hội nghị, Bộ Thông tin và Truyền thông đã báo cáo, kinh tế số chiếm 14,3% GDP năm 2022.", 14.3),
        ("The digital economy accounts for 14.3% of GDP in the first half of 2023.", 14.3),
        ("In 2022, the proportion of the digital economy in GDP is estimated to reach 14.3%.", 14.3),
        ("Năm 2022, tỷ trọng kinh tế số trong GDP ước đạt 14,3%.", 14.3),
    ],
)
def test_a_share_of_gdp_is_the_nations(context, text, value):
    assert owners(context, text) == [("digital_economy_grdp_pct", value, "VN")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kinh tế số của tỉnh chiếm 9,5% GRDP trong 6 tháng đầu năm 2023.", 9.5),
        ("Kinh tế số chiếm 9,5% GDP của tỉnh trong 6 tháng đầu năm 2023.", 9.5),
        ("The province's digital economy accounts for 9.5% of GDP in the first half of 2023.", 9.5),
    ],
)
def test_a_share_of_the_provinces_product_is_the_provinces(context, text, value):
    assert owners(context, text) == [("digital_economy_grdp_pct", value, THAI_BINH)]


@pytest.mark.parametrize(
    "text",
    [
        "At the conference, reports on the national digital transformation situation in 2022 showed strong growth. "
        "Revenue from the information technology industry increased by 17% over 2021. The number of digital "
        "technology enterprises increased by 9%.",
        "Về tình hình chuyển đổi số quốc gia năm 2022, doanh thu công nghiệp công nghệ thông tin tăng 17% so với năm "
        "2021; số doanh nghiệp công nghệ số tăng 9%.",
    ],
)
def test_a_paragraph_framing_the_nations_situation_holds_the_nations_figures(context, text):
    extraction = extract(context, text, document_date=D)
    figures = extraction.facts + extraction.uncatalogued
    assert sorted((f.value, f.province_code) for f in figures) == [(9.0, "VN"), (17.0, "VN")]


def test_the_province_named_after_the_frame_takes_its_figures_back(context):
    text = (
        "Về tình hình chuyển đổi số quốc gia năm 2022, doanh thu công nghiệp công nghệ thông tin tăng 17% so với năm "
        "2021. Riêng tỉnh, tỷ lệ hồ sơ trực tuyến đạt 46%."
    )
    assert ("online_dossier_rate_pct", 46.0, THAI_BINH) in owners(context, text)
