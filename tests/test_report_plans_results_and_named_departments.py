"""Plans beside results, named departments, sets, bounds of some units and lists whose items follow their cue
(report_concepts/34).

- "kế hoạch 80%, thực hiện 72,5%", "KH 45%, TH 51,6%" and a table's results column ("...: Thực hiện: 76,4%."): the
  result beside its plan is no target, whatever target word names the indicator ("Chỉ tiêu tỷ lệ ...").
- A named department ("Theo Sở Thông tin và Truyền thông, ...", "Sở KH&CN") is no level of the province; the official
  report's name "Báo cáo chỉ số đánh giá chuyển đổi số cấp bộ, cấp tỉnh" leaves the province's DTI score its own.
- A year of its own the page can report is where things stood, under a title of targets met too.
- "Trong 12 chỉ tiêu ..., phần lớn đạt ...": the set; "một số xã có tỷ lệ ... dưới 50%": a bound of some units.
- "lần lượt ở cấp tỉnh, cấp huyện, cấp xã là 99,5%, 97,8% và 99,1%": the items between the cue and the values.
- "Địa phương làm tốt nhất là huyện X với 176 tổ": the district's figure.

Sentences are written for these tests (none is taken from the labelled corpus, the held-out or synthetic sets or the
shipped reports); expected values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract


def readings(context, text, document_date=date(2026, 1, 9), title=None):
    extraction = extract(context, text, document_date=document_date, title=title)
    return [(f.indicator_code, f.value, f.is_target) for f in extraction.facts + extraction.uncatalogued]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, các chỉ tiêu chuyển đổi số cụ thể như sau:\n- Chỉ tiêu tỷ lệ hồ sơ trực tuyến: kế hoạch 80%, thực "
        "hiện 72,5%.",
        "Năm 2025, tỷ lệ hồ sơ trực tuyến: KH 80%, TH 72,5%.",
    ],
)
def test_a_result_beside_its_plan_is_no_target(context, text):
    assert readings(context, text) == [
        ("online_dossier_rate_pct", 80.0, True),
        ("online_dossier_rate_pct", 72.5, False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Kế hoạch số 45/KH-UBND, năm 2025 tỷ lệ hồ sơ trực tuyến đạt 72,5%.",
        "Theo Sở KH&CN, năm 2025 tỷ lệ hồ sơ trực tuyến đạt 72,5%.",
    ],
)
def test_a_plans_number_and_science_and_technology_are_no_plan_column(context, text):
    assert readings(context, text) == [("online_dossier_rate_pct", 72.5, False)]


def test_a_tables_results_column_is_no_target(context, tmp_path):
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "Kết quả chuyển đổi số năm 2024\n\nMột số chỉ tiêu chủ yếu năm 2024:\nChỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\n"
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | 80% | 76,4% | Chưa đạt\n",
        encoding="utf-8",
    )
    _, extraction = context.extract_file(path, province="Thái Bình", document_date=date(2025, 1, 9))
    assert [(f.indicator_code, f.value, f.is_target) for f in extraction.facts] == [
        ("dossiers_digitized_pct", 80.0, True),
        ("dossiers_digitized_pct", 76.4, False),
    ]


@pytest.mark.parametrize(
    "source",
    ["Theo Sở Thông tin và Truyền thông", "Theo báo cáo của Sở Khoa học và Công nghệ", "Theo Sở TT&TT"],
)
def test_a_named_department_is_no_level_of_the_province(context, source):
    assert readings(context, f"{source}, năm 2025 tỷ lệ hồ sơ trực tuyến đạt 51,6%.") == [
        ("online_dossier_rate_pct", 51.6, False)
    ]


def test_the_departments_as_a_level_still_are(context):
    found = readings(context, "Năm 2025, tỷ lệ hồ sơ trực tuyến tại các sở đạt 91,6%, cấp huyện đạt 70%.")
    assert found == [
        ("online_dossier_rate_province_level_pct", 91.6, False),
        ("online_dossier_rate_district_level_pct", 70.0, False),
    ]


def test_the_official_reports_name_leaves_the_provinces_dti_score(context):
    text = (
        "Theo Báo cáo chỉ số đánh giá chuyển đổi số cấp bộ, cấp tỉnh năm 2023 (DTI 2023) do Bộ TT&TT vừa công bố, chỉ số "
        "DTI của tỉnh đạt 0,4312 điểm, xếp thứ 54/63 tỉnh, thành phố."
    )
    assert [(code, value) for code, value, _ in readings(context, text, document_date=date(2024, 10, 5))] == [
        ("dti_score", 0.4312),
        ("dti_rank", 54.0),
    ]


def test_the_ministries_average_is_still_theirs(context):
    text = "Năm 2023, điểm DTI trung bình cấp bộ đạt 0,5123 điểm."
    assert [code for code, *_ in readings(context, text, document_date=date(2024, 10, 5))] == [
        "dti_ministry_average_score"
    ]


def test_a_past_year_of_its_own_under_a_title_of_targets_met(context):
    title = "Thái Bình: 9/12 chỉ tiêu chuyển đổi số năm 2025 đạt và vượt kế hoạch"
    text = "Trên Hệ thống thông tin giải quyết TTHC, năm 2025 toàn tỉnh tiếp nhận 1.286.450 hồ sơ."
    assert readings(context, text, title=title) == [("dossiers_received_count", 1286450.0, False)]


def test_the_set_whose_parts_are_told_in_words_is_no_figure(context):
    extraction = extract(
        context,
        "Trong 12 chỉ tiêu chuyển đổi số của năm, phần lớn đạt và vượt kế hoạch.",
        document_date=date(2026, 1, 9),
    )
    assert extraction.facts == []
    assert [(u.value, u.reason) for u in extraction.unclaimed] == [(12.0, "the set a later fraction counts in")]


@pytest.mark.parametrize(
    "text, the_provinces",
    [
        ("Tỷ lệ số hóa hồ sơ chưa đạt chỉ tiêu; một số UBND cấp xã có tỷ lệ số hóa dưới 50%.", []),
        ("Năm 2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 72%; ngược lại, nhiều xã biên giới còn dưới 40%.", [72.0]),
    ],
)
def test_a_bound_of_some_units_is_no_figure_of_the_province(context, text, the_provinces):
    extraction = extract(context, text, document_date=date(2026, 1, 9))
    assert [f.value for f in extraction.facts] == the_provinces
    assert [u.reason for u in extraction.unclaimed] == ["a bound some of the province's units fall below or rise above"]


def test_a_rate_of_the_province_above_a_bound_stays(context):
    assert readings(context, "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt trên 70%.") == [
        ("online_dossier_rate_pct", 70.0, False)
    ]


def test_items_between_the_cue_and_the_values(context):
    text = "Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn lần lượt ở cấp tỉnh, cấp huyện, cấp xã là 99,5%, 97,8% và 99,1%."
    assert readings(context, text) == [
        ("dossiers_on_time_province_level_pct", 99.5, False),
        ("dossiers_on_time_district_level_pct", 97.8, False),
        ("dossiers_on_time_commune_level_pct", 99.1, False),
    ]


def test_a_district_named_as_the_best_owns_its_figure(context):
    text = (
        "Toàn tỉnh đã thành lập 1.089 tổ công nghệ số cộng đồng. Địa phương làm tốt nhất là huyện Hưng Hà với 176 tổ "
        "hoạt động thường xuyên."
    )
    extraction = extract(context, text, document_date=date(2025, 10, 31))
    assert [(f.indicator_code, f.value, f.province_code) for f in extraction.facts] == [
        ("community_tech_teams_count", 1089.0, THAI_BINH)
    ]
    assert [u.value for u in extraction.unclaimed] == [176.0]


def test_values_on_lines_of_their_own_behind_their_column_under_a_numbered_row(context, tmp_path):
    path = tmp_path / "tong-ket.txt"
    path.write_text(
        "Tổng kết công tác chuyển đổi số năm 2024\n\nKẾT QUẢ MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2024\n"
        "1. Tỷ lệ hồ sơ nộp trực tuyến\nKế hoạch: 30%\nThực hiện: 43,7%\n\n"
        "Hạ tầng số (đến 30/11/2024):\n- Thôn, tổ dân phố có cáp quang đến thôn\n1.012/1.058\n"
        "- Thuê bao băng rộng cố định/100 dân\n24,7\n",
        encoding="utf-8",
    )
    _, extraction = context.extract_file(path, province="Thái Bình", document_date=date(2024, 12, 20))
    assert [(f.indicator_code, f.value, f.is_target) for f in extraction.facts][:2] == [
        ("online_dossier_rate_pct", 30.0, True),
        ("online_dossier_rate_pct", 43.7, False),
    ]
    assert ("villages_with_fiber_count", 1012.0) in [(f.indicator_code, f.value) for f in extraction.facts]
