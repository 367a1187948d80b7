"""The warehouse built from the real shipped data."""

import csv
import re
import subprocess
import sys
from pathlib import Path

from assets.csv_records import csv_records
from assets.text import normalize_text
from tests.conftest import RAW

TOP5_2022 = [  # published on dti.gov.vn/xep-hang-2022
    (1, "48", 0.8002),
    (2, "79", 0.7163),
    (3, "22", 0.7024),
    (4, "46", 0.6975),
    (5, "92", 0.6924),
]


def test_2022_has_63_published_ranks(con):
    rows = con.execute(
        "select count(*), count(distinct province_code), min(dti_rank), max(dti_rank) from mart_dti_ranking "
        "where year = 2022 and grouping = 63 and rank_source = 'published'"
    ).fetchone()
    assert rows == (63, 63, 1, 63)


def test_2022_top5_with_published_scores(con):
    rows = con.execute(
        "select dti_rank, province_code, dti_score from mart_dti_ranking "
        "where year = 2022 and grouping = 63 and dti_rank <= 5 order by dti_rank"
    ).fetchall()
    assert rows == TOP5_2022
    names = dict(
        con.execute(
            "select province_code, province_name from mart_dti_ranking where year = 2022 and dti_rank <= 5"
        ).fetchall()
    )
    assert names["79"] == "Hồ Chí Minh" and names["46"] == "Thừa Thiên Huế"


def test_thai_binh_56th_in_2022_quoted_from_the_official_page(con):
    rank, source_file, line, quote, kind = con.execute(
        "select value, source_file, source_line, quote, source_kind from fact_indicator_preferred "
        "where province_code = '34' and indicator_code = 'dti_rank' and year = 2022 and grouping = 63"
    ).fetchone()
    assert rank == 56 and kind == "official_portal"
    assert source_file == "dti/dti.gov.vn_xep-hang-2022.txt" and quote == "56 Thái Bình"
    assert (RAW / source_file).read_text(encoding="utf-8").splitlines()[line - 1] == quote


def test_ties_stay_ties(con):
    fifteenth = con.execute(
        "select province_name from mart_dti_ranking where year = 2022 and grouping = 63 and dti_rank = 15 order by 1"
    ).fetchall()
    assert fifteenth == [("Thanh Hóa",), ("Yên Bái",)]
    assert con.execute("select count(*) from mart_dti_ranking where year = 2022 and dti_rank = 16").fetchone()[0] == 0
    assert (
        con.execute("select count(*) from fact_conflict where year = 2022 and indicator_code = 'dti_rank'").fetchone()[
            0
        ]
        == 0
    )


def test_known_conflicts_appear(con):
    conflicts = set(
        con.execute(
            "select conflict_kind, province_code, indicator_code, year, coalesce(other_province_code, '') from fact_conflict"
        ).fetchall()
    )
    # 1. TP. Hồ Chí Minh 2022 pillar ranks: Vietnamese sources 3/3, the ministry's English page 2/4.
    assert ("value_disagreement", "79", "dti_gov_rank", 2022, "") in conflicts
    assert ("value_disagreement", "79", "dti_econ_rank", 2022, "") in conflicts
    # 2. Quảng Ninh (22) and Bắc Giang (24) both at 0.3019 in the 2020 digital-economy pillar.
    assert ("same_value_other_province", "22", "dti_econ_score", 2020, "24") in conflicts
    # 5. "up 1 place" for Huế in 2024 compares its 34-unit rank with a 63-unit rank.
    assert ("cross_grouping_change", "N46", "dti_rank_change", 2024, "") in conflicts
    values = con.execute(
        "select conflicting_values from fact_conflict where province_code = '79' and indicator_code = 'dti_gov_rank'"
    ).fetchone()[0]
    assert values == [2.0, 3.0]


