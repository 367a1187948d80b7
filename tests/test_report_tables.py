"""A table in a report's text (cells split by tabs or by "|", or an HTML table) is read a row at a time with its column
headers; a saved page's menus and side columns are no text. The tables and pages are written for these tests; what
each row means is read off the table."""

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assets.reports.context import ExtractionContext
from assets.reports.documents import read_text
from assets.reports.tables import read_tables
from tests.conftest import RAW

TABLE = (
    "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tThực hiện năm 2024\tĐánh giá\n"
    "I\tChính quyền số\t\t\t\t\n"
    "1\tTỷ lệ hồ sơ giải quyết trực tuyến toàn trình\t%\t50\t56,3\tĐạt\n"
    "II\tXã hội số\t\t\t\t\n"
    "2\tTỷ lệ dân số trưởng thành có điện thoại thông minh\t%\t85\t82,4\tChưa đạt\n"
    "3\tSố tài khoản định danh điện tử được kích hoạt\ttài khoản\t600.000\t652.318\tVượt\n"
)


def test_a_row_is_written_out_with_its_headers_and_unit():
    lines = read_tables(TABLE).split("\n")
    assert lines[1:] == [
        "Chính quyền số",
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình: Kế hoạch năm 2024: 50%; Thực hiện năm 2024: 56,3%; Đánh giá: Đạt.",
        "Xã hội số",
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh: Kế hoạch năm 2024: 85%; Thực hiện năm 2024: 82,4%; "
        "Đánh giá: Chưa đạt.",
        "Số tài khoản định danh điện tử được kích hoạt: Kế hoạch năm 2024: 600.000 tài khoản; Thực hiện năm 2024: "
        "652.318 tài khoản; Đánh giá: Vượt.",
        "",
    ]


def test_a_table_with_bars_reads_as_one_with_tabs():
    bars = "\n".join("| " + " | ".join(line.split("\t")) + " |" for line in TABLE.rstrip("\n").split("\n"))
    markdown = bars.split("\n")
    markdown.insert(1, "|---|---|---|---|---|---|")
    assert read_tables("\n".join(markdown)).split("\n")[1:] == read_tables(TABLE).split("\n")[1:-1]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 56,3%.\nToàn tỉnh có 2.104 trạm BTS.\n",  # prose
        "Hà Nội\t0,8123\t1\nĐà Nẵng\t0,7954\t2\n",  # no header: which column is what is not known
        "Chỉ tiêu\tKết quả\n",  # a header alone
    ],
)
def test_text_without_a_table_with_a_header_is_left_as_it_is(text):
    assert read_tables(text) == text


def test_a_report_with_a_table_gives_each_rows_plan_and_result(tmp_path):
    context = ExtractionContext.from_reference(RAW / "reference")
    path = tmp_path / "report.txt"
    path.write_text("BÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2024\n\n" + TABLE, encoding="utf-8")
    _, extraction = context.extract_file(path, province="Nam Định", document_date=date(2025, 1, 10))
    found = sorted((f.indicator_code, f.value, f.is_target, f.period_end) for f in extraction.facts)
    end = date(2024, 12, 31)
    assert found == [
        ("adults_smartphone_pct", 82.4, False, end),
        ("adults_smartphone_pct", 85, True, end),
        ("eid_accounts", 600_000, True, end),
        ("eid_accounts", 652_318, False, end),
        ("full_online_dossier_rate_pct", 50, True, end),
        ("full_online_dossier_rate_pct", 56.3, False, end),
    ]
    # the row numbers and the unit column are no figures
    assert not [m for m in extraction.unclaimed if m.value in (1, 2, 3)]


def test_a_table_of_a_saved_html_page_is_read_the_same(tmp_path):
    # a page as a word processor or a portal writes it: cells with paragraphs inside, layout between the tags
    page = (
        "<html><body><h1>Kết quả thực hiện chuyển đổi số năm 2024</h1>\n<table>\n"
        "<tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Kế hoạch năm 2024</th><th>Thực hiện năm 2024</th></tr>\n"
        "<tr>\n  <td>1</td>\n  <td><p>Tỷ lệ hồ sơ giải quyết</p><p>trực tuyến toàn trình</p></td>\n  <td>%</td>\n"
        "  <td>50</td>\n  <td>56,3</td>\n</tr>\n</table>\n<p>Toàn tỉnh có 2.104 trạm BTS.</p></body></html>"
    )
    context = ExtractionContext.from_reference(RAW / "reference")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    _, extraction = context.extract_file(path, province="Nam Định", document_date=date(2025, 1, 10))
    found = sorted((f.indicator_code, f.value, f.is_target) for f in extraction.facts)
    assert found == [
        ("bts_stations_count", 2104, False),
        ("full_online_dossier_rate_pct", 50, True),
        ("full_online_dossier_rate_pct", 56.3, False),
    ]


def test_a_saved_pages_menus_side_columns_and_forms_are_no_text(tmp_path):
    page = (
        "<html><body><nav><a>Trang chủ</a> | <a>Top 10 tin</a></nav><article>"
        "<p>Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 61,3%.</p></article>"
        "<aside><h3>Đọc nhiều</h3><ul><li>Hà Nam đạt 75% hồ sơ trực tuyến</li></ul></aside>"
        "<form><select><option>2023</option></select><button>Xem 5 kết quả</button></form></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_text(path).strip() == "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 61,3%."


_LINES = st.lists(
    st.text(alphabet=st.sampled_from(list("abcđơư ĐÁ.,:;-–1234567890%\t|")), max_size=120), min_size=0, max_size=30
)


@given(_LINES)
def test_the_table_reader_reads_any_text_and_leaves_lines_without_cells_alone(lines):
    text = "\n".join(lines)
    out = read_tables(text)
    if "\t" not in text and "|" not in text:
        assert out == text


_CELL = st.one_of(
    st.sampled_from(["", "STT", "I", "1", "a)", "%", "tài khoản", "Đơn vị tính", "Kế hoạch năm 2024", "Đạt"]),
    st.from_regex(r"\A[1-9]\d{0,2}(?:[.,]\d{1,3})?%?\Z"),
    st.text(alphabet=st.sampled_from(list("abcđơư ĐÁ")), min_size=1, max_size=20),
)


@given(st.lists(st.lists(_CELL, min_size=3, max_size=7), min_size=2, max_size=8))
def test_every_value_of_a_table_is_still_in_its_text(rows):
    text = "\n".join("\t".join(row) for row in rows)
    out = read_tables(text)
    if out != text:  # read as a table: each value cell of a row under the header is in the row's sentence
        for row in rows[1:]:
            for cell in row:
                if re.fullmatch(r"[1-9][\d.,]*%?", cell) and not re.fullmatch(r"\d{1,3}", cell):
                    assert cell.rstrip("%") in out


def test_a_table_laid_out_with_spaces_keeps_each_cell_in_its_column():
    # a PDF's text kept in its layout: the second row has no unit; its values stay under their own headers
    text = (
        "STT   Chỉ tiêu                                       Đơn vị tính   Kế hoạch năm 2024   Thực hiện năm 2024\n"
        "I     Chính quyền số\n"
        "1     Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình   %                           50                56,3\n"
        "2     Số tài khoản định danh điện tử kích hoạt                               600.000             652.318\n"
    )
    assert read_tables(text).split("\n")[1:] == [
        "Chính quyền số",
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình: Kế hoạch năm 2024: 50%; Thực hiện năm 2024: 56,3%.",
        "Số tài khoản định danh điện tử kích hoạt: Kế hoạch năm 2024: 600.000; Thực hiện năm 2024: 652.318.",
        "",
    ]
