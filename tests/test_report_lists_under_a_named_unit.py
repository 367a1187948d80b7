"""A list after a colon whose header makes a ward, commune or district its subject ("the People's Committee of X ward
set targets such as: 70% ...; 40% ...", "UBND xã X đề ra các chỉ tiêu: 80% ...; 70% ...") is the unit's, every item of
it, not the province's (report_concepts/33): the figures are kept as unclaimed mentions with that reason. A header that
names the province, or a speaker after the unit, keeps the list the province's. Sentences are written for these tests
(none is taken from the labelled corpus, the held-out sets or the shipped reports)."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract

D = date(2025, 12, 14)


@pytest.mark.parametrize(
    "text",
    [
        "During the campaign, the People's Committee of Tien Phong ward set targets such as: 75% of adult residents "
        "knowing how to use smart devices; 45% of adults having digital signatures; 100% of civil servants using "
        "digital applications.",
        "UBND xã Vũ Tiến đề ra các chỉ tiêu: 85% người trưởng thành có điện thoại thông minh; 65% hộ gia đình có "
        "cáp quang.",
    ],
)
def test_every_item_of_a_named_units_list_is_the_units(context, text):
    extraction = extract(context, text, document_date=D)
    assert extraction.facts + extraction.uncatalogued + extraction.undated == []
    assert {u.reason for u in extraction.unclaimed} == {
        "about a ward, commune or district the sentence names, not a province"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The provincial People's Committee set targets such as: 75% of adults using smartphones; 65% of households "
        "with fibre broadband.",
        "Tại hội nghị ở xã Vũ Tiến, Giám đốc Sở cho biết: toàn tỉnh có 85% người trưởng thành có điện thoại thông "
        "minh; 65% hộ gia đình có cáp quang.",
    ],
)
def test_a_list_of_the_province_stays_the_provinces(context, text):
    facts = extract(context, text, document_date=D).facts
    assert [f.province_code for f in facts] == [THAI_BINH, THAI_BINH]
