"""The nation at a sentence's start, the index an abbreviation names, an aim to attain a target, and a target in the
brackets of an earlier figure (report_concepts/34).

Sentences are written for these tests (none is taken from the labelled corpus, the held-out or synthetic sets or the
shipped reports); expected values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

from tests.test_report_context import THAI_BINH, extract


def readings(context, text, document_date):
    extraction = extract(context, text, document_date=document_date)
    return [
        (f.indicator_code, f.value, f.province_code, f.is_target) for f in extraction.facts + extraction.uncatalogued
    ]


def test_the_nation_that_opens_a_sentence_after_the_provinces_owns_its_figures(context):
    text = (
        "Theo kế hoạch, đến cuối năm 2023 tỉnh phấn đấu 95% người dân trưởng thành sử dụng dịch vụ công trực tuyến. Cả "
        "nước hiện có hơn 80.000 tổ công nghệ số cộng đồng với trên 370.000 thành viên."
    )
    found = readings(context, text, date(2023, 12, 10))
    assert found[0][2:] == (THAI_BINH, True)
    assert [(value, place) for _, value, place, _ in found[1:]] == [(80000.0, "VN"), (370000.0, "VN")]


def test_the_nation_as_the_set_compared_within_is_no_owner(context):
    text = "In 2023, Thai Binh had the highest online dossier rate among Viet Nam's northern provinces at 82.5 percent."
    assert [(value, place) for _, value, place, _ in readings(context, text, date(2024, 3, 1))] == [(82.5, THAI_BINH)]


def test_a_rank_after_an_index_and_its_abbreviation_is_that_indexs(context):
    text = (
        "Năm 2021, ngành thông tin và truyền thông đã hoàn thành các nhiệm vụ được giao. Theo công bố của Bộ TT&TT, Chỉ số "
        "chuyển đổi số (DTI) năm 2020 của tỉnh xếp thứ 2/63 tỉnh, thành phố; Chỉ số cải cách hành chính (PAR Index) năm "
        "2020 xếp thứ 3/63."
    )
    found = readings(context, text, date(2021, 12, 20))
    assert [(code, value) for code, value, _, _ in found] == [("dti_rank", 2.0)]


def test_an_aim_to_attain_a_target_is_a_target_and_a_share_attained_is_not(context):
    aim = readings(
        context,
        "Tỉnh phấn đấu đến ngày 30/9/2023 hoàn thành 100% chỉ tiêu kích hoạt TKĐDĐT được giao.",
        date(2023, 7, 10),
    )
    assert aim == [("eid_target_attainment_pct", 100.0, THAI_BINH, True)]
    attained = readings(
        context,
        "Đến nay, tỉnh đã kích hoạt 500.000 tài khoản định danh điện tử, đạt 79% chỉ tiêu được giao.",
        date(2023, 7, 10),
    )
    assert (79.0, False) in [(value, target) for _, value, _, target in attained]


def test_a_target_in_the_brackets_of_an_earlier_figure_heads_nothing_after_it(context):
    text = (
        "Năm 2025, tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến toàn tỉnh đạt 71,6% (chỉ tiêu 80%), trong đó hồ sơ trực tuyến "
        "toàn trình đạt 46,2%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 88,4%."
    )
    assert [(value, target) for _, value, _, target in readings(context, text, date(2025, 6, 14))] == [
        (71.6, False),
        (80.0, True),
        (46.2, False),
        (88.4, False),
    ]
