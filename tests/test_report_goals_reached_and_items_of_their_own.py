"""Lists of results read as results, and items that name what they speak of (report_concepts/33).

- A header of goals reached ("Cán đích mục tiêu ... với nhiều chỉ tiêu đáng khích lệ, như tỷ lệ: ...", "Tỉnh đã hoàn
  thành các chỉ tiêu: ...") heads results, not targets; one of an aim to reach them ("Để đạt được các mục tiêu: ...")
  still heads targets.
- An item after a semicolon that names a subject and predicate of its own before its figure ("...; nông sản chủ lực
  được bán qua các nền tảng số đạt 30%") takes none of the words of the items before it: it is no repeat of their
  indicator. An item that only goes on with the list ("...; cấp huyện đạt 80%") or refers back ("...; tỷ lệ này ...")
  still does, and so does a count, whose noun says what it counts.

Sentences are written for these tests (none is taken from the labelled corpus, the held-out sets or the shipped
reports)."""

from datetime import date

import pytest

from tests.test_report_context import extract

D = date(2024, 11, 20)


def readings(context, text, document_date=D):
    extraction = extract(context, text, document_date=document_date)
    figures = extraction.facts + extraction.undated + extraction.uncatalogued
    return sorted((f.value, f.indicator_code or "", f.is_target) for f in figures)


@pytest.mark.parametrize(
    "header",
    [
        "Cán đích mục tiêu nông thôn mới nâng cao về chuyển đổi số với nhiều chỉ tiêu đáng khích lệ, như tỷ lệ:",
        "Đến nay, huyện đã hoàn thành các chỉ tiêu chuyển đổi số, trong đó:",
    ],
)
def test_a_header_of_goals_reached_heads_results(context, header):
    text = f"{header} hồ sơ được nộp trực tuyến đạt 96%; hộ gia đình có kết nối cáp quang đạt 85%."
    for document_date in (D, None):
        found = readings(context, text, document_date)
        assert [(value, target) for value, _, target in found] == [(85.0, False), (96.0, False)]


def test_a_header_of_an_aim_to_reach_goals_heads_targets(context):
    text = (
        "Để đạt được các mục tiêu đề ra, huyện phấn đấu: 90% hồ sơ được nộp trực tuyến; 85% hộ gia đình có cáp quang."
    )
    assert [(value, target) for value, _, target in readings(context, text)] == [(85.0, True), (90.0, True)]


def test_an_item_naming_its_own_subject_is_no_repeat_of_the_item_before(context):
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 92%; nông sản chủ lực được bán qua các nền tảng số đạt 30%."
    found = readings(context, text)
    assert (92.0, "online_dossier_rate_pct", False) in found
    assert [code for value, code, _ in found if value == 30.0] == [""]  # (outside the catalog)


def test_an_item_that_goes_on_with_the_list_repeats_its_indicator(context):
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 92%; cấp huyện đạt 80%."
    codes = {value: code for value, code, _ in readings(context, text)}
    assert codes[92.0] and codes[80.0]
    assert codes[80.0].startswith("online_dossier_rate")


def test_a_count_item_goes_on_with_the_item_before(context):
    text = (
        "Toàn tỉnh đã thành lập 1.250 tổ công nghệ số cộng đồng; 420 thôn đã thành lập tổ công nghệ cấp thôn với "
        "2.310 thành viên tham gia."
    )
    codes = {value: code for value, code, _ in readings(context, text)}
    assert codes[1250.0] == "community_tech_teams_count"
    assert codes[2310.0] == codes[1250.0].replace("teams", "team_members")
