"""mart_dti_ranking flags a unit's edition when the figures it shows are contradicted, not another indicator's."""

from __future__ import annotations

import shutil

import duckdb

from tests.conftest import RAW, materialize


def test_has_conflict_follows_the_dti_figures_of_the_row_only(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    # Thái Bình: two sources disagree on its 2022 online dossiers (no DTI figure), and one gives it rank 40 in the
    # 2021 DTI, which a shipped report states as 45
    (raw / "submissions" / "contradictions.csv").write_text(
        "province,indicator_code,period,value,unit,source,note,is_target\n"
        "Thái Bình,online_dossier_rate_pct,2022,55.5,percent,https://example.org/a,one source,false\n"
        "Thái Bình,online_dossier_rate_pct,2022,61.2,percent,https://example.org/b,another source,false\n"
        "Thái Bình,dti_rank,2021,40,rank,https://example.org/c,not the published rank,false\n",
        encoding="utf-8",
    )
    warehouse = tmp_path / "wh" / "dx.duckdb"
    materialize(raw, warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        conflicts = con.execute(
            "SELECT indicator_code, year FROM fact_conflict WHERE province_code = '34' ORDER BY ALL"
        ).fetchall()
        assert conflicts == [("dti_rank", 2021), ("online_dossier_rate_pct", 2022)]
        flags = con.execute(
            "SELECT year, has_conflict FROM mart_dti_ranking WHERE province_code = '34' AND grouping = 63 ORDER BY 1"
        ).fetchall()
    assert flags == [(2021, True), (2022, False)]
