"""Measures outside the catalog: a figure no catalog indicator claims is still found, attributed and dated
when the language shows it is a measure, and is kept apart from the facts (never loaded as an indicator it
does not state). Sentences are written for these tests (none is taken from the labelled corpus or the
shipped reports); expected values are read off each sentence."""

import json
from datetime import date

import pytest

from tests.test_cli import run
from tests.test_report_context import THAI_BINH, extract

D = date(2024, 5, 10)


def outside(extraction):
    return sorted(
        (f.value, f.unit, f.province_code, f.period_end.year if f.period_end else None, f.is_target)
        for f in extraction.uncatalogued
    )


def test_counts_of_what_reports_measure_are_kept_with_their_province_period_and_flag(context):
    text = "Năm 2023, cổng thông tin điện tử của tỉnh đăng tải 1.250 tin bài và 86 video về chuyển đổi số."
    extraction = extract(context, text, document_date=D)
    assert extraction.facts == [] and extraction.undated == []
    assert outside(extraction) == [(86, "count", THAI_BINH, 2023, False), (1250, "count", THAI_BINH, 2023, False)]
    assert all(f.indicator_code is None for f in extraction.uncatalogued)
    # what each measures, for the analyst's eye: the words the number counts
    assert sorted(f.evidence[0] for f in extraction.uncatalogued) == ["tin bài", "video"]


def test_what_a_measure_outside_the_catalog_measures_is_the_words_that_name_it(context):
    from assets.reports.mentions import Mention
    from assets.reports.uncatalogued import concept_phrase

    def phrase(noun):
        return concept_phrase(Mention(0, 0, 0, 0, 1.0, "count", noun=noun))

    assert phrase("dịch vụ công liên thông được triển khai") == "dịch vụ công liên thông"
    assert phrase("cột ăng-ten thông qua doanh nghiệp") == "cột ăng-ten"
    assert phrase("trở lên") == ""  # "50% trở lên": a bound, no subject


def test_a_target_outside_the_catalog_is_a_target_of_its_year(context):
    text = "Phấn đấu đến năm 2026, 100% hộ nghèo được tiếp cận Internet băng rộng."
    assert outside(extract(context, text, document_date=D)) == [(100, "percent", THAI_BINH, 2026, True)]


def test_a_figure_of_another_province_outside_the_catalog_is_that_provinces(context):
    text = "Tính đến hết năm 2023, tỉnh Bắc Ninh có hơn 3,4 triệu tài khoản cá nhân trên Cổng dịch vụ công."
    bac_ninh = context.resolver.resolve("Bắc Ninh", 63)
    assert outside(extract(context, text, document_date=D)) == [(3_400_000, "count", bac_ninh, 2023, False)]


def test_a_coverage_fraction_of_administrative_units_is_a_measure(context):
    text = "Năm 2022, 9/11 huyện, thị xã đã triển khai hệ thống camera giám sát kết nối trung tâm điều hành."
    extraction = extract(context, text, document_date=D)
    assert outside(extraction) == [(9, "count", THAI_BINH, 2022, False)]
    assert extraction.uncatalogued[0].denominator == 11  # kept in report_unclaimed_mention.denominator


def test_a_coverage_fraction_of_units_continues_a_paragraph_about_digital_transformation(context):
    text = (
        "Năm 2024, tỉnh đẩy mạnh tích hợp thẻ bảo hiểm y tế vào ứng dụng VNeID. "
        "Có 12/150 xã đạt trên 50% chỉ tiêu được giao."
    )
    assert (12, "count", THAI_BINH, 2024, False) in outside(extract(context, text, document_date=D))
    # not after a paragraph about something else
    other = "Năm 2024, tỉnh đẩy mạnh xây dựng nông thôn mới. Có 12/150 xã đạt trên 50% chỉ tiêu được giao."
    assert outside(extract(context, other, document_date=D)) == []
    # nor a count of units alone; a count of what is measured does continue it
    counted = "Năm 2024, tỉnh đẩy mạnh triển khai nền tảng số cho hộ kinh doanh. Đã có 3.450 hộ tham gia."
    assert outside(extract(context, counted, document_date=D)) == [(3450, "count", THAI_BINH, 2024, False)]
    units = "Năm 2024, tỉnh đẩy mạnh triển khai nền tảng số cho hộ kinh doanh. Đã có 45 xã tham gia."
    assert outside(extract(context, units, document_date=D)) == []


