"""A report dropped in without a sidecar title takes the title its text opens with. The openings are written for these
tests, as portals and administrative documents lay them out; the title each should give is read off the text."""

from datetime import date

import pytest

from assets.reports.context import ExtractionContext
from assets.reports.titles import opening_title
from tests.conftest import RAW

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 15/KH-UBND\nHà Nam, ngày 10 tháng 01 năm 2025\n\nKẾ HOẠCH\nChuyển đổi số tỉnh Hà Nam năm 2025\n\n"
    "I. CHỈ TIÊU CỤ THỂ\n"
    "- Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt tối thiểu 60%.\n"
    "- 85% dân số trưởng thành có điện thoại thông minh.\n"
    "II. KẾT QUẢ NĂM 2024\n"
    "Năm 2024, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 48%.\n"
)


@pytest.mark.parametrize(
    "text,title",
    [
        # a news page: the headline, then the time it was posted
        (
            "Nam Định: Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công\n\nThứ hai, 04/03/2024 09:15\n\n"
            "Năm 2023, tỷ lệ thanh toán trực tuyến của tỉnh đạt 42%.",
            "Nam Định: Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công",
        ),
        # an administrative document: its header, then its type over its subject
        (PLAN, "KẾ HOẠCH Chuyển đổi số tỉnh Hà Nam năm 2025"),
        (
            "UBND TỈNH HÀ NAM\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 12/KH-STTTT\nKẾ HOẠCH\n"
            "Chuyển đổi số tỉnh Hà Nam năm 2025\n",
            "KẾ HOẠCH Chuyển đổi số tỉnh Hà Nam năm 2025",
        ),
        # ... and a headline whose subject is an agency is a headline
        (
            "Sở Thông tin và Truyền thông tổ chức hội nghị chuyển đổi số\nNăm 2023, tỷ lệ hồ sơ trực tuyến đạt 65%.",
            "Sở Thông tin và Truyền thông tổ chức hội nghị chuyển đổi số",
        ),
        # a portal's furniture first: its visit counter, a toolbar, a poll
        (
            "Số lượng truy cập\nHôm nay : 1.217\nA- A A+ | Tăng tương phản\nĐánh giá của bạn về cổng thông tin điện tử\n"
            "Hà Nam dẫn đầu khu vực về tỷ lệ hồ sơ trực tuyến\nNăm 2023, tỷ lệ hồ sơ trực tuyến đạt 75%.",
            "Hà Nam dẫn đầu khu vực về tỷ lệ hồ sơ trực tuyến",
        ),
    ],
)
def test_the_title_a_text_opens_with(text, title):
    assert opening_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        # a text that opens with its body has no title here
        "Sáng 7/11, UBND tỉnh tổ chức hội nghị đánh giá kết quả 10 tháng thực hiện Đề án 06, với sự tham dự của lãnh "
        "đạo các sở, ngành.\nToàn tỉnh đã kích hoạt 450.000 tài khoản định danh điện tử.",
        # nor one of short lines only
        "Tin tức\nSự kiện\n",
        "",
    ],
)
def test_no_title_is_made_up(text):
    assert opening_title(text) is None


def test_a_plan_without_a_sidecar_dates_its_targets_by_the_year_its_title_names(tmp_path):
    # without a sidecar title, the plan's targets are of 2025 (before, of the page's date, or undated without one)
    context = ExtractionContext.from_reference(RAW / "reference")
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    for written in (date(2025, 1, 10), None):
        document, extraction = context.extract_file(path, document_date=written)
        assert document.title == "KẾ HOẠCH Chuyển đổi số tỉnh Hà Nam năm 2025"
        found = sorted((f.indicator_code, f.value, f.is_target, f.period_end) for f in extraction.facts)
        assert found == [
            ("adults_smartphone_pct", 85, True, date(2025, 12, 31)),
            ("full_online_dossier_rate_pct", 48, False, date(2024, 12, 31)),
            ("full_online_dossier_rate_pct", 60, True, date(2025, 12, 31)),
        ]
