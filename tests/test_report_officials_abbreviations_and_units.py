"""Officials' abbreviations, every unit of the province, units named by their number, plans' funds and later items'
words (report_concepts/34).

Sentences are written for these tests (none is taken from the labelled corpus, the held-out or synthetic sets or the
shipped reports); expected values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import extract

D = date(2025, 1, 9)


def readings(context, text, document_date=D, title=None):
    extraction = extract(context, text, document_date=document_date, title=title)
    return [(f.indicator_code, f.value, f.is_target) for f in extraction.facts + extraction.uncatalogued]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2024, chỉ tiêu tỷ lệ dân số trưởng thành có TKĐDĐT mức độ 2: kế hoạch 85%, thực hiện 88,1%.",
            [("adults_eid_account_pct", 85.0, True), ("adults_eid_account_pct", 88.1, False)],
        ),
        (
            "Năm 2024, tỷ lệ HSCV cấp tỉnh được xử lý trên môi trường mạng đạt 95%.",
            [("work_records_online_province_pct", 95.0, False)],
        ),
    ],
)
def test_officials_abbreviations_name_their_measures(context, text, expected):
    assert readings(context, text) == expected


def test_every_unit_of_the_province_addressed_is_no_level(context):
    text = (
        'Phó Chủ tịch yêu cầu các sở, ngành, địa phương quyết liệt: "Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến '
        'đạt trên 85%".'
    )
    assert readings(context, text) == [("online_dossier_rate_pct", 85.0, True)]


def test_the_departments_and_the_districts_as_levels_still_are(context):
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến của các sở, ngành đạt 95%, cấp huyện đạt 80%."
    assert readings(context, text) == [
        ("online_dossier_rate_province_level_pct", 95.0, False),
        ("online_dossier_rate_district_level_pct", 80.0, False),
    ]


def test_a_ward_named_by_its_number_after_another_unit_is_no_count(context):
    text = "Bà Lê Thị Hân, Tổ trưởng Tổ công nghệ số cộng đồng khóm 5, phường 8, TP. Thái Bình chia sẻ kinh nghiệm."
    extraction = extract(context, text, document_date=D)
    assert extraction.facts == [] and extraction.uncatalogued == []


def test_the_funds_a_plan_expects_are_its_funds(context):
    title = "Thái Bình ban hành Kế hoạch chuyển đổi số năm 2025"
    text = "Tổng kinh phí dự kiến thực hiện kế hoạch khoảng 186 tỷ đồng từ nguồn ngân sách tỉnh."
    assert readings(context, text, title=title) == [(None, 186e9, True)]


def test_a_later_items_words_rule_out_nothing_of_an_earlier_item(context):
    text = (
        "Đánh giá kết quả năm 2024, kế hoạch chuyển đổi số nêu rõ: tỉnh đã hoàn thành 24/31 chỉ tiêu đề ra (đạt "
        "77,4%); các chỉ tiêu chưa đạt chủ yếu thuộc nhóm kinh tế số và xã hội số."
    )
    assert readings(context, text) == [
        ("dx_targets_achieved_count", 24.0, False),
        ("dx_targets_achieved_pct", 77.4, False),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 2024, at the provincial, district and commune levels, the rates of online dossiers were 88.6 percent, "
            "69.4 percent and 58.2 percent respectively.",
            [
                ("online_dossier_rate_province_level_pct", 88.6, False),
                ("online_dossier_rate_district_level_pct", 69.4, False),
                ("online_dossier_rate_commune_level_pct", 58.2, False),
            ],
        ),
        (
            "In the DTI 2023, the digital government, digital economy and digital society pillars ranked third, seventh "
            "and fifth respectively.",
            [("dti_gov_rank", 3.0, False), ("dti_econ_rank", 7.0, False), ("dti_society_rank", 5.0, False)],
        ),
        (
            "Năm 2024, tỷ lệ hồ sơ trực tuyến cấp tỉnh, cấp huyện và cấp xã lần lượt là 88,6%, 69,4% và 58,2%.",
            [
                ("online_dossier_rate_province_level_pct", 88.6, False),
                ("online_dossier_rate_district_level_pct", 69.4, False),
                ("online_dossier_rate_commune_level_pct", 58.2, False),
            ],
        ),
    ],
)
def test_english_lists_answered_respectively_after_their_values(context, text, expected):
    assert readings(context, text) == expected
