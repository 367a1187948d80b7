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
    assert [row for row in found if row[1] == 120000.0 and row[2] == 2021] == []


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


# --- targets set against results, contrasts, parts of a whole --------------------------------------------------------


def test_a_title_of_targets_completed_in_english_is_no_title_of_aims(context):
    # "15 of 20 targets completed" reports results: the page's present figures are no targets
    found = readings(
        context,
        "On digital economy, the digital economy is estimated to account for 11.5 percent of the province's GRDP.",
        title="Province's digital transformation in 2023: 15 of 20 targets completed",
        document_date=date(2023, 12, 28),
    )
    assert found == [("digital_economy_grdp_pct", 11.5, THAI_BINH, False)]


def test_a_title_of_aims_in_english_still_makes_the_pages_present_figures_targets(context):
    # guard: "aims" with no count of targets met is a title of aims
    found = readings(
        context,
        "On digital economy, the digital economy is to account for 15 percent of the province's GRDP.",
        title="Province aims for a digital economy of 15 percent of GRDP in 2025",
        document_date=date(2023, 12, 28),
    )
    assert [(code, value, target) for code, value, _, target in found] == [("digital_economy_grdp_pct", 15.0, True)]


def test_a_clause_of_contrast_after_a_target_is_what_is_not_the_target(context):
    extraction = extract(
        context,
        "In 2023, the digital economy accounted for 11.5 percent of GRDP, against the target of 15 percent for 2025, "
        "while over 25,000 households are selling goods on e-commerce platforms.",
        document_date=date(2023, 12, 28),
    )
    found = {(f.value, f.is_target, f.period_start.year) for f in extraction.facts + extraction.uncatalogued}
    assert (15.0, True, 2025) in found
    assert (25000.0, False, 2023) in found
    assert all(not target for value, target, _ in found if value == 25000.0)


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, the digital economy accounted for 11.5 percent of GRDP, against the target of 15 percent for 2025.",
        "In 2023, the digital economy accounted for 11.5 percent of GRDP, compared with the target of 15 percent for "
        "2025.",
    ],
)
def test_the_target_a_result_is_set_against_is_the_results_measure(context, text):
    found = readings(context, text, document_date=date(2023, 12, 28))
    assert sorted(found) == [
        ("digital_economy_grdp_pct", 11.5, THAI_BINH, False),
        ("digital_economy_grdp_pct", 15.0, THAI_BINH, True),
    ]


@pytest.mark.parametrize(
    "text, result, target",
    [
        # right after "vượt chỉ tiêu": a level at least half the result is the target's own level ...
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 76,4%, vượt chỉ tiêu 65%.", 76.4, 65.0),
        # ... and a small one how far the result went past it (the target is the result less it)
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 76,4%, vượt chỉ tiêu 6,4%.", 76.4, 70.0),
    ],
)
def test_the_figure_right_after_vuot_chi_tieu_is_the_target_or_the_excess(context, text, result, target):
    found = readings(context, text, document_date=date(2024, 1, 20))
    assert sorted(found) == sorted(
        [("online_dossier_rate_pct", result, THAI_BINH, False), ("online_dossier_rate_pct", target, THAI_BINH, True)]
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, the province's DTI reached 0.6120 points, above the average of 0.5702 points of the 63 provinces "
        "and cities.",
        "Năm 2023, chỉ số DTI của tỉnh đạt 0,6120 điểm, cao hơn mức trung bình 0,5702 điểm của 63 tỉnh, thành phố.",
    ],
)
def test_the_provinces_an_average_is_taken_over_are_no_count_when_its_value_comes_between(context, text):
    extraction = extract(context, text, document_date=date(2024, 5, 10))
    assert 63.0 not in [f.value for f in extraction.facts + extraction.uncatalogued]
    assert (63.0, "the provinces an average is taken over") in [(u.value, u.reason) for u in extraction.unclaimed]


