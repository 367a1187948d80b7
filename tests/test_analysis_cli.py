"""dxw rank, trend, compare, explain and export on the warehouse built from the shipped data:
the acceptance answers, any spelling the resolver accepts, one-line errors, no Dagster or Great
Expectations import, and exports a spreadsheet cannot be tricked by."""

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

DXW = str(Path(sys.executable).parent / "dxw")


def dxw(warehouse_path, *args, cwd=None):
    env = {**os.environ, "DXW_WAREHOUSE": str(warehouse_path)}
    return subprocess.run([DXW, *args], capture_output=True, text=True, env=env, timeout=120, cwd=cwd)


def test_rank_2022_top5_starts_with_da_nang(warehouse_path):
    run = dxw(warehouse_path, "rank", "--year", "2022", "--top", "5")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    rows = lines[lines.index(next(line for line in lines if line.startswith("----"))) + 1 :]
    assert len(rows) == 5
    assert rows[0].split()[:3] == ["1", "Đà", "Nẵng"] and "0.8002" in rows[0]
    # The official page: 2 Hồ Chí Minh 0.7163, 5 Cần Thơ 0.6924.
    assert "Hồ Chí Minh" in rows[1] and "0.7163" in rows[1] and "Cần Thơ" in rows[4] and "0.6924" in rows[4]
    assert run.stderr == ""  # no progress when the output is not a terminal


def test_rank_tied_and_by_other_indicator(warehouse_path):
    run = dxw(warehouse_path, "rank", "--year", "2022")
    tied = [line for line in run.stdout.splitlines() if line.startswith("15 ")]
    assert len(tied) == 2 and any("Thanh Hóa" in t for t in tied) and any("Yên Bái" in t for t in tied)
    other = dxw(warehouse_path, "rank", "--year", "2023", "--indicator", "online_dossier_rate_pct")
    assert other.returncode == 0 and "not an official ranking" in other.stdout and "66.79" in other.stdout


@pytest.mark.parametrize("spelling", ["Thai Binh", "Thái Bình", "THÁI BÌNH", "tỉnh Thái Bình", "34"])
def test_trend_thai_binh_any_spelling(warehouse_path, spelling):
    run = dxw(warehouse_path, "trend", "--province", spelling)
    assert run.returncode == 0, run.stderr
    assert "45 (2021) -> 56 (2022)" in run.stdout and "Thái Bình (34)" in run.stdout


def test_trend_of_another_indicator(warehouse_path):
    run = dxw(warehouse_path, "trend", "--province", "TT Huế", "--indicator", "dti_self_assessed_points")
    assert run.returncode == 0, run.stderr
    assert "697.55" in run.stdout and "774.45" in run.stdout  # report 004: 2022 and 2023 self-assessed points


def test_errors_are_one_line(warehouse_path):
    for args, expected in [
        (["trend", "--province", "Atlantis"], "not a known spelling of any unit"),
        (["trend", "--province", "Hưng Yên - Thái Bình"], "names several units"),
        (
            ["compare", "--indicator", "online_dossier_rate_pct", "--grouping", "34", "--provinces", "Hải Dương"],
            "not one of the 34 units",
        ),
        (["compare", "--indicator", "online_dosier_rate"], "unknown indicator"),
        (["export", "no_such_table", "--format", "csv"], "no table or view"),
        (["rank", "--year", "2019"], "no DTI ranks for 2019"),
    ]:
        run = dxw(warehouse_path, *args)
        assert run.returncode == 2, (args, run.stdout)
        assert run.stdout == "" and expected in run.stderr and "Traceback" not in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_compare_focus_set_by_default(warehouse_path):
    run = dxw(warehouse_path, "compare", "--indicator", "online_dossier_rate_pct")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "focus set" in out and "Thái Bình" in out and "66.79" in out
    for name in ("Nghệ An", "Hải Dương", "Tiền Giang", "Thừa Thiên Huế"):
        assert f"{name} (no value reported)" in out
    chosen = dxw(
        warehouse_path, "compare", "--indicator", "dti_score", "--year", "2022", "--provinces", "Da Nang", "TP.HCM"
    )
    assert (
        "Đà Nẵng" in chosen.stdout and "Hồ Chí Minh" in chosen.stdout and "0.0839" in chosen.stdout
    )  # 0.8002 - 0.7163