def test_a_coverage_fraction_of_people_is_a_measure(context):
    # how many of those entitled are paid through an account: a coverage, as a fraction of units is;
    # a bare count of people is not ("1.200 người" of an event says who came)
    text = "Năm 2024, số người hưởng trợ cấp được chi trả không dùng tiền mặt là 12.345/20.000 người, đạt 61,7%."
    extraction = extract(context, text, document_date=D)
    assert (12345, "count", THAI_BINH, 2024, False) in outside(extraction)
    bare = "Năm 2024, hội nghị chuyển đổi số thu hút 1.200 người tham dự."
    assert outside(extract(context, bare, document_date=D)) == []


def test_a_percent_takes_its_subject_from_the_sentence_before_it(context):
    text = (
        "Năm 2023, các sở đã số hóa kết quả giải quyết thủ tục hành chính.\nKhối cấp xã mới đạt 41,3% trong năm 2023."
    )
    assert (41.3, "percent", THAI_BINH, 2023, False) in outside(extract(context, text, document_date=D))
    # a table's cell under its row
    text = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng\n+ Cấp huyện\n\n88%\n\n90%."
    assert [value for value, *_ in outside(extract(context, text, document_date=D))] == [88, 90]


def test_a_percent_with_a_subject_of_its_own_in_a_paragraph_about_the_economy_is_no_measure(context):
    text = (
        "Năm 2023, tỉnh đẩy mạnh chuyển đổi số.\nTăng trưởng kinh tế năm 2023 đạt 7,5%.\n"
        "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 3,2%.\nTỷ lệ bao phủ bảo hiểm y tế đạt 92%."
    )
    assert outside(extract(context, text, document_date=D)) == []


def test_a_change_right_after_a_level_does_not_repeat_the_level(context):
    # the level's words name the change's measure: the change of that measure, never a second level of it
    text = "Năm 2023, kinh tế số đạt 9,1% GRDP, tăng 1,2%."
    extraction = extract(context, text, document_date=D)
    assert [(f.indicator_code, f.value) for f in extraction.facts] == [
        ("digital_economy_grdp_pct", 9.1),
        ("digital_economy_grdp_change_pct", 1.2),
    ]
    assert outside(extraction) == []
    # a measure the catalog holds no change of: the change stays outside the catalog
    text = "Năm 2023, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 78%, tăng 4%."
    extraction = extract(context, text, document_date=D)
    assert [(f.indicator_code, f.value) for f in extraction.facts] == [("households_fiber_pct", 78)]
    assert outside(extraction) == [(4, "percent", THAI_BINH, 2023, False)]


def test_the_economys_growth_and_its_ranks_are_no_measure_in_a_sentence_about_digital_transformation(context):
    text = (
        "Năm 2023, kinh tế - xã hội của tỉnh tiếp tục tăng trưởng đạt 9,8%, đứng thứ 6 cả nước, đứng thứ 2 trong vùng; "
        "chuyển đổi số là động lực của tăng trưởng."
    )
    extraction = extract(context, text, document_date=D)
    assert extraction.facts == [] and outside(extraction) == []
    assert sorted(u.value for u in extraction.unclaimed) == [2, 6, 9.8]
    # the digital economy's growth is one, and so is a rank after a figure that is a measure
    grown = "Năm 2023, kinh tế số của tỉnh tăng trưởng 21%, tỷ lệ hồ sơ trực tuyến đạt 62%, xếp thứ 9 cả nước."
    extraction = extract(context, grown, document_date=D)
    # kept, not dropped as the economy's growth (which indicator it links to is not what this test is about)
    assert 21 in [f.value for f in extraction.facts + extraction.uncatalogued]
    assert {(f.indicator_code, f.value) for f in extraction.facts} >= {
        ("online_dossier_rate_pct", 62),
        ("online_dossier_rate_rank", 9),
    }


