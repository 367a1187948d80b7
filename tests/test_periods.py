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


# --- Vietnamese period phrases ---------------------------------------------------------

from assets.periods import find_vi_periods  # noqa: E402


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("6 tháng đầu năm 2023", date(2023, 1, 1), date(2023, 6, 30)),
        ("06 tháng cuối năm 2022", date(2022, 7, 1), date(2022, 12, 31)),
        ("10 tháng năm 2022", date(2022, 1, 1), date(2022, 10, 31)),
        ("sau 10 tháng thực hiện", date(2021, 1, 1), date(2021, 10, 31)),  # the context year
        ("năm 2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("Quý IV/2022", date(2022, 10, 1), date(2022, 12, 31)),
        ("quý 2 năm 2024", date(2024, 4, 1), date(2024, 6, 30)),
        ("tháng 8/2023", date(2023, 8, 1), date(2023, 8, 31)),
        ("giai đoạn 2021 - 2025", date(2021, 1, 1), date(2025, 12, 31)),
        ("2022 – 2025", date(2022, 1, 1), date(2025, 12, 31)),
    ],
)
def test_vietnamese_periods(text, start, end):
    [mention] = find_vi_periods(text, context_year=2021)
    assert (mention.start, mention.end) == (start, end)
    assert text[mention.char_start : mention.char_end].strip()


def test_comparison_base_is_marked():
    mentions = find_vi_periods("giảm 11 bậc so với năm 2021 (từ vị trí thứ 45 năm 2021)")
    assert [m.comparison for m in mentions] == [True, False]