def test_preferred_value_comes_from_the_official_portal(con):
    kind, n = con.execute(
        "select source_kind, n_observations from fact_indicator_preferred "
        "where province_code = '79' and indicator_code = 'dti_rank' and year = 2022 and grouping = 63"
    ).fetchone()
    assert kind == "official_portal" and n > 1


def test_groupings_are_kept_apart(con):
    rows = dict(
        con.execute(
            "select grouping, dti_rank from mart_dti_ranking where year = 2024 and province_code in ('46', 'N46')"
        ).fetchall()
    )
    assert rows == {63: 5, 34: 2}
    # A 2024 63-unit rank is never compared with a 34-unit one.
    assert (
        con.execute("select rank_change from mart_dti_ranking where year = 2024 and province_code = 'N46'").fetchone()[
            0
        ]
        is None
    )


def test_histories_follow_the_2025_units(con):
    unit = con.execute(
        "select unit_2025_code, unit_2025_name from mart_dti_trend where province_code = '34' and year = 2022"
    ).fetchone()
    assert unit == ("N33", "Hưng Yên")
    via = con.execute(
        "select via_province_code, value from mart_province_profile where profile_code = 'N33' "
        "and indicator_code = 'dti_rank' and year = 2022"
    ).fetchall()
    assert ("34", 56.0) in via and ("33", 33.0) in via


def test_coverage_says_what_is_missing(con):
    rows = {
        (y, g): (r, m)
        for y, g, r, m in con.execute(
            "select year, grouping, ranks_known, missing_ranks from mart_dti_coverage"
        ).fetchall()
    }
    assert rows[(2022, 63)] == (63, 0)
    assert rows[(2023, 63)][1] > 0


def test_every_fact_has_provenance_that_matches_its_raw_file(con):
    facts = con.execute(
        "select source_file, source_line, quote, province_as_written, char_start, char_end from fact_indicator_value"
    ).fetchall()
    assert facts
    records: dict[str, dict[int, dict]] = {}
    for source_file, line, quote, written, char_start, char_end in facts:
        path = RAW / source_file
        text = path.read_text(encoding="utf-8-sig")
        if source_file.startswith("reports/"):
            normalized = normalize_text(text)
            assert normalized[char_start:char_end] == quote
            assert normalized.count("\n", 0, char_start) + 1 == line
        elif path.suffix == ".csv":
            if source_file not in records:
                records[source_file] = dict(csv_records(text).records)
            record = records[source_file][line]
            assert normalize_text(record["quote"]) == quote
            assert normalize_text(record["province_as_written"]) == written
        else:
            assert normalize_text(text.splitlines()[line - 1]).strip() == quote


def test_every_source_is_described(con):
    missing = con.execute(
        "select count(*) from fact_indicator_value f anti join dim_source using (source_id)"
    ).fetchone()[0]
    assert missing == 0
    kinds = dict(con.execute("select domain, source_kind from dim_source").fetchall())
    assert kinds["dti.gov.vn"] == "official_portal"
    assert "unclassified" not in kinds.values()


def test_facts_file_rows_are_all_accounted_for(con):
    with open(RAW / "dti" / "dti_facts_2020_2024.csv", encoding="utf-8", newline="") as f:
        rows_read = sum(1 for _ in csv.DictReader(f))
    loaded = con.execute(
        "select count(*) from fact_indicator_value where source_file = 'dti/dti_facts_2020_2024.csv'"
    ).fetchone()[0]
    quarantined = con.execute(
        "select count(*) from quarantine where source_file = 'dti/dti_facts_2020_2024.csv'"
    ).fetchone()[0]
    official = con.execute("select count(*) from fact_indicator_value where source_file like 'dti/%.txt'").fetchone()[0]
    # Rows transcribed from the official page are checked against it and not loaded twice.
    assert rows_read == loaded + quarantined + official
    assert con.execute("select rule from quarantine where source_file = 'dti/dti_facts_2020_2024.csv'").fetchall() == [
        ("unstated_grouping",)
    ]


