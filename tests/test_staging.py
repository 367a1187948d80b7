"""Staging a submission file on its own (assets.submissions.stage_submission with the shipped
reference data): the defects found in review, each with the values worked out by hand.

- a cell shown as 66.79% (stored 0.6679) is 66.79, not 0.6679;
- numbers are finite and plainly written: inf, nan, 1e3, 1_000, 1,000 are rejected, not loaded;
- Excel's Vietnamese CSV (`;` between fields, `,` as decimal mark, often with a BOM) is read;
- after an unclosed quote every line DuckDB could not read is quarantined, so the file balances
  only because every line is accounted for.
"""

from datetime import date
from pathlib import Path

import polars as pl
import pytest
from openpyxl import Workbook

from assets.reference.catalog import read_indicator_catalog
from assets.reference.provinces import build_alias_table, read_provinces
from assets.reference.resolver import ProvinceResolver
from assets.submissions.submissions import stage_submission
from tests.conftest import RAW

URL = "https://www.nghean.gov.vn/x"
HEADER = "province,indicator_code,period,value,unit,source,note\n"


@pytest.fixture(scope="module")
def reference():
    provinces = read_provinces(RAW / "reference")
    resolver = ProvinceResolver.from_aliases(build_alias_table(provinces, RAW / "reference"))
    return resolver, read_indicator_catalog(RAW / "reference")


def stage(path: Path, reference, tmp_path: Path):
    resolver, catalog = reference
    staged = stage_submission(
        path,
        source_file=f"submissions/{path.name}",
        resolver=resolver,
        catalog=catalog,
        merger_day=date(2025, 7, 1),
        workdir=tmp_path / "work",
    )
    facts = pl.read_parquet(staged.facts).sort("source_line")
    quarantine = {
        line: (rule, message)
        for line, rule, message in staged.quarantine.select("source_line", "rule", "message").iter_rows()
    }
    return facts, quarantine, staged.rows_read[f"submissions/{path.name}"]


def test_a_percentage_cell_loads_as_the_percentage_it_shows(reference, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["province", "indicator_code", "period", "value", "unit", "source", "note"])
    sheet.append(["Nghệ An", "online_dossier_rate_pct", "2023", 0.6679, "percent", URL, "typed as 66.79%"])
    sheet["D2"].number_format = "0.00%"
    sheet.append(["Nghệ An", "online_dossier_rate_pct", "2022", 0.5, "percent", URL, "typed as 50%"])
    sheet["D3"].number_format = "0%"
    sheet.append(["Nghệ An", "eid_accounts", "2023", 803868, "", URL, "a plain number"])
    sheet.append(["Nghệ An", "online_dossier_rate_pct", "2021", "45.5", "percent", URL, "typed as text"])
    path = tmp_path / "percent.xlsx"
    book.save(path)
    facts, quarantine, read = stage(path, reference, tmp_path)
    assert facts.select("source_line", "value").rows() == [(2, 66.79), (3, 50.0), (4, 803868.0), (5, 45.5)]
    assert quarantine == {} and read == 4


@pytest.mark.parametrize(
    "written", ["inf", "-inf", "nan", "1e3", "1E3", "1_000", "1,000", "0x10", "12.", ".5", "", "n/a", "66.79%", "١٢"]
)
def test_only_plainly_written_finite_numbers_load(reference, tmp_path, written):
    # eid_accounts has no valid_max: an infinite count would pass every range rule downstream.
    path = tmp_path / "numbers.csv"
    path.write_text(
        HEADER
        + f'Nghệ An,eid_accounts,2023,"{written}",,{URL},\n'
        + f"Nghệ An,eid_accounts,2022,-0.5,,{URL},\n"
        + f"Nghệ An,eid_accounts,2021,1000,,{URL},\n",
        encoding="utf-8",
    )
    facts, quarantine, read = stage(path, reference, tmp_path)
    assert quarantine[2][0] == "bad_value" and f"'{written}'" in quarantine[2][1]
    assert "numbers.csv:2" in quarantine[2][1]
    assert facts.select("source_line", "value").rows() == [(4, 1000.0)]  # -0.5 accounts fails the catalog's range
    assert set(quarantine) == {2, 3} and read == 3


