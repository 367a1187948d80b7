"""A Pandera model's column rules (nullability and built-in column checks) as one SQL condition, so that a
large table can be screened inside DuckDB instead of being fetched whole into Python.

The condition is a prefilter, not a second definition of the rules: it holds for every row that may fail a
column rule, and such rows are then validated by Pandera itself, whole, so what a rejected row says (column,
check, value) is Pandera's. It may hold for a row Pandera accepts (that row is only validated for nothing),
never the other way round:
- a null, or a NaN in a float column, is flagged in a non-nullable column (Pandera counts NaN as null), and a
  NaN in a float column with a check is flagged whatever the check;
- `str_matches` and `str_contains` use DuckDB's RE2, whose `\\d`, `\\w` and `\\s` are ASCII only, where polars'
  regex engine is Unicode-aware: RE2 matches no more than polars, so a row polars would reject is flagged;
- string lengths are counted in characters (code points) on both sides.
A check with no SQL form here (a custom check, `unique`, ...) raises: the screen would otherwise miss it.
The model's dataframe-wide checks are custom Python, with no SQL form to derive: frame_checks_may_fail_sql takes
their SQL written beside the model (checks.schemas.facts.FRAME_CHECKS_SQL), by check name, and refuses a model
with a dataframe check it lacks; the same contract holds (a flagged row is validated whole by Pandera).
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from storage.sql_text import sql_string


def _literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return sql_string(value)
    raise ValueError(f"no SQL literal for {value!r}")


def _condition(column: str, check: pa.Check) -> str:
    """The SQL of the condition a value must meet to pass `check` (the value is not null)."""
    stats = check.statistics
    comparisons = {
        "greater_than": ">",
        "greater_than_or_equal_to": ">=",
        "less_than": "<",
        "less_than_or_equal_to": "<=",
        "equal_to": "=",
        "not_equal_to": "<>",
    }
    if check.name in comparisons:
        value = next(v for k, v in stats.items() if k in ("min_value", "max_value", "value"))
        return f"{column} {comparisons[check.name]} {_literal(value)}"
    if check.name == "in_range":
        low = ">=" if stats.get("include_min", True) else ">"
        high = "<=" if stats.get("include_max", True) else "<"
        return f"{column} {low} {_literal(stats['min_value'])} AND {column} {high} {_literal(stats['max_value'])}"
    if check.name in ("isin", "notin"):
        values = ", ".join(_literal(v) for v in stats["allowed_values" if check.name == "isin" else "forbidden_values"])
        return f"{column} {'IN' if check.name == 'isin' else 'NOT IN'} ({values})"
    if check.name in ("str_matches", "str_contains"):
        pattern = stats["pattern"]
        pattern = getattr(pattern, "pattern", pattern)
        if check.name == "str_matches" and not pattern.startswith("^"):
            pattern = "^" + pattern
        return f"regexp_matches({column}, {sql_string(pattern)})"
    if check.name == "str_startswith":
        return f"starts_with({column}, {_literal(stats['string'])})"
    if check.name == "str_endswith":
        return f"ends_with({column}, {_literal(stats['string'])})"
    if check.name == "str_length":
        if stats.get("exact_value") is not None:
            return f"length({column}) = {int(stats['exact_value'])}"
        parts = []
        if stats.get("min_value") is not None:
            parts.append(f"length({column}) >= {int(stats['min_value'])}")
        if stats.get("max_value") is not None:
            parts.append(f"length({column}) <= {int(stats['max_value'])}")
        return " AND ".join(parts)
    raise ValueError(f"check {check.name!r} has no SQL form: rows failing it could not be screened in SQL")


def may_fail_sql(schema: pa.DataFrameSchema) -> str:
    """A SQL condition over the schema's columns, true for every row that may fail one of its column rules."""
    terms = []
    for name, column in schema.columns.items():
        quoted = '"' + name.replace('"', '""') + '"'
        is_float = column.dtype is not None and column.dtype.type in (pl.Float32(), pl.Float64())
        nan = f" OR isnan({quoted})" if is_float else ""
        if not column.nullable:
            terms.append(f"{quoted} IS NULL{nan}")
        for check in column.checks:
            terms.append(f"({quoted} IS NOT NULL AND (({_condition(quoted, check)}) IS NOT TRUE{nan}))")
    return " OR ".join(terms) or "false"


def frame_checks_may_fail_sql(schema: pa.DataFrameSchema, forms: dict[str, str]) -> str:
    """A SQL condition, true for every row that may fail one of the schema's dataframe-wide checks, from `forms`
    (check name -> a condition that holds, or is NULL, when the row may fail it). A NULL flags the row."""
    missing = [check.name for check in schema.checks if check.name not in forms]
    if missing:
        raise ValueError(
            f"dataframe check(s) {', '.join(map(str, missing))} of {schema.name} have no SQL form: rows failing them "
            "could not be screened in SQL"
        )
    return " OR ".join(f"coalesce(({forms[check.name]}), true)" for check in schema.checks) or "false"
