"""A report hard-wrapped at a page's width (text copied out of a PDF) reads as its paragraphs; other text is left as
it is. The texts are written for these tests; what each line should become is read off the text."""

import textwrap
from datetime import date

import pytest
from hypothesis import given

from assets.reports.context import ExtractionContext
from assets.reports.documents import read_text
from assets.reports.wrapping import unwrapped, with_markers_on_their_items
from tests.conftest import RAW
from tests.text_strategies import LINES

# One report of a province, written as prose (a paragraph a line), then wrapped at 80 characters.
PARAGRAPHS = [
    "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024",
    "Trong 6 tháng đầu năm 2024, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành và địa phương tập trung triển "
    "khai đồng bộ các nhiệm vụ chuyển đổi số theo kế hoạch. Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 68,5%, "
    "tăng 12,4% so với cùng kỳ năm 2023; tỷ lệ thanh toán trực tuyến trên Cổng dịch vụ công đạt 54,2%.",
    "Về hạ tầng số, toàn tỉnh có 2.318 trạm BTS, trong đó có 214 trạm 5G; 99,6% thôn, bản được phủ sóng di động "
    "băng rộng; tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt 87,3%.",
    "Về xã hội số, toàn tỉnh đã thành lập 1.316 tổ công nghệ số cộng đồng với hơn 7.000 thành viên; tỷ lệ dân số "
    "trưởng thành có điện thoại thông minh đạt 84,1%.",
    "- Kinh tế số: tỷ trọng kinh tế số trong GRDP ước đạt 11,2%.",
    "- Chính quyền số: 100% văn bản đi được ký số.",
]
PROSE = "\n\n".join(PARAGRAPHS) + "\n"
WRAPPED = "\n\n".join(textwrap.fill(p, 80) for p in PARAGRAPHS) + "\n"


def test_a_text_wrapped_at_a_width_gets_its_paragraphs_back():
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)  # every offset kept: a break becomes a space
    assert text == "\n\n".join(" ".join(textwrap.wrap(p, 80)) for p in PARAGRAPHS) + "\n"


def test_the_paragraphs_of_a_wrapped_text_without_blank_lines_stay_apart():
    # wrapped with no blank line between paragraphs: a paragraph's short last line, a full stop before a capital,
    # and an item's dash still end what they end
    wrapped = "\n".join(textwrap.fill(p, 80) for p in PARAGRAPHS) + "\n"
    lines = unwrapped(wrapped).rstrip("\n").split("\n")
    assert "- Kinh tế số: tỷ trọng kinh tế số trong GRDP ước đạt 11,2%." in lines
    assert "- Chính quyền số: 100% văn bản đi được ký số." in lines
    assert any(line.startswith("Về hạ tầng số, toàn tỉnh có 2.318 trạm BTS") for line in lines)
    assert not any("87,3%. Về xã hội số" in line for line in lines)


@pytest.mark.parametrize(
    "text",
    [
        PROSE,  # a paragraph a line, as web pages and most reports are
        # a list of results and aims, one a line, the lines of one length, none ending with a stop
        "Kết quả nổi bật của tỉnh trong năm 2023 và mục tiêu của tỉnh trong những năm tới\n"
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình của tỉnh năm 2023 đạt 56,3 phần trăm\n"
        "Toàn tỉnh có 2.104 trạm BTS, phủ sóng di động băng rộng tới toàn bộ các thôn, xóm\n"
        "Số tài khoản định danh điện tử được kích hoạt trên địa bàn tỉnh là 652.318 tài khoản\n"
        "Toàn tỉnh đã thành lập 2.150 tổ công nghệ số cộng đồng với 12.430 thành viên\n"
        "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt 87,3 phần trăm\n"
        "Phấn đấu đến năm 2025 có 90% dân số trưởng thành sử dụng điện thoại thông minh\n"
        "Phấn đấu đến năm 2025 kinh tế số chiếm 20% tổng sản phẩm trên địa bàn của tỉnh\n",
        # a table, a cell a line
        "Chỉ số\nĐiểm 2023\nĐiểm 2024\nChính quyền số\n0,5123\n0,6234\nKinh tế số\n0,4012\n0,4567\nXã hội số\n"
        "0,3890\n0,4321\n",
        # a list of short items, then a heading
        "Kết quả nổi bật\n100% xã có cáp quang\n98% thôn có sóng 4G\n85% hồ sơ trực tuyến\n70% văn bản ký số\n"
        "60% doanh nghiệp dùng hóa đơn điện tử\n50% hộ có thanh toán số\n40% người dân có chữ ký số\nNhiệm vụ\n",
    ],
)
def test_text_that_is_not_wrapped_is_left_as_it_is(text):
    assert unwrapped(text) == text