def test_two_figures_of_one_value_outside_the_catalog_are_two(context):
    text = "Năm 2023, kinh phí cho chuyển đổi số tăng 20%, số cán bộ chuyên trách tăng 20%."
    assert len(extract(context, text, document_date=D).uncatalogued) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the parts of a framework
        "Bộ tiêu chí đánh giá chuyển đổi số của tỉnh gồm 4 trụ cột, 12 chỉ số chính và 86 chỉ số thành phần.",
        # acts of administrative reform
        "Năm 2023, UBND tỉnh đã bãi bỏ 42 thủ tục hành chính và chuẩn hóa 118 TTHC thuộc thẩm quyền trên Cổng dịch vụ công.",
        # meetings
        "Năm 2023, Sở đã tổ chức 12 cuộc họp trực tuyến về chuyển đổi số.",
        # who took part, not how much: units without a coverage fraction
        "Năm 2024, có 21 sở, ngành và 7 huyện đã phát sinh hồ sơ trực tuyến trên hệ thống.",
        # words that open like a measure's and are not: farms, milestones
        "Năm 2023, tỉnh có 35 trang trại ứng dụng công nghệ cao và đặt 12 cột mốc chuyển đổi số.",
        # a count in a sentence about nothing digital
        "Năm 2023, tỉnh có 1.200 hộ nghèo và 350 doanh nghiệp mới thành lập.",
        # every enterprise of the province, a base and no measure of digital transformation
        "Về chuyển đổi số, tỉnh hiện có khoảng 52.000 doanh nghiệp hoạt động.",
        # ... however its words run past the noun ("đang" ends the noun)
        "Về chuyển đổi số, toàn tỉnh hiện có hơn 7.400 doanh nghiệp đang hoạt động.",
        # the share a part takes of such a base
        "Về chuyển đổi số, toàn tỉnh có 7.400 doanh nghiệp đang hoạt động, trong đó doanh nghiệp siêu nhỏ chiếm 70%.",
        # an index of other things than digital transformation, named as the figure's subject
        "Về chuyển đổi số, Chỉ số cải cách hành chính của tỉnh năm 2023 đạt 84,32%.",
        # the police officers sent to help: the workforce of one campaign
        "Năm 2024, Công an tỉnh huy động 120 cán bộ, chiến sĩ hỗ trợ người dân kích hoạt tài khoản định danh điện tử.",
        # a clause that opens naming what it counts, when that is no measure: delegates, meetings
        "Năm 2024, số đại biểu dự hội nghị chuyển đổi số của tỉnh là 300 người.",
        "Năm 2024, số cuộc họp trực tuyến về chuyển đổi số đạt 12 cuộc.",
    ],
)
def test_numbers_that_measure_nothing_stay_unclaimed(context, text):
    extraction = extract(context, text, document_date=D)
    assert extraction.uncatalogued == []
    assert extraction.unclaimed or extraction.set_aside


def test_a_measure_outside_the_catalog_is_counted_as_read_and_skipped_with_its_reason(context):
    from assets.reports.extract import OUTSIDE_CATALOG

    text = "Năm 2023, cổng thông tin điện tử của tỉnh đăng tải 1.250 tin bài."
    extraction = extract(context, text, document_date=D)
    assert extraction.skipped == [(extraction.uncatalogued[0].quote, OUTSIDE_CATALOG)]


