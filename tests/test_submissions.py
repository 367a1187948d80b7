"""Analysts' submissions: dropped into data/raw/submissions, loaded by a full run;
good rows land with provenance, bad rows are quarantined with file, line and reason."""

import unicodedata

import pytest
from openpyxl import Workbook

from tests.conftest import warehouse_with_files
from tests.data.bad.make_corpus import cp1258

URL = "https://www.nghean.gov.vn/example"
CSV = f"""province,indicator_code,period,value,unit,source,note
Nghệ An,online_dossier_rate_pct,2022-01/2022-10,66.79,percent,{URL},achieved
{unicodedata.normalize("NFD", "Thanh Hoá")},eid_accounts,2023-H1,803868,,{URL},
Atlantis,eid_accounts,2023,10,,{URL},
Nghệ An,not_an_indicator,2023,10,,{URL},
Nghệ An,online_dossier_rate_pct,2023,150,percent,{URL},a rate over 100%
Nghệ An,online_dossier_rate_pct,2023,"66,79",percent,{URL},
Nghệ An,online_dossier_rate_pct,H1/2023,66.79,percent,{URL},
TT Huế,dti_rank,2022,64,rank,{URL},
Hưng Yên,online_dossier_rate_pct,2025-Q4,80,percent,{URL},after the merger
Hải Dương,online_dossier_rate_pct,2025-Q4,80,percent,{URL},Hải Dương no longer exists
Nghệ An,online_dossier_rate_pct,2023,90,km,{URL},wrong unit
Nghệ An,online_dossier_rate_pct,2023,90,percent,,no source
"""


LEGACY = f"""province,indicator_code,period,value,unit,source,note
Thái Bình,online_dossier_rate_pct,2023,70.5,percent,{URL},tệp mã hóa cũ
"""


@pytest.fixture(scope="module")
def submitted(tmp_path_factory):
    root = tmp_path_factory.mktemp("submissions")
    book = Workbook()
    sheet = book.active
    sheet.append(["province", "indicator_code", "period", "value", "unit", "source", "note", "is_target"])
    sheet.append(["Thái Bình", "online_dossier_rate_pct", "2023", 50, "percent", URL, "plan", "true"])
    sheet.append(["Thái Bình", "dti_score", "2023", 1.5, "score", URL, "", ""])
    workbook = root / "analyst_b.xlsx"
    book.save(workbook)
    con = warehouse_with_files(
        root,
        {
            "submissions/analyst_a.csv": CSV,
            "submissions/analyst_b.xlsx": workbook.read_bytes(),
            "submissions/legacy.csv": cp1258(LEGACY),
        },
    )
    yield con
    con.close()


def test_good_rows_load_with_provenance(submitted):
    rows = submitted.execute(
        "select province_code, indicator_code, period_start::varchar, period_end::varchar, value, grouping, is_target, source_file, source_line "
        "from fact_indicator_value where source_file like 'submissions/%' order by source_file, source_line"
    ).fetchall()
    assert rows == [
        ("40", "online_dossier_rate_pct", "2022-01-01", "2022-10-31", 66.79, 63, False, "submissions/analyst_a.csv", 2),
        ("38", "eid_accounts", "2023-01-01", "2023-06-30", 803868.0, 63, False, "submissions/analyst_a.csv", 3),
        (
            "N33",
            "online_dossier_rate_pct",
            "2025-10-01",
            "2025-12-31",
            80.0,
            34,
            False,
            "submissions/analyst_a.csv",
            10,
        ),
        ("34", "online_dossier_rate_pct", "2023-01-01", "2023-12-31", 50.0, 63, True, "submissions/analyst_b.xlsx", 2),
        ("34", "online_dossier_rate_pct", "2023-01-01", "2023-12-31", 70.5, 63, False, "submissions/legacy.csv", 2),
    ]
    note = submitted.execute(
        "select note, province_as_written from fact_indicator_value where source_file = 'submissions/legacy.csv'"
    ).fetchone()
    assert note == ("tệp mã hóa cũ", "Thái Bình")  # NFC, no mojibake
    kind = submitted.execute(
        "select distinct s.source_kind from fact_indicator_value f join dim_source s using (source_id) where f.source_file like 'submissions/%'"
    ).fetchall()
    assert kind == [("analyst_submission",)]


def test_bad_rows_are_quarantined_with_line_and_reason(submitted):
    rows = {
        (f, line): (rule, message)
        for f, line, rule, message in submitted.execute(
            "select source_file, source_line, rule, message from quarantine where source_file like 'submissions/%'"
        ).fetchall()
    }
    a = "submissions/analyst_a.csv"
    assert rows[(a, 4)][0] == "province_resolution" and "'Atlantis'" in rows[(a, 4)][1]
    assert rows[(a, 5)][0] == "unknown_indicator" and "not_an_indicator" in rows[(a, 5)][1]
    assert "valid range" in rows[(a, 6)][0]
    assert rows[(a, 7)][0] == "bad_value" and "'66,79'" in rows[(a, 7)][1]
    assert rows[(a, 8)][0] == "bad_period" and "H1/2023" in rows[(a, 8)][1]
    assert "rank cannot exceed" in rows[(a, 9)][0]
    assert rows[(a, 11)][0] == "province_resolution" and "pre-2025 province (code 30)" in rows[(a, 11)][1]
    assert rows[(a, 12)][0] == "unit_mismatch"
    assert rows[(a, 13)][0] == "missing_source"
    assert "valid range" in rows[("submissions/analyst_b.xlsx", 3)][0]


def test_every_row_is_accounted_for(submitted):
    loaded = submitted.execute(
        "select count(*) from fact_indicator_value where source_file = 'submissions/analyst_a.csv'"
    ).fetchone()[0]
    quarantined = submitted.execute(
        "select count(distinct source_line) from quarantine where source_file = 'submissions/analyst_a.csv'"
    ).fetchone()[0]
    assert loaded + quarantined == CSV.count("\n") - 1


def test_template_is_not_loaded(submitted):
    assert (
        submitted.execute("select count(*) from fact_indicator_value where source_file like '%_template%'").fetchone()[
            0
        ]
        == 0
    )


def test_official_data_still_loads_next_to_bad_submissions(submitted):
    assert (
        submitted.execute(
            "select count(*) from mart_dti_ranking where year = 2022 and rank_source = 'published'"
        ).fetchone()[0]
        == 63
    )
