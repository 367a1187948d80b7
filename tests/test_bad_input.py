"""The bad-input corpus (tests/data/bad/, see make_corpus.py) dropped into data/raw in one run:
the run completes, every problem names its file, line and reason, good rows still load, and
every file's rows are accounted for."""

import unicodedata
from pathlib import Path

import pytest

from tests.conftest import warehouse_with_files

CORPUS = Path(__file__).parent / "data" / "bad"


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    files = {
        f"{folder}/{path.name}": path.read_bytes()
        for folder in ("submissions", "reports")
        for path in sorted((CORPUS / folder).iterdir())
    }
    connection = warehouse_with_files(tmp_path_factory.mktemp("bad"), files)
    yield connection
    connection.close()


def loaded(con, file):
    return con.execute(
        "select province_code, indicator_code, year, value from fact_indicator_value where source_file = ? order by source_line",
        [file],
    ).fetchall()


def rejected(con, file):
    return {
        line: (rule, message)
        for line, rule, message in con.execute(
            "select source_line, rule, message from quarantine where source_file = ?", [file]
        ).fetchall()
    }


@pytest.mark.parametrize(
    "file,province,value",
    [
        ("utf16.csv", "40", 61.2),
        ("utf8_bom.csv", "42", 58.4),
        ("legacy_1258.csv", "38", 63.1),
        ("nfd.csv", "44", 49.9),
    ],
)
def test_encodings_load_as_clean_unicode(con, file, province, value):
    assert loaded(con, f"submissions/{file}") == [(province, "online_dossier_rate_pct", 2023, value)]
    note = con.execute(
        "select note from fact_indicator_value where source_file = ?", [f"submissions/{file}"]
    ).fetchone()[0]
    if note:
        assert note in ("mã hóa cũ", "dạng NFD") and note == unicodedata.normalize("NFC", note)


def test_unknown_and_ambiguous_names(con):
    bad = rejected(con, "submissions/names.csv")
    assert bad[2][0] == "province_resolution" and "'Atlantis'" in bad[2][1] and "not a known spelling" in bad[2][1]
    assert bad[3][0] == "province_resolution" and "names several units (33, 34)" in bad[3][1]
    assert loaded(con, "submissions/names.csv") == [("35", "online_dossier_rate_pct", 2023, 52.0)]


def test_duplicate_row(con):
    assert loaded(con, "submissions/duplicates.csv") == [("10", "online_dossier_rate_pct", 2023, 44.1)]
    assert rejected(con, "submissions/duplicates.csv")[3][0] == "duplicate_row"


def test_out_of_range_values(con):
    bad = rejected(con, "submissions/out_of_range.csv")
    assert set(bad) == {2, 3, 4, 5}
    assert "valid range" in bad[2][0] and "valid range" in bad[5][0]  # 150 %, -5 accounts
    assert "valid range" in bad[3][0] and "rank cannot exceed" in bad[4][0]  # rank 0, rank 64
    assert "out_of_range.csv" in bad[2][1] and "150" in bad[2][1]
    assert loaded(con, "submissions/out_of_range.csv") == [("14", "online_dossier_rate_pct", 2022, 12.5)]


def test_malformed_csv(con):
    ragged = rejected(con, "submissions/ragged.csv")
    assert ragged[2][0] == "ragged_row" and "has 8 fields where the header has 7" in ragged[2][1]
    assert ragged[3][0] == "ragged_row" and "submissions/ragged.csv:3" in ragged[3][1]
    assert loaded(con, "submissions/ragged.csv") == [("15", "online_dossier_rate_pct", 2022, 40.5)]
    quote = rejected(con, "submissions/unbalanced_quote.csv")
    assert quote[3][0] == "malformed_csv" and "unbalanced quote" in quote[3][1]
    assert loaded(con, "submissions/unbalanced_quote.csv") == [("04", "online_dossier_rate_pct", 2022, 33.3)]


@pytest.mark.parametrize(
    "file,rule,words",
    [
        ("empty.csv", "empty_file", "empty"),
        ("binary.csv", "unreadable_file", "binary content"),
        ("merged_header.xlsx", "merged_header", "merged cells (A1:B1)"),
    ],
)
def test_whole_file_rejections_say_why(con, file, rule, words):
    [(line, (got_rule, message))] = rejected(con, f"submissions/{file}").items()
    assert (line, got_rule) == (1, rule) and words in message and file in message


def test_formula_without_saved_value(con):
    bad = rejected(con, "submissions/formula.xlsx")
    assert bad[3][0] == "formula_without_value" and "D3" in bad[3][1]
    assert loaded(con, "submissions/formula.xlsx") == [("11", "online_dossier_rate_pct", 2023, 21.5)]


def test_reports_without_facts_in_english_and_in_utf16(con):
    assert loaded(con, "reports/no_numbers.txt") == []
    # an English page is read in English: Hanoi's online dossier rate and its e-ID accounts activated in 2023
    assert sorted(loaded(con, "reports/english.txt")) == [
        ("01", "eid_accounts", 2023, 1_200_000.0),
        ("01", "online_dossier_rate_pct", 2023, 66.79),
    ]
    docs = dict(con.execute("select source_file, province_code from dim_document").fetchall())
    assert docs["reports/no_numbers.txt"] == "12" and docs["reports/utf16_report.txt"] == "62"
    assert loaded(con, "reports/utf16_report.txt") == [("62", "online_dossier_rate_pct", 2023, 41.5)]


def test_every_file_is_accounted_for_and_good_data_still_loads(con):
    files = {f for (f,) in con.execute("select source_file from load_audit").fetchall()}
    corpus = {
        f"{d.name}/{p.name}" for d in CORPUS.iterdir() if d.is_dir() and d.name != "__pycache__" for p in d.iterdir()
    }
    assert corpus <= files
    assert con.execute("select count(*) from load_audit where not balanced").fetchone()[0] == 0
    assert (
        con.execute("select count(*) from mart_dti_ranking where year = 2022 and rank_source = 'published'").fetchone()[
            0
        ]
        == 63
    )
    # Every rejection names its file and line (or the whole file) and a reason.
    for file, line, message in con.execute("select source_file, source_line, message from quarantine").fetchall():
        assert file in message and (line is None or f":{line}" in message or line == 1)
