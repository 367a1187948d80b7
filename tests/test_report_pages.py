"""A PDF's text layer (pages ending with a form feed, each with its page number and running header) reads as one
text. The pages are written for these tests; what should remain is read off them."""

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assets.reports.context import ExtractionContext
from assets.reports.pages import without_page_furniture
from tests.conftest import RAW

HEADER = "UBND TỈNH NAM ĐỊNH"
PAGES = [
    "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024\n\n"
    "Trong 6 tháng đầu năm 2024, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành và\n"
    "địa phương tập trung triển khai đồng bộ các nhiệm vụ chuyển đổi số theo kế hoạch.\n"
    "Về hạ tầng số, toàn tỉnh có 2.318 trạm BTS, trong đó có 214 trạm 5G; 99,6% thôn,\n"
    "bản được phủ sóng di động băng rộng; tỷ lệ hộ gia đình có đường Internet cáp quang\n"
    "băng rộng đạt",
    "87,3%. Về xã hội số, toàn tỉnh đã thành lập 1.316 tổ công nghệ số cộng đồng với hơn\n"
    "7.000 thành viên; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 84,1%; tỷ\n"
    "lệ người dân có tài khoản định danh điện tử mức độ 2 đạt 71,2%, tăng 9,4% so với\n"
    "cùng kỳ năm 2023.",
]
# as pdftotext writes it: a running header at the top, the page's number at the foot, a form feed after each page
PDF_TEXT = "".join(f"{HEADER}\n\n{page}\n\n- {n} -\n\f" for n, page in enumerate(PAGES, start=1))


def test_page_numbers_and_running_headers_are_left_out_and_pages_joined():
    assert without_page_furniture(PDF_TEXT) == "\n".join(PAGES)


def test_a_number_opening_a_page_far_from_its_place_is_kept():
    # a table's value cell at the top of the second page is no page number (pages are numbered 1, 2, 3 ...)
    text = "Kế hoạch\n56\f45\nThực hiện\n"
    assert without_page_furniture(text) == "Kế hoạch\n56\n45\nThực hiện"


def test_text_without_form_feeds_is_left_as_it_is():
    text = "UBND TỈNH NAM ĐỊNH\n\n1\n\nNăm 2024, tỷ lệ hồ sơ trực tuyến đạt 56,3%.\n"
    assert without_page_furniture(text) == text


def test_pages_copied_without_their_form_feeds_are_found_by_their_numbers():
    # a PDF viewer's copy: no form feeds, the pages shown by their numbers counting up, at the foot or at the top
    assert without_page_furniture(PDF_TEXT.replace("\f", "")) == "\n".join(PAGES)
    top = "".join(f"{HEADER}\nTrang {n}\n{page}\n" for n, page in enumerate(PAGES, start=1))
    assert without_page_furniture(top) == "\n".join(PAGES)


@pytest.mark.parametrize(
    "text",
    [
        # numbers that do not count up page by page
        f"{HEADER}\n{PAGES[0]}\n- 2 -\n{HEADER}\n{PAGES[1]}\n- 5 -\n",
        # one page's number alone
        f"{PAGES[0]}\n- 1 -\n",
        # a table's copy, a cell a line: ranks out of 63 and changes are no page numbers
        "Tỉnh\nXếp hạng\nThay đổi\nNam Định\n25/63\n-1\nThái Bình\n26/63\n-2\n",
    ],
)
def test_text_without_form_feeds_or_pages_numbered_one_by_one_is_left_as_it_is(text):
    assert without_page_furniture(text) == text


@pytest.mark.parametrize("form_feeds", [True, False], ids=["pdftotext", "copied"])
def test_a_figure_cut_by_a_page_break_is_found(tmp_path, form_feeds):
    context = ExtractionContext.from_reference(RAW / "reference")
    path = tmp_path / "report.txt"
    path.write_text(PDF_TEXT if form_feeds else PDF_TEXT.replace("\f", ""), encoding="utf-8")
    _, extraction = context.extract_file(path, province="Nam Định", document_date=date(2024, 7, 15))
    found = {(f.indicator_code, f.value) for f in extraction.facts}
    assert ("households_fiber_pct", 87.3) in found
    assert ("adults_smartphone_pct", 84.1) in found
    # the page numbers are no figures
    assert not [m for m in extraction.unclaimed if m.value in (1, 2, 3)]


@given(st.lists(st.text(alphabet=st.sampled_from(list("ab Đ1- 2/\n")), max_size=60), max_size=8))
def test_any_pages_are_read_and_keep_their_words(pages):
    # any pages are read: no form feed is left and no word is made up
    text = "\f".join(pages)
    out = without_page_furniture(text)
    assert "\f" not in out
    assert set(re.findall(r"[^\W\d_]+", out)) <= set(re.findall(r"[^\W\d_]+", text))
