from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assets.periods import PeriodError, parse_period


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("2023-H1", date(2023, 1, 1), date(2023, 6, 30)),
        ("2023-h2", date(2023, 7, 1), date(2023, 12, 31)),
        ("2022-Q4", date(2022, 10, 1), date(2022, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-06-30", date(2023, 6, 30), date(2023, 6, 30)),
        ("2022-01/2022-10", date(2022, 1, 1), date(2022, 10, 31)),
        ("2021/2025", date(2021, 1, 1), date(2025, 12, 31)),
    ],
)
def test_periods(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize("text", ["", "  ", "2023-13", "2023-Q5", "H1 2023", "2023-02-30", "2024/2023", "năm 2022"])
def test_bad_periods_say_why(text):
    with pytest.raises(PeriodError):
        parse_period(text)


@given(st.integers(1990, 2100), st.integers(1, 12), st.integers(1, 12))
def test_month_ranges_are_ordered_and_cover_whole_months(year, a, b):
    first, last = min(a, b), max(a, b)
    start, end = parse_period(f"{year}-{first:02d}/{year}-{last:02d}")
    assert start == date(year, first, 1) and start <= end and end.month == last
    assert (end.replace(day=28) if end.day >= 28 else end).month == last


# --- Periods as reports write them (assets/reports/timephrases.py) ------------------------

from assets.reports.language import load_language  # noqa: E402
from assets.reports.timephrases import find_time_phrases, resolve  # noqa: E402
from tests.conftest import RAW  # noqa: E402

LANGUAGE = load_language(RAW / "reference" / "report_lexicon.yaml")


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("6 tháng đầu năm 2023", date(2023, 1, 1), date(2023, 6, 30)),
        ("06 tháng cuối năm 2022", date(2022, 7, 1), date(2022, 12, 31)),
        # months counted in words
        ("Sáu tháng đầu năm 2023", date(2023, 1, 1), date(2023, 6, 30)),
        ("chín tháng đầu năm 2024", date(2024, 1, 1), date(2024, 9, 30)),
        ("ba tháng cuối năm 2022", date(2022, 10, 1), date(2022, 12, 31)),
        ("10 tháng năm 2022", date(2022, 1, 1), date(2022, 10, 31)),
        ("sau 10 tháng thực hiện", date(2021, 1, 1), date(2021, 10, 31)),  # the context year
        ("năm 2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("Quý IV/2022", date(2022, 10, 1), date(2022, 12, 31)),
        ("trong quý III-2025", date(2025, 7, 1), date(2025, 9, 30)),
        ("quý 2 năm 2024", date(2024, 4, 1), date(2024, 6, 30)),
        ("tháng 8/2023", date(2023, 8, 1), date(2023, 8, 31)),
        ("giai đoạn 2021 - 2025", date(2021, 1, 1), date(2025, 12, 31)),
        ("2022 – 2025", date(2022, 1, 1), date(2025, 12, 31)),
        ("tính đến ngày 21/3/2023", date(2023, 3, 21), date(2023, 3, 21)),
        ("đến hết tháng 10/2024", date(2024, 10, 31), date(2024, 10, 31)),
        ("Chỉ số DTI 2022", date(2022, 1, 1), date(2022, 12, 31)),
        # spans of days with a dash between them, the month said once or twice
        ("từ ngày 15/10 - 14/11/2023", date(2023, 10, 15), date(2023, 11, 14)),
        ("từ ngày 1 – 31/8/2025", date(2025, 8, 1), date(2025, 8, 31)),
        ("từ ngày 01-31/8/2025", date(2025, 8, 1), date(2025, 8, 31)),
        # the days of an event, without "từ"
        ("Trong 2 ngày 17 - 18/10/2024", date(2024, 10, 17), date(2024, 10, 18)),
        ("Ngày 17-18/10/2024", date(2024, 10, 17), date(2024, 10, 18)),
        # days without their year: the context year's (from the year before when the first day comes later)
        ("từ ngày 1/7 đến 30/11", date(2021, 7, 1), date(2021, 11, 30)),
        ("từ ngày 15/12 đến ngày 14/1", date(2020, 12, 15), date(2021, 1, 14)),
    ],
)
def test_vietnamese_periods(text, start, end):
    [phrase] = find_time_phrases(text, LANGUAGE)
    assert resolve(phrase, 2021, None) == (start, end)
    assert text[phrase.start : phrase.end].strip()


def test_a_range_of_values_after_from_is_no_span_of_days():
    assert find_time_phrases("tỷ lệ tăng từ 5 - 10% mỗi năm", LANGUAGE) == []
    # nor a range of fractions, nor days that no month has
    assert find_time_phrases("chiếm từ 1/3 đến 1/2 ở vùng miền núi", LANGUAGE) == []
    assert find_time_phrases("đạt từ 5/10 đến 8/10 tiêu chí", LANGUAGE) == []
    assert find_time_phrases("từ ngày 1/7 đến 30/13", LANGUAGE) == []


@pytest.mark.parametrize("text", ["Ba tháng qua, tỉnh kích hoạt 25.000 tài khoản", "hai tháng đầu triển khai"])
def test_months_counted_in_words_outside_a_year_are_no_part_of_it(text):
    assert not [p for p in find_time_phrases(text, LANGUAGE) if p.kind == "months_from_start"]