def test_a_part_after_a_whole_named_with_a_projects_number_counts_what_the_whole_counts(context):
    extraction = extract(
        context,
        "Of the 40 tasks assigned to the province under Project 06, 31 have been completed and nine are under way.",
        document_date=date(2024, 5, 10),
    )
    found = [(f.indicator_code, f.value) for f in extraction.facts + extraction.uncatalogued]
    assert [value for _, value in found] == [31.0]
    # (a count of tasks completed; the Project 06 entry would be the right one, but the whole's words "under Project 06"
    # are not lent to the part yet: the closing note lists it)
    assert found[0][0] in ("de_an_06_tasks_completed", "dx_tasks_completed_count")
    assert 40.0 in [u.value for u in extraction.unclaimed]


def test_a_later_part_told_in_words_owns_the_words_after_it(context):
    found = readings(
        context,
        "Of the 30 targets in the province's plan, 21 have been achieved, six are on track and three are at risk.",
    )
    assert [(code, value) for code, value, *_ in found] == [("dx_targets_achieved_count", 21.0)]


def test_the_collection_of_id_card_applications_is_its_own_rate(context):
    found = readings(
        context,
        "As of June 30, the collection of applications for chip-based citizen ID cards reached 97.8 percent of "
        "eligible citizens.",
        document_date=date(2023, 7, 5),
    )
    assert found == [("cccd_applications_collected_pct", 97.8, THAI_BINH, False)]


def test_a_figure_naming_its_own_network_after_it_takes_no_network_of_the_figure_before(context):
    found = readings(
        context,
        "The target for 2025 is 100 percent of villages covered by 4G and at least 45 percent of the population "
        "covered by 5G; by 2030, 5G is expected to cover 98 percent of the population.",
        document_date=date(2024, 3, 1),
    )
    assert ("mobile_5g_coverage_pct", 45.0, THAI_BINH, True) in found
    assert ("mobile_5g_coverage_pct", 98.0, THAI_BINH, True) in found


def test_an_elliptical_item_still_shares_the_words_of_the_items_before_it(context):
    # guard: "70% hồ sơ cấp xã" names only a level after its head "hồ sơ": the records of the items before it
    found = readings(
        context,
        "Đến năm 2030, có 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và 70% hồ sơ cấp xã "
        "được xử lý trên môi trường mạng.",
        document_date=date(2024, 3, 1),
    )
    assert ("work_records_online_commune_pct", 70.0, THAI_BINH, True) in found


def test_a_figure_set_in_contrast_after_a_figure_owns_the_words_after_it(context):
    found = readings(
        context,
        "Fibre optic cable has reached 100 percent of communes and 612 of 640 villages and residential groups, or "
        "95.6 percent, while 97.1 percent of villages are covered by 4G.",
    )
    assert ("villages_with_fiber_pct", 95.6, THAI_BINH, False) in found
    assert ("villages_mobile_broadband_pct", 97.1, THAI_BINH, False) in found


# --- a unit below the province, named once and referred back to ------------------------------------------------------


def test_a_ward_named_before_and_referred_back_to_by_its_level_owns_its_clauses_figures(context):
    text = (
        "Phường Hòa Bình được chọn làm mô hình điểm về chuyển đổi số của tỉnh.\n\n"
        "Trong 6 tháng đầu năm 2025, phường tiếp nhận 3.410 hồ sơ TTHC, tỷ lệ hồ sơ trực tuyến đạt 94,2%; phường đã "
        "thành lập 28 tổ công nghệ số cộng đồng.\n\n"
        "Cùng kỳ, toàn tỉnh tiếp nhận 198.300 hồ sơ TTHC, tỷ lệ hồ sơ trực tuyến đạt 71,6%."
    )
    extraction = extract(context, text, document_date=date(2025, 7, 10))
    found = sorted(f.value for f in extraction.facts + extraction.uncatalogued + extraction.undated)
    assert found == [71.6, 198300.0]
    ward = {u.value for u in extraction.unclaimed if "ward, commune or district" in u.reason}
    assert {3410.0, 94.2, 28.0} <= ward


