"""Readings left open by the last review and the synthetic sets (note 38's "Left"): two figures set in contrast
(", trong khi", ", while", ", còn"), each with its own words. Sentences are written for these tests (none is taken
from the labelled corpus, the synthetic sets or the shipped reports); expected values are read off each sentence.
The page's province is Thái Bình unless a test says otherwise."""

from datetime import date

import pytest

from tests.test_report_context import extract


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
