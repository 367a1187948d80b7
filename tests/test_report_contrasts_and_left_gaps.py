"""Readings left open by the last review and the synthetic sets (note 38's "Left"): two figures set in contrast
(", trong khi", ", while", ", còn"), each with its own words. Sentences are written for these tests (none is taken
from the labelled corpus, the synthetic sets or the shipped reports); expected values are read off each sentence.
The page's province is Thái Bình unless a test says otherwise."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract


def readings(context, text, document_date=date(2024, 5, 10), title=None):
    extraction = extract(context, text, document_date=document_date, title=title)
    return sorted(
        (
            (f.indicator_code or "", f.value, f.is_target)
            for f in extraction.facts + extraction.uncatalogued + extraction.undated
        ),
    )


# --- two figures set in contrast -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # the payment rate's words stand before the contrast; the later figure names its own dossiers after it
            "Năm 2023, tỷ lệ thanh toán trực tuyến đạt 47%, trong khi 71% hồ sơ được giải quyết trực tuyến toàn trình.",
            [("full_online_dossier_rate_pct", 71.0, False), ("online_payment_dossier_rate_pct", 47.0, False)],
        ),
        (
            "Năm 2023, tỷ lệ thanh toán trực tuyến đạt 47%, còn 71% hồ sơ được tiếp nhận trực tuyến.",
            [("online_dossier_rate_pct", 71.0, False), ("online_payment_dossier_rate_pct", 47.0, False)],
        ),
        (
            "In 2023 the online payment rate was 47 percent, while 71 percent of dossiers were submitted online.",
            [("online_dossier_rate_pct", 71.0, False), ("online_payment_dossier_rate_pct", 47.0, False)],
        ),
    ],
)
def test_a_figure_opening_a_contrast_takes_no_word_of_the_figure_before(context, text, expected):
    assert readings(context, text) == expected


def test_a_figure_with_words_before_it_in_the_contrast_shares_the_earlier_clauses_words(context):
    # "trong khi cấp xã đạt 38%": the commune level's rate is the same rate as the province level's
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 86%, trong khi cấp xã chỉ đạt 38%."
    assert readings(context, text) == [
        ("online_dossier_rate_commune_level_pct", 38.0, False),
        ("online_dossier_rate_province_level_pct", 86.0, False),
    ]


# --- the level of a target exceeded, said after the result -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 88,4%, vượt 75% chỉ tiêu.",
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 88,4%, vượt qua 75% kế hoạch đề ra.",
        "In 2023 the rate of fully online dossiers reached 88.4 percent, exceeding the 75 percent target.",
        "In 2023 the rate of fully online dossiers reached 88.4 percent, surpassing its 75% goal.",
    ],
)
def test_a_level_between_exceeding_and_the_target_is_the_targets_level(context, text):
    assert readings(context, text) == [
        ("full_online_dossier_rate_pct", 75.0, True),
        ("full_online_dossier_rate_pct", 88.4, False),
    ]


def test_an_excess_less_than_half_the_result_is_no_level_of_the_target(context):
    # "vượt 20% kế hoạch": 20 is how far the plan was exceeded, not a level of the rate (it stays unclaimed)
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 88,4%, vượt 20% kế hoạch."
    found = readings(context, text)
    assert ("full_online_dossier_rate_pct", 88.4, False) in found
    assert not [r for r in found if r[1] == 20.0 and r[0] == "full_online_dossier_rate_pct"]
    assert [r for r in found if r[1] == 20.0] in ([], [("", 20.0, False)])


# --- a horizon of the page's own year, before October ---------------------------------------------------------------


def test_a_horizon_of_the_pages_own_year_is_still_ahead_in_its_spring(context):
    # a plan written in April of the year it aims at: "Đến năm 2024, ..." is where the year is to end, a target
    text = "Đến năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 65%; 90% thôn có cáp quang."
    found = readings(context, text, document_date=date(2024, 4, 2), title="Kế hoạch chuyển đổi số năm 2024")
    assert found == [("full_online_dossier_rate_pct", 65.0, True), ("villages_with_fiber_pct", 90.0, True)]


def test_a_horizon_of_the_pages_own_year_has_come_by_its_december(context):
    # the same words in a review of December of that year say where things stand
    text = "Đến năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%; 90% thôn có cáp quang."
    found = readings(context, text, document_date=date(2024, 12, 20), title="Kết quả chuyển đổi số năm 2024")
    assert found == [("full_online_dossier_rate_pct", 65.0, False), ("villages_with_fiber_pct", 90.0, False)]


# --- periods a page gives its figures: a table's lead-in, the reporting period the news opens with ------------------


def periods(context, text, document_date, title="Tin chuyển đổi số"):
    extraction = extract(context, text, document_date=document_date, title=title)
    return sorted(
        (f.indicator_code, f.value, f.is_target, f.period_start.isoformat(), f.period_end.isoformat(), f.period_basis)
        for f in extraction.facts
    )


def test_the_line_over_a_tables_header_dates_its_rows(context, tmp_path):
    # the year is named above the table's header row, not in the rows: both the plan and the result are that year's
    text = (
        "Sở Thông tin và Truyền thông vừa công bố kết quả chuyển đổi số của tỉnh.\n"
        "Kết quả thực hiện các chỉ tiêu chính quyền số năm 2022:\n"
        "Chỉ tiêu | Kế hoạch | Thực hiện\n"
        "Tỷ lệ văn bản đi được ký số | 90% | 96,1%\n"
        "Tỷ lệ hồ sơ có thanh toán trực tuyến | 25% | 33,8%\n"
    )
    page = tmp_path / "page.txt"
    page.write_text("Tin chuyển đổi số\n" + text, encoding="utf-8")
    _, extraction = context.extract_file(page, province="Thái Bình", document_date=date(2023, 1, 20))
    found = sorted(
        (f.indicator_code, f.value, f.is_target, f.period_start.isoformat(), f.period_end.isoformat())
        for f in extraction.facts
    )
    assert found == [
        ("e_signed_docs_pct", 90.0, True, "2022-01-01", "2022-12-31"),
        ("e_signed_docs_pct", 96.1, False, "2022-01-01", "2022-12-31"),
        ("online_payment_dossier_rate_pct", 25.0, True, "2022-01-01", "2022-12-31"),
        ("online_payment_dossier_rate_pct", 33.8, False, "2022-01-01", "2022-12-31"),
    ]


_HALF_YEAR_NEWS = (
    "Theo Sở Thông tin và Truyền thông, 9 tháng đầu năm 2023, hệ thống một cửa điện tử của tỉnh tiếp nhận 154.300 hồ sơ.\n"
    "\n"
    "Các cơ quan đã giải quyết 149.020 hồ sơ, trong đó 146.900 hồ sơ được giải quyết đúng hạn. Tỷ lệ hồ sơ trực "
    "tuyến ở cấp tỉnh đạt 84,2%, cấp xã 61,5%.\n"
    "\n"
    "Toàn tỉnh đã có 1.930 trạm BTS; 100% xã có cáp quang.\n"
)


def test_the_reporting_period_the_news_opens_with_dates_what_happened_in_it(context):
    # dossiers received and resolved, and rates of dossiers, happen over the nine months the news opens with; the
    # stations and the fibre found in place are as of the page's day
    found = {
        (code, value): (start, end, basis)
        for code, value, _, start, end, basis in periods(context, _HALF_YEAR_NEWS, date(2023, 10, 12))
    }
    nine_months = ("2023-01-01", "2023-09-30")
    assert found[("dossiers_received_count", 154300.0)][:2] == nine_months
    assert found[("dossiers_resolved_count", 149020.0)] == (*nine_months, "opening")
    assert found[("dossiers_resolved_on_time_count", 146900.0)] == (*nine_months, "opening")
    assert found[("online_dossier_rate_province_level_pct", 84.2)] == (*nine_months, "opening")
    assert found[("online_dossier_rate_commune_level_pct", 61.5)] == (*nine_months, "opening")
    assert found[("bts_stations_count", 1930.0)] == ("2023-10-12", "2023-10-12", "document_date")
    assert found[("communes_with_fiber_pct", 100.0)] == ("2023-10-12", "2023-10-12", "document_date")


def test_a_period_long_over_when_the_page_was_written_dates_nothing_beyond_its_sentence(context):
    # the same news read a year later: its opening no longer says what the page reports, so the page's day dates the rest
    found = {
        (code, value): basis for code, value, _, _, _, basis in periods(context, _HALF_YEAR_NEWS, date(2024, 9, 2))
    }
    assert found[("dossiers_resolved_count", 149020.0)] == "document_date"


def _page(context, tmp_path, text, document_date, province="Thái Bình"):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    _, extraction = context.extract_file(page, province=province, document_date=document_date)
    return sorted(
        (f.indicator_code, f.value, f.is_target, f.period_start.isoformat(), f.period_end.isoformat())
        for f in extraction.facts
    )


def test_indicators_listed_over_a_table_of_periods_are_no_targets_and_the_same_period_column_is_a_year_earlier(
    context, tmp_path
):
    # "Một số chỉ tiêu ...:" over columns of periods lists indicators ("chỉ tiêu" is both a target and an indicator);
    # "Cùng kỳ năm 2022" is the column's period: the same nine months, a year earlier
    text = (
        "Thái Bình: kết quả chuyển đổi số 9 tháng năm 2023\n"
        "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 71,3%.\n"
        "\n"
        "Một số chỉ tiêu về kinh tế số:\n"
        "\n"
        "Chỉ tiêu | 9 tháng năm 2023 | Cùng kỳ năm 2022\n"
        "Doanh thu thương mại điện tử (tỷ đồng) | 1.240 | 985\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang (%) | 76,4 | 70,9\n"
    )
    found = _page(context, tmp_path, text, date(2023, 10, 16))
    assert found == [
        ("ecommerce_revenue_vnd", 985e9, False, "2022-01-01", "2022-09-30"),
        ("ecommerce_revenue_vnd", 1240e9, False, "2023-01-01", "2023-09-30"),
        ("households_fiber_pct", 70.9, False, "2022-01-01", "2022-09-30"),
        ("households_fiber_pct", 76.4, False, "2023-01-01", "2023-09-30"),
        ("online_dossier_rate_pct", 71.3, False, "2023-01-01", "2023-09-30"),
    ]


def test_a_table_of_plan_and_result_under_targets_keeps_its_plan_as_targets(context, tmp_path):
    # the guard: a header with a plan column keeps "Các chỉ tiêu ...:" a lead of targets for the plan's cells
    text = (
        "Thái Bình: kết quả chuyển đổi số năm 2023\n"
        "Sở Thông tin và Truyền thông vừa công bố kết quả.\n"
        "Các chỉ tiêu chính quyền số năm 2023:\n"
        "Chỉ tiêu | Kế hoạch | Thực hiện\n"
        "Tỷ lệ văn bản đi được ký số | 90% | 96,1%\n"
    )
    found = _page(context, tmp_path, text, date(2024, 1, 8))
    assert [(code, value, target) for code, value, target, _, _ in found] == [
        ("e_signed_docs_pct", 90.0, True),
        ("e_signed_docs_pct", 96.1, False),
    ]


def test_figures_after_an_estimate_of_the_years_result_are_results_under_a_title_of_aims(context):
    # under a title aiming at 2030, the sentence after "năm 2024 ... ước đạt 11,2% GRDP" goes on with where things
    # stand; the aims come after "Mục tiêu đến năm 2030"
    text = (
        "Theo Sở Khoa học và Công nghệ, năm 2024 kinh tế số của tỉnh ước đạt 11,2% GRDP. Toàn tỉnh có khoảng 1.150 "
        "doanh nghiệp công nghệ số.\n"
        "\n"
        "Mục tiêu đến năm 2030, tỉnh phấn đấu:\n"
        "- Kinh tế số chiếm 30% GRDP;\n"
    )
    found = readings(
        context, text, document_date=date(2025, 2, 3), title="Tỉnh phê duyệt đề án phát triển kinh tế số đến năm 2030"
    )
    assert found == [
        ("digital_economy_grdp_pct", 11.2, False),
        ("digital_economy_grdp_pct", 30.0, True),
        ("digital_tech_enterprises_count", 1150.0, False),
    ]


def test_a_bracketed_list_restates_the_items_before_it_for_the_nation(context):
    # each speed of the province is said with its own network; the bracket gives the nation's, in the same order
    text = (
        "Năm 2023, tốc độ truy cập Internet di động trung bình của tỉnh đạt 61,4 Mbps, băng rộng cố định đạt 97,2 Mbps, "
        "đều thấp hơn mức trung bình cả nước (lần lượt là 64,9 Mbps và 102,3 Mbps)."
    )
    extraction = extract(context, text, document_date=date(2024, 2, 1))
    assert sorted((f.indicator_code, f.value, f.province_code) for f in extraction.facts) == [
        ("fixed_broadband_speed_mbps", 97.2, THAI_BINH),
        ("fixed_broadband_speed_mbps", 102.3, "VN"),
        ("mobile_broadband_speed_mbps", 61.4, THAI_BINH),
        ("mobile_broadband_speed_mbps", 64.9, "VN"),
    ]


# --- a rate named back in the next sentence, and the place that sentence names --------------------------------------

_NAMED_BACK = (
    "Công an tỉnh đã kích hoạt 512.400 tài khoản định danh điện tử mức độ 2, tương đương 83,5% công dân từ đủ 14 tuổi "
    "trở lên. {lead}, tỷ lệ này mới đạt khoảng 64% do địa hình chia cắt."
)


def test_a_rate_named_back_is_the_rate_before_of_the_former_province_named(context):
    text = _NAMED_BACK.format(lead="Riêng địa bàn Thái Bình (cũ)")
    found = extract(context, text, document_date=date(2025, 9, 20), province="N33")
    rates = sorted((f.indicator_code, f.value, f.province_code) for f in found.facts if f.unit == "percent")
    assert rates == [("eid_registered_14plus_pct", 64.0, THAI_BINH), ("eid_registered_14plus_pct", 83.5, "N33")]


@pytest.mark.parametrize("lead", ["Riêng khu vực miền núi phía tây", "Ở vùng đồng bào dân tộc thiểu số"])
@pytest.mark.parametrize("said", ["mới đạt khoảng 64% do địa hình chia cắt.", "đạt khoảng 64%."])
def test_a_rate_of_an_unnamed_part_of_the_province_is_not_the_provinces(context, lead, said):
    # the part's rate is no figure of the province (nor of any unit the warehouse holds): it stays unclaimed
    text = _NAMED_BACK.format(lead=lead).replace("mới đạt khoảng 64% do địa hình chia cắt.", said)
    found = extract(context, text, document_date=date(2024, 9, 20))
    assert sorted((f.indicator_code, f.value) for f in found.facts if f.unit == "percent") == [
        ("eid_registered_14plus_pct", 83.5)
    ]
    assert 64.0 in [u.value for u in found.unclaimed]


# --- a level's part of a count the catalog holds for the whole province ---------------------------------------------


def test_a_levels_count_is_no_count_of_the_province(context):
    # the total is the province's; what one level received is a part of it (kept, not loaded under the total's code)
    text = (
        "Năm 2023, toàn tỉnh tiếp nhận 204.310 hồ sơ trực tuyến; trong đó cấp tỉnh tiếp nhận 96.120 hồ sơ trực tuyến, "
        "cấp huyện 38.450 hồ sơ và cấp xã 69.740 hồ sơ."
    )
    found = extract(context, text, document_date=date(2024, 1, 15))
    assert [(f.indicator_code, f.value) for f in found.facts] == [("online_dossiers_count", 204310.0)]
    kept = [f.value for f in found.uncatalogued] + [u.value for u in found.unclaimed]
    assert sorted(kept) == [38450.0, 69740.0, 96120.0]


def test_a_table_of_counts_by_level_loads_no_level_as_the_provinces_total(context, tmp_path):
    text = (
        "Tin cải cách hành chính\n"
        "Năm 2023, toàn tỉnh tiếp nhận 412.000 hồ sơ.\n"
        "\n"
        "Kết quả tiếp nhận hồ sơ trực tuyến theo từng cấp năm 2023:\n"
        "Cấp | Hồ sơ trực tuyến | Tỷ lệ so với tổng số hồ sơ\n"
        "Cấp tỉnh | 96.120 | 70,25%\n"
        "Cấp huyện | 38.450 | 41,30%\n"
        "Cấp xã | 69.740 | 52,80%\n"
    )
    found = _page(context, tmp_path, text, date(2024, 1, 15))
    assert [(code, value) for code, value, *_ in found] == [("dossiers_received_count", 412000.0)]


def test_the_average_of_the_provinces_and_cities_in_a_bracket_is_the_nations(context):
    # "các tỉnh, thành phố" is one name: the bracket right after it holds the average, not the province's score
    text = (
        "Năm 2022, tỉnh đạt giá trị DTI 0,5912, xếp thứ 27/63 tỉnh, thành phố và cao hơn giá trị trung bình của các "
        "tỉnh, thành phố (0,5786)."
    )
    found = extract(context, text, document_date=date(2023, 7, 20))
    assert sorted((f.indicator_code, f.value, f.province_code) for f in found.facts) == [
        ("dti_provincial_average_score", 0.5786, "VN"),
        ("dti_rank", 27.0, THAI_BINH),
        ("dti_score", 0.5912, THAI_BINH),
    ]


def test_a_region_opening_the_next_line_is_no_scope_of_the_titles_rank(context, tmp_path):
    # "Trong khu vực ..." opens the body's sentence and scopes its rank; the title's rank ends with its line
    text = (
        "Chỉ số DTI 2022: Thái Bình xếp thứ 21\n"
        "Trong khu vực Đồng bằng sông Hồng, Thái Bình đứng thứ 6, sau Bắc Ninh (xếp thứ 3 cả nước).\n"
    )
    found = _page(context, tmp_path, text, date(2023, 7, 20))
    assert sorted((code, value) for code, value, *_ in found) == [
        ("dti_rank", 3.0),
        ("dti_rank", 21.0),
        ("dti_regional_rank", 6.0),
    ]


def test_a_span_since_an_event_is_no_part_of_the_year_and_a_dateline_does_not_hide_the_opening(context, tmp_path):
    # "sau 3 tháng vận hành" counts months since the new government began (not January to March, as "sau 10 tháng
    # thực hiện" a year's plan does); the news opens,
    # under its dateline, with the quarter it reports
    text = (
        "Hồ sơ trực tuyến tăng mạnh sau 3 tháng vận hành chính quyền hai cấp\n"
        "Thứ Năm, 09/10/2025, 08:30\n"
        "\n"
        "(Báo tỉnh) - Từ ngày 1/7 đến 30/9/2025, toàn tỉnh tiếp nhận 98.400 hồ sơ thủ tục hành chính.\n"
        "\n"
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,4%. Toàn tỉnh có 1.210 dịch vụ công trực tuyến toàn trình.\n"
    )
    found = _page(context, tmp_path, text, date(2025, 10, 9), province="Hưng Yên")
    assert found == [
        ("dossiers_on_time_pct", 96.4, False, "2025-07-01", "2025-09-30"),
        ("dossiers_received_count", 98400.0, False, "2025-07-01", "2025-09-30"),
        ("full_online_services_count", 1210.0, False, "2025-10-09", "2025-10-09"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, trụ cột chính quyền số của tỉnh tăng 9 bậc, lên thứ 24, nhưng kinh tế số và xã hội số đều tụt hạng.",
        "In 2022 the digital government pillar rose 9 places to 24th, but the digital economy and society pillars fell.",
    ],
)
def test_a_clause_of_contrast_without_figures_names_nothing_the_figure_before_it_ranks(context, text):
    found = readings(context, text, document_date=date(2023, 10, 20))
    assert found == [("dti_gov_rank", 24.0, False), ("dti_gov_rank_change", 9.0, False)]


@pytest.mark.parametrize("column", ["9 months 2025", "nine months of 2025", "9-month 2025"])
def test_a_columns_months_before_their_year_are_the_first_months_of_that_year(context, tmp_path, column):
    text = (
        "Digital transformation results\n"
        f"Indicator | 2024 | {column} | Target 2025\n"
        "Online dossier rate (%) | 61.2 | 72.5 | 80\n"
    )
    found = _page(context, tmp_path, text, date(2025, 10, 15), province="Hưng Yên")
    assert found == [
        ("online_dossier_rate_pct", 61.2, False, "2024-01-01", "2024-12-31"),
        ("online_dossier_rate_pct", 72.5, False, "2025-01-01", "2025-09-30"),
        ("online_dossier_rate_pct", 80.0, True, "2025-01-01", "2025-12-31"),
    ]


# --- guards from the review of this change --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ở cấp tỉnh, 19 sở, ngành đã ban hành kế hoạch chuyển đổi số.", ("depts_with_dx_plan", 19.0)),
        (
            "Ở cấp huyện, 7/7 huyện, thành phố đã thành lập Ban Chỉ đạo chuyển đổi số.",
            ("districts_with_dx_committee", 7.0),
        ),
    ],
)
def test_a_count_of_a_levels_own_units_is_the_provinces_count_of_them(context, text, expected):
    found = extract(context, text, document_date=date(2024, 1, 20))
    assert [(f.indicator_code, f.value) for f in found.facts] == [expected]


def test_a_period_set_apart_after_the_first_figures_frames_nothing_before_it(context):
    text = "Toàn tỉnh đã tiếp nhận 38.000 hồ sơ trực tuyến. Riêng tháng 4/2024, tỷ lệ hồ sơ trực tuyến đạt 71%."
    found = periods(context, text, date(2024, 5, 10))
    assert [(code, value, start, end) for code, value, _, start, end, _ in found] == [
        ("online_dossier_rate_pct", 71.0, "2024-04-01", "2024-04-30"),
        ("online_dossiers_count", 38000.0, "2024-05-10", "2024-05-10"),
    ]


def test_what_stands_in_place_keeps_the_pages_day_under_an_opening_period(context):
    text = (
        "6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 61.200 hồ sơ.\n"
        "\n"
        "Toàn tỉnh có 1,2 triệu thẻ thanh toán; 100% cơ sở khám, chữa bệnh đã áp dụng thanh toán không dùng tiền mặt.\n"
    )
    found = {(code, value): (start, end) for code, value, _, start, end, _ in periods(context, text, date(2024, 7, 10))}
    assert found[("dossiers_received_count", 61200.0)] == ("2024-01-01", "2024-06-30")
    assert all(span == ("2024-07-10", "2024-07-10") for key, span in found.items() if key[1] != 61200.0)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a region of the country the province is ranked in, and a sector, are no parts of the province
        (
            "Năm 2023, chỉ số DTI của tỉnh xếp thứ 14 cả nước. Ở khu vực miền núi phía Bắc, tỉnh đứng thứ 2.",
            [("dti_rank", 14.0, False), ("dti_regional_rank", 2.0, False)],
        ),
        (
            "Ở khu vực công, trong năm 2023, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 84,5%.",
            [("online_dossier_rate_pct", 84.5, False)],
        ),
    ],
)
def test_a_region_of_the_country_or_a_sector_is_no_part_of_the_province(context, text, expected):
    assert readings(context, text, document_date=date(2024, 5, 10)) == expected


def test_a_bare_fixed_after_the_mobile_speed_names_the_fixed_speed(context):
    text = "Tháng 4/2024, tốc độ di động của tỉnh đạt 131,5 Mbps, cố định đạt 214,8 Mbps."
    assert readings(context, text) == [
        ("fixed_broadband_speed_mbps", 214.8, False),
        ("mobile_broadband_speed_mbps", 131.5, False),
    ]


@pytest.mark.parametrize(
    "text, document_date",
    [
        ("By 2024, the province had 1,300 BTS stations.", date(2024, 6, 15)),
        ("Đến năm 2024, toàn tỉnh có 1.300 trạm BTS, tăng 120 trạm so với cùng kỳ.", date(2024, 7, 5)),
    ],
)
def test_a_horizon_of_the_pages_own_year_said_without_an_aim_is_where_things_stand(context, text, document_date):
    found = readings(context, text, document_date=document_date)
    assert ("bts_stations_count", 1300.0, False) in found
    assert not [r for r in found if r[2]]


def test_the_year_so_far_said_with_what_stands_is_as_of_the_pages_day(context):
    # "Tính đến năm 2025" on a page of June 2025, with "đã có": where things stand now, not a target for the year's end
    found = periods(context, "Tính đến năm 2025, toàn tỉnh đã có 2.345 trạm BTS.", date(2025, 6, 20))
    assert [(code, value, target, start, end) for code, value, target, start, end, _ in found] == [
        ("bts_stations_count", 2345.0, False, "2025-06-20", "2025-06-20")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # a later pillar with its own predicate and no figure, after a bare comma, says nothing of the change before
            "So với năm 2022, trụ cột chính quyền số tăng 3 bậc, kinh tế số giữ nguyên vị trí, còn xã hội số giảm 4 bậc.",
            [("dti_gov_rank_change", 3.0, False), ("dti_society_rank_change", -4.0, False)],
        ),
        (
            # the group a main index belongs to is no other index
            "Ở nhóm chỉ số nền tảng, chỉ số Thể chế số của tỉnh xếp thứ 2 toàn quốc.",
            [("dti_idx_institutions_rank", 2.0, False)],
        ),
        (
            # the rest's clause says nothing of the part completed
            "Năm 2024, tỉnh đã hoàn thành 27/33 chỉ tiêu chuyển đổi số, các chỉ tiêu còn lại chủ yếu thuộc trụ cột kinh tế số.",
            [("dx_targets_achieved_count", 27.0, False)],
        ),
    ],
)
def test_words_of_a_later_clause_without_figures_are_not_the_figures(context, text, expected):
    assert (
        readings(context, text, document_date=date(2025, 1, 10), title="Chỉ số DTI và kết quả chuyển đổi số")
        == expected
    )


def test_indicators_over_a_table_of_periods_with_no_blank_line_between(context, tmp_path):
    # the lead runs into the header on the next line: the table still lists results, its same-period column a year back
    text = (
        "Thái Bình: kết quả chuyển đổi số 9 tháng năm 2023\n"
        "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 71,3%.\n"
        "\n"
        "Một số chỉ tiêu về kinh tế số:\n"
        "Chỉ tiêu | 9 tháng năm 2023 | Cùng kỳ năm 2022\n"
        "Doanh thu thương mại điện tử (tỷ đồng) | 1.240 | 985\n"
    )
    found = _page(context, tmp_path, text, date(2023, 10, 16))
    assert ("ecommerce_revenue_vnd", 985e9, False, "2022-01-01", "2022-09-30") in found
    assert ("ecommerce_revenue_vnd", 1240e9, False, "2023-01-01", "2023-09-30") in found


def test_a_lead_over_a_blank_line_dates_the_table_under_it(context, tmp_path):
    text = (
        "Tin tức\n"
        "Sở vừa công bố kết quả.\n"
        "Kết quả thực hiện năm 2023:\n"
        "\n"
        "Chỉ tiêu | Kế hoạch | Thực hiện\n"
        "Tỷ lệ hồ sơ trực tuyến (%) | 50 | 62,4\n"
    )
    assert _page(context, tmp_path, text, date(2024, 3, 1)) == [
        ("online_dossier_rate_pct", 50.0, True, "2023-01-01", "2023-12-31"),
        ("online_dossier_rate_pct", 62.4, False, "2023-01-01", "2023-12-31"),
    ]


@pytest.mark.parametrize(
    "lead",
    ["Riêng lĩnh vực đất đai", "Riêng Trung tâm Phục vụ hành chính công tỉnh", "Tại các xã vùng sâu, vùng xa"],
)
def test_a_sector_an_agency_or_remote_communes_set_apart_hold_no_figure_of_the_province(context, lead):
    text = f"Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 68%. {lead}, tỷ lệ này đạt 41%."
    found = readings(context, text, document_date=date(2024, 5, 10))
    assert found == [("online_dossier_rate_pct", 68.0, False)]


def test_the_villages_left_without_signal_are_no_share_of_those_covered(context):
    text = "Năm 2023, tỷ lệ thôn được phủ sóng 4G đạt 98,6%, còn 1,4% thôn vẫn là vùng lõm sóng."
    found = readings(context, text, document_date=date(2024, 5, 10))
    assert ("villages_mobile_broadband_pct", 98.6, False) in found
    assert not [r for r in found if r[1] == 1.4 and r[0] == "villages_mobile_broadband_pct"]


def test_the_target_exceeded_after_a_change_is_of_the_results_measure(context):
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 84,1%, tăng 12% so với năm 2023, vượt 75% chỉ tiêu."
    found = readings(context, text, document_date=date(2025, 1, 10))
    assert ("full_online_dossier_rate_pct", 75.0, True) in found
    assert ("full_online_dossier_rate_pct", 84.1, False) in found


@pytest.mark.parametrize(
    "text, average",
    [
        ("Năm 2023, DTI của tỉnh đạt 0,7012, cao hơn giá trị trung bình của khối tỉnh, thành phố (0,6783).", 0.6783),
        (
            "Năm 2023, DTI của tỉnh đạt 0,7012, vượt mức trung bình chung của các tỉnh, thành phố là 0,6783 điểm.",
            0.6783,
        ),
        (
            "Năm 2023, chỉ số DTI của tỉnh đạt 0,7012, cao hơn mức bình quân chung của các tỉnh, thành phố trực thuộc "
            "trung ương là 0,6783.",
            0.6783,
        ),
    ],
)
def test_the_average_the_provinces_score_is_compared_with_is_the_nations(context, text, average):
    found = extract(context, text, document_date=date(2024, 5, 10))
    assert sorted((f.indicator_code, f.value, f.province_code) for f in found.facts) == [
        ("dti_provincial_average_score", average, "VN"),
        ("dti_score", 0.7012, THAI_BINH),
    ]


def test_a_lists_reference_back_to_the_indicators_above_is_no_target(context):
    # "các chỉ tiêu trên" are the indicators named above: what follows reports results
    text = "Ngoài các chỉ tiêu trên, năm 2024 toàn tỉnh tiếp nhận 402.100 hồ sơ thủ tục hành chính."
    found = readings(
        context, text, document_date=date(2025, 1, 8), title="Tỉnh đạt 11/14 chỉ tiêu chuyển đổi số năm 2024"
    )
    assert found == [("dossiers_received_count", 402100.0, False)]


def test_an_aim_of_the_pages_own_year_late_in_that_year_is_still_a_target(context):
    text = "Chủ tịch UBND tỉnh yêu cầu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50%."
    found = readings(context, text, document_date=date(2025, 10, 11), title="Hội nghị chuyển đổi số")
    assert found == [("full_online_dossier_rate_pct", 50.0, True)]


def test_the_framework_a_main_index_belongs_to_is_no_count_and_the_rank_a_change_reached_is_that_indexs(context):
    text = "Trong 8 chỉ số chính, chỉ số hạ tầng số tăng 11 bậc, lên vị trí thứ 19."
    found = readings(context, text, document_date=date(2024, 5, 10), title="Chỉ số DTI năm 2023 của tỉnh")
    assert found == [("dti_idx_infrastructure_rank", 19.0, False), ("dti_idx_infrastructure_rank_change", 11.0, False)]


@pytest.mark.parametrize(
    "document_date, start, end",
    [(date(2025, 9, 10), "2025-07-01", "2025-08-31"), (date(2025, 7, 10), "2025-05-01", "2025-06-30")],
)
def test_the_months_just_past_are_counted_back_from_the_pages_date(context, document_date, start, end):
    text = "2 tháng qua, các xã, phường tiếp nhận 231.500 hồ sơ thủ tục hành chính."
    found = periods(context, text, document_date)
    assert [(code, value, s, e) for code, value, _, s, e, _ in found] == [
        ("dossiers_received_count", 231500.0, start, end)
    ]


def test_a_rank_change_of_the_index_named_right_after_it_takes_no_pillar_named_later(context):
    text = (
        "Năm 2025, tỉnh phấn đấu cải thiện ít nhất 4 bậc DTI, tập trung nâng điểm các chỉ số an toàn thông tin mạng, "
        "kinh tế số và nhân lực số."
    )
    found = readings(context, text, document_date=date(2025, 2, 10), title="Kế hoạch chuyển đổi số năm 2025")
    assert found == [("dti_rank_change", 4.0, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 71%, trong khi 64% là mức trung bình cả nước.",
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 71%, trong khi 64% là mức bình quân chung của cả nước.",
    ],
)
def test_a_figure_said_to_be_the_nations_average_is_the_nations(context, text):
    found = extract(context, text, document_date=date(2024, 1, 20))
    assert sorted((f.value, f.province_code) for f in found.facts) == [(64.0, "VN"), (71.0, THAI_BINH)]


def test_a_rank_its_own_sentence_scopes_to_the_nation_is_no_regional_rank(context, tmp_path):
    text = (
        "Chỉ số DTI năm 2023\n"
        "Năm 2023, chỉ số DTI của tỉnh xếp thứ 4 khu vực Đồng bằng sông Hồng.\n"
        "Cả nước, tỉnh đứng thứ 17.\n"
    )
    found = _page(context, tmp_path, text, date(2024, 5, 10))
    assert sorted((code, value) for code, value, *_ in found) == [("dti_rank", 17.0), ("dti_regional_rank", 4.0)]


# --- from the read-through of this change ----------------------------------------------------------------------------


def test_the_base_value_after_a_capitalised_name_of_the_provinces_is_the_nations(context):
    text = (
        "Năm 2023, chỉ số DTI của tỉnh đạt 0,7012, cao hơn mức bình quân chung của các tỉnh, thành phố trực thuộc "
        "Trung ương là 0,6783."
    )
    found = extract(context, text, document_date=date(2024, 5, 10))
    assert ("dti_provincial_average_score", 0.6783, "VN") in [
        (f.indicator_code, f.value, f.province_code) for f in found.facts
    ]


def test_a_contrast_opened_by_tuy_nhien_with_a_comma_after_it_lends_no_word(context):
    text = "Năm 2022, trụ cột chính quyền số của tỉnh tăng 9 bậc, lên thứ 24, tuy nhiên, kinh tế số và xã hội số đều tụt hạng."
    found = readings(context, text, document_date=date(2023, 10, 20))
    assert found == [("dti_gov_rank", 24.0, False), ("dti_gov_rank_change", 9.0, False)]


def test_by_the_end_of_the_pages_year_said_in_the_past_is_where_things_stand(context):
    found = readings(
        context, "By the end of 2024, the province had 2,100 BTS stations.", document_date=date(2024, 6, 15)
    )
    assert found == [("bts_stations_count", 2100.0, False)]


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 79,5%, vượt 12% so với cùng kỳ.",
            ("online_dossier_rate_pct", 79.5, False),
        ),
        (
            "Năm 2024, doanh thu công nghệ thông tin đạt 1.820 tỷ đồng, bằng 103% kế hoạch, vượt 3% kế hoạch năm.",
            ("ict_sector_revenue_plan_attainment_pct", 103.0, False),
        ),
    ],
)
def test_how_far_a_figure_went_past_its_base_or_plan_is_no_level(context, text, kept):
    found = readings(context, text, document_date=date(2025, 1, 10))
    assert kept in found
    # (kept outside the catalog, as a measure no indicator states; never under a catalog code)
    assert not [r for r in found if r[1] in (12.0, 3.0) and r[0]]
