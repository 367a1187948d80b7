"""Business rules as Dagster asset checks, one per rule, each with a severity.

ERROR rules are blocking: when one fails, the assets downstream of the checked table (the
conflict table, the preferred view and every mart) are not updated in that run. WARN rules
report. Each check's metadata carries the count of offending rows and up to five examples.
A rule is a SQL query returning the offending rows. The rules of one table run in one step
(a multi-asset check), each still its own check.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from assets.warehouse.incremental import inserted_rows, record_rule_passed, rows_differing_sql
from checks.rule_catalog import RULES, Rule, rule_sql
from storage.sql_text import sql_string
from storage.warehouse import Warehouse

_COUNT = "__offending_rows"
_PUBLISHED = "_published_keys"
SEVERITY = {"ERROR": dg.AssetCheckSeverity.ERROR, "WARN": dg.AssetCheckSeverity.WARN}


def _markdown(columns: list[str], rows: list[tuple]) -> str:
    cell = lambda v: str(v).replace("|", "\\\\|").replace("\n", " ")[:200]  # noqa: E731
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _published_keys_kept(
    con: duckdb.DuckDBPyConnection, published: Path, kept_keys: tuple[tuple[str, str], ...]
) -> bool:
    """Whether every key of these tables in the published file is still in the build file's table."""
    return _none_in_published(
        con,
        published,
        [
            f"SELECT count(*) FROM (SELECT {column} FROM {_PUBLISHED}.{table} EXCEPT SELECT {column} FROM {table})"
            for table, column in kept_keys
        ],
    )


def _published_tables_kept(con: duckdb.DuckDBPyConnection, published: Path, tables: tuple[str, ...]) -> bool:
    """Whether each of these (small) tables holds exactly the rows it holds in the published file."""
    return _none_in_published(con, published, [rows_differing_sql(table, _PUBLISHED) for table in tables])


def _none_in_published(con: duckdb.DuckDBPyConnection, published: Path, counts: list[str]) -> bool:
    """Whether each of these counts, with the published file attached as _PUBLISHED, is 0."""
    with read_only_transaction(con):  # the ATTACH is undone with it (a DETACH is refused within it)
        try:
            con.execute(f"ATTACH {sql_string(str(published))} AS {_PUBLISHED} (READ_ONLY)")
            return all(con.execute(count).fetchone()[0] == 0 for count in counts)
        except duckdb.Error:  # no published file, or a table it lacks
            return False


@contextmanager
def read_only_transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """The statements of a rule in a READ ONLY transaction, rolled back: DuckDB refuses any write to the build
    file there, whether `con` is a read-only connection or, on an incremental build, a cursor of the build file
    the run holds open (storage.warehouse.Warehouse.connect); and a statement that fails leaves the next rule a
    connection it can use (the rollback ends the failed transaction)."""
    con.execute("BEGIN TRANSACTION READ ONLY")
    try:
        yield con
    finally:
        con.execute("ROLLBACK")


def evaluate(warehouse: Warehouse, rule: Rule, con: duckdb.DuckDBPyConnection | None = None) -> dg.AssetCheckResult:
    """The rule's result in the build file (`con`: a read-only connection to it, or on an incremental build a cursor
    of the build file the run holds; opened here when not given). Its statements run in READ ONLY transactions."""
    if con is None:
        with warehouse.connect(read_only=True) as own:
            return evaluate(warehouse, rule, own)
    inserted = (
        inserted_rows(warehouse.build_path, rule.asset, warehouse.published_path, rule.name)
        if rule.inserted_sql
        else None
    )
    if inserted and rule.kept_keys and not _published_keys_kept(con, warehouse.published_path, rule.kept_keys):
        inserted = None  # a key the kept rows may name is gone: every row is checked
    if inserted and rule.kept_tables and not _published_tables_kept(con, warehouse.published_path, rule.kept_tables):
        inserted = None  # a table the kept rows were checked against changed: every row is checked
    sql = rule_sql(rule, warehouse.as_of_date, inserted)
    # One run of the rule gives both the count and five examples (a window count over the offending rows,
    # which are few): running it twice doubled the cost of the whole-table rules (fact_id_unique groups
    # every fact: 2.0-2.5 s against 1.0-1.2 s on 10M synthetic fact ids).
    with read_only_transaction(con):
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
        asset_key=rule.asset,
        check_name=rule.name,
        passed=count == 0,
        severity=SEVERITY[rule.severity],
        metadata=metadata,
        description=rule.description,
    )


def errored(rule: Rule, error: Exception) -> dg.AssetCheckResult:
    """A rule whose evaluation raised (its query failed, say): a failed check with its own severity (so a
    blocking rule still blocks) whose metadata names the error; the table's other rules run on."""
    return dg.AssetCheckResult(
        asset_key=rule.asset,
        check_name=rule.name,
        passed=False,
        severity=SEVERITY[rule.severity],
        metadata={"error": f"{type(error).__name__}: {error}", "rule": rule.description},
        description=f"{rule.description} (not evaluated: the rule raised {type(error).__name__})",
    )


def _spec(rule: Rule) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=rule.name,
        asset=rule.asset,
        description=f"[{rule.severity}] {rule.description}",
        blocking=rule.severity == "ERROR",
    )


def _checks_of(asset: str, rules: list[Rule]) -> dg.AssetChecksDefinition:
    """The rules of one table as ONE step (one op, one connection), each its own asset check with its own
    severity and blocking flag: a step costs 0.05-0.3 s of Dagster's work around little SQL, and the fact table
    has ten rules. A failed blocking rule fails the step after every selected rule reported (Dagster raises once
    the step's results are in), so the assets downstream of the table are not updated, as with one step each.
    A rule that raises reports as failed with the error (`errored`) and the other rules still run: one step
    per rule gave that for free, and one broken query must not hide the results of nine others."""

    @dg.multi_asset_check(name=f"{asset}_rules", specs=[_spec(rule) for rule in rules], can_subset=True)
    def _run(context: dg.AssetCheckExecutionContext, warehouse: Warehouse):
        selected = {key.name for key in context.selected_asset_check_keys}
        with warehouse.connect(read_only=True) as con:
            for rule in rules:
                if rule.name in selected:
                    try:
                        result = evaluate(warehouse, rule, con)
                    except Exception as error:  # one rule's failure must not silence the table's other rules
                        context.log.error(f"rule {rule.name} could not be evaluated: {type(error).__name__}: {error}")
                        result = errored(rule, error)
                    yield result

    return _run


def _by_asset(rules: list[Rule]) -> dict[str, list[Rule]]:
    grouped: dict[str, list[Rule]] = {}
    for rule in rules:
        grouped.setdefault(rule.asset, []).append(rule)
    return grouped


asset_checks = [_checks_of(asset, rules) for asset, rules in _by_asset(RULES).items()]

__all__ = ["RULES", "Rule", "asset_checks", "evaluate", "rule_sql"]
