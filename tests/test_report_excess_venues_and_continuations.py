"""Readings left open by the closing note of report_concepts/30, read in report_concepts/31: a target's own level after
"vượt chỉ tiêu", an excess in percentage points, the venue of an announcement, the level of a place compared with, a
clause that goes on with the subject before it, a headline restating a body figure in fewer words, a plain horizon on
an undated page, places and scores after another province's first place, and the people a place is home to. Sentences
are written for these tests (none is taken from the labelled corpus, the held-out sets or the shipped reports);
expected values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)
HA_NOI = "01"
NATION = "VN"
RATE = "online_dossier_rate_pct"


@pytest.mark.parametrize(
    "text, result, target",
    [
        # the figure after "vượt chỉ tiêu <words>" is the target's level when it is at least half the result
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 86,4%, vượt chỉ tiêu đề ra 75%.", 86.4, 75.0),
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 61%, vượt chỉ tiêu Nghị quyết 55%.", 61.0, 55.0),
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 93%, vượt chỉ tiêu được giao 90%.", 93.0, 90.0),
        # an excess, small beside the result: the target is the result less it
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 86,4%, vượt chỉ tiêu đề ra 6,4%.", 86.4, 80.0),
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 86,4%, vượt 6,4% so với chỉ tiêu đề ra.", 86.4, 80.0),
        # an excess in percentage points, and the plan's level in a bracket after it: one target, the plan's
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 86,4%, vượt 6,4 điểm phần trăm so với kế hoạch (80%).", 86.4, 80.0),
    ],
)
def test_a_result_set_against_its_target_gives_the_targets_level(context, text, result, target):
    found = figures(extract(context, text, document_date=D))
    assert found == sorted([(RATE, result, THAI_BINH, False), (RATE, target, THAI_BINH, True)])


def test_an_excess_over_a_target_small_beside_the_result_is_no_level(context):
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 92,5%, vượt chỉ tiêu Trung ương giao 32,5%."
    extraction = extract(context, text, document_date=D)
    assert figures(extraction) == [(RATE, 92.5, THAI_BINH, False)]
    assert [u.value for u in extraction.unclaimed] == [32.5]


@pytest.mark.parametrize(
    "text",
    [
        "Tại Hà Nội, Bộ Thông tin và Truyền thông công bố Chỉ số DTI năm 2023, theo đó tỉnh đạt 0,5731 điểm, xếp thứ 27/63.",
        "Chiều 12/4, tại Hà Nội, Bộ TT&TT tổ chức Hội nghị công bố Chỉ số DTI năm 2023, tỉnh Thái Bình đạt 0,5731 "
        "điểm, xếp thứ 27/63.",
    ],
)
def test_the_venue_of_an_announcement_owns_no_figure(context, text):
    found = figures(extract(context, text, document_date=D))
    assert found == [("dti_rank", 27.0, THAI_BINH, False), ("dti_score", 0.5731, THAI_BINH, False)]


def test_a_place_that_opens_a_sentence_of_its_own_figures_still_owns_them(context):
    text = "Tại Hà Nội, tỷ lệ hồ sơ trực tuyến năm 2023 đạt 88%, trong khi tỉnh đạt 71%."
    assert figures(extract(context, text, document_date=D)) == [
        (RATE, 71.0, THAI_BINH, False),
        (RATE, 88.0, HA_NOI, False),
    ]


def test_the_level_right_after_a_place_compared_with_is_that_places(context):
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 64%, cao hơn cả nước 47%."
    assert figures(extract(context, text, document_date=D)) == [
        (RATE, 47.0, NATION, False),
        (RATE, 64.0, THAI_BINH, False),
    ]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến của cả nước đạt 45%, với hơn 12 triệu hồ sơ trực tuyến.", NATION),
        # the province named in the clause before: it goes on with the province
        (
            "Năm 2023, tỷ lệ hồ sơ trực tuyến của cả nước đạt 45%, trong khi tỉnh đạt 62%, với hơn 12 triệu hồ sơ trực "
            "tuyến.",
            THAI_BINH,
        ),
        # a comparison with the nation: the count is still the province's
        (
            "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 62%, cao hơn cả nước 45%, với hơn 12 triệu hồ sơ trực "
            "tuyến.",
            THAI_BINH,
        ),
    ],
)
def test_a_clause_going_on_with_the_subject_before_it_keeps_its_owner(context, text, owner):
    found = figures(extract(context, text, document_date=D))
    assert ("online_dossiers_count", 12_000_000.0, owner, False) in found


def test_an_english_clause_going_on_with_the_nation_is_the_nations(context):
    text = "Digital payments in Vietnam reached 7 billion USD in 2019, with average annual growth of 31 percent."
    owners = {value: province for _, value, province, _ in figures(extract(context, text, document_date=D))}
    assert owners == {7_000_000_000.0: NATION, 31.0: NATION}


def test_a_headline_that_restates_a_body_figure_in_fewer_words_is_that_figure(context):
    text = (
        "Thái Bình: Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 72%\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 72%, cao nhất từ trước đến nay."
    )
    assert figures(extract(context, text, document_date=D)) == [
        ("full_online_dossier_rate_pct", 72.0, THAI_BINH, False)
    ]


def test_a_headline_after_page_chrome_that_restates_a_body_figure_is_that_figure(context):
    text = (
        "Trang chủ > Tin tức > Chuyển đổi số\n"
        "Thái Bình: Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 72%\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 72%, cao nhất từ trước đến nay."
    )
    assert figures(extract(context, text, document_date=D)) == [
        ("full_online_dossier_rate_pct", 72.0, THAI_BINH, False)
    ]


def test_a_headline_figure_of_another_measure_is_kept(context):
    text = "Thái Bình: 100% xã có cáp quang\nNăm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 100%."
    codes = {code for code, *_ in figures(extract(context, text, document_date=D))}
    assert codes == {"communes_with_fiber_pct", "full_online_dossier_rate_pct"}


def test_every_item_under_a_horizon_is_a_target_on_an_undated_page_with_no_other_year(context):
    text = (
        "Đến năm 2026, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng; 85% dịch vụ công trực tuyến "
        "toàn trình; 70% hộ gia đình có kết nối cáp quang."
    )
    found = extract(context, text)
    assert sorted((f.value, f.is_target, f.period_end.year) for f in found.facts) == [
        (70.0, True, 2026),
        (85.0, True, 2026),
        (100.0, True, 2026),
    ]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Năm 2023, Bắc Ninh dẫn đầu cả nước về DTI, tỉnh xếp thứ 9 với 0,6234 điểm.", THAI_BINH),
        ("Năm 2023, Bắc Ninh xếp thứ nhất về chỉ số DTI; tỉnh đứng thứ 9 với 0,6234 điểm.", THAI_BINH),
        ("Năm 2023, Bắc Ninh dẫn đầu cả nước về DTI, Hải Dương xếp thứ 9 với 0,6234 điểm.", "30"),
    ],
)
def test_a_place_and_score_after_another_provinces_first_place_keep_the_index(context, text, owner):
    found = figures(extract(context, text, document_date=D))
    assert ("dti_rank", 9.0, owner, False) in found and ("dti_score", 0.6234, owner, False) in found
    assert ("dti_rank", 1.0, "27", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Với hơn 1,8 triệu người dân, tỉnh đã cấp 650.000 tài khoản định danh điện tử.",
        "The province, home to 1.8 million people, has issued 650,000 e-ID accounts.",
    ],
)
def test_the_people_a_place_is_home_to_are_a_base(context, text):
    assert figures(extract(context, text, document_date=D)) == [("eid_accounts", 650_000.0, THAI_BINH, False)]


def test_a_share_of_the_nations_population_in_english_is_a_base(context):
    text = "The two cities, which account for 21 percent of Vietnam's population, reached 64 percent of online sales."
    assert 21.0 not in {value for _, value, *_ in figures(extract(context, text, document_date=D))}


def test_people_who_did_something_are_still_counted(context):
    text = "Năm 2023, tỉnh có 1,2 triệu người dân đã cài đặt ứng dụng VNeID."
    assert 1_200_000.0 in {value for _, value, *_ in figures(extract(context, text, document_date=D))}


def test_a_bracket_of_later_levels_respectively_gives_each_the_measure_of_its_rank(context):
    text = (
        "Mục tiêu đến năm 2025: 95% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ công việc tại cấp huyện, 65% hồ sơ công "
        "việc cấp xã được xử lý trên môi trường mạng (mục tiêu năm 2030 lần lượt là: 100%, 95% và 80%)."
    )
    found = extract(context, text, document_date=date(2022, 3, 15))
    assert sorted((f.indicator_code, f.value, f.period_end.year) for f in found.facts) == [
        ("work_records_online_commune_pct", 65.0, 2025),
        ("work_records_online_commune_pct", 80.0, 2030),
        ("work_records_online_district_pct", 85.0, 2025),
        ("work_records_online_district_pct", 95.0, 2030),
        ("work_records_online_province_pct", 95.0, 2025),
        ("work_records_online_province_pct", 100.0, 2030),
    ]


def test_a_bracket_respectively_after_figures_of_another_kind_answers_none_of_them(context):
    text = (
        "Năm 2023, tỉnh có 1.250 dịch vụ công trực tuyến, 420 dịch vụ công trực tuyến toàn trình và 35 thủ tục "
        "thanh toán trực tuyến (tỷ lệ lần lượt là: 64%, 22% và 2%)."
    )
    codes = {(code, value) for code, value, *_ in figures(extract(context, text, document_date=D))}
    assert ("online_public_services_count", 1250.0) in codes
    assert not any(code.endswith("_count") and value in (64.0, 22.0, 2.0) for code, value in codes)