def test_dxw_extract_lists_measures_outside_the_catalog_apart_from_facts(tmp_path):
    report = tmp_path / "draft.txt"
    report.write_text(
        "Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 55,5%; cổng thông tin điện tử của tỉnh đăng tải 1.250 tin bài.",
        encoding="utf-8",
    )
    args = ("extract", str(report), "--province", "Thái Bình", "--date", "2024-03-01", "--format", "json")
    rows = [json.loads(line) for line in run(*args, warehouse=tmp_path / "none.duckdb").stdout.splitlines()]
    by_status = {row["status"]: row for row in rows}
    assert set(by_status) == {"fact", "uncatalogued"}
    assert by_status["fact"]["value"] == 55.5 and by_status["fact"]["indicator_code"] is not None
    figure = by_status["uncatalogued"]
    assert (figure["indicator_code"], figure["value"], figure["province_code"], figure["period_end"]) == (
        None,
        1250,
        THAI_BINH,
        "2023-12-31",
    )
    assert "outside the catalog" in figure["reason"]
    listed = [
        json.loads(line) for line in run(*args, "--unclaimed", warehouse=tmp_path / "none.duckdb").stdout.splitlines()
    ]
    assert [(u["value"], u["noun"], u["province_code"], u["is_target"]) for u in listed] == [
        (1250, "tin bài", THAI_BINH, False)
    ]
    table = run(*args[:-2], warehouse=tmp_path / "none.duckdb").stdout
    assert "1 measures outside the catalog" in table
    # the command it points to lists them as given (the province and date repeated)
    assert f"dxw extract {report} --province 'Thái Bình' --date 2024-03-01 --unclaimed" in table


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2023, hệ thống giám sát đã phát hiện và xử lý 2.150 mã độc.", 2150),
        ("Năm 2023, tổng đài của tỉnh đã tiếp nhận 12.400 cuộc gọi của người dân.", 12400),
        # civil-status papers exchanged online (Project 06), beneficiaries paid by account
        ("Năm 2023, ngành y tế đã liên thông điện tử 8.240 giấy chứng sinh với cơ quan tư pháp.", 8240),
        ("Năm 2023, tỉnh đã chi trả trợ cấp không dùng tiền mặt qua tài khoản cho 25.300 người hưởng.", 25300),
    ],
)
def test_security_and_service_desk_counts_are_measures(context, text, value):
    assert outside(extract(context, text, document_date=D)) == [(value, "count", THAI_BINH, 2023, False)]


def test_a_change_of_a_rank_the_catalog_holds_no_change_of_is_that_ranks_change(context):
    text = "Năm 2023, tỉnh xếp thứ 12/63 tỉnh, thành phố về tỷ lệ hồ sơ trực tuyến, tăng 8 bậc so với năm 2022."
    extraction = extract(context, text, document_date=D)
    assert [(f.value, f.unit) for f in extraction.facts] == [(12, "rank")]
    assert outside(extraction) == [(8, "places", THAI_BINH, 2023, False)]


def test_people_counted_as_holders_of_a_measured_noun_state_a_measure():
    # "người" alone is no measured noun; people who registered accounts count accounts
    from assets.reports.uncatalogued import measure_outside_catalog
    from tests.test_mentions import LANGUAGE, scan

    holders = scan("Hiện có 1.446.705 người đăng ký tài khoản trên ứng dụng").mentions[0]
    assert measure_outside_catalog(holders, LANGUAGE, sentence_about_dx=True, continues_dx=False) is not None
    people = scan("Hội nghị có 500 người tham dự").mentions[0]
    assert measure_outside_catalog(people, LANGUAGE, sentence_about_dx=True, continues_dx=False) is None


def test_a_part_of_a_count_with_its_noun_left_out_is_a_measure(context):
    # "trong đó 80.000 đã được kích hoạt": the accounts activated, a part of those issued; not the catalog's
    # count of the total, which the first figure states
    text = "Năm 2024, tỉnh đã cấp 120.000 tài khoản định danh điện tử, trong đó 80.000 đã được kích hoạt."
    extraction = extract(context, text, document_date=D)
    assert [(f.indicator_code, f.value) for f in extraction.facts] == [("eid_accounts", 120000)]
    assert outside(extraction) == [(80000, "count", THAI_BINH, 2024, False)]
    # a part with a noun of its own is that noun's ("trong đó 12 xã" is who, not how much)
    named = "Năm 2024, tỉnh có 150 tổ công nghệ số cộng đồng, trong đó 12 xã chưa có tổ."
    assert all(f.value != 12 for f in extract(context, named, document_date=D).uncatalogued)


def test_a_count_done_with_its_noun_left_out_counts_the_noun_before_it(context):
    for text in (
        "Năm 2024, Sở Tư pháp tiếp nhận 9.870 hồ sơ chứng thực bản sao điện tử, hoàn thành 9.512, đạt 96,4%.",
        "Năm 2024, tỉnh thuộc nhóm dẫn đầu về chứng thực điện tử với tổng số hồ sơ 9.870, hoàn thành 9.512.",
    ):
        extraction = extract(context, text, document_date=D)
        # found: outside the catalog, or as the catalog's count its words name
        assert 9512 in [f.value for f in extraction.uncatalogued + extraction.facts]
    # a bare number after such a verb, after a count of no measured noun, says nothing of what it counts
    bare = "Năm 2024, về chuyển đổi số, tỉnh chọn 45 xã làm điểm, hoàn thành 12, còn lại 33."
    assert outside(extract(context, bare, document_date=D)) == []