def test_explain_thai_binh_2022_rank(warehouse_path):
    run = dxw(warehouse_path, "explain", "--province", "Thai Binh", "--indicator", "dti_rank", "--period", "2022")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "https://dti.gov.vn/xep-hang-2022" in out and '"56 Thái Bình"' in out  # the official page, its line
    assert "vị trí 56 năm 2022" in out and "reports/000_cee3a482afddff29.txt, characters" in out  # the report's quote
    assert "official_portal (priority 1)" in out
    assert "Conflicts: none" in out
    assert "[ERROR] ranks_within_grouping: passed" in out


def test_explain_shows_conflicts_and_the_checks_they_fail(warehouse_path):
    # Facts file: TP. Hồ Chí Minh 2022 digital-government pillar rank 3 (two sources) and 2 (mic.gov.vn).
    run = dxw(warehouse_path, "explain", "--province", "TPHCM", "--indicator", "dti_gov_rank", "--period", "2022")
    assert run.returncode == 0, run.stderr
    assert "value_disagreement" in run.stdout and "mic.gov.vn" in run.stdout


def test_query_commands_import_neither_dagster_nor_great_expectations(warehouse_path, tmp_path):
    commands = [
        ["rank", "--year", "2022", "--top", "3"],
        ["trend", "--province", "Thai Binh"],
        ["compare", "--indicator", "dti_score"],
        ["explain", "--province", "34", "--indicator", "dti_rank", "--period", "2022"],
        ["export", "mart_dti_ranking", "--format", "xlsx", "--out", str(tmp_path / "r.xlsx")],
    ]
    script = (
        "import sys, contextlib, io\nfrom pipelines.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    code = main(sys.argv[1:])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('dagster', 'great_expectations'))\n"
        "print(code, heavy)\n"
    )
    for command in commands:
        run = subprocess.run(
            [sys.executable, "-c", script, *command],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "DXW_WAREHOUSE": str(warehouse_path)},
        )
        assert run.stdout.strip() == "0 []", (command, run.stdout, run.stderr)


# --- export ------------------------------------------------------------------------------------

DANGEROUS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "plain", "Thái Bình"]


@pytest.fixture
def hostile(tmp_path):
    """A warehouse with a table of text that spreadsheets would run, next to negative numbers."""
    path = tmp_path / "hostile.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create table t (label varchar, rank_change integer, score_change double, day date)")
        for i, text in enumerate(DANGEROUS):
            con.execute("insert into t values (?, ?, ?, date '2022-12-31')", [text, -11 + i, -0.0125 * (i + 1)])
    return path


def _export(path, table, fmt, out):
    from pipelines.analysis.export import export

    with duckdb.connect(str(path), read_only=True) as con:
        return export(con, table, fmt, out)


