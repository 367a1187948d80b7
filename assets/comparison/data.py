"""What the comparison report shows, read from the warehouse: one query per section.

Every row keeps the keys of the warehouse row it comes from (table and key columns), so a number
on the page can be traced back with `dxw sql`."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb


@dataclass
class Section:
    key: str
    rows: list[dict]
    source: str  # the warehouse table(s) the rows come from
    notes: list[str] = field(default_factory=list)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | tuple = ()) -> list[dict]:
    cursor = con.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def focus_codes(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("select province_code from ref_focus_province order by focus_order").fetchall()]


def detail_year(con: duckdb.DuckDBPyConnection) -> int | None:
    """The latest edition with pillar or index scores for some unit in the 63-unit grouping."""
    return con.execute(
        "select max(year) from mart_dti_ranking where grouping = 63 and "
        "coalesce(dti_idx_awareness, dti_gov_score, dti_econ_score, dti_society_score) is not null"
    ).fetchone()[0]


def rank_history(con, codes: list[str]) -> Section:
    editions = [
        r[0]
        for r in con.execute("select distinct year from mart_dti_ranking where grouping = 63 order by 1").fetchall()
    ]
    rows = _rows(
        con,
        """
        with units as (select unnest(?::VARCHAR[]) as province_code),
        editions as (select unnest(?::SMALLINT[]) as year)
        ,shared as (select year, dti_rank, count(*) as units from mart_dti_ranking
                    where grouping = 63 and dti_rank is not null group by all)
        select e.year, u.province_code, p.name_vi as province_name, r.dti_rank, s.units as sharing_rank, r.dti_score,
               r.rank_source
        from units as u cross join editions as e
        join dim_province as p using (province_code)
        left join mart_dti_ranking as r on r.province_code = u.province_code and r.year = e.year and r.grouping = 63
        left join shared as s on s.year = e.year and s.dti_rank = r.dti_rank
        order by u.province_code, e.year""",
        [codes, editions],
    )
    ties = _rows(
        con,
        """select year, dti_rank, count(*) as units from mart_dti_ranking where grouping = 63
                         and dti_rank is not null group by all having count(*) > 1 order by 1, 2""",
    )
    notes = [
        f"{t['year']}: {t['units']} đơn vị đồng hạng {t['dti_rank']} / {t['units']} units tied at rank {t['dti_rank']}"
        for t in ties
    ]
    return Section("rank_history", rows, "mart_dti_ranking (year, grouping 63, province_code)", notes)


def score_trends(con, codes: list[str]) -> Section:
    rows = _rows(
        con,
        """
        select year, province_code, province_name as series, dti_score as value, 'province' as kind
        from mart_dti_ranking where grouping = 63 and dti_score is not null and list_contains(?::VARCHAR[], province_code)
        union all
        select f.year, f.province_code, 'Bình quân cấp tỉnh (công bố) / published provincial average', f.value, 'average'
        from fact_indicator_preferred as f
        where f.province_code = 'VN' and f.indicator_code = 'dti_provincial_average_score' and not f.is_target
        order by 2, 1""",
        [codes],
    )
    return Section(
        "score_trends",
        rows,
        "mart_dti_ranking (grouping 63); fact_indicator_preferred (VN, dti_provincial_average_score)",
    )


PILLARS_AND_INDICES = [
    "dti_gov_score",
    "dti_econ_score",
    "dti_society_score",
    "dti_idx_awareness",
    "dti_idx_institutions",
    "dti_idx_infrastructure",
    "dti_idx_human_resources",
    "dti_idx_cybersecurity",
    "dti_idx_gov_activity",
    "dti_idx_econ_activity",
    "dti_idx_society_activity",
]


def pillars(con, year: int | None, codes: list[str]) -> Section:
    if year is None:
        return Section(
            "pillars",
            [],
            "mart_dti_ranking",
            ["Chưa có điểm trụ cột hay chỉ số chính / no pillar or index score is known"],
        )
    unpivot = " union all ".join(
        f"select year, province_code, province_name, dti_rank, '{c}' as indicator_code, {c} as value from mart_dti_ranking "
        f"where grouping = 63 and year = {int(year)}"
        for c in PILLARS_AND_INDICES
    )
    rows = _rows(
        con,
        f"""
        select u.*, i.name_vi as indicator_name_vi, i.name_en as indicator_name_en, i.subfamily
        from ({unpivot}) as u join dim_indicator as i using (indicator_code)
        where u.value is not null order by u.dti_rank, u.province_code, i.subfamily, u.indicator_code""",
    )
    shown = {r["province_code"] for r in rows}
    missing = [
        r[0]
        for r in con.execute(
            "select name_vi from dim_province where list_contains(?::VARCHAR[], province_code) order by name_vi",
            [[c for c in codes if c not in shown]],
        ).fetchall()
    ]
    notes = (
        [f"Không có điểm trụ cột/chỉ số năm {year} cho / no {year} pillar or index scores for: {', '.join(missing)}"]
        if missing
        else []
    )
    return Section("pillars", rows, f"mart_dti_ranking (year {year}, grouping 63)", notes)


def units_2025(con) -> Section:
    year = con.execute("select max(year) from mart_dti_by_2025_unit where published_value is not null").fetchone()[0]
    rows = _rows(
        con,
        """select unit_code, unit_name, year, published_value, recomputed_value, recomputation, difference,
                                members, members_known, missing_members, statement
                         from mart_dti_by_2025_unit where indicator_code = 'dti_score' and year = ?
                         order by published_value desc nulls last, unit_code""",
        [year],
    )
    return Section("units_2025", rows, f"mart_dti_by_2025_unit (unit_code, year {year}, dti_score)")


def targets(con) -> Section:
    rows = _rows(
        con,
        """select province_code, province_name, indicator_code, indicator_name_vi, indicator_name_en, unit,
                                period_start, period_end, target_value, achieved_value, status, status_reason,
                                target_quote, achieved_quote, target_source_file, target_fact_id
                         from mart_target_attainment
                         order by status, province_code, indicator_code, period_start, period_end, target_fact_id""",
    )
    return Section("targets", rows, "mart_target_attainment (target_fact_id)")


def conflicts(con) -> Section:
    rows = _rows(
        con,
        """select c.conflict_kind, c.province_code, p.name_vi as province_name, c.indicator_code, c.grouping,
                                c.year, c.conflicting_values, c.detail
                         from fact_conflict as c join dim_province as p using (province_code)
                         order by year, conflict_kind, province_code, indicator_code, grouping, period_start, period_end,
                                  other_province_code, detail""",
    )
    return Section("conflicts", rows, "fact_conflict")


def coverage(con) -> Section:
    rows = _rows(con, "select * from mart_dti_coverage order by year, grouping")
    return Section("coverage", rows, "mart_dti_coverage (year, grouping)")


def focus_names(con, codes: list[str]) -> list[tuple[str, str]]:
    return [
        tuple(r)
        for r in con.execute(
            "select province_code, name_vi from dim_province where list_contains(?::VARCHAR[], province_code) "
            "order by list_position(?::VARCHAR[], province_code)",
            [codes, codes],
        ).fetchall()
    ]
