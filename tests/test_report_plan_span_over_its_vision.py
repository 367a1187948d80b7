"""A plan's title gives its span and then its vision ("Kế hoạch ... giai đoạn 2024-2026, định hướng đến năm 2030"):
the targets its text leaves undated are set for the span, whose last year dates them, not the vision's year
(report_concepts/32). A target the text dates keeps its own year. Titles and sentences are written for these tests
(none is taken from the labelled corpus, the held-out sets or the shipped reports)."""

from datetime import date

import pytest

from tests.test_report_context import extract


def periods(context, text, title):
    extraction = extract(context, text, title=title)
    return [(f.value, f.is_target, f.period_start.year) for f in extraction.facts + extraction.undated]


@pytest.mark.parametrize(
    "title, year",
    [
        ("Kế hoạch chuyển đổi số tỉnh Thái Bình giai đoạn 2024-2026, định hướng đến năm 2030", 2026),
        ("Kế hoạch chuyển đổi số tỉnh Thái Bình giai đoạn 2021-2025, tầm nhìn đến năm 2030", 2025),
        # a horizon as the plan's own is kept
        ("Kế hoạch chuyển đổi số tỉnh Thái Bình đến năm 2025, định hướng đến năm 2030", 2025),
    ],
)
def test_an_undated_target_of_a_plan_is_of_its_span(context, title, year):
    assert periods(context, "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 82%.", title) == [(82.0, True, year)]


def test_a_target_dated_by_its_sentence_keeps_its_year(context):
    title = "Kế hoạch chuyển đổi số tỉnh Thái Bình giai đoạn 2024-2026, định hướng đến năm 2030"
    assert periods(context, "Đến năm 2030, 100% hồ sơ được xử lý trực tuyến.", title) == [(100.0, True, 2030)]


def test_a_vision_alone_still_dates_the_targets(context):
    title = "Chiến lược chuyển đổi số tỉnh Thái Bình, tầm nhìn đến năm 2030"
    assert [year for _, _, year in periods(context, "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 82%.", title)] == [2030]


def test_the_page_date_is_no_part_of_it(context):
    title = "Kế hoạch chuyển đổi số tỉnh Thái Bình giai đoạn 2024-2026, định hướng đến năm 2030"
    extraction = extract(
        context, "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 82%.", title=title, document_date=date(2024, 3, 1)
    )
    assert [f.period_start.year for f in extraction.facts] == [2026]