def test_an_english_part_of_a_count_is_a_measure(context):
    text = (
        "In 2023, the province issued 120,000 electronic identification accounts, of which 80,000 have been activated."
    )
    extraction = extract(context, text, document_date=D)
    assert [(f.indicator_code, f.value) for f in extraction.facts] == [("eid_accounts", 120000)]
    assert outside(extraction) == [(80000, "count", THAI_BINH, 2023, False)]


def test_all_of_a_provinces_units_is_a_coverage(context):
    # "tất cả 26 đơn vị cấp sở" is 26 of 26; a bare count of units says who, not how much
    text = "Năm 2024, về chuyển đổi số, tất cả 26 đơn vị cấp sở đã ban hành kế hoạch thực hiện Đề án 06."
    assert outside(extract(context, text, document_date=D)) == [(26, "count", THAI_BINH, 2024, False)]
    bare = "Năm 2024, về chuyển đổi số, 26 đơn vị cấp sở đã ban hành kế hoạch thực hiện Đề án 06."
    assert outside(extract(context, bare, document_date=D)) == []


def test_a_leading_group_by_a_measure_outside_digital_transformation_is_no_measure(context):
    text = (
        "Năm 2023, tỉnh thu hút nhiều dự án đầu tư vào lĩnh vực điện tử, công nghệ lớn và cũng nằm trong nhóm 10 "
        "địa phương thu hút dòng vốn FDI nhiều nhất cả nước."
    )
    found = extract(context, text, document_date=D)
    assert found.facts + found.undated + found.uncatalogued == []
    # a group by a measure of digital transformation, named before or after the group, is one
    for leading in (
        "Năm 2023, tỷ lệ chứng thực bản sao điện tử của tỉnh nằm trong nhóm 10 tỉnh dẫn đầu cả nước.",
        "Năm 2023, tỉnh nằm trong nhóm 10 địa phương có tỷ lệ chứng thực bản sao điện tử cao nhất cả nước.",
    ):
        assert [f.value for f in extract(context, leading, document_date=D).uncatalogued] == [10]


def test_the_share_of_a_part_named_by_words_of_digital_transformation_is_a_measure(context):
    # the base is no measure, but the part it names is one: "doanh nghiệp công nghệ số"
    text = (
        "Năm 2024, về chuyển đổi số, toàn tỉnh có 7.400 doanh nghiệp đang hoạt động, trong đó doanh nghiệp công nghệ "
        "số chiếm khoảng 4%."
    )
    extraction = extract(context, text, document_date=D)
    assert [(f.value, f.unit) for f in extraction.facts + extraction.uncatalogued] == [(4, "percent")]


def test_the_servers_of_a_data_centre_are_measures(context):
    # (its "kho dữ liệu" are not counted: labellers split on them)
    text = "Năm 2025, Trung tâm dữ liệu của tỉnh có 4 cloud server, 16 máy chủ phiến và 3 kho dữ liệu."
    assert sorted(f.value for f in extract(context, text, document_date=D).uncatalogued) == [4, 16]


def test_the_abbreviation_of_cashless_payment_makes_a_sentence_about_digital_transformation(context):
    text = "Tốc độ tăng trưởng TTKDTM năm 2023 đạt 31,5% về số lượng và 18,2% về giá trị so với năm 2022."
    assert sorted(f.value for f in extract(context, text, document_date=D).uncatalogued) == [18.2, 31.5]


def test_the_first_provinces_to_do_something_are_a_group_of_no_ranking(context):
    # DTI named in the paragraph: "the first 10 to integrate the population data" is no DTI leading group
    text = (
        "Năm 2024, chỉ số DTI của tỉnh tăng 7 bậc. Tỉnh là một trong 5 tỉnh đầu tiên của cả nước kết nối Cổng "
        "dịch vụ công với cơ sở dữ liệu dân cư."
    )
    extraction = extract(context, text, document_date=D)
    assert [f.indicator_code for f in extraction.facts if f.value == 5] == []
    assert [(f.value, f.unit) for f in extraction.uncatalogued] == [(5, "top_n")]


