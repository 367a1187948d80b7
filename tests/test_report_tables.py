"""A table in a report's text (cells split by tabs or by "|", or an HTML table) is read a row at a time with its column
headers; a saved page's menus and side columns are no text. The tables and pages are written for these tests; what
each row means is read off the table."""

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assets.reports.context import ExtractionContext
from assets.reports.documents import html_text, read_text
from assets.reports.tables import read_tables
from tests.conftest import RAW
from tests.text_strategies import LINES

TABLE = (
    "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tThực hiện năm 2024\tĐánh giá\n"
    "I\tChính quyền số\t\t\t\t\n"
    "1\tTỷ lệ hồ sơ giải quyết trực tuyến toàn trình\t%\t50\t56,3\tĐạt\n"
    "II\tXã hội số\t\t\t\t\n"
    "2\tTỷ lệ dân số trưởng thành có điện thoại thông minh\t%\t85\t82,4\tChưa đạt\n"
    "3\tSố tài khoản định danh điện tử được kích hoạt\ttài khoản\t600.000\t652.318\tVượt\n"
)


def test_each_value_is_written_out_with_its_rows_label_its_header_and_unit():
    lines = read_tables(TABLE).split("\n")
    label = "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình"
    accounts = "Số tài khoản định danh điện tử được kích hoạt"
    assert lines[1:5] == [
        "Chính quyền số",
        f"{label}: Kế hoạch năm 2024: 50%.",
        f"{label}: Thực hiện năm 2024: 56,3%.",
        f"{label}: Đánh giá: Đạt.",
    ]
    assert f"{accounts}: Thực hiện năm 2024: 652.318 tài khoản." in lines
    # the row numbers and the unit column are no values
    assert not any(": 1%" in line or ": 3 tài khoản" in line for line in lines)


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


@given(LINES)
def test_the_table_reader_reads_any_text_and_leaves_lines_without_cells_alone(lines):
    text = "\n".join(lines)
    out = read_tables(text)
    if "\t" not in text and "|" not in text and "   " not in text:  # no cells split by tabs, bars or runs of spaces
        assert out == text


_HEADER = st.sampled_from(["Chỉ tiêu", "Kế hoạch năm 2024", "Thực hiện", "Năm 2023", "Đánh giá", "Ghi chú"])
_CELL = st.one_of(
    st.sampled_from(
        ["", "STT", "I", "1", "a)", "%", "tài khoản", "Đơn vị tính", "Kế hoạch năm 2024", "Đạt", "Tổng cộng"]
    ),
    st.from_regex(r"\A[1-9]\d{0,2}(?:[.,]\d{1,3})?%?\Z"),
    st.text(alphabet=st.sampled_from(list("abcđơư ĐÁ")), min_size=1, max_size=20),
)


@given(
    st.integers(2, 6).flatmap(
        lambda n: st.tuples(
            st.lists(_HEADER, min_size=n, max_size=n),
            st.lists(st.lists(_CELL, min_size=n, max_size=n), min_size=1, max_size=6),
        )
    )
)
def test_every_value_of_a_table_is_still_in_its_text(table):
    # under a header of named columns (no row numbers, no unit column), a table read out keeps every value
    header, rows = table
    text = "\n".join("\t".join(row) for row in [header, *rows])
    out = read_tables(text)
    for row in rows:
        for cell in row:
            if re.fullmatch(r"[1-9][\d.,]*%?", cell):
                assert cell.rstrip("%") in out, (cell, out)


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
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình: Kế hoạch năm 2024: 50%.",
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình: Thực hiện năm 2024: 56,3%.",
        "Số tài khoản định danh điện tử kích hoạt: Kế hoạch năm 2024: 600.000.",
        "Số tài khoản định danh điện tử kích hoạt: Thực hiện năm 2024: 652.318.",
        "",
    ]


def _facts(tmp_path, text: str, written: date, suffix: str = ".txt"):
    context = ExtractionContext.from_reference(RAW / "reference")
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    _, extraction = context.extract_file(path, province="Nam Định", document_date=written)
    return extraction.facts


