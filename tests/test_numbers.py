"""Vietnamese and English number styles, decided by digit grouping and the indicator's unit."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assets.reports.numbers import NumberError, parse_number


@pytest.mark.parametrize(
    "text,unit,valid_max,value",
    [
        ("803.868", "accounts", None, 803868),  # VN thousands
        ("66,79", "percent", 100, 66.79),  # VN decimal
        ("774.45", "points", 1000, 774.45),  # English decimal
        ("6,343", "persons", None, 6343),  # English thousands in a count of people
        ("1,67", "km", None, 1.67),  # two digits after a comma: a decimal
        ("1,5 triệu", "cards", None, 1_500_000),  # scale word
        ("2 nghìn", "accounts", None, 2000),
        ("3,2 tỷ", None, None, 3_200_000_000),
        ("5,2 nghìn tỷ", None, None, 5_200_000_000_000),  # a thousand billion: a trillion
        ("12 ngàn tỷ", None, None, 12_000_000_000_000),
        ("1.500.000", "cards", None, 1_500_000),
        ("1.234,5", None, None, 1234.5),
        ("1,234.5", None, None, 1234.5),
        ("0,7024", "score", 1, 0.7024),
        ("99,500", "percent", 100, 99.5),  # three decimals: a thousands reading would break the range
        ("101,2", "percent", None, 101.2),
        ("25", "services", None, 25),
    ],
)
def test_examples(text, unit, valid_max, value):
    assert parse_number(text, unit, valid_max).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1.23.4", "1,2,3", "12.34.567"])
def test_not_numbers(text):
    with pytest.raises(NumberError):
        parse_number(text)


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=1000, max_value=10**9))
def test_vietnamese_thousands_of_a_count(n):
    assert parse_number(_group(n, "."), "persons").value == n


@given(st.integers(min_value=1000, max_value=10**9))
def test_english_thousands_of_a_count(n):
    assert parse_number(_group(n, ","), "accounts").value == n


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99))
def test_percent_with_a_decimal_comma(whole, cents):
    text = f"{whole},{cents:02d}"
    assert parse_number(text, "percent", 100).value == pytest.approx(whole + cents / 100)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=9999))
def test_both_separators_vietnamese_style(whole, fraction):
    text = _group(whole, ".") + "," + str(fraction)
    assert parse_number(text).value == pytest.approx(float(f"{whole}.{fraction}"))


@pytest.mark.parametrize(
    "text,english,value",
    [
        ("1,705", True, 1705),  # an English page groups thousands with a comma
        ("1.705", True, 1.705),  # ... and marks decimals with a point
        ("1,705", False, 1.705),  # a Vietnamese page: a comma marks decimals
        ("1.705", False, 1705),  # ... and a point groups thousands
        ("2,048,330", True, 2048330),  # several groups: the same on both
        ("0.6421", True, 0.6421),  # a leading zero never starts a group
    ],
)
def test_the_page_language_decides_an_ambiguous_number(text, english, value):
    parsed = parse_number(text, english=english)
    assert parsed.value == pytest.approx(value)
    assert parsed.ambiguous == (text in ("1,705", "1.705"))
