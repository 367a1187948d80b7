"""Readings that held-out set 13 showed missing (report_concepts/30): items of a list under a horizon on an undated
page, "chỉ tiêu" as indicators that did well, aims a city "eyes", gaps written after what they are compared with, the
excess over a target, a bracketed earlier value of the figure before it, the localities' block beside the ministries',
English points out of their maximum, and nouns of the catalog in other English words. Sentences are written for these
tests (none is taken from the labelled corpus, the held-out sets or the shipped reports); expected values are read off
each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)


def unclaimed_values(extraction):
    return sorted(u.value for u in extraction.unclaimed)


def test_items_after_semicolons_under_a_horizon_are_targets_on_an_undated_page(context):
    text = (
        "Năm 2022, tỉnh tổ chức hội nghị về chuyển đổi số. Về xã hội số: Đến năm 2030, trên 85% người trưởng thành có tài "
        "khoản thanh toán; 100% hộ gia đình được phủ cáp quang; 95% người dân dùng điện thoại thông minh."
    )
    found = extract(context, text)
    assert sorted((f.value, f.is_target, f.period_end.year) for f in found.facts) == [
        (85.0, True, 2030),
        (95.0, True, 2030),
        (100.0, True, 2030),
    ]


def test_items_after_a_horizon_no_later_than_the_pages_other_years_stay_as_they_were(context):
    """With no other year on the page, "Đến cuối năm 2022, ...; 100% ..." may as well be a review of where things
    stood: the items after the first are not made targets."""
    text = (
        "Đến cuối năm 2022, tỷ lệ hồ sơ trực tuyến đạt 45%; 100% cơ quan sử dụng văn bản điện tử; 98% xã có cáp quang."
    )
    found = {f.value: f.is_target for f in extract(context, text).facts + extract(context, text).undated}
    assert found[100.0] is False and found[98.0] is False


def test_items_after_as_of_a_year_stay_results_on_an_undated_page(context):
    text = (
        "Tính đến năm 2023, trên 85% người trưởng thành có tài khoản thanh toán; 100% hộ gia đình được phủ cáp quang."
    )
    assert [f.is_target for f in extract(context, text).facts] == [False, False]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, một số chỉ tiêu đạt cao như: tỷ lệ hồ sơ trực tuyến đạt 76%; tỷ lệ thanh toán trực tuyến đạt 58%.",
        "Năm 2023, các chỉ tiêu đạt kết quả tốt như: tỷ lệ hồ sơ trực tuyến đạt 76%; tỷ lệ thanh toán trực tuyến đạt 58%.",
    ],
)
def test_indicators_said_to_have_done_well_are_results(context, text):
    assert [f[3] for f in figures(extract(context, text, document_date=D))] == [False, False]


def test_a_target_named_by_chi_tieu_stays_a_target(context):
    text = "Chỉ tiêu năm 2026: tỷ lệ hồ sơ trực tuyến đạt 80%."
    assert figures(extract(context, text, document_date=D)) == [("online_dossier_rate_pct", 80.0, THAI_BINH, True)]


def test_what_a_province_eyes_is_an_aim(context):
    text = "With regard to digital government, the province eyes online applications at 75%; online payments at 40%."
    assert [f[3] for f in figures(extract(context, text, document_date=D))] == [True, True]


@pytest.mark.parametrize(
    ("text", "level", "gap"),
    [
        ("Năm 2023, thanh toán trực tuyến đạt 7,5/10 điểm (thấp hơn mức trung bình của cả nước 0,8 điểm).", 7.5, 0.8),
        ("In 2023, the online payment score was 8.5/10, higher than the national average by 1.2 points.", 8.5, 1.2),
    ],
)
def test_a_gap_after_what_it_is_compared_with_is_no_level(context, text, level, gap):
    """The score stays; the gap is no level of the nation's (nor the province's) score: it is kept as unclaimed."""
    extraction = extract(context, text, document_date=D)
    assert [(f[0], f[1], f[2]) for f in figures(extraction)] == [("vpcp_idx_online_payment_score", level, THAI_BINH)]
    assert gap in unclaimed_values(extraction)


def test_the_dti_scores_gap_to_the_average_stays_its_catalog_difference(context):
    text = "Năm 2023, điểm DTI của tỉnh đạt 0,6012, cao hơn trung bình cả nước 0,0412 điểm."
    found = figures(extract(context, text, document_date=D))
    assert ("dti_score_diff_vs_average", 0.0412, THAI_BINH, False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 88%, vượt kế hoạch năm 12%.",
        "In 2023, the online application rate reached 88%, exceeding the target set by the province by 12%.",
    ],
)
def test_how_far_a_figure_went_beyond_its_target_is_no_level(context, text):
    extraction = extract(context, text, document_date=D)
    assert [f[1] for f in figures(extraction)] == [88.0]
    assert 12.0 in unclaimed_values(extraction)


def test_a_bracketed_earlier_value_of_the_nations_figure_is_the_nations(context):
    text = "Cả nước có tỷ lệ hồ sơ trực tuyến đạt 45% (30% vào cuối năm 2023)."
    assert [(f[1], f[2]) for f in figures(extract(context, text, document_date=D))] == [(30.0, "VN"), (45.0, "VN")]


def test_a_bracketed_earlier_value_of_the_provinces_figure_stays_the_provinces(context):
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 60% (năm 2023: 52%)."
    assert [(f[1], f[2]) for f in figures(extract(context, text, document_date=D))] == [
        (52.0, THAI_BINH),
        (60.0, THAI_BINH),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của khối bộ, ngành đạt 55%; các địa phương đạt 28%.",
        "In 2023, the online application rate of ministries and branches reached 55%; localities reached 28%.",
    ],
)
def test_the_localities_block_beside_the_ministries_is_no_provinces_figure(context, text):
    extraction = extract(context, text, document_date=D)
    assert figures(extraction) == []
    assert unclaimed_values(extraction) == [28.0, 55.0]


def test_the_localities_of_the_province_without_the_ministries_leave_the_figure_to_it(context):
    text = "Năm 2023, các địa phương trong tỉnh đạt tỷ lệ hồ sơ trực tuyến 90%."
    assert figures(extract(context, text, document_date=D)) == [("online_dossier_rate_pct", 90.0, THAI_BINH, False)]


def test_english_points_out_of_their_maximum_are_the_score_and_their_share_no_rate(context):
    text = "In 2023, the province's online payment points reached 8.5/10, or 85%."
    extraction = extract(context, text, document_date=D)
    assert figures(extraction) == [("vpcp_idx_online_payment_score", 8.5, THAI_BINH, False)]
    assert unclaimed_values(extraction) == [85.0]


def test_community_based_technology_groups_set_up_are_community_technology_teams(context):
    """ "set up 150 ...": the particle of a phrasal verb is no rise ("up 150"); what was set up is counted."""
    text = "To speed up digital transformation, the province set up 150 community-based technology groups in 2023."
    assert figures(extract(context, text, document_date=D)) == [("community_tech_teams_count", 150.0, THAI_BINH, False)]