def _figures(tmp_path, text: str, written: date, suffix: str = ".txt"):
    return sorted(
        (f.province_code, f.indicator_code, f.value, f.is_target) for f in _facts(tmp_path, text, written, suffix)
    )


def test_a_plans_column_makes_no_target_of_the_result_beside_it(tmp_path):
    # the results of the first half under a year's plan, on a page of July; a column of the result against the plan
    # is no measure of its own; the unit may be in the label
    text = (
        "STT\tChỉ tiêu\tKế hoạch năm 2024\tThực hiện 6 tháng\tTỷ lệ so với KH (%)\n"
        "1\tTỷ lệ hồ sơ giải quyết trực tuyến toàn trình (%)\t50\t56,3\t112,6\n"
    )
    assert _figures(tmp_path, text, date(2024, 7, 15)) == [
        ("36", "full_online_dossier_rate_pct", 50, True),
        ("36", "full_online_dossier_rate_pct", 56.3, False),
    ]


def test_a_ranking_table_gives_each_province_its_rank_and_score(tmp_path):
    text = (
        "Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023\n"
        "Hạng\tTỉnh/thành phố\tĐiểm DTI\n1\tĐà Nẵng\t0,7954\n2\tHà Nội\t0,7812\n15\tNam Định\t0,6120\n"
    )
    found = _figures(tmp_path, text, date(2024, 10, 1))
    assert ("48", "dti_rank", 1, False) in found and ("48", "dti_score", 0.7954, False) in found
    assert ("36", "dti_rank", 15, False) in found and ("36", "dti_score", 0.612, False) in found


def test_a_table_by_district_gives_only_its_total_to_the_province(tmp_path):
    text = (
        "STT\tHuyện, thành phố\tSố tổ công nghệ số cộng đồng\n1\tHuyện Giao Thủy\t22\n2\tHuyện Hải Hậu\t35\n"
        "\tTổng cộng\t57\n"
    )
    assert _figures(tmp_path, text, date(2024, 7, 15)) == [("36", "community_tech_teams_count", 57, False)]


def test_a_header_on_two_lines_names_each_column(tmp_path):
    text = (
        "STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\t\n"
        "\t\t\tKế hoạch\tThực hiện\n"
        "1\tTỷ lệ hồ sơ giải quyết trực tuyến toàn trình\t%\t50\t56,3\n"
    )
    assert _figures(tmp_path, text, date(2025, 1, 10)) == [
        ("36", "full_online_dossier_rate_pct", 50, True),
        ("36", "full_online_dossier_rate_pct", 56.3, False),
    ]


def test_a_page_laid_out_in_a_table_reads_as_its_blocks(tmp_path):
    # the article in one cell, with a table of its own inside: the article block by block, the inner table read
    page = (
        "<html><body><table><tr><td><p>Năm 2024, toàn tỉnh có 2.104 trạm BTS.</p><p>Tin liên quan</p>"
        "<p>Hà Nam đạt 75% hồ sơ trực tuyến</p></td><td>Quảng cáo</td></tr></table>"
        "<table><tr><td><table><tr><th>Chỉ tiêu</th><th>Kế hoạch năm 2024</th><th>Thực hiện năm 2024</th></tr>"
        "<tr><td>Số dịch vụ công trực tuyến toàn trình</td><td>1.200</td><td>1.250</td></tr></table></td></tr></table>"
        "</body></html>"
    )
    assert _figures(tmp_path, page, date(2025, 1, 10), suffix=".html") == [
        ("36", "bts_stations_count", 2104, False),
        ("36", "full_online_services_count", 1200, True),
        ("36", "full_online_services_count", 1250, False),
    ]


def _dated_figures(tmp_path, text: str, written: date, suffix: str = ".txt"):
    facts = _facts(tmp_path, text, written, suffix)
    return sorted((f.indicator_code, f.value, f.is_target, f.period_end.year) for f in facts)


