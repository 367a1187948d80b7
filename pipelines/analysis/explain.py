"""dxw explain: where one value comes from: the preferred value, every source that states it with its
quote and place, the conflicts it is part of, and the business rules it passes or fails.

The rules are run now, read-only, with the same SQL the Dagster asset checks run (checks/rule_catalog.py)."""

from __future__ import annotations

from pipelines.analysis.errors import AnalysisError
from pipelines.analysis.table import fmt
from pipelines.analysis.warehouse import indicator, province_name, resolve_province, rows

# Columns by which an offending row of a rule names the observations it is about.
_IDENTIFYING = (
    "fact_id",
    "province_code",
    "indicator_code",
    "year",
    "grouping",
    "source_file",
    "source_line",
    "source_id",
)


def explain(con, province: str, indicator_code: str, year: int) -> str:
    code = resolve_province(con, province)
    ind = indicator(con, indicator_code)
    observations = rows(
        con,
        """
        select f.*, s.source_url, s.publisher, s.source_kind, s.priority
        from fact_indicator_value as f join dim_source as s using (source_id)
        where f.province_code = ? and f.indicator_code = ? and f.year = ?
        order by f.is_target, f.grouping, f.period_start, s.priority, f.source_file, f.source_line""",
        [code, indicator_code, year],
    )
    name = province_name(con, code)
    head = f"{name} ({code}) · {ind['name_vi']} / {ind['name_en']} ({indicator_code}, {ind['unit']}) · {year}"
    if not observations:
        raise AnalysisError(
            f"{head}: no source states a value (dxw trend --province {code} --indicator {indicator_code})"
        )
    out = [head, ""]
    preferred = rows(
        con,
        """select * from fact_indicator_preferred where province_code = ? and indicator_code = ? and year = ?
                             order by is_target, grouping, period_start""",
        [code, indicator_code, year],
    )
    out.append("Preferred value (the most trusted source):")
    for p in preferred:
        out.append(
            f"  {fmt(p['value'])}{' (target)' if p['is_target'] else ''} · grouping {fmt(p['grouping'])} · "
            f"period {p['period_start']}..{p['period_end']} · {p['source_kind']} (priority {p['source_priority']}) · "
            f"{p['n_observations']} observation(s), {p['n_distinct_values']} distinct value(s)"
        )
    out += ["", f"Every source that states it ({len(observations)}):"]
    for o in observations:
        place = (
            f"characters {o['char_start']}-{o['char_end']}"
            if o["char_start"] is not None
            else f"line {o['source_line']}"
        )
        out.append(
            f"  {fmt(o['value'])}{' (target)' if o['is_target'] else ''} · {o['source_kind']} · "
            f"{o['publisher'] or o['source_url'] or 'no publisher'}"
        )
        out.append(f"    {o['source_url'] or '(no URL)'}")
        out.append(f'    {o["source_file"]}, {place}: "{o["quote"]}"')
    conflicts = rows(
        con,
        """select conflict_kind, detail from fact_conflict
                             where (province_code = ? or other_province_code = ?) and indicator_code = ? and year = ?""",
        [code, code, indicator_code, year],
    )
    out += ["", "Conflicts: " + ("none" if not conflicts else str(len(conflicts)))]
    out += [f"  {c['conflict_kind']}: {c['detail']}" for c in conflicts]
    out += ["", "Business rules on these observations (run now on the published warehouse):"]
    out += [f"  {line}" for line in _rule_lines(con, observations)]
    return "\n".join(out) + "\n"


def _rule_lines(con, observations: list[dict]) -> list[str]:
    from checks.rule_catalog import RULES, rule_sql
    from storage.settings import as_of

    lines = []
    for rule in RULES:
        if rule.asset != "fact_indicator_value":
            continue
        cursor = con.execute(f"select * from ({rule_sql(rule, as_of())})")
        columns = [d[0] for d in cursor.description]
        offending = [dict(zip(columns, r)) for r in cursor.fetchall()]
        about_values = any(c in columns for c in ("fact_id", "province_code", "source_line", "units"))
        hits = [r for r in offending if about_values and any(_concerns(r, o) for o in observations)]
        if hits:
            verdict = "FAILED" if rule.severity == "ERROR" else "warning"
        elif offending and not about_values:
            verdict = f"failed for the table as a whole ({len(offending)} rows), not for these observations"
        else:
            verdict = "passed"
        lines.append(f"[{rule.severity}] {rule.name}: {verdict} · {rule.description}")
    return lines


def _concerns(row: dict, observation: dict) -> bool:
    if "units" in row and isinstance(row["units"], list) and observation["province_code"] not in row["units"]:
        return False
    shared = [c for c in _IDENTIFYING if c in row]
    return bool(shared) and all(str(row[c]) == str(observation[c]) for c in shared)