def test_excel_vietnamese_csv_is_read(reference, tmp_path):
    text = (
        "province;indicator_code;period;value;unit;source;note\r\n"
        f"Nghệ An;online_dossier_rate_pct;2023;66,79;percent;{URL};đạt, vượt kế hoạch\r\n"
        f"Thanh Hoá;eid_accounts;2023-H1;803868;;{URL};\r\n"
        f"Hà Tĩnh;online_dossier_rate_pct;2023;66.79;percent;{URL};a decimal point in this file\r\n"
        f"Hà Tĩnh;eid_accounts;2023;1.234.567;;{URL};thousands separators\r\n"
    )
    path = tmp_path / "excel_vi.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    facts, quarantine, read = stage(path, reference, tmp_path)
    assert facts.select("source_line", "province_code", "value", "note").rows() == [
        (2, "40", 66.79, "đạt, vượt kế hoạch"),
        (3, "38", 803868.0, None),
    ]
    assert quarantine[4][0] == "bad_value" and "',' as decimal mark" in quarantine[4][1]
    assert quarantine[5][0] == "bad_value" and read == 4


def test_an_unclosed_quote_quarantines_every_line_not_read(tmp_path, reference):
    corpus = Path(__file__).parent / "data" / "bad" / "submissions" / "unbalanced_quote.csv"
    facts, quarantine, read = stage(corpus, reference, tmp_path)
    assert facts["source_line"].to_list() == [2]
    assert quarantine[3][0] == "malformed_csv" and "never closed" in quarantine[3][1]
    assert quarantine[4][0] == "unread_line" and "unbalanced_quote.csv:4" in quarantine[4][1]
    assert read == 3  # before: 2, and line 4 was in neither the facts nor the quarantine


def test_lines_are_physical_lines(reference, tmp_path):
    """A quoted note over two lines and a blank line: each row keeps the line it starts on."""
    path = tmp_path / "lines.csv"
    path.write_text(
        HEADER
        + f'Nghệ An,eid_accounts,2021,10,,{URL},"a note\nover two lines"\n\n'
        + f"Nghệ An,eid_accounts,2022,11,,{URL},\n"
        + f"Nghệ An,eid_accounts,2023,12,,{URL},,\n"
        + f"Nghệ An,eid_accounts,2024,13,,{URL},\n",
        encoding="utf-8",
    )
    facts, quarantine, read = stage(path, reference, tmp_path)
    assert facts.select("source_line", "value").rows() == [(2, 10.0), (5, 11.0), (7, 13.0)]
    assert quarantine[6][0] == "ragged_row" and "has 8 fields" in quarantine[6][1]
    assert read == 4


def test_lines_are_physical_lines_when_records_are_consecutive(reference, tmp_path):
    """Records on consecutive lines (read as a view, their line from their row number), one of them with a
    trailing delimiter (DuckDB accepts it and drops the empty field): the others keep their lines."""
    path = tmp_path / "consecutive.csv"
    path.write_text(
        HEADER
        + f"Nghệ An,eid_accounts,2021,10,,{URL},\n"
        + f"Nghệ An,eid_accounts,2022,11,,{URL},,\n"
        + f"Nghệ An,eid_accounts,2023,12,,{URL},\n"
        + f"Nghệ An,eid_accounts,2024,13,,{URL},a note\n",
        encoding="utf-8",
    )
    facts, quarantine, read = stage(path, reference, tmp_path)
    assert facts.select("source_line", "value").rows() == [(2, 10.0), (4, 12.0), (5, 13.0)]
    assert quarantine[3][0] == "ragged_row" and "has 8 fields" in quarantine[3][1]
    assert read == 4


def test_province_spellings_are_resolved_once_each(reference, tmp_path, monkeypatch):
    resolver, _ = reference
    calls = []
    original = ProvinceResolver.try_resolve
    monkeypatch.setattr(
        ProvinceResolver,
        "try_resolve",
        lambda self, name, grouping=63: calls.append(name) or original(self, name, grouping),
    )
    path = tmp_path / "many.csv"
    path.write_text(
        HEADER
        + "".join(
            f"{name},eid_accounts,{year},{year},,{URL},\n"
            for year in range(2000, 2020)
            for name in ("Nghệ An", "TT Huế", "Atlantis")
        ),
        encoding="utf-8",
    )
    facts, quarantine, read = stage(path, reference, tmp_path)
    assert sorted(calls) == ["Atlantis", "Nghệ An", "TT Huế"]
    assert facts.height == 40 and len(quarantine) == 20 and read == 60