def test_cells_merged_across_columns_and_rows_keep_each_value_under_its_header(tmp_path):
    # a header on two rows as HTML writes it: the label columns merged down, the year merged across its two columns
    page = (
        "<html><body><h1>Kết quả chuyển đổi số năm 2024</h1><table>"
        "<tr><th rowspan='2'>STT</th><th rowspan='2'>Chỉ tiêu</th><th rowspan='2'>Đơn vị tính</th>"
        "<th colspan='2'>Năm 2024</th></tr><tr><th>Kế hoạch</th><th>Thực hiện</th></tr>"
        "<tr><td>1</td><td>Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình</td><td>%</td><td>50</td><td>56,3</td></tr>"
        "<tr><td>2</td><td>Số tài khoản định danh điện tử được kích hoạt</td><td>tài khoản</td><td>600.000</td>"
        "<td>652.318</td></tr></table></body></html>"
    )
    assert _dated_figures(tmp_path, page, date(2025, 1, 10), suffix=".html") == [
        ("eid_accounts", 600_000, True, 2024),
        ("eid_accounts", 652_318, False, 2024),
        ("full_online_dossier_rate_pct", 50, True, 2024),
        ("full_online_dossier_rate_pct", 56.3, False, 2024),
    ]


def test_a_year_merged_over_its_score_and_rank_dates_both(tmp_path):
    # the index's pillar in two editions: each year's score and rank under it, in HTML and as text written once a group
    page = (
        "<html><body><p>Kết quả Chỉ số chuyển đổi số của tỉnh</p><table>"
        "<tr><th rowspan=2>Chỉ số</th><th colspan=2>Năm 2022</th><th colspan=2>Năm 2023</th></tr>"
        "<tr><th>Điểm</th><th>Xếp hạng</th><th>Điểm</th><th>Xếp hạng</th></tr>"
        "<tr><td>Chính quyền số</td><td>0,52</td><td>30</td><td>0,61</td><td>21</td></tr></table></body></html>"
    )
    text = (
        "Kết quả Chỉ số chuyển đổi số của tỉnh\n"
        "Chỉ số\tNăm 2022\t\tNăm 2023\t\n\tĐiểm\tXếp hạng\tĐiểm\tXếp hạng\nChính quyền số\t0,52\t30\t0,61\t21\n"
    )
    expected = [
        ("dti_gov_rank", 21, False, 2023),
        ("dti_gov_rank", 30, False, 2022),
        ("dti_gov_score", 0.52, False, 2022),
        ("dti_gov_score", 0.61, False, 2023),
    ]
    assert _dated_figures(tmp_path, page, date(2024, 3, 1), suffix=".html") == expected
    assert _dated_figures(tmp_path, text, date(2024, 3, 1)) == expected


def test_a_label_merged_down_names_each_row_beside_it(tmp_path):
    # the pillar merged down over its indices; a note merged across the whole table is no value
    page = (
        "<html><body><p>Kết quả Chỉ số chuyển đổi số năm 2023 của tỉnh</p><table>"
        "<tr><th>Trụ cột</th><th>Chỉ số</th><th>Điểm</th><th>Xếp hạng</th></tr>"
        "<tr><td rowspan=2>Chính quyền số</td><td>Hạ tầng số</td><td>0,61</td><td>12</td></tr>"
        "<tr><td>Nhân lực số</td><td>0,55</td><td>20</td></tr>"
        "<tr><td colspan=4>Nguồn: Bộ Thông tin và Truyền thông</td></tr></table></body></html>"
    )
    assert _dated_figures(tmp_path, page, date(2024, 5, 1), suffix=".html") == [
        ("dti_idx_human_resources", 0.55, False, 2023),
        ("dti_idx_human_resources_rank", 20, False, 2023),
        ("dti_idx_infrastructure", 0.61, False, 2023),
        ("dti_idx_infrastructure_rank", 12, False, 2023),
    ]