def test_levels_listed_before_a_verb_are_no_ward_referred_back_to(context):
    # guard: "xã, phường đã có ..." counts the units of both levels, no ward named before
    text = (
        "Phường Hòa Bình được chọn làm mô hình điểm về chuyển đổi số.\n\n"
        "Hiện 95/95 xã, phường đã có tổ công nghệ số cộng đồng với hơn 2.900 tổ."
    )
    extraction = extract(context, text, document_date=date(2025, 7, 10))
    assert 2900.0 in [f.value for f in extraction.facts]


def test_a_district_opening_its_clause_after_rieng_ubnd_owns_its_figure(context):
    found = readings(
        context,
        "Năm 2024, tỷ lệ văn bản đi được ký số đạt 97,5%. Riêng UBND huyện Vũ Thư đạt 100% văn bản đi được ký số.",
    )
    assert found == [("e_signed_docs_pct", 97.5, THAI_BINH, False)]


def test_vbdt_is_an_electronic_document(context):
    found = readings(context, "Năm 2024, tỷ lệ VBĐT được ký số đạt 96,1%.")
    assert found == [("e_signed_docs_pct", 96.1, THAI_BINH, False)]


# --- a series of items, each closed by its year ------------------------------------------------------------------------


def dated_readings(context, text, document_date, title=None):
    extraction = extract(context, text, document_date=document_date, title=title)
    return sorted((f.indicator_code, f.value, f.period_start.year) for f in extraction.facts + extraction.uncatalogued)


@pytest.mark.parametrize(
    "text",
    [
        "Over three editions of the index, the province's DTI score has risen from 0.3810 points, ranking 51st, in "
        "2021 to 0.4922 points, ranking 42nd, in 2022.",
        "Qua 3 kỳ đánh giá, chỉ số DTI của tỉnh tăng từ 0,3810 điểm, xếp thứ 51, năm 2021 lên 0,4922 điểm, xếp thứ "
        "42, năm 2022.",
    ],
)
def test_each_item_of_a_series_takes_the_year_that_closes_it(context, text):
    found = dated_readings(context, text, date(2023, 10, 2))
    assert found == [
        ("dti_rank", 42.0, 2022),
        ("dti_rank", 51.0, 2021),
        ("dti_score", 0.381, 2021),
        ("dti_score", 0.4922, 2022),
    ]


def test_an_index_named_before_its_head_is_still_another_index(context):
    # guard: "the Human Development Index" names an index of its own; "the index" alone refers back to the DTI
    found = readings(
        context,
        "In 2023, the province's DTI reached 0.6120 points. The Human Development Index of the province reached "
        "0.7310 points.",
    )
    assert [(code, value) for code, value, *_ in found] == [("dti_score", 0.612)]


# --- English counts of Project 06 told with a bare plural noun ---------------------------------------------------------


def test_english_counts_of_cards_and_accounts_after_their_applications(context):
    found = readings(
        context,
        "By June 30, the provincial police had collected 845,200 applications for chip-based citizen ID cards and "
        "returned 812,760 cards to citizens; 402,115 applications for electronic identification accounts have been "
        "received, of which 351,480 accounts have been activated.",
        document_date=date(2023, 7, 5),
    )
    assert ("cccd_cards_issued", 812760.0, THAI_BINH, False) in found
    assert ("eid_accounts", 351480.0, THAI_BINH, False) in found


def test_a_whole_opening_an_item_after_a_semicolon_is_no_part(context):
    extraction = extract(
        context,
        "The province cleaned 99.1 percent of the data on social security beneficiaries; of the 40 tasks assigned to "
        "the province under Project 06, 31 have been completed.",
        document_date=date(2023, 8, 15),
    )
    counts = [f.value for f in extraction.facts + extraction.uncatalogued if f.value in (31.0, 40.0)]
    assert counts == [31.0]


# --- bounds found by a review of the readings above -------------------------------------------------------------------


