"""Read from held-out EA and EB (report_concepts/32): a contest's entries are who took part, no measure; a goal
reached ("cán đích mục tiêu") and a level kept ("luôn đạt") are results, not targets; a network operator's own share
and subscribers are one company's figures. Sentences are written for these tests (none is taken from the labelled
corpus, the held-out sets or the shipped reports); expected values are read off each sentence. The page's province is
Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, cuộc thi trực tuyến tìm hiểu về chuyển đổi số đã thu hút hơn 2,3 triệu lượt người tham gia.",
        "In 2023, the online contest on digital transformation drew more than 230,000 entries.",
    ],
)
def test_a_contests_entries_are_no_figure(context, text):
    assert figures(extract(context, text, document_date=D)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỉnh cán đích mục tiêu chuyển đổi số của giai đoạn, tỷ lệ hồ sơ trực tuyến đạt 97%.",
        "Năm 2023, với nhiều chỉ tiêu đáng khích lệ, tỷ lệ hồ sơ trực tuyến của tỉnh luôn đạt xấp xỉ 97%.",
    ],
)
def test_a_goal_reached_or_a_level_kept_is_a_result(context, text):
    assert figures(extract(context, text, document_date=D)) == [("online_dossier_rate_pct", 97.0, THAI_BINH, False)]


def test_a_network_operators_share_and_subscribers_are_its_own(context):
    text = (
        "Năm 2023, toàn tỉnh có 1,3 triệu thuê bao di động; trong đó, mạng Viettel chiếm 44,2% với 574.600 thuê bao, "
        "mạng MobiFone chiếm 31,8% với 413.400 thuê bao."
    )
    assert figures(extract(context, text, document_date=D)) == [("mobile_subscribers_count", 1.3e6, THAI_BINH, False)]


def test_guards_a_target_and_the_operators_named_as_a_list(context):
    aim = figures(extract(context, "Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.", document_date=D))
    assert aim == [("online_dossier_rate_pct", 80.0, THAI_BINH, True)]
    listed = "Năm 2023, tỉnh có 1.540 trạm BTS của các nhà mạng Viettel, VNPT, MobiFone."
    assert figures(extract(context, listed, document_date=D)) == [("bts_stations_count", 1540.0, THAI_BINH, False)]