def test_csv_neutralises_formulas_and_keeps_negative_numbers(hostile, tmp_path):
    out = _export(hostile, "t", "csv", tmp_path / "t.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, so Excel reads Vietnamese letters
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["label", "rank_change", "score_change", "day"]
    labels = [r[0] for r in rows[1:]]
    assert labels == ["'" + t if t[0] in "=+-@\t\r" else t for t in DANGEROUS]
    assert labels[:6] == ['\'=HYPERLINK("http://x")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\rCR"]
    assert [r[1] for r in rows[1:3]] == ["-11", "-10"]  # numbers stay numbers, no apostrophe
    assert rows[1][2] == "-0.0125" and rows[1][3] == "2022-12-31"


def test_xlsx_stores_formulas_as_text_and_numbers_as_numbers(hostile, tmp_path):
    from openpyxl import load_workbook

    out = _export(hostile, "t", "xlsx", tmp_path / "t.xlsx")
    sheet = load_workbook(out)["t"]
    assert sheet.freeze_panes == "A2"
    texts = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(DANGEROUS))]
    # The text itself, unchanged (XML reads a carriage return back as a line feed)...
    assert [c.value for c in texts] == [t.replace("\r", "\n") for t in DANGEROUS]
    assert all(c.data_type == "s" for c in texts)  # ...stored as text, never as a formula
    assert all(c.quotePrefix for c in texts[:6]) and not texts[6].quotePrefix
    change = sheet.cell(row=2, column=2)
    assert (change.value, change.data_type, change.number_format) == (-11, "n", "0")
    assert sheet.cell(row=2, column=3).value == -0.0125 and sheet.cell(row=2, column=3).data_type == "n"
    assert sheet.cell(row=2, column=4).number_format == "yyyy-mm-dd"
    # Before the fix this whole column would have been formulas; an apostrophe is not in the value.
    assert not any(str(c.value).startswith("'") for c in texts)


def test_xlsx_of_a_mart_has_vietnamese_headers_widths_and_formats(warehouse_path, tmp_path):
    from openpyxl import load_workbook

    out = _export(warehouse_path, "mart_dti_ranking", "xlsx", tmp_path / "ranking.xlsx")
    sheet = load_workbook(out)["mart_dti_ranking"]
    headers = [c.value for c in sheet[1]]
    assert headers[:5] == ["Năm", "Cách phân nhóm (63/34)", "Mã đơn vị", "Tên đơn vị", "Điểm DTI"]
    assert sheet.freeze_panes == "A2"
    assert "dti_score" in sheet.cell(row=1, column=5).comment.text  # the column's name and description
    assert sheet.column_dimensions["D"].width >= len("Thừa Thiên Huế")
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        rows = con.execute("select count(*) from mart_dti_ranking").fetchone()[0]
    assert sheet.max_row == rows + 1
    da_nang = next(
        r for r in sheet.iter_rows(min_row=2) if r[0].value == 2022 and r[2].value == "48" and r[1].value == 63
    )
    assert da_nang[4].value == 0.8002 and da_nang[4].number_format == "#,##0.00####"
    assert isinstance(da_nang[5].value, int) and da_nang[5].value == 1


def test_every_warehouse_column_has_a_vietnamese_heading(con):
    from assets.warehouse.dictionary import vietnamese_labels

    columns = {
        r[0]
        for r in con.execute(
            "select distinct column_name from duckdb_columns() "
            "where database_name = current_database() and not internal"
        ).fetchall()
    }
    assert sorted(columns - set(vietnamese_labels())) == []


def test_export_every_format_from_the_command_line(warehouse_path, tmp_path):
    for fmt in ("csv", "parquet", "xlsx"):
        run = dxw(
            warehouse_path, "export", "mart_dti_by_2025_unit", "--format", fmt, "--out", str(tmp_path / f"u.{fmt}")
        )
        assert run.returncode == 0, run.stderr
        assert run.stderr == ""  # quiet when not on a terminal
    with duckdb.connect() as mem:
        assert (
            mem.execute(f"select count(*) from read_parquet('{tmp_path / 'u.parquet'}')").fetchone()[0]
            == mem.execute(f"select count(*) from read_csv('{tmp_path / 'u.csv'}')").fetchone()[0]
        )
    # Default output: TABLE.FORMAT in the current folder.
    run = dxw(warehouse_path, "export", "ref_focus_province", "--format", "csv", cwd=tmp_path)
    assert run.returncode == 0 and (tmp_path / "ref_focus_province.csv").exists()


def test_progress_only_on_a_terminal():
    from pipelines.analysis.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress("exporting t", 4, stream=stream)
        progress.advance(2)
        progress.advance(2)
        progress.finish()
    assert "exporting t: 4/4" in terminal.getvalue() and pipe.getvalue() == ""