@pytest.mark.parametrize("span", ["0", "x", "1;", "99999999", "9" * 40])
def test_a_span_written_wrong_or_too_wide_is_read_within_the_table(tmp_path, span):
    # a span that is no whole number from 1 reads as 1, one wider than the table as the table: the values are kept
    # under their headers, and the header is written once for each column the table has
    page = (
        f"<html><body><table><tr><th>Chỉ tiêu</th><th>Kế hoạch năm 2024</th><th colspan='{span}'>Thực hiện năm 2024"
        "</th></tr><tr><td>Số tài khoản định danh điện tử được kích hoạt</td><td>600.000</td><td>652.318</td></tr>"
        "</table></body></html>"
    )
    assert _dated_figures(tmp_path, page, date(2025, 1, 10), suffix=".html") == [
        ("eid_accounts", 600_000, True, 2024),
        ("eid_accounts", 652_318, False, 2024),
    ]
    path = tmp_path / "report.html"
    assert read_text(path).count("Thực hiện năm 2024") <= 2  # the header line, and the value's sentence


_CELL_TEXTS = st.sampled_from(["", "Chỉ tiêu", "Năm 2024", "Kế hoạch", "12", "0,61", "56,3%", "652.318"])
_TABLES = st.lists(
    st.lists(st.tuples(_CELL_TEXTS, st.integers(1, 3), st.integers(1, 3)), min_size=1, max_size=4),
    min_size=1,
    max_size=5,
)


@given(_TABLES)
def test_no_value_of_a_table_with_merged_cells_is_lost(table):
    # any table, its cells merged across and down at random: every value cell is written out at least once
    markup = (
        "<table>"
        + "".join(
            "<tr>" + "".join(f"<td colspan='{c}' rowspan='{r}'>{text}</td>" for text, c, r in row) + "</tr>"
            for row in table
        )
        + "</table>"
    )
    cells = [cell for line in html_text(markup).split("\n") for cell in line.split("\t")]
    for value in ("12", "0,61", "56,3%", "652.318"):
        assert cells.count(value) >= sum(text == value for row in table for text, _, _ in row)


# A statistics table by year, as a text copy of a page keeps it: one space between cells, a year atop each column.
YEARLY = (
    "Chỉ tiêu 2021 2022 2023\n"
    "Tỷ lệ hộ gia đình có kết nối Internet cáp quang (%) 61,4 70 83,5\n"
    "Số trạm BTS 1.310 1.402 1.575\n"
)


def test_a_table_by_year_with_single_spaces_gives_each_value_its_year():
    lines = read_tables(YEARLY).split("\n")
    fiber = "Tỷ lệ hộ gia đình có kết nối Internet cáp quang (%)"
    assert lines[:7] == [
        "Chỉ tiêu 2021 2022 2023",
        f"{fiber}: Năm 2021: 61,4%.",
        f"{fiber}: Năm 2022: 70%.",
        f"{fiber}: Năm 2023: 83,5%.",
        "Số trạm BTS: Năm 2021: 1.310.",
        "Số trạm BTS: Năm 2022: 1.402.",
        "Số trạm BTS: Năm 2023: 1.575.",
    ]


def test_a_table_by_year_with_tabs_reads_as_the_one_with_spaces():
    tabs = "\n".join("\t".join(line.rsplit(" ", 3)) for line in YEARLY.rstrip("\n").split("\n"))
    assert read_tables(tabs).split("\n")[1:] == read_tables(YEARLY).split("\n")[1:-1]


def test_a_table_by_year_with_numbers_and_a_unit_column():
    text = "STT Chỉ tiêu ĐVT 2022 2023\n1 Tỷ lệ hồ sơ trực tuyến toàn trình % 38 52,7\n2 Số tổ công nghệ số cộng đồng - 140\n"
    assert read_tables(text).split("\n")[1:4] == [
        "Tỷ lệ hồ sơ trực tuyến toàn trình: Năm 2022: 38%.",
        "Tỷ lệ hồ sơ trực tuyến toàn trình: Năm 2023: 52,7%.",
        "Số tổ công nghệ số cộng đồng: Năm 2023: 140.",  # "-": no value that year
    ]


