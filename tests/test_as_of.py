"""Nothing depends on the day the code runs except the explicit as-of day (DXW_AS_OF)."""

from datetime import date

import duckdb
import pytest

from assets.partitions import DTI_YEARS, dti_year_keys
from checks.rules import RULES, rule_sql
from storage.settings import load_settings
from tests.conftest import AS_OF


def test_the_as_of_day_is_read_from_the_environment_only():
    assert load_settings({"DXW_AS_OF": "2024-01-31"}).as_of == date(2024, 1, 31)
    with pytest.raises(ValueError, match="DXW_AS_OF"):
        load_settings({"DXW_AS_OF": "31/01/2024"})


def test_dti_editions_end_with_the_as_of_year():
    assert dti_year_keys(date(2023, 5, 1)) == ["2020", "2021", "2022", "2023"]
    assert DTI_YEARS.get_partition_keys()[-1] == AS_OF[:4]  # the tests' as-of day, whatever today is


@pytest.mark.parametrize("as_of,offending", [(date(2025, 12, 31), 1), (date(2026, 1, 1), 0)])
def test_the_future_starts_after_the_as_of_day(as_of, offending):
    rule = next(r for r in RULES if r.name == "periods_ordered_and_not_in_future")
    with duckdb.connect() as con:
        con.execute("""create table fact_indicator_value as select * from (values
            ('40', 'eid_accounts', DATE '2026-01-01', DATE '2026-12-31', false, 'a.csv', 2),
            ('40', 'eid_accounts', DATE '2026-01-01', DATE '2026-12-31', true, 'a.csv', 3))
            as t(province_code, indicator_code, period_start, period_end, is_target, source_file, source_line)""")
        assert con.execute(f"select count(*) from ({rule_sql(rule, as_of)})").fetchone()[0] == offending
    assert "current_date" not in " ".join(r.sql.lower() for r in RULES)


def test_the_sensor_interval_is_the_default_unless_the_environment_sets_it():
    from storage.settings import sensor_interval

    assert sensor_interval(60, {}) == 60
    assert sensor_interval(60, {"DXW_SENSOR_INTERVAL": "2"}) == 2
    with pytest.raises(ValueError, match="DXW_SENSOR_INTERVAL"):
        sensor_interval(60, {"DXW_SENSOR_INTERVAL": "0"})
