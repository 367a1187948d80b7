"""The comparison marts against expectations worked out by hand from the raw files.

Each expected number below is read from data/raw (the official 2022 page, the facts file, the
reports, provinces_2024.csv) and written here with the arithmetic, not copied from a mart's output.
"""

import csv

import pytest

from tests.conftest import RAW


def _rows(con, sql, params=()):
    cursor = con.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


# --- mart_dti_by_2025_unit --------------------------------------------------------------------


def test_new_da_nang_2024_published_beside_the_average_of_its_members(con):
    # provinces_2024.csv: Đà Nẵng (48) and Quảng Nam (49) form the unit named after Đà Nẵng.
    with open(RAW / "reference" / "provinces_2024.csv", encoding="utf-8") as handle:
        members = sorted(r["code"] for r in csv.DictReader(handle) if r["unit_from_2025_07_01"] == "Đà Nẵng")
    assert members == ["48", "49"]
    # Facts file: "former Da Nang reached 0.8335 ... former Quang Nam ... 0.5803", "new Da Nang achieved 0.7069".
    row = _rows(
        con,
        "select * from mart_dti_by_2025_unit where unit_code = 'N48' and year = 2024 and indicator_code = 'dti_score'",
    )[0]
    assert row["published_value"] == 0.7069
    assert row["member_codes"] == members and row["member_values"] == [0.8335, 0.5803]
    assert row["members"] == row["members_known"] == 2
    assert row["recomputed_value"] == pytest.approx((0.8335 + 0.5803) / 2)
    assert row["difference"] == pytest.approx(0.7069 - (0.8335 + 0.5803) / 2, abs=1e-9)
    assert row["recomputation"] == "(0.8335 + 0.5803) / 2"
    assert "published 0.7069" in row["statement"] and "(0.8335 + 0.5803) / 2" in row["statement"]
    assert row["missing_members"] is None


def test_a_unit_with_missing_members_is_not_averaged(con):
    # TP. Hồ Chí Minh (new) = Hồ Chí Minh 79 + Bình Dương 74 + Bà Rịa - Vũng Tàu 77. The facts file
    # publishes 0.7770 for the new unit and no 2024 score of any of the three old provinces.
    row = _rows(
        con,
        "select * from mart_dti_by_2025_unit where unit_code = 'N79' and year = 2024 and indicator_code = 'dti_score'",
    )[0]
    assert row["published_value"] == 0.777
    assert row["members"] == 3 and row["members_known"] == 0
    assert row["recomputed_value"] is None and row["difference"] is None
    for name in ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"):
        assert name in row["missing_members"] and name in row["statement"]
    assert "not recomputed" in row["statement"] and "3 of 3 members missing" in row["statement"]


def test_one_known_member_of_two_is_not_an_average(con):
    # 2022: the official page gives Quảng Nam (49) no score (detail rows survived for ranks 1-5 only),
    # while Đà Nẵng (48) has 0.8002. Averaging one member would be a false 0.8002 for the unit.
    row = _rows(
        con,
        "select * from mart_dti_by_2025_unit where unit_code = 'N48' and year = 2022 and indicator_code = 'dti_score'",
    )[0]
    assert row["members_known"] == 1 and row["member_values"] == [0.8002, None]
    assert row["recomputed_value"] is None
    assert "49 Quảng Nam" in row["missing_members"]


def test_every_unit_appears_for_the_overall_score_of_every_edition(con):
    counts = _rows(
        con,
        "select year, count(*) as units from mart_dti_by_2025_unit where indicator_code = 'dti_score' group by year",
    )
    assert {r["year"]: r["units"] for r in counts} == {2020: 34, 2021: 34, 2022: 34, 2023: 34, 2024: 34}


# --- mart_target_attainment -------------------------------------------------------------------


def test_thai_binh_online_dossier_target_met(con):
    # Report 000 (Thái Bình, first half of 2023): "tỷ lệ hồ sơ xử lý trực tuyến đạt 66,79% (vượt mục tiêu 16,79%)":
    # achieved 66.79, target 66.79 - 16.79 = 50; higher is better, so met.
    row = _rows(
        con,
        "select * from mart_target_attainment where province_code = '34' and indicator_code = 'online_dossier_rate_pct'",
    )[0]
    assert (row["target_value"], row["achieved_value"], row["status"]) == (50.0, 66.79, "met")
    assert str(row["period_start"]) == "2023-01-01" and str(row["period_end"]) == "2023-06-30"
    assert "66,79%" in row["achieved_quote"] and "mục tiêu" in row["target_quote"]
    assert row["target_source_file"] == row["achieved_source_file"] == "reports/000_cee3a482afddff29.txt"
    assert row["achieved_char_start"] is not None and row["target_char_start"] is not None