def test_the_provinces_that_did_something_are_a_group_of_no_ranking(context):
    # what they did runs on past a comma; DTI named before is no ranking they are a group of
    text = (
        "Năm 2024, chỉ số DTI của tỉnh tăng 7 bậc. Tỉnh là một trong 28 địa phương hoàn thành việc xây dựng, "
        "kết nối, tích hợp kho dữ liệu điện tử của tổ chức, cá nhân."
    )
    extraction = extract(context, text, document_date=D)
    assert [f.indicator_code for f in extraction.facts if f.value == 28] == []
    assert [(f.value, f.unit) for f in extraction.uncatalogued] == [(28, "top_n")]
    # nor are the tasks a plan counts ("một trong 15 nhiệm vụ ... hoàn thành") a group of provinces
    tasks = "Năm 2024, đây là một trong 15 nhiệm vụ chuyển đổi số đã hoàn thành."
    assert all(f.unit != "top_n" for f in extract(context, tasks, document_date=D).uncatalogued)


def test_the_endpoints_of_a_video_conference_system_are_a_measure(context):
    # (the catalog's words, "hội nghị trực tuyến", are not in this sentence)
    text = "Năm 2022, hệ thống giao ban điện tử của tỉnh được triển khai với 186 điểm cầu từ cấp tỉnh đến cấp xã."
    assert [f.value for f in extract(context, text, document_date=D).uncatalogued] == [186]


@pytest.mark.parametrize(
    "text, counts",
    [
        (
            "Kết quả đánh giá mức độ chuyển đổi số năm 2023 của các sở, ngành và UBND cấp huyện đã được công bố. "
            "Theo đó, có 8 sở, ngành được xếp loại tốt, 12 đơn vị xếp loại khá và 3 đơn vị xếp loại trung bình. "
            "Ở cấp huyện, 5 huyện đạt mức tốt, 4 huyện đạt mức khá.",
            [3, 4, 5, 8, 12],
        ),
        (
            "The digital transformation index of state agencies for 2023 was announced. 9 departments achieved a "
            '"good" rating and 6 departments and agencies achieved an "average" rating.',
            [6, 9],
        ),
        (
            "The digital transformation index of the districts for 2023 was announced: 7 districts were rated as good.",
            [7],
        ),
    ],
)
def test_counts_of_units_an_assessment_put_in_a_grade_are_measures(context, text, counts):
    """How many of the province's agencies or units an assessment of their digital transformation rated good,
    fair or average: counts of units (which alone are no measure) that a grade follows, in a paragraph about it."""
    extraction = extract(context, text, document_date=D)
    assert sorted(f.value for f in extraction.uncatalogued) == counts
    assert all(f.unit == "count" and f.province_code == THAI_BINH for f in extraction.uncatalogued)


@pytest.mark.parametrize(
    "text",
    [
        # no word of digital transformation near it
        "Năm 2023, có 8 sở, ngành được xếp loại tốt về công tác thi đua, 12 đơn vị xếp loại khá.",
        # graded for something else, though the sentence before is about digital transformation
        "Năm 2023, tỉnh đẩy mạnh chuyển đổi số. Có 8 sở, ngành được xếp loại tốt về công tác thi đua, khen thưởng.",
        # the mean, not a grade; "khá" that means "quite"
        "Năm 2023, tỉnh đẩy mạnh chuyển đổi số. Có 12 xã có tỷ lệ hồ sơ trực tuyến thấp hơn mức trung bình.",
        "Năm 2023, tỉnh đẩy mạnh chuyển đổi số. Có 12 xã ở mức khá thấp.",
        # an average score and good results are no grades
        "In 2023, the province deployed digital platforms in all communes. 12 districts achieved an average score.",
        "In 2023, the province deployed digital platforms; 25 communes achieved good results in new rural areas.",
    ],
)
def test_counts_of_units_with_no_grade_of_an_assessment_of_dx_are_no_measures(context, text):
    extraction = extract(context, text, document_date=D)
    assert extraction.uncatalogued == [] and extraction.facts == []


def test_people_rated_in_a_grade_are_no_units_rated(context):
    text = (
        "Năm 2023, tỉnh đẩy mạnh chuyển đổi số, tỷ lệ hồ sơ trực tuyến đạt 60%. Kết quả xếp loại chất lượng năm 2023 "
        "có 3.400 người được xếp loại tốt."
    )
    assert 3400 not in [f.value for f in extract(context, text, document_date=D).uncatalogued]


