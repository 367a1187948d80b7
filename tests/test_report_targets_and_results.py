"""Targets and results where the page leaves them to its language: floors set under a horizon on a page without a
date, how near a figure came, and a plan's part on where things stand. Pages are written for these tests (none is
taken from the labelled corpus, the held-out sets or the shipped reports); expected flags and years are read off
each text."""

from datetime import date

import pytest

from tests.test_report_context import extract


def flags(extraction):
    """value -> (is_target, year of the period's end or None) of every figure kept."""
    return {
        f.value: (f.is_target, f.period_end.year if f.period_end else None)
        for f in extraction.facts + extraction.undated + extraction.uncatalogued
    }


def test_floors_set_under_a_horizon_are_targets_on_a_page_without_a_date(context):
    text = (
        "Đến hết năm 2027, 60% doanh nghiệp nhỏ và vừa sử dụng nền tảng số; tỷ lệ thanh toán trực tuyến hồ sơ thủ tục "
        "hành chính đạt từ 55% trở lên; tối thiểu 90% trường học thu học phí không dùng tiền mặt."
    )
    found = flags(extract(context, text))
    assert found == {60: (True, 2027), 55: (True, 2027), 90: (True, 2027)}


def test_without_floors_a_horizon_on_a_page_without_a_date_governs_its_own_clause_only(context):
    # where things stood by then, as far as the page says: the later item is no target (and, on an undated page, has
    # no year of its own)
    text = "Đến cuối năm 2024, toàn tỉnh có 1.650 trạm BTS 4G; 2.310 thuê bao băng rộng cố định mới."
    assert flags(extract(context, text))[2310] == (False, None)
    # nor is a floor that a count of units reaches ("45 xã đạt ... từ 80% trở lên")
    text = "Đến cuối năm 2024, toàn tỉnh có 1.650 trạm BTS 4G; có 45 xã đạt tỷ lệ hồ sơ trực tuyến từ 80% trở lên."
    assert flags(extract(context, text))[80] == (False, None)


@pytest.mark.parametrize(
    "text",
    [
        "Đến cuối năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh đạt gần 45%.",
        "By the end of 2021, the province's online dossier rate reached nearly 45 percent.",
    ],
)
def test_how_near_a_figure_came_is_a_result(context, text):
    # a result; the page not saying when it stands, it is left undated (quarantined until the analyst dates the page)
    assert flags(extract(context, text)) == {45: (False, None)}


def test_a_planned_amount_may_be_near_a_sum(context):
    # a budget is planned as "gần 1.200 tỷ đồng": the horizon still makes it a target
    text = "Đến năm 2030, tổng kinh phí thực hiện Đề án chuyển đổi số của tỉnh là gần 1.200 tỷ đồng."
    assert flags(extract(context, text, document_date=date(2024, 5, 10)))[1.2e12][0] is True


PLAN = (
    "Kế hoạch chuyển đổi số tỉnh năm 2025, định hướng đến năm 2030\n"
    "KẾ HOẠCH\n"
    "CHUYỂN ĐỔI SỐ TỈNH NĂM 2025, ĐỊNH HƯỚNG\n"
    "ĐẾN NĂM 2030\n"
    "Phần thứ nhất\n"
    "{part}\n"
    "I. HẠ TẦNG SỐ\n"
    "1. Mạng di động\n"
    "- Tỷ lệ thôn, bản được phủ sóng di động băng rộng: 96,4%.\n"
    "- Tỷ lệ hộ gia đình có truy nhập Internet băng rộng cáp quang: 61,2%.\n"
)


def test_a_plans_part_on_where_things_stand_holds_results(context):
    text = PLAN.format(part="HIỆN TRẠNG CHUYỂN ĐỔI SỐ")
    found = flags(extract(context, text, title=text.split("\n")[0], document_date=date(2025, 3, 4)))
    # at the page's date, not the plan's horizon
    assert found == {96.4: (False, 2025), 61.2: (False, 2025)}


def test_a_plans_part_on_its_targets_holds_targets(context):
    text = PLAN.format(part="MỤC TIÊU CHUYỂN ĐỔI SỐ")
    found = flags(extract(context, text, title=text.split("\n")[0], document_date=date(2025, 3, 4)))
    assert {value: target for value, (target, _) in found.items()} == {96.4: True, 61.2: True}