def test_targets_without_an_achievement_for_their_period_are_unknown(con):
    # Report 002 (Hải Dương) states three targets for 2022 and no achievement of them;
    # report 001 (Nghệ An) states the target of 25 essential services for 2022, achieved figures cover other things.
    rows = _rows(
        con,
        "select province_code, indicator_code, target_value, status, status_reason from mart_target_attainment "
        "where province_code in ('30', '40') order by province_code, indicator_code",
    )
    assert [(r["province_code"], r["indicator_code"], r["target_value"], r["status"]) for r in rows] == [
        ("30", "commune_one_stop_digitized_pct", 30.0, "unknown"),
        ("30", "digitized_dossier_centers_pct", 100.0, "unknown"),
        ("30", "district_one_stop_digitized_pct", 50.0, "unknown"),
        ("40", "essential_public_services_deployed", 25.0, "unknown"),
    ]
    assert all("no achievement reported" in r["status_reason"] for r in rows)


def test_every_target_fact_is_judged_once(con):
    targets = con.execute("select count(*) from fact_indicator_value where is_target").fetchone()[0]
    assert con.execute("select count(*) from mart_target_attainment").fetchone()[0] == targets
    statuses = {r[0] for r in con.execute("select distinct status from mart_target_attainment").fetchall()}
    assert statuses <= {"met", "not_met", "unknown"}


# --- mart_rank_change_drivers -----------------------------------------------------------------


def test_thai_binh_2021_to_2022_rank_fell_and_nothing_explains_it(con):
    # Report 000: "vị trí thứ 45 năm 2021", official page: "56 Thái Bình" (2022): 45 - 56 = -11 places.
    rows = _rows(
        con, "select * from mart_rank_change_drivers where province_code = '34' and year_from = 2021 and year_to = 2022"
    )
    assert rows
    assert {(r["overall_rank_from"], r["overall_rank_to"], r["overall_rank_change"]) for r in rows} == {(45, 56, -11)}
    rank = next(r for r in rows if r["indicator_code"] == "dti_rank")
    assert (rank["status"], rank["improvement"]) == ("known", -11)
    assert "45 (2021) -> 56 (2022)" in rank["statement"]
    drivers = [r for r in rows if r["subfamily"] in ("pillar", "main_index")]
    assert drivers and all(r["status"] == "unknown_both" for r in drivers)
    assert rows[0]["drivers_known"] == 0
    assert "cannot tell what drove the change" in rows[0]["unknown_statement"]


def test_quang_ninh_pillars_explain_part_of_2020_to_2022(con):
    # Facts file: Quảng Ninh (22) digital-government pillar 0.4513 (2020) and 0.7804 (2022), ranks 5 and 4.
    rows = {
        r["indicator_code"]: r
        for r in _rows(
            con,
            "select * from mart_rank_change_drivers where province_code = '22' and year_from = 2020 and year_to = 2022",
        )
    }
    gov = rows["dti_gov_score"]
    assert (gov["value_from"], gov["value_to"], gov["status"]) == (0.4513, 0.7804, "known")
    assert gov["change"] == pytest.approx(0.7804 - 0.4513)
    assert rows["dti_gov_rank"]["improvement"] == 5 - 4  # rank 5 -> 4 is one place better
    # The official 2022 page gives Quảng Ninh's indices ("3 Quảng Ninh 0.9581 ..."); 2020 has none.
    awareness = rows["dti_idx_awareness"]
    assert (awareness["status"], awareness["value_from"], awareness["value_to"]) == ("unknown_from", None, 0.9581)
    assert "unknown in 2020" in awareness["statement"]
    assert rows["dti_gov_score"]["drivers_known"] > 0 and "unknown:" in rows["dti_gov_score"]["unknown_statement"]


def test_editions_are_paired_within_one_grouping(con):
    assert con.execute("select count(*) from mart_rank_change_drivers where year_from >= year_to").fetchone()[0] == 0
    # 2024 is known in both groupings for Đà Nẵng: 63-grouping rank 2, 34-grouping rank 17 (new unit N48).
    mixed = con.execute(
        "select count(*) from mart_rank_change_drivers where province_code = 'N48' and grouping = 63"
    ).fetchone()[0]
    assert mixed == 0


