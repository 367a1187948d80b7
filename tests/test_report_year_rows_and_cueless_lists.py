"""Readings found on pages written in the style of officials' reports and provincial news (the synthetic sets SA and SB,
scored before they were read): a table whose rows are years, values listed after as many items with no "lần
lượt"/"respectively", a title whose second rank names a region. Sentences and tables are written for these tests (none
is taken from the labelled corpus, the held-out or synthetic sets or the shipped reports); expected values are read off
each sentence. The page's province is Thái Bình unless a test says otherwise."""

from datetime import date

import pytest

from assets.reports.mentions import scan_mentions
from assets.reports.timephrases import find_time_phrases
from tests.test_mentions import LANGUAGE
from tests.test_report_context import THAI_BINH, extract


def readings(context, text, document_date=date(2024, 5, 10), title=None):
    extraction = extract(context, text, document_date=document_date, title=title)
    return [
        (f.indicator_code, f.value, f.province_code, f.is_target)
        for f in extraction.facts + extraction.uncatalogued + extraction.undated
    ]


def page_readings(context, tmp_path, text, document_date, province="Thái Bình"):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    _, extraction = context.extract_file(page, province=province, document_date=document_date)
    return sorted(
        (f.indicator_code, f.value, f.period_start.year, f.period_end.year)
        for f in extraction.facts + extraction.uncatalogued + extraction.undated
    )


# --- a table whose rows are years --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header, rows",
    [
        ("Năm | Điểm DTI | Xếp hạng", ["2020 | 0,3921 | 40", "2021 | 0,4710 | 33", "2022 | 0,5532 | 28"]),
        ("Year | DTI score | Rank", ["2020 | 0.3921 | 40/63", "2021 | 0.4710 | 33/63", "2022 | 0.5532 | 28/63"]),
        ("Năm\tĐiểm DTI\tXếp hạng", ["2020\t0,3921\t40", "2021\t0,4710\t33", "2022\t0,5532\t28"]),
    ],
)
def test_a_table_of_years_one_a_row_gives_each_value_its_rows_year(context, tmp_path, header, rows):
    # each row is one edition of the index: its score and rank are of the year the row names
    text = "Chỉ số DTI của tỉnh qua các năm\n" + "\n".join([header, *rows]) + "\n"
    found = page_readings(context, tmp_path, text, date(2023, 9, 1))
    assert found == [
        ("dti_rank", 28.0, 2022, 2022),
        ("dti_rank", 33.0, 2021, 2021),
        ("dti_rank", 40.0, 2020, 2020),
        ("dti_score", 0.3921, 2020, 2020),
        ("dti_score", 0.471, 2021, 2021),
        ("dti_score", 0.5532, 2022, 2022),
    ]


def test_a_table_of_years_with_rates_names_each_rate_by_its_column(context, tmp_path):
    text = (
        "Kết quả cải cách hành chính\n"
        "Năm | Tỷ lệ hồ sơ trực tuyến | Tỷ lệ hồ sơ giải quyết đúng hạn\n"
        "2021 | 31,5% | 96,2%\n"
        "2022 | 47,8% | 98,1%\n"
    )
    found = page_readings(context, tmp_path, text, date(2023, 3, 1))
    assert ("online_dossier_rate_pct", 31.5, 2021, 2021) in found
    assert ("online_dossier_rate_pct", 47.8, 2022, 2022) in found
    assert ("dossiers_on_time_pct", 96.2, 2021, 2021) in found
    assert ("dossiers_on_time_pct", 98.1, 2022, 2022) in found


def test_a_column_of_years_under_another_header_is_still_values(context, tmp_path):
    # a column of years headed "Năm thành lập" (the year something was set up) is no row label of years: guard that
    # only "Năm"/"Year" alone heads a column of the rows' years
    text = (
        "Danh sách nền tảng\n"
        "Tên nền tảng | Năm đưa vào sử dụng | Số người dùng\n"
        "Ứng dụng công dân số | 2021 | 120.000\n"
        "Cổng dịch vụ công | 2019 | 98.500\n"
    )
    found = page_readings(context, tmp_path, text, date(2023, 3, 1))
    assert all(year != 2021 or value != 120000 for _, value, year, _ in found if year == 2021)


# --- values listed after as many items, with no "lần lượt"/"respectively" --------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 2023, the province's digital economy and digital society pillars reached 0.4120 and 0.5377 points.",
            [("dti_econ_score", 0.412), ("dti_society_score", 0.5377)],
        ),
        (
            "The digital society and digital government pillars of the province scored 0.6650 and 0.5208 points in "
            "the 2023 DTI.",
            [("dti_gov_score", 0.5208), ("dti_society_score", 0.665)],
        ),
        (
            "Năm 2023, trụ cột xã hội số và kinh tế số của tỉnh đạt 0,6650 và 0,4120 điểm.",
            [("dti_econ_score", 0.412), ("dti_society_score", 0.665)],
        ),
    ],
)
def test_values_joined_after_as_many_items_answer_them_in_order(context, text, expected):
    found = readings(context, text)
    assert sorted((code, value) for code, value, *_ in found) == expected


@pytest.mark.parametrize(
    "text, listed",
    [
        ("Năm 2023, chính quyền số và kinh tế số của tỉnh đạt 0,5120 và 0,4230 điểm.", [(0, 2), (1, 2)]),
        (
            "Digital government, digital economy and digital society scored 0.51, 0.42 and 0.60 points.",
            [(0, 3), (1, 3), (2, 3)],
        ),
        # a comma before the values closes a clause: its "và" joins no items the values answer
        ("Sở Thông tin và Truyền thông và các sở đã triển khai, tỷ lệ đạt 45% và 38%.", [None, None]),
        # values of two kinds are no list
        ("Chính quyền số và kinh tế số đạt 0,5120 điểm và 38%.", [None, None]),
    ],
)
def test_values_listed_without_a_cue_are_marked_only_after_items_joined_by_and(text, listed):
    mentions = scan_mentions(text, LANGUAGE, find_time_phrases(text, LANGUAGE)).mentions
    assert [m.respectively for m in mentions] == listed
    assert all(m.without_cue for m in mentions if m.respectively)


# --- a title's second rank and its region ------------------------------------------------------------------------------


def test_a_region_scoping_the_titles_own_rank_is_lent_to_no_rank_of_the_page(context):
    # the title ranks the province 12th of 63 and second in its region: the page's table of ranks by year is the
    # national ranking, its region word the title's second rank's
    title = "DTI 2022: tỉnh xếp thứ 14/63, đứng thứ ba vùng Đồng bằng sông Hồng"
    found = readings(
        context,
        "Thứ hạng qua các năm: năm 2020 xếp hạng 27, năm 2021 xếp hạng 19.",
        title=title,
        document_date=date(2023, 4, 2),
    )
    ranks = sorted((code, value) for code, value, *_ in found)
    assert ranks == [("dti_rank", 19.0), ("dti_rank", 27.0)]


def test_a_region_the_title_ranks_in_is_still_lent_when_no_rank_owns_it(context):
    # guard: a title that names the region as its subject, no rank's scope, still lends it
    title = "Chuyển đổi số vùng Đồng bằng sông Hồng năm 2022"
    found = readings(
        context,
        "Trong năm 2022, chỉ số DTI của tỉnh xếp thứ 3 trong vùng.",
        title=title,
        document_date=date(2023, 4, 2),
    )
    assert ("dti_regional_rank", 3.0, THAI_BINH, False) in found
