"""dxw rank, trend and compare: answers read from the marts, as text."""

from __future__ import annotations

from pipelines.analysis.errors import AnalysisError
from pipelines.analysis.table import fmt, render
from pipelines.analysis.warehouse import indicator, province_name, resolve_province, rows

DTI_CODES = ("dti_score", "dti_rank")


def rank(con, year: int, grouping: int = 63, top: int | None = None, indicator_code: str | None = None) -> str:
    if indicator_code and indicator_code not in DTI_CODES:
        return _rank_indicator(con, year, grouping, top, indicator(con, indicator_code))
    found = rows(
        con,
        "select dti_rank, province_code, province_name, dti_score, rank_source, rank_change "
        "from mart_dti_ranking where year = ? and grouping = ? and dti_rank is not null "
        "order by dti_rank, province_code",
        [year, grouping],
    )
    if not found:
        editions = [
            f"{y} ({g})"
            for y, g in con.execute(
                "select distinct year, grouping from mart_dti_ranking where dti_rank is not null order by 1, 2"
            ).fetchall()
        ]
        raise AnalysisError(
            f"no DTI ranks for {year} in the {grouping}-unit grouping; editions with ranks: {', '.join(editions)}"
        )
    known = len(found)
    shown = found[:top] if top else found
    head = f"DTI {year}, {grouping} units: {known} of {grouping} ranks known" + (
        "" if known == grouping else f' ({grouping - known} missing: dxw sql "select * from mart_dti_coverage")'
    )
    table = render(
        ["rank", "province", "score", "rank_source", "rank_change"],
        [[r["dti_rank"], r["province_name"], r["dti_score"], r["rank_source"], r["rank_change"]] for r in shown],
    )
    return head + "\n" + table


def _rank_indicator(con, year: int, grouping: int, top: int | None, ind: dict) -> str:
    found = rows(
        con,
        "select period_start, period_end, rank_among_reporting, province_name, value, units_reporting "
        "from mart_province_comparison where indicator_code = ? and year = ? and grouping = ? "
        "order by period_start, period_end, rank_among_reporting nulls last, province_code",
        [ind["indicator_code"], year, grouping],
    )
    if not found:
        raise AnalysisError(f"no unit reports {ind['indicator_code']} for {year} in the {grouping}-unit grouping")
    out = [
        f"{ind['name_vi']} / {ind['name_en']} ({ind['unit']}), {year}: rank among the units that report it "
        "(not an official ranking)"
    ]
    periods = sorted({(r["period_start"], r["period_end"]) for r in found})
    for start, end in periods:
        period_rows = [r for r in found if (r["period_start"], r["period_end"]) == (start, end)]
        period_rows = period_rows[:top] if top else period_rows
        out.append(f"period {start}..{end}: {period_rows[0]['units_reporting']} of {grouping} units report it")
        out.append(
            render(
                ["rank", "province", "value"],
                [[r["rank_among_reporting"], r["province_name"], r["value"]] for r in period_rows],
            ).rstrip("\n")
        )
    return "\n".join(out) + "\n"


def trend(con, province: str, indicator_code: str | None = None) -> str:
    code = resolve_province(con, province)
    name = province_name(con, code)
    if indicator_code and indicator_code not in DTI_CODES:
        return _trend_indicator(con, code, name, indicator(con, indicator_code))
    found = rows(
        con,
        "select year, grouping, dti_rank, dti_score, rank_change, score_change, rank_source "
        "from mart_dti_trend where province_code = ? order by grouping desc, year",
        [code],
    )
    unit = con.execute(
        "select unit_2025_code, unit_2025_name from mart_dti_trend where province_code = ? limit 1", [code]
    ).fetchone()
    if not found:
        return f"{name} ({code}): no DTI rank or score is known for any edition\n"
    lines = [f"{name} ({code}): DTI by edition"]
    lines.append(
        render(
            ["year", "grouping", "rank", "score", "rank_change", "score_change", "rank_source"],
            [
                [
                    r["year"],
                    r["grouping"],
                    r["dti_rank"],
                    r["dti_score"],
                    r["rank_change"],
                    r["score_change"],
                    r["rank_source"],
                ]
                for r in found
            ],
        ).rstrip("\n")
    )
    for grouping in sorted({r["grouping"] for r in found}, reverse=True):
        ranked = [r for r in found if r["grouping"] == grouping and r["dti_rank"] is not None]
        if len(ranked) > 1:
            lines.append(f"rank ({grouping} units): " + " -> ".join(f"{r['dti_rank']} ({r['year']})" for r in ranked))
    if unit and unit[0] != code:
        lines.append(f"from 2025-07-01 part of {unit[1]} ({unit[0]}): dxw trend --province {unit[0]}")
    return "\n".join(lines) + "\n"