def test_the_years_of_a_table_date_its_figures(tmp_path):
    text = "Chuyển đổi số qua các năm\n\n" + YEARLY
    assert _dated_figures(tmp_path, text, date(2024, 3, 1)) == [
        ("bts_stations_count", 1310, False, 2021),
        ("bts_stations_count", 1402, False, 2022),
        ("bts_stations_count", 1575, False, 2023),
        ("households_fiber_pct", 61.4, False, 2021),
        ("households_fiber_pct", 70, False, 2022),
        ("households_fiber_pct", 83.5, False, 2023),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a title that ends with years, over a sentence that ends with numbers
        "Kế hoạch chuyển đổi số của tỉnh giai đoạn 2021 2025\nNăm 2023 toàn tỉnh có 1.200 trạm BTS, tăng 100 2022 2021\n",
        # years out of order, or a year alone, head no column
        "Chỉ tiêu 2023 2021\nSố trạm BTS 1.310 1.402\n",
        "Chỉ tiêu 2023\nSố trạm BTS 1.310\n",
        # a row with fewer values than the header has years is prose
        "Chỉ tiêu 2022 2023\nSố trạm BTS tăng 140\n",
    ],
)
def test_lines_that_end_with_years_or_numbers_are_no_table_by_year(text):
    assert read_tables(text) == text


def test_a_table_by_year_with_tabs_keeps_its_empty_cells():
    text = "Chỉ tiêu\t2021\t2022\t2023\nSố trạm BTS\t\t1.402\t1.575\nTỷ lệ hộ có Internet (%)\t61,4\t70\t83,5\n"
    lines = read_tables(text).split("\n")
    assert "Số trạm BTS: Năm 2022: 1.402." in lines and "Số trạm BTS: Năm 2023: 1.575." in lines
    assert "Tỷ lệ hộ có Internet (%): Năm 2021: 61,4%." in lines


def test_a_row_of_a_named_district_is_not_the_provinces(tmp_path):
    """A row whose label names one district after its measure ("Số trạm BTS huyện ...") holds that district's figures:
    the province's own rows are read, the district's are left unclaimed."""
    text = (
        "Hạ tầng số và dịch vụ công qua các năm\n\n"
        "Chỉ tiêu\t2022\t2023\n"
        "Số trạm BTS toàn tỉnh\t2.040\t2.215\n"
        "Số trạm BTS huyện Mường Khương\t96\t104\n"
        "Tỷ lệ hồ sơ trực tuyến xã Bản Lầu (%)\t38,5\t61,2\n"
        # (its unit before the unit it is of, and the district that commune lies in)
        "Tỷ lệ thanh toán trực tuyến (%) xã Bản Lầu, huyện Mường Khương\t22,4\t35,0\n"
    )
    assert _dated_figures(tmp_path, text, date(2024, 3, 1)) == [
        ("bts_stations_count", 2040, False, 2022),
        ("bts_stations_count", 2215, False, 2023),
    ]


def test_a_percent_sign_in_brackets_inside_a_label_is_its_rows_unit(tmp_path):
    """ "(%)" written before the rest of the label (its scope) still makes the row's values percents, never counts."""
    text = (
        "Kết quả chuyển đổi số qua các năm\n\n"
        "Chỉ tiêu\t2022\t2023\n"
        "Tỷ lệ hộ gia đình có đường Internet cáp quang (%) toàn tỉnh\t71,6\t78,9\n"
    )
    assert _dated_figures(tmp_path, text, date(2024, 3, 1)) == [
        ("households_fiber_pct", 71.6, False, 2022),
        ("households_fiber_pct", 78.9, False, 2023),
    ]


def test_a_percent_sign_inside_a_counts_label_leaves_its_values_counts(tmp_path):
    """ "(%)" that qualifies a noun inside a count's label ("Số tài khoản (đạt (%) dân số)") makes no percents."""
    text = "Kết quả chuyển đổi số qua các năm\n\nChỉ tiêu\t2022\t2023\nSố tài khoản định danh điện tử (đạt (%) dân số)\t450.000\t650.000\n"
    assert _dated_figures(tmp_path, text, date(2024, 3, 1)) == [
        ("eid_accounts", 450000, False, 2022),
        ("eid_accounts", 650000, False, 2023),
    ]