def test_days_without_their_year_are_never_after_the_page():
    # on a page of January, "từ ngày 1/10 đến 30/11" is last autumn's
    [span] = find_time_phrases("Từ ngày 1/10 đến 30/11, toàn tỉnh đã kích hoạt 25.000 tài khoản", LANGUAGE)
    assert resolve(span, 2025, date(2025, 1, 8)) == (date(2024, 10, 1), date(2024, 11, 30))
    # a span under way or at hand is of the page's year; a day no such year has is no span (not a failure)
    [running] = find_time_phrases("Từ ngày 1/7 đến 30/9, toàn tỉnh đã kích hoạt thêm 30.000 tài khoản", LANGUAGE)
    assert resolve(running, 2024, date(2024, 8, 15)) == (date(2024, 7, 1), date(2024, 9, 30))
    [planned] = find_time_phrases("Từ ngày 15/6 đến 15/8, tỉnh sẽ kích hoạt 50.000 tài khoản", LANGUAGE)
    assert resolve(planned, 2024, date(2024, 6, 1)) == (date(2024, 6, 15), date(2024, 8, 15))
    [leap] = find_time_phrases("Từ ngày 1/2 đến 29/2, toàn tỉnh đã kích hoạt 25.000 tài khoản", LANGUAGE)
    assert resolve(leap, 2025, date(2025, 3, 10)) is None


def test_the_base_of_a_comparison_is_marked():
    phrases = find_time_phrases("giảm 11 bậc so với năm 2021 (từ vị trí thứ 45 năm 2021)", LANGUAGE)
    assert [p.role for p in phrases] == ["comparison", "period"]
    phrases = find_time_phrases("tăng 34% so với cùng kỳ năm 2021", LANGUAGE)
    assert [p.role for p in phrases] == ["comparison"]
    # English: "from" a year after a change some words back
    phrases = find_time_phrases("In 2024, the rate reached 78.5%, up 12 percentage points from 2023.", LANGUAGE)
    assert [p.role for p in phrases] == ["period", "comparison"]


def test_now_and_since_are_the_documents_date():
    today = date(2024, 5, 10)
    [now] = find_time_phrases("Đến nay toàn tỉnh có", LANGUAGE)
    assert (now.role, resolve(now, None, today)) == ("current", (today, today))
    [since] = find_time_phrases("tính từ ngày 01/6/2022 đến nay", LANGUAGE)
    assert (since.role, resolve(since, None, today)) == ("since", (date(2022, 6, 1), today))
    assert resolve(now, None, None) is None  # no date: nothing fixes it


@pytest.mark.parametrize(
    "text,year,role",
    [
        ("Năm ngoái, tỉnh đã cấp 12.000 chữ ký số", 2023, "period"),
        ("trong năm nay tỉnh tiếp nhận 5.000 hồ sơ", 2024, "period"),
        ("Đến hết năm nay, 100% xã có cáp quang", 2024, "until"),
        ("Năm tới, tỉnh sẽ lắp thêm 200 trạm BTS", 2025, "period"),
        ("Last year, the province issued 12,000 digital signatures", 2023, "period"),
        ("The province will add 200 BTS stations next year", 2025, "period"),
        ("by the end of this year, all communes will have fibre", 2024, "until"),
    ],
)
def test_years_named_by_their_distance_from_the_page(text, year, role):
    written = date(2024, 5, 10)
    [phrase] = find_time_phrases(text, LANGUAGE, written)
    assert (phrase.year, phrase.role, resolve(phrase, None, written)) == (
        year,
        role,
        (date(year, 1, 1), date(year, 12, 31)),
    )
    assert find_time_phrases(text, LANGUAGE) == []  # a page without a date places none of them


@pytest.mark.parametrize(
    "text",
    [
        "tăng 3 bậc so với năm trước",  # the year before the figure's own
        "tăng 12% so với cùng kỳ năm ngoái",
        "cao hơn năm ngoái",
        "up 12% compared to last year",
        "increased by 35% compared to the same period last year",
        "hai năm trước, tỉnh chỉ có 30% hồ sơ trực tuyến",  # "năm trước" is the year before any year named
        "những năm tới, tỉnh tập trung phát triển hạ tầng số",  # years, not one year
        "năm trước đó tỉnh xếp thứ 45",
        "năm qua, tỉnh đạt 85%",  # the year just past: this year or the last, by the month
        "năm sau cao hơn năm trước",  # year on year
        "in the last year of the plan",
    ],
)
def test_no_year_by_distance_where_the_words_name_no_year_of_the_page(text):
    assert find_time_phrases(text, LANGUAGE, date(2024, 5, 10)) == []


def test_a_horizon_and_the_years_in_a_documents_name():
    [horizon] = find_time_phrases("phấn đấu đến năm 2030", LANGUAGE)
    assert horizon.role == "until"
    phrases = find_time_phrases(
        "Nghị quyết số 05-NQ/TU về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030 đã có", LANGUAGE
    )
    assert {p.role for p in phrases} == {"name"}