def test_counts_of_units_rated_without_digital_transformation_in_the_paragraph_are_no_measures(context):
    text = "Năm 2023, có 8 sở, ngành được xếp loại tốt về công tác thi đua, 12 đơn vị xếp loại khá."
    extraction = extract(context, text, document_date=D)
    assert extraction.uncatalogued == [] and extraction.facts == []
    # a count of units with no grade after it stays unclaimed, as before
    plain = extract(context, "Năm 2023, tỉnh có 8 sở, ngành triển khai chuyển đổi số.", document_date=D)
    assert plain.uncatalogued == []


def test_telephones_are_a_subject_of_digital_transformation(context):
    """A share of people by the kind of telephone they use is a measure of the province's digital society; the
    digital literacy movement is about digital transformation; a call or a report made by telephone is not."""
    text = "Năm 2023, toàn tỉnh còn 12,6% dân số chỉ dùng điện thoại phổ thông."
    assert outside(extract(context, text, document_date=D)) == [(12.6, "percent", THAI_BINH, 2023, False)]
    text = "Năm 2024, phong trào Bình dân học vụ số đã có 45.000 lượt người tham gia."
    assert [
        f.value
        for f in extract(context, text, document_date=D).facts + extract(context, text, document_date=D).uncatalogued
    ] == [45000]
    text = "Năm 2023, Công an tỉnh đã tiếp nhận 1.350 tin báo về tội phạm qua điện thoại, giải quyết đạt 92%."
    extraction = extract(context, text, document_date=D)
    assert extraction.facts == [] and extraction.uncatalogued == []


def test_a_count_whose_clause_opens_naming_what_it_counts_is_a_measure(context):
    # the count's own noun is a classifier ("người"); what it counts is named where its clause opens
    text = "Năm 2024, số người dân có tài khoản thanh toán trực tuyến đạt 520.000 người."
    assert outside(extract(context, text, document_date=D)) == [(520_000, "count", THAI_BINH, 2024, False)]


def test_a_multiple_after_a_word_of_growth_is_a_measure_outside_the_catalog(context):
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh tăng hơn 2,7 lần; số giao dịch thanh toán trực tuyến tăng gấp 1,5 lần."
    assert outside(extract(context, text, document_date=D)) == [
        (1.5, "times", THAI_BINH, 2023, False),
        (2.7, "times", THAI_BINH, 2023, False),
    ]
    # a multiple after "gấp" without a word of change
    text = "Năm 2023, số hồ sơ trực tuyến của tỉnh cao gấp 3 lần năm 2022."
    assert [value for value, *_ in outside(extract(context, text, document_date=D))] == [3]
    # how often something was done is no measure
    text = "Năm 2023, Sở đã tổ chức 3 lần hội nghị tập huấn về chuyển đổi số."
    assert outside(extract(context, text, document_date=D)) == []


def test_a_count_in_the_bracket_after_targets_completed_is_a_result(context):
    # "đã hoàn thành 100% chỉ tiêu ... (754.277 hồ sơ)": what was done, not a target
    text = "Năm 2023, 109/109 xã đã hoàn thành 100% chỉ tiêu cấp Căn cước cho công dân trên địa bàn (754.277 hồ sơ)."
    extraction = extract(context, text, document_date=D)
    assert all(not f.is_target for f in extraction.facts + extraction.uncatalogued)
    assert 754277 in [f.value for f in extraction.facts + extraction.uncatalogued]


def test_outlets_paid_without_cash_are_counted(context):
    text = (
        "Năm 2024, thành phố đã triển khai thanh toán không dùng tiền mặt đến 13 siêu thị, 05 trung tâm thương mại "
        "và 169 cửa hàng tiện lợi."
    )
    assert [f.value for f in extract(context, text, document_date=D).uncatalogued] == [13, 5, 169]


def test_a_model_of_the_fourth_industrial_revolution_is_about_digital_transformation(context):
    # "chợ 4.0" (markets paid by QR code) in all of the city's urban and rural districts: a coverage of its units
    text = "Năm 2024, thành phố đã thực hiện thí điểm mô hình chợ 4.0 tại tất cả 9/9 quận, huyện."
    assert outside(extract(context, text, document_date=D)) == [(9, "count", THAI_BINH, 2024, False)]
    assert outside(extract(context, text.replace("chợ 4.0", "chợ đầu mối"), document_date=D)) == []


