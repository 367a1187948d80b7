"""Business rules as Dagster asset checks, one per rule, each with a severity.

ERROR rules are blocking: when one fails, the assets downstream of the checked table (the
conflict table, the preferred view and every mart) are not updated in that run. WARN rules
report. Each check's metadata carries the count of offending rows and up to five examples.
A rule is a SQL query returning the offending rows.
"""

import dagster as dg

from assets.warehouse.incremental import inserted_rows, record_rule_passed
from checks.rule_catalog import RULES, Rule, rule_sql
from storage.warehouse import Warehouse

_COUNT = "__offending_rows"
SEVERITY = {"ERROR": dg.AssetCheckSeverity.ERROR, "WARN": dg.AssetCheckSeverity.WARN}


def _markdown(columns: list[str], rows: list[tuple]) -> str:
    cell = lambda v: str(v).replace("|", "\\\\|").replace("\n", " ")[:200]  # noqa: E731
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def evaluate(warehouse: Warehouse, rule: Rule) -> dg.AssetCheckResult:
    inserted = (
        inserted_rows(warehouse.build_path, rule.asset, warehouse.published_path, rule.name)
        if rule.inserted_sql
        else None
    )
    sql = rule_sql(rule, warehouse.as_of_date, inserted)
    with warehouse.connect(read_only=True) as con:
        # One run of the rule gives both the count and five examples (a window count over the offending rows,
        # which are few): running it twice doubled the cost of the whole-table rules (fact_id_unique groups
        # every fact: 2.0-2.5 s against 1.0-1.2 s on 10M synthetic fact ids).
        cursor = con.execute(f"SELECT *, count(*) OVER () AS {_COUNT} FROM ({sql}) LIMIT 5")
        columns = [d[0] for d in cursor.description][:-1]
        rows = cursor.fetchall()
    count = rows[0][-1] if rows else 0
    if count == 0 and rule.inserted_sql:  # what the next incremental build may build on (inserted_rows)
        record_rule_passed(warehouse.build_path, rule.name)
    examples = [row[:-1] for row in rows]
    metadata = {"offending_rows": count, "rule": rule.description}
    if inserted:
        metadata["checked"] = "the rows this incremental build inserted, against the whole table"
    if examples:
        metadata["examples"] = dg.MetadataValue.md(_markdown(columns, examples))
    return dg.AssetCheckResult(
        passed=count == 0, severity=SEVERITY[rule.severity], metadata=metadata, description=rule.description
    )


def _check(rule: Rule) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=rule.asset,
        name=rule.name,
        description=f"[{rule.severity}] {rule.description}",
        blocking=rule.severity == "ERROR",
    )
    def _run(warehouse: Warehouse) -> dg.AssetCheckResult:
        return evaluate(warehouse, rule)

    return _run


asset_checks = [_check(rule) for rule in RULES]

__all__ = ["RULES", "Rule", "asset_checks", "evaluate", "rule_sql"]