def test_truncated_official_row_is_quarantined_with_its_line(con):
    row = con.execute("select source_line, rule, message from quarantine where source_file like '%.txt'").fetchone()
    assert row[0] == 100 and row[1] == "unparseable_row" and "truncated" in row[2]


def test_every_table_and_column_is_described(con):
    tables = con.execute(
        "select table_name from duckdb_tables() where comment is null or comment = '' "
        "union all select view_name from duckdb_views() where not internal and (comment is null or comment = '')"
    ).fetchall()
    columns = con.execute(
        "select table_name, column_name from duckdb_columns() "
        "where database_name = current_database() and not internal and (comment is null or comment = '')"
    ).fetchall()
    assert tables == [] and columns == []


def test_published_file_opens_in_the_duckdb_cli(warehouse_path):
    cli = Path(sys.executable).parent / "duckdb"
    out = subprocess.run(
        [
            str(cli),
            "-readonly",
            "-csv",
            str(warehouse_path),
            "-c",
            "select count(*) as n from mart_dti_ranking where year = 2022",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.split() == ["n", "63"]


def test_report_facts_quote_their_document_at_their_offsets(con):
    rows = con.execute(
        "select f.quote, substring(d.text, f.char_start + 1, f.char_end - f.char_start), f.extractor_version, s.source_kind "
        "from fact_indicator_value f join dim_document d using (document_id) "
        "join dim_source s on s.source_id = f.source_id"
    ).fetchall()
    assert len(rows) == 35
    assert all(quote == at_offsets for quote, at_offsets, _, _ in rows)
    assert {(v, k) for _, _, v, k in rows} == {("report_concepts/37", "report")}


def test_report_agrees_with_the_official_page(con):
    row = con.execute(
        "select status, report_value, other_source_kinds from fact_reconciliation "
        "where province_code = '34' and indicator_code = 'dti_rank' and year = 2022"
    ).fetchone()
    assert row == ("agree", 56.0, ["official_portal"])


def test_thai_binh_fell_from_45th_to_56th(con):
    row = con.execute(
        "select previous_rank, dti_rank, rank_change from mart_dti_trend where province_code = '34' and year = 2022"
    ).fetchone()
    assert row == (45, 56, -11)


def test_targets_are_kept_apart_from_achievements(con):
    rows = con.execute(
        "select is_target, value from fact_indicator_value where province_code = '34' "
        "and indicator_code = 'online_dossier_rate_pct' order by is_target"
    ).fetchall()
    assert rows == [(False, 66.79), (True, 50.0)]


def test_unclaimed_numbers_quote_their_document_and_measures_outside_the_catalog_are_attributed(con):
    rows = con.execute(
        "select u.quote = substring(d.text, u.char_start + 1, u.char_end - u.char_start), u.reason, "
        "u.province_code, u.period_end, u.is_target "
        "from report_unclaimed_mention u join dim_document d using (document_id)"
    ).fetchall()
    assert rows and all(at_offsets for at_offsets, *_ in rows)
    outside = [r for r in rows if r[1].startswith("a measure outside the catalog")]
    others = [r for r in rows if not r[1].startswith("a measure outside the catalog")]
    assert outside and others
    # a measure outside the catalog is attributed like a fact; another unclaimed number is not
    assert all(province and is_target is not None for _, _, province, _, is_target in outside)
    assert all(province is None and period is None for _, _, province, period, _ in others)
    # and each is counted as skipped with its reason in the load audit of its file
    kept = dict(
        con.execute(
            "select source_file, count(*) from report_unclaimed_mention "
            "where reason like 'a measure outside the catalog%' group by all"
        ).fetchall()
    )
    audit = dict(
        con.execute("select source_file, skip_reasons from load_audit where source_file like 'reports/%'").fetchall()
    )
    counted = {
        file: sum(int(n) for n in re.findall(r"a measure outside the catalog[^;]*: (\d+)(?:;|$)", reasons or ""))
        for file, reasons in audit.items()
    }
    assert {file: n for file, n in counted.items() if n} == kept