def test_english_counts_of_certificates_and_facilities(context):
    text = (
        "In 2024, 213,850 driver's health certificates and 1,122 death certificates were sent electronically. "
        "All 355 medical facilities in the province accept chip-based ID cards for health insurance."
    )
    assert sorted(f.value for f in extract(context, text, document_date=D).uncatalogued) == [355, 1122, 213_850]


def test_an_amount_of_money_is_a_measure_but_not_a_price_nor_taxes(context):
    def amounts(text):
        return [(f.value, f.unit) for f in extract(context, text, document_date=D).uncatalogued]

    assert amounts("Năm 2024, số tiền giao dịch không dùng tiền mặt tại các trường học đạt khoảng 4 tỷ đồng.") == [
        (4e9, "vnd")
    ]
    assert amounts("Năm 2024, kim ngạch xuất khẩu qua sàn thương mại điện tử đạt 12,5 triệu USD.") == [(12.5e6, "usd")]
    # the price of one thing, and what enterprises paid to the state budget
    assert amounts("Năm 2024, giá cước internet cáp quang chỉ từ 230 nghìn đồng/tháng.") == []
    assert amounts("Năm 2024, các doanh nghiệp viễn thông nộp ngân sách 34 tỷ đồng.") == []


def test_an_amount_said_again_in_a_heading_is_one_figure(context):
    text = "400 tỉ đồng cho chuyển đổi số\n\nNăm 2024, thành phố đã giải ngân kinh phí 400 tỉ đồng cho chuyển đổi số."
    extraction = extract(context, text, document_date=D)
    found = [(f.indicator_code, f.value) for f in extraction.facts + extraction.uncatalogued if f.unit == "vnd"]
    assert found == [("dx_spending_vnd", 400e9)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tổng số thủ tục hành chính thuộc thẩm quyền của tỉnh là 2.242 thủ tục. Trong đó, cấp tỉnh là 1.845; "
        "cấp xã là 397.",
        "In 2024, the total number of administrative procedures under the province's authority is 2,242 procedures. "
        "Of which, the provincial level is 1,845; the commune level is 397.",
    ],
)
def test_parts_of_a_count_by_level_in_the_next_sentence(context, text):
    assert sorted(f.value for f in extract(context, text, document_date=D).uncatalogued) == [397, 1845, 2242]


def test_parts_by_level_of_no_count_are_no_measures(context):
    text = "Năm 2024, tỉnh có nhiều hội nghị về chuyển đổi số. Trong đó, cấp tỉnh là 12; cấp xã là 30."
    assert extract(context, text, document_date=D).uncatalogued == []


def test_a_part_said_again_as_a_share_is_a_part(context):
    text = "In 2023, the system provided 1,834 administrative procedures, of which 951 or 59.6% are delivered fully online."
    assert 951 in [f.value for f in extract(context, text, document_date=D).uncatalogued]


def test_a_sentence_detailing_the_rate_said_before_a_caption_is_about_it(context):
    text = (
        "Năm 2023, tỷ lệ xử lý hồ sơ công việc và ký số văn bản điện tử của các cơ quan đã đạt được kết quả đáng ghi "
        "nhận.\n\nÔng Nguyễn Văn A - Phó Giám đốc Sở chia sẻ thông tin với báo chí.\n\n"
        "Cụ thể, tỷ lệ trung bình cấp tỉnh đạt 94,6%; cấp huyện đạt 95,5%."
    )
    assert sorted(f.value for f in extract(context, text, document_date=D).uncatalogued) == [94.6, 95.5]
    # a rate of its own words is no detail of the one before
    own = text.replace("tỷ lệ trung bình cấp tỉnh", "tỷ lệ hộ nghèo cấp tỉnh")
    assert 94.6 not in [f.value for f in extract(context, own, document_date=D).uncatalogued]


def test_models_a_programme_rolls_out_are_counted(context):
    text = "Năm 2024, tỉnh nhân rộng 33/45 mô hình tiện ích của Đề án 06 và xây dựng mới thêm 9 mô hình."
    assert sorted(f.value for f in extract(context, text, document_date=D).uncatalogued) == [9, 33]
