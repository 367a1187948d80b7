"""dxw against a real warehouse, as an analyst runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

DXW = str(Path(sys.executable).parent / "dxw")


def run(*args, warehouse):
    env = {**os.environ, "DXW_WAREHOUSE": str(warehouse)}
    return subprocess.run([DXW, *args], capture_output=True, text=True, env=env)


def test_sql_formats(warehouse_path):
    query = "select province_code, dti_rank from mart_dti_ranking where year = 2022 and dti_rank <= 2 order by dti_rank"
    table = run("sql", query, warehouse=warehouse_path)
    assert table.returncode == 0 and "province_code" in table.stdout and "(2 rows)" in table.stdout
    csv_out = run("sql", query, "--format", "csv", warehouse=warehouse_path).stdout.splitlines()
    assert csv_out == ["province_code,dti_rank", "48,1", "79,2"]
    lines = run("sql", query, "--format", "json", warehouse=warehouse_path).stdout.splitlines()
    assert [json.loads(line) for line in lines] == [{"province_code": "48", "dti_rank": 1}, {"province_code": "79", "dti_rank": 2}]


def test_sql_is_read_only(warehouse_path):
    result = run("sql", "delete from dim_province", warehouse=warehouse_path)
    assert result.returncode == 2 and "read-only" in result.stderr


def test_tables_lists_descriptions_and_counts(warehouse_path):
    out = run("tables", warehouse=warehouse_path).stdout
    assert "fact_indicator_value" in out and "one row per source observation" in out
    assert "fact_indicator_preferred  view" in out


def test_missing_warehouse_is_a_clear_error(tmp_path):
    result = run("tables", warehouse=tmp_path / "none.duckdb")
    assert result.returncode == 2 and "make run" in result.stderr