# A report as a PDF's text layer gives it: lines broken at the page's width inside phrases ("không dùng\ntiền mặt",
# "đến năm\n2030"), a blank line between paragraphs.
PDF_TEXT = """\
BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024

Trong 6 tháng đầu năm 2024, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành và
địa phương tập trung triển khai đồng bộ các nhiệm vụ chuyển đổi số theo kế hoạch.
Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến đạt 78,25% với 1.386 thủ
tục hành chính; 402/598 cơ sở giáo dục trên địa bàn triển khai thanh toán không dùng
tiền mặt đạt tỷ lệ 67%; tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt
87,3%. Tỉnh đặt mục tiêu phát triển kinh tế số nhanh và bền vững. Theo đó, đến năm
2030, kinh tế số chiếm 20% GRDP của tỉnh; có ít nhất 80% doanh nghiệp nhỏ và vừa
sử dụng nền tảng số.

Về xã hội số, toàn tỉnh đã thành lập 1.316 tổ công nghệ số cộng đồng với hơn
7.000 thành viên; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 84,1%.
"""


def test_a_wrapped_report_gives_the_figures_of_the_same_report_unwrapped(tmp_path):
    context = ExtractionContext.from_reference(RAW / "reference")

    def figures(text: str):
        path = tmp_path / "report.txt"
        path.write_text(text, encoding="utf-8")
        _, extraction = context.extract_file(path, province="Nam Định", document_date=date(2024, 7, 15))
        found = extraction.facts + extraction.undated + extraction.uncatalogued
        return sorted((f.indicator_code or "", f.value, f.is_target, f.period_end) for f in found)

    wrapped = figures(PDF_TEXT)
    # the share of schools paying without cash, not of procedures online; the aims of 2030 with their year
    assert ("schools_cashless_fee_collection_pct", 67, False, date(2024, 6, 30)) in wrapped
    assert ("digital_economy_grdp_pct", 20, True, date(2030, 12, 31)) in wrapped
    assert ("sme_dx_pct", 80, True, date(2030, 12, 31)) in wrapped
    # the same as the report written a paragraph a line
    paragraphs = [" ".join(p.split("\n")) for p in PDF_TEXT.strip("\n").split("\n\n")]
    assert wrapped == figures("\n\n".join(paragraphs) + "\n")


def test_read_text_unwraps_a_report_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    assert "\n" not in read_text(path).split("\n\n")[1]


@given(LINES)
def test_unwrapping_only_ever_turns_line_breaks_into_spaces(lines):
    text = "\n".join(lines)
    out = unwrapped(text)
    assert len(out) == len(text)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, out))


def test_a_list_marker_alone_on_its_line_is_joined_to_its_item_keeping_every_offset():
    text = "Mục tiêu:\n-\n100% hồ sơ được số hóa.\n  •  \nTối thiểu 80% hồ sơ trực tuyến.\n-5% so với năm trước"
    joined = with_markers_on_their_items(text)
    assert joined == "Mục tiêu:\n- 100% hồ sơ được số hóa.\n  •   Tối thiểu 80% hồ sơ trực tuyến.\n-5% so với năm trước"
    assert len(joined) == len(text)
