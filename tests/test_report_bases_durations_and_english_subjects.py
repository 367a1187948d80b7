"""Numbers that are no measure of digital transformation (the households and ethnic share of a place, how many years in
a row), a province's own place after another's in English and Vietnamese without a comma, and English cities that are
no province (report_concepts/31). Sentences are written for these tests (none is taken from the labelled corpus, the held-out sets
or the shipped reports); expected values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)
DA_NANG = "48"


def values(text):
    return sorted(value for _, value, *_ in text)


def set_aside(extraction):
    return {s.text: s.reason for s in extraction.set_aside}


def test_the_households_of_a_commune_and_their_ethnic_share_are_a_base(context):
    text = "Xã Nam Hưng với 146 hộ dân, trong đó có 87% là đồng bào dân tộc Mường, đã có 100% thôn được phủ sóng 4G."
    reasons = set_aside(extract(context, text, document_date=D))
    assert reasons["146"] == reasons["87"] == "the population (a base)"


def test_a_share_of_households_of_an_ethnic_minority_doing_something_is_kept(context):
    text = "Năm 2023, 76% hộ dân tộc thiểu số của tỉnh có điện thoại thông minh."
    assert 76.0 in values(figures(extract(context, text, document_date=D)))


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, Đà Nẵng dẫn đầu cả nước về chỉ số DTI 4 năm liên tiếp.",
        "In 2023, Da Nang topped the DTI rankings for four consecutive years.",
        "In 2023, Da Nang topped the DTI rankings for 4 straight years.",
    ],
)
def test_how_many_years_in_a_row_is_no_measure(context, text):
    extraction = extract(context, text, document_date=D)
    assert figures(extraction) == [("dti_rank", 1.0, DA_NANG, False)]
    assert "the count of a repeated event" in set(set_aside(extraction).values())


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, Da Nang held the top position in the DTI and the province ranked 7th.",
        "In 2023, Da Nang held the top position in the DTI, while the province ranked 7th.",
        "Năm 2023, Đà Nẵng xếp thứ nhất về chỉ số DTI trong khi tỉnh xếp thứ 7.",
    ],
)
def test_the_provinces_own_place_after_anothers_first_place(context, text):
    found = figures(extract(context, text, document_date=D))
    assert ("dti_rank", 7.0, THAI_BINH, False) in found and ("dti_rank", 1.0, DA_NANG, False) in found


def test_two_places_of_one_subject_joined_by_and_keep_their_own_fields(context):
    text = "Năm 2023, tỉnh xếp thứ 5 về chính quyền số và xếp thứ 9 về kinh tế số."
    assert figures(extract(context, text, document_date=D)) == [
        ("dti_econ_rank", 9.0, THAI_BINH, False),
        ("dti_gov_rank", 5.0, THAI_BINH, False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, Vinh City's rate of online dossiers reached 85%, while the province reached 62%.",
        "In 2023, the rate of online dossiers in Vinh City reached 85%, while the province reached 62%.",
    ],
)
def test_an_english_city_whose_name_is_no_provinces_owns_its_figure(context, text):
    extraction = extract(context, text, document_date=D, province="40")
    assert figures(extraction) == [("online_dossier_rate_pct", 62.0, "40", False)]
    assert [u.value for u in extraction.unclaimed] == [85.0]


def test_an_english_provincial_capital_named_after_its_province_is_a_unit(context):
    text = "In 2023, Bac Giang City's rate of online dossiers reached 85%, while the province reached 70%."
    assert figures(extract(context, text, document_date=D, province="24")) == [
        ("online_dossier_rate_pct", 70.0, "24", False)
    ]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("In 2023, Da Nang City's rate of online dossiers reached 85%.", DA_NANG),
        ("In 2023, the rate of online dossiers in Ho Chi Minh City reached 85%.", "79"),
        ("In 2023, Hue City's rate of online dossiers reached 85%.", "46"),
    ],
)
def test_a_city_that_is_a_province_owns_its_figure_as_a_province(context, text, owner):
    assert figures(extract(context, text, document_date=D, province="38")) == [
        ("online_dossier_rate_pct", 85.0, owner, False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ chỉ số đánh giá chuyển đổi số cấp sở và cấp huyện với thang điểm tính tối đa là 1.000 điểm.",
        "Điểm tối đa của Bộ chỉ số DTI cấp huyện là 1.000 điểm.",
        "The district DTI is scored on a 1,000-point scale.",
        "Each district is scored out of a maximum of 1,000 points in the DTI.",
    ],
)
def test_the_top_of_a_scale_is_no_score(context, text):
    extraction = extract(context, text, document_date=D)
    assert figures(extraction) == []
    assert "the top of a scale" in set(set_aside(extraction).values())


def test_the_whole_a_part_is_taken_from_takes_none_of_the_parts_closing_words(context):
    text = "Từ đầu năm 2023 đến nay, trong tổng số 512.400 hồ sơ, có 210.300 hồ sơ (41,04%) được nộp trực tuyến."
    found = figures(extract(context, text, document_date=D))
    assert ("online_dossiers_count", 210_300.0, THAI_BINH, False) in found
    assert ("online_dossiers_count", 512_400.0, THAI_BINH, False) not in found


def test_the_whole_named_by_its_own_words_keeps_them(context):
    text = "Năm 2023, trong tổng số 1.200 dịch vụ công trực tuyến của tỉnh, có 800 dịch vụ toàn trình."
    found = figures(extract(context, text, document_date=D))
    assert ("online_public_services_count", 1200.0, THAI_BINH, False) in found
    assert ("full_online_services_count", 800.0, THAI_BINH, False) in found


def test_a_unit_named_as_where_something_is_owns_no_later_item(context):
    text = (
        "Năm 2023, trên địa bàn tỉnh có 06 doanh nghiệp viễn thông, trong đó 02 doanh nghiệp cung cấp dịch vụ điện "
        "thoại cố định với tổng đài đặt tại thành phố Thái Bình; 04 doanh nghiệp cung cấp dịch vụ Internet băng rộng "
        "cố định với hạ tầng cáp quang đã được triển khai đến 100% trung tâm các xã."
    )
    found = figures(extract(context, text, document_date=D))
    assert ("communes_with_fiber_pct", 100.0, THAI_BINH, False) in found
    assert ("telecom_enterprises_count", 4.0, THAI_BINH, False) in found