def _trend_indicator(con, code: str, name: str, ind: dict) -> str:
    found = rows(
        con,
        "select period_start, period_end, grouping, value, source_kind, source_file, n_distinct_values "
        "from fact_indicator_preferred where province_code = ? and indicator_code = ? and not is_target "
        "order by period_end, period_start",
        [code, ind["indicator_code"]],
    )
    if not found:
        return f"{name} ({code}): no value of {ind['indicator_code']} is known\n"
    table = render(
        ["period_start", "period_end", "grouping", "value", "source_kind", "source_file", "sources_disagree"],
        [
            [
                r["period_start"],
                r["period_end"],
                r["grouping"],
                r["value"],
                r["source_kind"],
                r["source_file"],
                r["n_distinct_values"] > 1,
            ]
            for r in found
        ],
    )
    return f"{name} ({code}): {ind['name_vi']} / {ind['name_en']} ({ind['unit']})\n" + table


def compare(
    con, indicator_code: str, year: int | None = None, provinces: list[str] | None = None, grouping: int = 63
) -> str:
    ind = indicator(con, indicator_code)
    everyone = provinces == ["all"]
    if provinces and not everyone:
        codes = [resolve_province(con, p, grouping) for p in provinces]
    elif everyone:
        codes = None
    else:
        codes = [
            r[0]
            for r in con.execute(
                "select coalesce(u.province_code, f.province_code) from ref_focus_province as f "
                "left join dim_province as u on ? = 34 and list_contains(u.member_codes, f.province_code) "
                "order by f.focus_order",
                [grouping],
            ).fetchall()
        ]
    if year is None:
        latest = con.execute(
            "select max(year) from mart_province_comparison where indicator_code = ? and grouping = ?",
            [indicator_code, grouping],
        ).fetchone()[0]
        if latest is None:
            raise AnalysisError(f"no unit reports {indicator_code} in the {grouping}-unit grouping")
        year = latest
    found = rows(
        con,
        "select * from mart_province_comparison where indicator_code = ? and year = ? and grouping = ? "
        "order by period_start, period_end, rank_among_reporting nulls last, province_code",
        [indicator_code, year, grouping],
    )
    out = [
        f"{ind['name_vi']} / {ind['name_en']} ({ind['unit']}, {ind['direction'] or 'no direction'}), {year}, "
        f"{grouping}-unit grouping"
        + ("" if codes is None else ", " + ("focus set" if not provinces else "chosen units"))
    ]
    if not found:
        out.append("no unit reports it for this year")
    for start, end in sorted({(r["period_start"], r["period_end"]) for r in found}):
        period = [r for r in found if (r["period_start"], r["period_end"]) == (start, end)]
        first = period[0]
        out.append(
            f"period {start}..{end}: {first['units_reporting']} of {grouping} units report it; best "
            f"{fmt(first['best_value'])}; national average {fmt(first['national_average'])} "
            f"({first['national_average_basis']})"
        )
        chosen = period if codes is None else [r for r in period if r["province_code"] in codes]
        table_rows = [
            [
                r["rank_among_reporting"],
                r["province_name"],
                r["value"],
                r["gap_to_best"],
                r["gap_to_national_average"],
                r["source_kind"],
            ]
            for r in chosen
        ]
        missing = [] if codes is None else [c for c in codes if c not in {r["province_code"] for r in period}]
        table_rows += [[None, f"{province_name(con, c)} (no value reported)", None, None, None, None] for c in missing]
        out.append(
            render(
                ["rank_among_reporting", "province", "value", "gap_to_best", "gap_to_national_average", "source_kind"],
                table_rows,
            ).rstrip("\n")
        )
    return "\n".join(out) + "\n"
