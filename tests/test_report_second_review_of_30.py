"""A second review of report_concepts/30 found over-reach in the rules written from held-out sets 13 to 15; these
guard the narrowed readings. Sentences are written for these tests (none is taken from the labelled corpus, the
held-out sets or the shipped reports); expected values are read off each sentence. The page's province is Thái
Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)


def test_a_level_of_units_then_a_body_of_the_province_keeps_its_figure(context):
    text = "Ở cấp xã, Tổ công nghệ số cộng đồng đã được thành lập tại 260/260 xã trong năm 2023."
    assert THAI_BINH in {f[2] for f in figures(extract(context, text, document_date=D))}


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, Đà Nẵng đứng đầu bảng xếp hạng DTI; tỉnh xếp thứ 6 với 0,5512 điểm.",
        "In 2023, Da Nang topped among 63 provinces in the DTI, while the province ranked 6th with 0.5512.",
    ],
)
def test_a_ranking_topped_by_another_leaves_the_provinces_own_place_and_score(context, text):
    found = figures(extract(context, text, document_date=D))
    assert ("dti_rank", 6.0, THAI_BINH, False) in found and ("dti_score", 0.5512, THAI_BINH, False) in found


def test_a_plans_list_under_a_vision_year_stays_targets(context):
    text = (
        "Kế hoạch chuyển đổi số giai đoạn 2021-2025, tầm nhìn 2030 của tỉnh ban hành năm 2021 nêu: Đến năm 2025, 90% hồ "
        "sơ công việc cấp tỉnh được xử lý trên môi trường mạng; 80% hồ sơ công việc cấp huyện được xử lý trên môi trường "
        "mạng."
    )
    assert [f.is_target for f in extract(context, text).facts] == [True, True]


def test_a_gap_to_last_year_is_no_level_and_a_level_after_a_comparison_is_the_nations(context):
    text = "Năm 2023, tỷ lệ thanh toán trực tuyến đạt 52%, cao hơn năm trước 14%."
    assert [f[1] for f in figures(extract(context, text, document_date=D))] == [52.0]
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 8%, thấp hơn mức trung bình cả nước 15%."
    assert ("online_dossier_rate_pct", 15.0, "VN", False) in figures(extract(context, text, document_date=D))


def test_an_english_score_said_whole_is_a_score(context):
    text = "In 2023, the province's online payment score was 8.5, higher than in 2022."
    assert [f[0] for f in figures(extract(context, text, document_date=D))] == ["vpcp_idx_online_payment_score"]


def test_a_counterfactual_goes_on_over_and_with_its_modal(context):
    text = "Without the outage, the online application rate would have reached 80% and the online payment rate 50%."
    assert figures(extract(context, text, document_date=D)) == []


def test_a_plan_approved_in_the_past_still_sets_targets_under_a_title_of_aims(context):
    text = "Under the plan, which was approved in March, 100% of public services will be provided online."
    found = extract(context, text, title="Province to bring all public services online by 2030", document_date=D)
    assert [f.is_target for f in found.facts + found.undated] == [True]


def test_the_province_listed_before_its_cities_keeps_its_value(context):
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh, TP Đông Hưng, TP Kiến Xương lần lượt đạt 85%, 92% và 88%."
    assert [(f[1], f[2]) for f in figures(extract(context, text, document_date=D))] == [(85.0, THAI_BINH)]


def test_a_share_of_a_market_kept_beside_a_rate_leaves_the_rate(context):
    text = "Năm 2023, doanh nghiệp viễn thông giữ vững thị phần và đưa cáp quang đến 95% hộ gia đình."
    assert 95.0 in [f[1] for f in figures(extract(context, text, document_date=D))]


def test_a_level_of_maturity_kept_is_no_rank(context):
    text = "In 2023, the province stayed at the second level of digital government maturity."
    assert [f for f in figures(extract(context, text, document_date=D)) if f[0].endswith("rank")] == []


def test_the_national_average_as_a_holder_of_a_respectively_list(context):
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh và trung bình cả nước lần lượt là 47% và 42%."
    assert [(f[1], f[2]) for f in figures(extract(context, text, document_date=D))] == [(42.0, "VN"), (47.0, THAI_BINH)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 79%, trong đó huyện Đông Hưng đạt 89%, huyện Vũ Thư đạt 71%.",
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 79%, cao nhất là huyện Đông Hưng với 89%.",
    ],
)
def test_a_named_district_after_the_provinces_figure_neither_takes_it_nor_lends_it_its_level(context, text):
    assert figures(extract(context, text, document_date=D)) == [("online_dossier_rate_pct", 79.0, THAI_BINH, False)]


def test_first_place_in_words_before_another_subjects_place_leaves_that_place_its_rank(context):
    text = "Năm 2023, Đà Nẵng dẫn đầu cả nước về chỉ số DTI, tỉnh xếp thứ 6."
    assert ("dti_rank", 6.0, THAI_BINH, False) in figures(extract(context, text, document_date=D))


def test_first_place_in_words_and_the_same_subjects_other_place_are_both_kept(context):
    text = "Năm 2023, tỉnh dẫn đầu cả nước về chỉ số DTI và đứng thứ 2 về chính quyền số."
    found = figures(extract(context, text, document_date=D))
    assert ("dti_rank", 1.0, THAI_BINH, False) in found and ("dti_gov_rank", 2.0, THAI_BINH, False) in found