def test_a_level_in_a_list_of_levels_is_no_unit_named_before(context):
    found = readings(
        context,
        "Huyện Kiến Xương tổ chức hội nghị tổng kết. Năm 2024, tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 88%, huyện đạt 79%, "
        "xã đạt 71%.",
        document_date=date(2024, 12, 20),
    )
    assert ("online_dossier_rate_district_level_pct", 79.0, THAI_BINH, False) in found


def test_a_level_after_a_count_of_its_units_is_all_of_them(context):
    found = readings(
        context,
        "Phường Trần Lãm có 15 tổ dân phố. Năm 2024, toàn tỉnh có 10 phường; phường đã có 100% tổ dân phố có tổ công "
        "nghệ số cộng đồng.",
        document_date=date(2024, 12, 20),
    )
    assert [value for _, value, province, _ in found if province == THAI_BINH] == [100.0]


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "The province aims for online payments to reach 60 percent by 2025, while the digital economy is to "
            "account for 20 percent of GRDP.",
            20.0,
        ),
        (
            "Tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85% năm 2025, trong khi đó tiếp tục duy trì 100% văn bản được ký số.",
            100.0,
        ),
    ],
)
def test_a_clause_of_contrast_that_is_itself_an_aim_keeps_the_target_and_its_year(context, text, value):
    extraction = extract(context, text, document_date=date(2024, 6, 10))
    found = {(f.value, f.is_target, f.period_start.year) for f in extraction.facts + extraction.uncatalogued}
    assert (value, True, 2025) in found


def test_what_is_after_while_in_a_sentence_of_targets_is_no_target(context):
    extraction = extract(
        context,
        "The province targets 90 percent of adults with e-ID accounts by 2025, while 1.1 million accounts are "
        "already activated.",
        document_date=date(2024, 6, 10),
    )
    found = {(f.value, f.is_target) for f in extraction.facts + extraction.uncatalogued}
    assert (1100000.0, False) in found


def test_changes_listed_after_their_items_are_each_a_change(context):
    found = readings(context, "Năm 2023, kinh tế số và xã hội số tăng 0,06 và 0,09 điểm so với năm 2022.")
    assert sorted((code, value) for code, value, *_ in found) == [
        ("dti_econ_score_change", 0.06),
        ("dti_society_score_change", 0.09),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2023, chỉ số chính quyền số và chỉ số kinh tế số của tỉnh xếp thứ 14 và thứ 27 cả nước.",
            [("dti_econ_rank", 27.0), ("dti_gov_rank", 14.0)],
        ),
        (
            "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ thanh toán trực tuyến đạt 58,4% và 41,7%.",
            [("full_online_dossier_rate_pct", 58.4), ("online_payment_dossier_rate_pct", 41.7)],
        ),
    ],
)
def test_items_that_repeat_their_head_still_answer_in_order(context, text, expected):
    found = readings(context, text)
    assert sorted((code, value) for code, value, *_ in found) == expected


def test_a_day_and_month_in_a_rank_column_is_no_value(context, tmp_path):
    text = "Chỉ số DTI của tỉnh\nNăm | Điểm DTI | Xếp hạng\n2021 | 0,4452 | 19\n2022 | 0,5012 | 15/6\n"
    found = page_readings(context, tmp_path, text, date(2023, 9, 1))
    assert ("dti_rank", 15.0, 2022, 2022) not in found
    assert ("dti_rank", 19.0, 2021, 2021) in found


def test_a_later_part_in_words_after_while_owns_its_words(context):
    found = readings(
        context,
        "Of the 30 tasks assigned under the plan, 22 have been completed, while eight are still in progress.",
    )
    assert [value for _, value, *_ in found] == [22.0]


def test_a_result_set_against_a_target_without_a_comma_is_no_target(context):
    extraction = extract(
        context,
        "Online payments reached 38.5 percent of dossiers against the target of 50 percent for 2025.",
        document_date=date(2024, 6, 10),
    )
    found = {(f.value, f.is_target) for f in extraction.facts + extraction.uncatalogued}
    assert found == {(38.5, False), (50.0, True)}


