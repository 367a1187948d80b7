"""mart_annual_ranking: each unit's figure for a year (its latest period's preferred value) and its rank.

The rules are checked on a handful of facts whose expected figures and ranks are worked out by hand below;
then the mart built from the shipped data is compared with the same ranking recomputed in Python from
fact_indicator_preferred, and with the 2022 scores read from the official page.
"""

from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from tests.sql_files import build_from_sql_file

MART_SQL = Path(__file__).resolve().parents[1] / "assets" / "marts" / "mart_annual_ranking.sql"


def _month_end(month: int) -> date:
    return date(2024, 12, 31) if month == 12 else date(2024, month + 1, 1) - timedelta(days=1)


# (province, indicator, grouping, period_start, period_end, value, is_target)
FACTS = [
    # A: twelve months (value = the month) and a whole-year figure 55 ending the same day as December:
    # the longer period wins, so A's 2024 figure is 55, not December's 12.
    *[("A", "rate", 63, date(2024, m, 1), _month_end(m), float(m), False) for m in range(1, 13)],
    ("A", "rate", 63, date(2024, 1, 1), date(2024, 12, 31), 55.0, False),
    # B: only the first half (value 70): its latest period of 2024 ends on 30 June.
    ("B", "rate", 63, date(2024, 1, 1), date(2024, 6, 30), 70.0, False),
    # C: 55 in November, and a target of 99 for December that is not an achievement.
    ("C", "rate", 63, date(2024, 11, 1), date(2024, 11, 30), 55.0, False),
    ("C", "rate", 63, date(2024, 12, 1), date(2024, 12, 31), 99.0, True),
    # D: a 2025 unit, ranked in grouping 34 only, alone there.
    ("D", "rate", 34, date(2024, 1, 1), date(2024, 12, 31), 10.0, False),
    # The nation is no unit of a grouping: not ranked.
    ("VN", "rate", None, date(2024, 1, 1), date(2024, 12, 31), 60.0, False),
    # 2023 for A only.
    ("A", "rate", 63, date(2023, 1, 1), date(2023, 12, 31), 40.0, False),
    # lower is better: B 3 beats A 5 (A's latest 2024 period is December, value 5; its June value 1 is older).
    ("A", "cost", 63, date(2024, 6, 1), date(2024, 6, 30), 1.0, False),
    ("A", "cost", 63, date(2024, 12, 1), date(2024, 12, 31), 5.0, False),
    ("B", "cost", 63, date(2024, 12, 1), date(2024, 12, 31), 3.0, False),
    # no direction: a figure, no rank; a flag is not ranked at all.
    ("A", "count", 63, date(2024, 1, 1), date(2024, 12, 31), 7.0, False),
    ("A", "flag", 63, date(2024, 1, 1), date(2024, 12, 31), 1.0, False),
]

# Worked out from FACTS by the rules above: (indicator, year, grouping, province, value, period_end,
# periods_reported, units_reporting, rank).
EXPECTED = [
    ("cost", 2024, 63, "B", 3.0, date(2024, 12, 31), 1, 2, 1),
    ("cost", 2024, 63, "A", 5.0, date(2024, 12, 31), 2, 2, 2),
    ("count", 2024, 63, "A", 7.0, date(2024, 12, 31), 1, 1, None),
    ("rate", 2023, 63, "A", 40.0, date(2023, 12, 31), 1, 1, 1),
    ("rate", 2024, 34, "D", 10.0, date(2024, 12, 31), 1, 1, 1),
    ("rate", 2024, 63, "B", 70.0, date(2024, 6, 30), 1, 3, 1),
    ("rate", 2024, 63, "A", 55.0, date(2024, 12, 31), 13, 3, 2),  # ties with C: both second, none third
    ("rate", 2024, 63, "C", 55.0, date(2024, 11, 30), 1, 3, 2),
]


@pytest.fixture
def small(tmp_path):
    con = duckdb.connect(str(tmp_path / "small.duckdb"))
    con.execute("CREATE TABLE dim_province (province_code VARCHAR, name_vi VARCHAR, grouping SMALLINT)")
    con.execute(
        "INSERT INTO dim_province VALUES ('A', 'An', 63), ('B', 'Bình', 63), ('C', 'Cà', 63), "
        "('D', 'Đông', 34), ('VN', 'Việt Nam', NULL)"
    )
    con.execute(
        "CREATE TABLE dim_indicator (indicator_code VARCHAR, name_vi VARCHAR, name_en VARCHAR, unit VARCHAR, "
        "direction VARCHAR)"
    )
    con.execute(
        "INSERT INTO dim_indicator VALUES ('rate', 'tỷ lệ', 'rate', 'percent', 'higher_is_better'), "
        "('cost', 'chi phí', 'cost', 'vnd', 'lower_is_better'), ('count', 'số', 'count', 'count', NULL), "
        "('flag', 'cờ', 'flag', 'flag', 'higher_is_better')"
    )
    con.execute(
        "CREATE TABLE fact_indicator_preferred (fact_id VARCHAR, province_code VARCHAR, indicator_code VARCHAR, "
        "grouping SMALLINT, period_start DATE, period_end DATE, year SMALLINT, value DOUBLE, is_target BOOLEAN, "
        "source_kind VARCHAR)"
    )
    for n, (province, indicator, grouping, start, end, value, target) in enumerate(FACTS):
        con.execute(
            "INSERT INTO fact_indicator_preferred VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'analyst_submission')",
            [f"f{n}", province, indicator, grouping, start, end, end.year, value, target],
        )
    build_from_sql_file(con, MART_SQL)
    yield con
    con.close()