# --- mart_province_comparison -----------------------------------------------------------------


def test_2022_scores_compared_among_the_units_that_report_them(con):
    # The official 2022 page's detail table gives scores for ranks 1-5 only:
    # Đà Nẵng 0.8002, Hồ Chí Minh 0.7163, Quảng Ninh 0.7024, Thừa Thiên - Huế 0.6975, Cần Thơ 0.6924.
    rows = _rows(
        con,
        "select * from mart_province_comparison where indicator_code = 'dti_score' and year = 2022 "
        "and grouping = 63 order by rank_among_reporting",
    )
    assert [(r["province_code"], r["value"], r["rank_among_reporting"]) for r in rows] == [
        ("48", 0.8002, 1),
        ("79", 0.7163, 2),
        ("22", 0.7024, 3),
        ("46", 0.6975, 4),
        ("92", 0.6924, 5),
    ]
    assert {r["units_reporting"] for r in rows} == {5}
    assert rows[3]["gap_to_best"] == pytest.approx(0.8002 - 0.6975)
    # No national average of 2022 is published, and 5 of 63 is not the nation: unknown, not a mean of five.
    assert all(r["national_average"] is None and r["national_average_basis"].startswith("unknown") for r in rows)
    assert rows[3]["in_focus_set"] and not rows[0]["in_focus_set"]  # Thừa Thiên Huế is in the focus set


def test_published_national_average_gives_the_gap(con):
    # 2020: the facts file publishes the provincial average 0.3026; Hải Dương scored 0.3504: gap +0.0478.
    row = _rows(
        con,
        "select * from mart_province_comparison where indicator_code = 'dti_score' and year = 2020 "
        "and province_code = '30'",
    )[0]
    assert row["national_average"] == 0.3026 and row["national_average_basis"] == "published national average"
    assert row["gap_to_national_average"] == pytest.approx(0.3504 - 0.3026)
    assert row["national_average_fact_id"] is not None


def test_a_national_figure_that_does_not_state_its_grouping_is_not_applied_to_2024(con):
    # 2024 has both a 63-province and a 34-unit ranking; the published average 0.6961 does not say which.
    rows = _rows(
        con,
        "select national_average, national_average_basis from mart_province_comparison "
        "where indicator_code = 'dti_score' and year = 2024",
    )
    assert rows and all(r["national_average"] is None for r in rows)
    assert all("does not say whether it averages" in r["national_average_basis"] for r in rows)


def test_focus_set_is_the_reviewed_file(con):
    with open(RAW / "reference" / "comparison_focus.csv", encoding="utf-8") as handle:
        listed = [(r["province_code"], r["name_vi"]) for r in csv.DictReader(handle)]
    assert listed == [
        ("34", "Thái Bình"),
        ("40", "Nghệ An"),
        ("30", "Hải Dương"),
        ("82", "Tiền Giang"),
        ("46", "Thừa Thiên Huế"),
    ]
    assert (
        con.execute("select province_code, name_vi from ref_focus_province order by focus_order").fetchall() == listed
    )
    # A 2025 unit is in focus through its members: Huế (N46) is Thừa Thiên Huế; Hà Nội (N01) has no focus member.
    in_focus = dict(
        con.execute(
            "select province_code, bool_and(in_focus_set) from mart_province_comparison "
            "where province_code in ('N46', 'N01') group by 1"
        ).fetchall()
    )
    assert in_focus == {"N46": True, "N01": False}


def test_a_wrong_focus_file_is_a_clear_error(tmp_path):
    from assets.warehouse.comparison_reference import ReferenceFileError, read_focus

    path = tmp_path / "focus.csv"
    path.write_text("province_code,name_vi,why\n34,Nghệ An,wrong name\n", encoding="utf-8")
    with pytest.raises(ReferenceFileError, match=r"focus.csv:2: code 34 is Thái Bình, not Nghệ An"):
        read_focus(path, {"34": "Thái Bình", "40": "Nghệ An"})
    path.write_text("province_code,name_vi,why\nN33,Hưng Yên,a 2025 unit\n", encoding="utf-8")
    with pytest.raises(ReferenceFileError, match="not the code of a pre-2025 province"):
        read_focus(path, {"34": "Thái Bình"})