def test_a_target_exceeded_after_the_results_own_noun_is_the_targets_level(context):
    found = readings(context, "Năm 2023, kinh tế số chiếm 13% GRDP, vượt chỉ tiêu 11%.")
    assert sorted(found) == [
        ("digital_economy_grdp_pct", 11.0, THAI_BINH, True),
        ("digital_economy_grdp_pct", 13.0, THAI_BINH, False),
    ]


# --- set SD, read: a table of a year among words, an interview under a title of aims, the units ranked ---------------


def test_a_year_among_headers_of_words_heads_its_column(context, tmp_path):
    text = (
        "Some key indicators\n"
        "Indicator | 2023 | 9 months 2024 | Target 2024\n"
        "Online dossier rate (%) | 71.3 | 79.5 | 85\n"
    )
    found = page_readings(context, tmp_path, text, date(2024, 10, 10))
    assert ("online_dossier_rate_pct", 71.3, 2023, 2023) in found
    assert ("online_dossier_rate_pct", 85.0, 2024, 2024) in found
    extraction = context.extract_file(tmp_path / "page.txt", province="Thái Bình", document_date=date(2024, 10, 10))[1]
    targets = {f.value for f in extraction.facts if f.is_target}
    assert targets == {85.0}


@pytest.mark.parametrize(
    "sentence",
    [
        "We now have 5,400 community technology teams in the province.",
        "The digital economy is estimated to account for 15.2 percent of GRDP.",
        "Smartphone ownership among adults is 88.4 percent.",
    ],
)
def test_how_things_stand_under_a_title_of_aims_is_no_target(context, sentence):
    extraction = extract(
        context,
        sentence,
        title="Interview: the province aims for an online dossier rate of 90 percent in 2026",
        document_date=date(2025, 12, 20),
    )
    assert [f.is_target for f in extraction.facts] == [False]


def test_the_units_an_index_ranks_are_no_count(context):
    extraction = extract(
        context,
        "In the 2024 DTI recalculated for 34 units, the province ranked 15th; digital society ranked 9th among the 34 "
        "units.",
        document_date=date(2025, 10, 30),
    )
    assert 34.0 not in [f.value for f in extraction.facts + extraction.uncatalogued]
    assert [u.reason for u in extraction.unclaimed if u.value == 34.0] == ["the provinces an index ranks"] * 2


# --- set SC, read -----------------------------------------------------------------------------------------------------


def test_indicators_compared_are_no_targets(context):
    found = readings(
        context,
        "Một số chỉ tiêu so sánh năm 2023:\nTỷ lệ hộ gia đình có cáp quang: 76,2%.",
        document_date=date(2024, 2, 1),
    )
    assert found == [("households_fiber_pct", 76.2, THAI_BINH, False)]


def test_eid_accounts_counted_by_their_abbreviation(context):
    found = readings(
        context,
        "Tính đến ngày 30/9/2024, toàn tỉnh đã kích hoạt 512.300 TKĐDĐT.",
        document_date=date(2024, 10, 5),
    )
    assert found == [("eid_accounts", 512300.0, THAI_BINH, False)]


def test_a_list_in_a_bracket_after_the_nations_average_is_the_nations(context):
    found = readings(
        context,
        "Năm 2024, tốc độ truy cập internet băng rộng di động và cố định của tỉnh đạt 131,2 Mbps và 208,5 Mbps, cao hơn "
        "mức bình quân cả nước (lần lượt là 119,7 Mbps và 201 Mbps).",
    )
    assert ("mobile_broadband_speed_mbps", 119.7, "VN", False) in found
    assert ("fixed_broadband_speed_mbps", 201.0, "VN", False) in found
    assert not [value for _, value, province, _ in found if value in (119.7, 201.0) and province == THAI_BINH]