def test_figures_and_ranks_worked_out_by_hand(small):
    rows = small.execute(
        "select indicator_code, year, grouping, province_code, value, period_end, periods_reported, units_reporting, "
        "rank_among_reporting from mart_annual_ranking"
    ).fetchall()
    assert rows == EXPECTED  # also the mart's order: indicator, year, grouping, rank, unit


def test_the_figure_is_the_chosen_fact(small):
    # A's 2024 rate is the whole-year fact (FACTS[12]), with its period.
    row = small.execute(
        "select fact_id, period_start, period_end, province_name from mart_annual_ranking "
        "where indicator_code = 'rate' and year = 2024 and province_code = 'A'"
    ).fetchone()
    assert row == ("f12", date(2024, 1, 1), date(2024, 12, 31), "An")


def _python_ranking(con) -> set[tuple]:
    """The annual ranking recomputed in Python from fact_indicator_preferred (not from the mart's SQL)."""
    units = {
        code
        for code, grouping in con.execute("select province_code, grouping from dim_province").fetchall()
        if grouping is not None
    }
    catalog = {
        code: (unit, direction)
        for code, unit, direction in con.execute("select indicator_code, unit, direction from dim_indicator").fetchall()
    }
    latest: dict[tuple, tuple] = {}
    periods: dict[tuple, int] = {}
    for province, indicator, grouping, year, start, end, value in con.execute(
        "select province_code, indicator_code, grouping, year, period_start, period_end, value "
        "from fact_indicator_preferred where not is_target"
    ).fetchall():
        if province not in units or catalog[indicator][0] == "flag":
            continue
        key = (indicator, year, grouping, province)
        periods[key] = periods.get(key, 0) + 1
        candidate = (end, end - start, value)
        if key not in latest or candidate > latest[key]:
            latest[key] = candidate
    result = set()
    for (indicator, year, grouping, province), (_, _, value) in latest.items():
        others = [v for (i, y, g, _), (_, _, v) in latest.items() if (i, y, g) == (indicator, year, grouping)]
        direction = catalog[indicator][1]
        if direction == "higher_is_better":
            rank = 1 + sum(v > value for v in others)
        elif direction == "lower_is_better":
            rank = 1 + sum(v < value for v in others)
        else:
            rank = None
        result.add(
            (
                indicator,
                year,
                grouping,
                province,
                value,
                periods[(indicator, year, grouping, province)],
                len(others),
                rank,
            )
        )
    return result


def test_mart_equals_the_ranking_recomputed_from_the_preferred_facts(con):
    mart = set(
        con.execute(
            "select indicator_code, year, grouping, province_code, value, periods_reported, units_reporting, "
            "rank_among_reporting from mart_annual_ranking"
        ).fetchall()
    )
    assert len(mart) > 100
    assert mart == _python_ranking(con)


def test_2022_scores_ranked_as_on_the_official_page(con):
    # The official 2022 page's detail table gives scores for ranks 1-5 only (tests/test_marts.py):
    # Đà Nẵng 0.8002, Hồ Chí Minh 0.7163, Quảng Ninh 0.7024, Thừa Thiên - Huế 0.6975, Cần Thơ 0.6924;
    # each is the year's one figure (the 2022 edition).
    rows = con.execute(
        "select province_code, value, rank_among_reporting, units_reporting, periods_reported from mart_annual_ranking "
        "where indicator_code = 'dti_score' and year = 2022 and grouping = 63"
    ).fetchall()
    assert rows == [
        ("48", 0.8002, 1, 5, 1),
        ("79", 0.7163, 2, 5, 1),
        ("22", 0.7024, 3, 5, 1),
        ("46", 0.6975, 4, 5, 1),
        ("92", 0.6924, 5, 5, 1),
    ]


def test_one_indicator_and_year_is_one_run_of_rows(con):
    # The mart is sorted by indicator, year and grouping: the rows a ranking of one indicator and year reads
    # are consecutive (so its zone maps leave one or two row groups at any size).
    scattered = con.execute(
        "select count(*) from (select indicator_code, year, max(rowid) - min(rowid) + 1 - count(*) as gaps "
        "from mart_annual_ranking group by all) where gaps <> 0"
    ).fetchone()[0]
    assert scattered == 0
