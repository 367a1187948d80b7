"""Gaps below the average, the scope a rank names, the nation's average in a bracket, thresholds, goals missed and the
words of other items (report_concepts/34).

Sentences are written for these tests (none is taken from the labelled corpus, the held-out or synthetic sets or the
shipped reports); expected values are read off each sentence."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract

CAN_THO, TRA_VINH, SOC_TRANG = "92", "84", "94"


def readings(context, text, document_date=date(2025, 1, 10), province=THAI_BINH):
    extraction = extract(context, text, document_date=document_date, province=province)
    return [
        (f.indicator_code, f.value, f.province_code, f.is_target) for f in extraction.facts + extraction.uncatalogued
    ]


@pytest.mark.parametrize(
    "text, gap",
    [
        ("Năm 2024, chỉ số DTI của tỉnh đạt 0,6012 điểm, thấp hơn mức bình quân cấp tỉnh 0,0158 điểm.", -0.0158),
        (
            "In 2024, the province's DTI score reached 0.6012 points, 0.0158 points lower than the national average.",
            -0.0158,
        ),
        ("Năm 2024, chỉ số DTI của tỉnh đạt 0,6012 điểm, cao hơn trung bình cả nước 0,0158 điểm.", 0.0158),
    ],
)
def test_a_gap_to_the_average_is_signed_by_its_side(context, text, gap):
    found = readings(context, text)
    assert ("dti_score", 0.6012, THAI_BINH, False) in found
    assert ("dti_score_diff_vs_average", gap, THAI_BINH, False) in found


@pytest.mark.parametrize(
    "text, province",
    [
        (
            "Chỉ số chuyển đổi số (DTI) năm 2022 của Trà Vinh xếp thứ 8 trong khu vực đồng bằng sông Cửu Long. Dẫn đầu "
            "khu vực là TP Cần Thơ, xếp thứ 5 cả nước.",
            TRA_VINH,
        ),
        (
            "In the DTI 2023 ranking, Soc Trang ranked 7th among 13 provinces and cities in the Mekong Delta. Can Tho "
            "led the region and ranked fifth nationwide.",
            SOC_TRANG,
        ),
    ],
)
def test_a_rank_whose_own_scope_is_the_nation_is_no_regional_rank(context, text, province):
    found = readings(context, text, document_date=date(2024, 7, 10), province=province)
    assert [(code, value, place) for code, value, place, _ in found] == [
        ("dti_regional_rank", 8.0 if province == TRA_VINH else 7.0, province),
        ("dti_rank", 5.0, CAN_THO),
    ]


def test_a_regional_rank_beside_another_ranks_national_scope_stays_regional(context):
    text = "Năm 2023, chỉ số DTI của tỉnh xếp thứ 3 khu vực đồng bằng sông Hồng và thứ 18 cả nước."
    found = readings(context, text)
    assert ("dti_regional_rank", 3.0, THAI_BINH, False) in found
    assert ("dti_rank", 18.0, THAI_BINH, False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, kinh tế số chiếm 18,2% GRDP của tỉnh, cao hơn mức bình quân cả nước (khoảng 16,5% GDP).",
        "In 2023, the digital economy made up 18.2% of the province's GRDP, above the national average (16.5%).",
    ],
)
def test_a_figure_in_a_bracket_after_the_nations_average_is_the_nations(context, text):
    assert readings(context, text) == [
        ("digital_economy_grdp_pct", 18.2, THAI_BINH, False),
        ("digital_economy_grdp_pct", 16.5, "VN", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Các đơn vị có tỷ lệ hồ sơ trực tuyến dưới 30% phải giải trình với Ban Chỉ đạo.",
        "Những xã có tỷ lệ hộ gia đình có cáp quang từ 90% trở lên sẽ được khen thưởng.",
        "Units with an online dossier rate below 30% must report to the steering committee.",
    ],
)
def test_a_threshold_that_picks_out_a_group_is_no_figure(context, text):
    extraction = extract(context, text, document_date=date(2024, 7, 12))
    assert extraction.facts == [] and extraction.uncatalogued == []
    assert [u.reason for u in extraction.unclaimed] == [
        "a threshold that picks out a group of units, not where one stands"
    ]


def test_a_rate_that_stands_at_a_level_is_a_figure(context):
    text = "Năm 2024, các đơn vị có tỷ lệ hồ sơ trực tuyến đạt 90%."
    assert [value for _, value, *_ in readings(context, text)] == [90.0]


@pytest.mark.parametrize(
    "header",
    [
        "Năm 2024, tỉnh đã không hoàn thành một số chỉ tiêu như:",
        "Năm 2024, tỉnh chưa hoàn thành các chỉ tiêu sau:",
        "Năm 2024, tỉnh chưa đạt được 2 mục tiêu:",
    ],
)
def test_rates_under_goals_missed_are_where_they_stand(context, header):
    text = f"{header} tỷ lệ hộ gia đình có kết nối cáp quang đạt 70%; tỷ lệ hồ sơ trực tuyến chỉ đạt 45%."
    # (the count of goals missed, "chưa đạt được 2 mục tiêu", is a figure of its own)
    assert readings(context, text)[-2:] == [
        ("households_fiber_pct", 70.0, THAI_BINH, False),
        ("online_dossier_rate_pct", 45.0, THAI_BINH, False),
    ]


def test_bare_levels_under_goals_missed_are_the_goals(context):
    text = "Năm 2024, tỉnh chưa hoàn thành các chỉ tiêu sau: 100% thôn có cáp quang; 80% hộ gia đình có cáp quang."
    assert [target for *_, target in readings(context, text)] == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh phấn đấu hoàn thành các chỉ tiêu sau: tỷ lệ hồ sơ trực tuyến đạt 60%; tỷ lệ hộ gia đình có cáp quang đạt "
        "80%.",
        "Để sớm hoàn thành các mục tiêu chưa đạt, năm 2025 tỉnh phấn đấu: tỷ lệ hồ sơ trực tuyến đạt 60%; tỷ lệ hộ gia "
        "đình có cáp quang đạt 80%.",
    ],
)
def test_goals_to_reach_still_head_targets(context, text):
    assert [target for *_, target in readings(context, text)] == [True, True]


def test_a_lora_networks_stations_are_no_mobile_base_stations(context):
    text = "Năm 2024, tỉnh có 4.500 trạm phát sóng di động 4G, 5G và 200 trạm LoRaWAN phục vụ IoT."
    assert 200.0 not in [value for code, value, *_ in readings(context, text) if code and code.startswith("bts_")]


def test_items_with_their_own_subjects_keep_their_own_words(context):
    text = (
        "Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%; 100% dịch vụ công đủ điều kiện được cung cấp trực "
        "tuyến toàn trình; 100% cán bộ, công chức cấp tỉnh, cấp huyện được cấp chứng thư số."
    )
    found = readings(context, text, document_date=date(2025, 1, 20))
    # the rate's level is none of the officials' levels; the officials' certificates are no rate of dossiers
    assert found[0] == ("online_dossier_rate_pct", 50.0, THAI_BINH, True)
    assert not [code for code, *_ in found[2:] if code and "dossier" in code]
