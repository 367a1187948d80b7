"""A share of GDP is the nation's: a province's product is its GRDP (report_concepts/33). "kinh tế số chiếm tỉ trọng
trên 15,2% GDP" on a provincial page, with no province named or referred to in its clause, is the nation's figure, as is
one a ministry reports ("Bộ Thông tin và Truyền thông đã báo cáo, ..."); "GDP của tỉnh", "the province's ... GDP" and a
share of GRDP stay the province's. Sentences are written for these tests (none is taken from the labelled corpus, the
held-out sets or the shipped reports)."""

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