def test_news_of_a_plan_just_issued_lists_its_targets(context):
    title = "Tỉnh triển khai kế hoạch chuyển đổi số năm 2026"
    text = (
        f"{title}\n\nUBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2026 với nhiều nhiệm vụ trọng tâm.\n\n"
        "100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 75%."
    )
    found = flags(extract(context, text, title=title))
    assert found == {100: (True, 2026), 75: (True, 2026)}
    # ... but a review of a plan's first year reports results
    title = "Sơ kết một năm thực hiện kế hoạch chuyển đổi số năm 2026"
    text = f"{title}\n\nTỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 75%."
    assert flags(extract(context, text, title=title, document_date=date(2026, 12, 20)))[75][0] is False


@pytest.mark.parametrize(
    "text",
    [
        "In 2026, the city must mobilise every department to reach its key goals in digital government. "
        "Specifically, 85% of dossiers are processed online and 40% of residents use the digital wallet.",
        "Năm 2026, thành phố huy động các sở, ngành vào cuộc để hoàn thành các chỉ tiêu về chính quyền số. "
        "Cụ thể, 85% hồ sơ được xử lý trực tuyến và 40% người dân sử dụng ví điện tử.",
    ],
)
def test_what_follows_targets_aimed_at_for_the_year_lists_them(context, text):
    # a page of March: the year's results cannot be known yet, so "Specifically, ..." lists what the year aims at
    assert flags(extract(context, text, document_date=date(2026, 3, 12))) == {85: (True, 2026), 40: (True, 2026)}


@pytest.mark.parametrize("day", [date(2026, 12, 20)])
def test_what_follows_targets_aimed_at_is_a_result_once_the_year_can_be_reported(context, day):
    # the same words on a page of late December: the figures may be the year's results, and no target is claimed
    text = (
        "Năm 2026, thành phố huy động các sở, ngành vào cuộc để hoàn thành các chỉ tiêu về chính quyền số. "
        "Cụ thể, 85% hồ sơ được xử lý trực tuyến và 40% người dân sử dụng ví điện tử."
    )
    assert {value: target for value, (target, _) in flags(extract(context, text, document_date=day)).items()} == {
        85: False,
        40: False,
    }


def test_where_things_stand_now_goes_on_over_its_paragraph_under_a_title_of_aims(context):
    # the title aims at a ranking by a later year; the paragraph opens on where things stand now ("Hiện nay"), and
    # its next sentence, without a time or an aim of its own, goes on with the results
    title = "Tỉnh phấn đấu đến năm 2027 xếp hạng khá về chuyển đổi số"
    text = (
        "Hiện nay, ở cả ba cấp chính quyền của tỉnh, tỷ lệ văn bản điện tử được gửi, nhận trên môi trường mạng đạt 98%. "
        "Văn bản được ký số trên hệ thống quản lý văn bản chiếm khoảng 95%."
    )
    found = flags(extract(context, text, title=title, document_date=date(2024, 10, 10)))
    assert {value: target for value, (target, _) in found.items()} == {98: False, 95: False}


AIMING_TITLE_VI = "Tỉnh đặt mục tiêu vào nhóm 15 tỉnh dẫn đầu cả nước về chuyển đổi số vào năm 2026"
AIMING_TITLE_EN = "Province aims to be among top 15 localities in digital transformation by 2026"


def test_a_day_up_to_which_a_figure_counts_makes_it_a_result_under_a_title_of_aims(context):
    # a title that aims without a year, over a page without a date: the day the sentence counts up to says where
    # things stood, for every clause of it
    title = "Tỉnh tiếp tục đặt mục tiêu vào nhóm 15 tỉnh dẫn đầu cả nước về chuyển đổi số"
    text = (
        "Tính đến ngày 31/10/2024, toàn tỉnh có 15.230 sản phẩm trên các sàn thương mại điện tử; số giao dịch thành "
        "công là 40.120."
    )
    found = flags(extract(context, text, title=title))
    assert (found[15230], found[40120]) == ((False, 2024), (False, 2024))


@pytest.mark.parametrize(
    ("title", "text", "value"),
    [
        (
            AIMING_TITLE_EN,
            "Since the plan took effect, the province's digital transformation has begun to produce results. Fibre "
            "optic Internet now reaches 88.5% of households.",
            88.5,
        ),
        (
            AIMING_TITLE_VI,
            "Năm qua, chuyển đổi số của tỉnh đạt được nhiều kết quả. Internet cáp quang phủ tới 88,5% hộ gia đình.",
            88.5,
        ),
    ],
)
def test_results_a_sentence_announces_are_no_aims_of_the_title(context, title, text, value):
    # the title aims at a group of leaders by 2026; its horizon dates its own target, not the results the body reports
    found = flags(extract(context, text, title=title))
    assert found[value][0] is False
    assert found[value][1] != 2026
