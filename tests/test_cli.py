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
    assert [json.loads(line) for line in lines] == [
        {"province_code": "48", "dti_rank": 1},
        {"province_code": "79", "dti_rank": 2},
    ]


def test_sql_is_read_only(warehouse_path):
    result = run("sql", "delete from dim_province", warehouse=warehouse_path)
    assert result.returncode == 2 and "read-only" in result.stderr


def test_tables_lists_descriptions_and_counts(warehouse_path):
    out = run("tables", warehouse=warehouse_path).stdout
    assert "fact_indicator_value" in out and "one row per source observation" in out
    assert "fact_indicator_preferred  table" in out
    # A table's count is read from storage; a view is not run to be counted (mart_province_profile windows and
    # sorts every preferred fact twice: 25 s and 1 GB at 10M facts, after every `dxw run`).
    table = next(line for line in out.splitlines() if line.split()[:2] == ["dim_province", "table"])
    assert table.split()[2].isdigit() and table.split()[3] == "rows"
    view = next(line for line in out.splitlines() if line.split()[:2] == ["mart_province_profile", "view"])
    assert "not counted" in view and " rows " not in view


def test_missing_warehouse_is_a_clear_error(tmp_path):
    result = run("tables", warehouse=tmp_path / "none.duckdb")
    assert result.returncode == 2 and "make run" in result.stderr


# The keys dxw extract has always printed, in order; new keys come after them.
EXTRACT_KEYS = [
    "province_code",
    "province_name",
    "indicator_code",
    "value",
    "unit",
    "denominator",
    "qualifier",
    "period_start",
    "period_end",
    "is_target",
    "quote",
    "char_start",
    "char_end",
    "confidence",
]
NEW_KEYS = ["period_basis", "status", "reason"]


def test_extract_json_has_exactly_the_documented_keys(tmp_path):
    from tests.conftest import RAW

    result = run(
        "extract",
        str(RAW / "reports" / "000_cee3a482afddff29.txt"),
        "--format",
        "json",
        warehouse=tmp_path / "none.duckdb",
    )
    assert result.returncode == 0, result.stderr
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert facts and all(list(f) == EXTRACT_KEYS + NEW_KEYS for f in facts)
    rank = [f for f in facts if f["indicator_code"] == "dti_rank" and f["value"] == 56]
    assert rank and rank[0]["province_name"] == "Thái Bình" and rank[0]["period_start"] == "2022-01-01"


def test_extract_a_new_report_with_province_and_date_given(tmp_path):
    report = tmp_path / "draft.txt"
    report.write_text("Tỷ lệ hồ sơ xử lý trực tuyến đạt 55,5%.", encoding="utf-8")
    result = run(
        "extract",
        str(report),
        "--province",
        "TT Huế",
        "--date",
        "2024-03-01",
        "--format",
        "json",
        warehouse=tmp_path / "none.duckdb",
    )
    [fact] = [json.loads(line) for line in result.stdout.splitlines()]
    # Nothing in the text dates it: it is as of the document's date.
    assert (fact["province_code"], fact["value"], fact["period_start"], fact["period_end"], fact["period_basis"]) == (
        "46",
        55.5,
        "2024-03-01",
        "2024-03-01",
        "document_date",
    )
    table = run(
        "extract", str(report), "--province", "TT Huế", "--date", "2024-03-01", warehouse=tmp_path / "none.duckdb"
    )
    assert "online_dossier_rate_pct" in table.stdout and "[inferred" not in table.stdout


def test_extract_errors_name_the_problem(tmp_path):
    report = tmp_path / "anon.txt"
    report.write_text("Tỷ lệ hồ sơ xử lý trực tuyến đạt 55,5%.", encoding="utf-8")
    no_province = run("extract", str(report), warehouse=tmp_path / "none.duckdb")
    assert no_province.returncode == 2 and "anon.txt" in no_province.stderr and "--province" in no_province.stderr
    unknown = run("extract", str(report), "--province", "Atlantis", warehouse=tmp_path / "none.duckdb")
    assert unknown.returncode == 2 and "'Atlantis'" in unknown.stderr
    assert run("extract", str(tmp_path / "missing.txt"), warehouse=tmp_path / "none.duckdb").returncode == 2


def test_extract_prints_an_undated_figure_with_its_reason_and_lists_unclaimed_numbers(tmp_path):
    report = tmp_path / "draft.txt"
    report.write_text(
        "Tỷ lệ hồ sơ xử lý trực tuyến đạt 55,5%. Tỉnh tổ chức 14 hội nghị về chuyển đổi số.", encoding="utf-8"
    )
    result = run(
        "extract", str(report), "--province", "Hưng Yên", "--format", "json", warehouse=tmp_path / "none.duckdb"
    )
    [fact] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (fact["status"], fact["period_start"]) == ("quarantined", None) and "no period" in fact["reason"]
    table = run("extract", str(report), "--province", "Hưng Yên", warehouse=tmp_path / "none.duckdb").stdout
    assert "quarantined: online_dossier_rate_pct = 55.5" in table and "--unclaimed" in table
    unclaimed = run(
        "extract",
        str(report),
        "--province",
        "Hưng Yên",
        "--unclaimed",
        "--format",
        "json",
        warehouse=tmp_path / "none.duckdb",
    )
    [number] = [json.loads(line) for line in unclaimed.stdout.splitlines()]
    assert (number["value"], number["noun"], number["reason"]) == (
        14.0,
        "hội nghị về chuyển đổi số",
        "no catalog indicator claims it",
    )


def test_eval_prints_the_corpus_scores(tmp_path):
    result = run("eval", "--region", "north", warehouse=tmp_path / "none.duckdb")
    assert result.returncode == 0, result.stderr
    assert "recall" in result.stdout and "north" in result.stdout and "negatives extracted" in result.stdout
    bad = run("eval", "--corpus", str(tmp_path), warehouse=tmp_path / "none.duckdb")
    assert bad.returncode == 2 and "no labelled corpus" in bad.stderr


def test_eval_scores_a_held_out_set_beside_the_shipped_corpus(tmp_path):
    from tests.test_report_corpus import CORPUS, _write_held_out_set

    _write_held_out_set(tmp_path / "held_out", accounts_period="as of publication")
    result = run(
        "eval", "--corpus", str(CORPUS), "--corpus", str(tmp_path / "held_out"), warehouse=tmp_path / "none.duckdb"
    )
    assert result.returncode == 0, result.stderr
    # 513 shipped labels and the held-out set's 2, scored together; the code the mapping lacks is named.
    assert "labels  515" in result.stdout
    assert (
        "the reviewed mapping lacks (their labels cannot be found exactly): smartphone_subscribers_adult_share_pct"
        in result.stdout
    )
    # A held-out set may map its own codes to catalog codes (its indicator_code_map.csv)...
    (tmp_path / "held_out" / "indicator_code_map.csv").write_text(
        "source_code,catalog_code,note\nsmartphone_subscribers_adult_share_pct,adults_smartphone_pct,\n",
        encoding="utf-8",
    )
    mapped = run("eval", "--corpus", str(tmp_path / "held_out"), warehouse=tmp_path / "none.duckdb")
    assert mapped.returncode == 0 and "mapping lacks" not in mapped.stdout, mapped.stdout
    # ...and a code mapped to no catalog indicator is an error, not a label silently never found.
    (tmp_path / "held_out" / "indicator_code_map.csv").write_text(
        "source_code,catalog_code,note\nsmartphone_subscribers_adult_share_pct,adult_smartphones_pct,\n",
        encoding="utf-8",
    )
    typo = run("eval", "--corpus", str(tmp_path / "held_out"), warehouse=tmp_path / "none.duckdb")
    assert typo.returncode == 2 and "no catalog indicator adult_smartphones_pct" in typo.stderr, typo.stderr
    # A row it cannot read is named with its file and line, not a traceback.
    (tmp_path / "held_out" / "indicator_code_map.csv").unlink()
    documents = tmp_path / "held_out" / "documents.csv"
    documents.write_text(
        documents.read_text(encoding="utf-8").replace(",,,,project06", ",,2025-06,,project06"), encoding="utf-8"
    )
    month = run("eval", "--corpus", str(tmp_path / "held_out"), warehouse=tmp_path / "none.duckdb")
    assert month.returncode == 2 and "documents.csv, line 2: document_date '2025-06' is not a date" in month.stderr, (
        month.stderr
    )
    # The shipped corpus named by a relative path is still held to its full mapping.
    shipped = run("eval", "--corpus", "tests/data/report_corpus", warehouse=tmp_path / "none.duckdb")
    assert shipped.returncode == 0 and "mapping lacks" not in shipped.stdout
