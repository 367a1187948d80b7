"""The business rules as data: name, checked table, severity, description and the SQL that returns
the offending rows. No Dagster here, so `dxw explain` can run a rule's SQL without importing it;
checks/rules.py turns each rule into a Dagster asset check."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

ERROR, WARN = "ERROR", "WARN"
EXPECTED_COVERAGE = Path(__file__).with_name("expected_coverage.yaml")


@dataclass(frozen=True)
class Rule:
    name: str
    asset: str
    severity: str  # ERROR (blocking) or WARN
    description: str
    sql: str  # returns the offending rows
    # On an incremental build, when set: the offending rows the rows the build inserted can cause ($inserted
    # is the condition selecting those rows). Only for a rule whose offence needs an inserted row: the rows
    # kept from the published warehouse passed the rule in the run that published it (the publish records the
    # rules that passed; a code change makes the build full; a published file written to since, or one whose
    # run did not pass the rule, is checked whole: assets.warehouse.incremental.inserted_rows).
    inserted_sql: str | None = None
    # (table, key column) pairs the rule checks the rows against, when the inserted rows alone are checked:
    # the kept rows passed against the published tables, so they still pass only while every key those
    # tables held is still there; when one is gone, the whole table is checked (checks.rules.evaluate).
    kept_keys: tuple[tuple[str, str], ...] = ()
    # Tables the rule reads beside its own (the catalog's units and ranges): the kept rows passed against their
    # published content, so they still pass only while these tables are what they were; when one differs, the
    # whole table is checked (checks.rules.evaluate).
    kept_tables: tuple[str, ...] = ()


def _coverage_sql() -> str:
    expectations = yaml.safe_load(EXPECTED_COVERAGE.read_text(encoding="utf-8"))
    rows = ", ".join(
        f"('{e['indicator_code']}', {int(e['year'])}, {int(e['grouping'])}, {int(e['units'])})" for e in expectations
    )
    return f"""
        WITH expected(indicator_code, year, grouping, units) AS (VALUES {rows})
        SELECT e.indicator_code, e.year, e.grouping, e.units AS expected_units,
               count(DISTINCT f.province_code) AS units_found
        FROM expected AS e
        LEFT JOIN fact_indicator_value AS f
          ON f.indicator_code = e.indicator_code AND f.year = e.year AND f.grouping = e.grouping AND NOT f.is_target
        GROUP BY ALL HAVING count(DISTINCT f.province_code) <> e.units"""


# A fact (alias f) whose unit, indicator or source is not in its dimension (foreign_keys_resolve).
_UNRESOLVED_KEYS = """NOT EXISTS (SELECT 1 FROM dim_province AS p WHERE p.province_code = f.province_code)
               OR NOT EXISTS (SELECT 1 FROM dim_indicator AS i WHERE i.indicator_code = f.indicator_code)
               OR NOT EXISTS (SELECT 1 FROM dim_source AS s WHERE s.source_id = f.source_id)"""


RULES = [
    Rule(
        "fact_id_unique",
        "fact_indicator_value",
        ERROR,
        "Every fact has its own fact_id (the MD5 of file:line:n, unique by construction); two rows sharing one would "
        "make every reference to a fact ambiguous.",
        # Grouped by a 64-bit hash of the id first (a small hash table even for tens of millions of facts);
        # only ids whose hash repeats are compared whole.
        """WITH repeated AS (SELECT hash(fact_id) AS h FROM fact_indicator_value GROUP BY h HAVING count(*) > 1)
            SELECT fact_id, count(*) AS rows, list(source_file || ':' || source_line) AS places
            FROM fact_indicator_value WHERE hash(fact_id) IN (SELECT h FROM repeated)
            GROUP BY fact_id HAVING count(*) > 1""",
        # Two rows share an id only if one was inserted: the inserted ids, looked up among all.
        inserted_sql="""SELECT fact_id, count(*) AS rows, list(source_file || ':' || source_line) AS places
            FROM fact_indicator_value
            WHERE fact_id IN (SELECT fact_id FROM fact_indicator_value WHERE $inserted)
            GROUP BY fact_id HAVING count(*) > 1""",
    ),
    Rule(
        "foreign_keys_resolve",
        "fact_indicator_value",
        ERROR,
        "Every fact names a known unit, indicator and source.",
        # NOT EXISTS, not NOT IN: `x NOT IN (SELECT ...)` is NULL, never true, once the dimension holds a NULL key,
        # and the rule would pass whatever the facts name; and a fact with a NULL key names no known key: offending.
        f"""SELECT f.fact_id, f.province_code, f.indicator_code, f.source_id, f.source_file, f.source_line
            FROM fact_indicator_value AS f
            WHERE {_UNRESOLVED_KEYS}""",
        # A kept fact names keys the published dimensions held: only an inserted one can name an unknown key
        # while no published key is gone.
        inserted_sql=f"""SELECT f.fact_id, f.province_code, f.indicator_code, f.source_id, f.source_file, f.source_line
            FROM fact_indicator_value AS f
            WHERE ($inserted) AND ({_UNRESOLVED_KEYS})""",
        kept_keys=(("dim_province", "province_code"), ("dim_indicator", "indicator_code"), ("dim_source", "source_id")),
    ),
    Rule(
        "scores_within_0_1",
        "fact_indicator_value",
        ERROR,
        "DTI scores (overall, pillars, indices, averages) lie in [0, 1].",
        """SELECT f.province_code, f.indicator_code, f.year, f.value, f.source_file, f.source_line
            FROM fact_indicator_value AS f JOIN dim_indicator AS i USING (indicator_code)
            WHERE i.unit = 'score' AND i.valid_min >= 0 AND (f.value < 0 OR f.value > 1)""",
        # A row breaks the rule by its own value and its indicator's unit: only an inserted row can, while the
        # catalog is as published.
        inserted_sql="""SELECT f.province_code, f.indicator_code, f.year, f.value, f.source_file, f.source_line
            FROM (FROM fact_indicator_value WHERE $inserted) AS f JOIN dim_indicator AS i USING (indicator_code)
            WHERE i.unit = 'score' AND i.valid_min >= 0 AND (f.value < 0 OR f.value > 1)""",
        kept_tables=("dim_indicator",),
    ),
    Rule(
        "percents_within_0_100",
        "fact_indicator_value",
        ERROR,
        "Percentages lie in [0, 100] unless the indicator allows more (catalog valid_max empty or above 100).",
        """SELECT f.province_code, f.indicator_code, f.year, f.value, f.source_file, f.source_line
            FROM fact_indicator_value AS f JOIN dim_indicator AS i USING (indicator_code)
            WHERE i.unit = 'percent' AND (f.value < 0 OR (f.value > 100 AND i.valid_max IS NOT NULL AND i.valid_max <= 100))""",
        inserted_sql="""SELECT f.province_code, f.indicator_code, f.year, f.value, f.source_file, f.source_line
            FROM (FROM fact_indicator_value WHERE $inserted) AS f JOIN dim_indicator AS i USING (indicator_code)
            WHERE i.unit = 'percent' AND (f.value < 0 OR (f.value > 100 AND i.valid_max IS NOT NULL AND i.valid_max <= 100))""",
        kept_tables=("dim_indicator",),
    ),
    Rule(
        "ranks_within_grouping",
        "fact_indicator_value",
        ERROR,
        "A rank is a whole number from 1 to the number of units of its grouping (63 or 34).",
        """SELECT f.province_code, f.indicator_code, f.year, f.grouping, f.value, f.source_file, f.source_line
            FROM fact_indicator_value AS f JOIN dim_indicator AS i USING (indicator_code)
            WHERE i.unit = 'rank' AND (f.grouping IS NULL OR f.value < 1 OR f.value > f.grouping OR f.value <> round(f.value))""",
        inserted_sql="""SELECT f.province_code, f.indicator_code, f.year, f.grouping, f.value, f.source_file, f.source_line
            FROM (FROM fact_indicator_value WHERE $inserted) AS f JOIN dim_indicator AS i USING (indicator_code)
            WHERE i.unit = 'rank' AND (f.grouping IS NULL OR f.value < 1 OR f.value > f.grouping OR f.value <> round(f.value))""",
        kept_tables=("dim_indicator",),
    ),
    Rule(
        "complete_rankings_are_consistent",
        "fact_indicator_value",
        ERROR,
        "In a ranking one source publishes whole, k units tied at rank r are followed by rank r + k.",
        """WITH one_source AS (
                SELECT f.source_id, f.indicator_code, f.year, f.grouping, f.value AS rank, count(*) AS tied
                FROM fact_indicator_value AS f JOIN dim_indicator AS i USING (indicator_code)
                WHERE i.unit = 'rank' AND NOT f.is_target GROUP BY ALL),
            complete AS (
                SELECT source_id, indicator_code, year, grouping FROM one_source
                GROUP BY ALL HAVING sum(tied) = any_value(grouping)),
            expected AS (
                SELECT o.*, sum(tied) OVER (PARTITION BY o.source_id, o.indicator_code, o.year, o.grouping ORDER BY rank
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
                FROM one_source AS o JOIN complete USING (source_id, indicator_code, year, grouping))
            SELECT source_id, indicator_code, year, grouping, rank, tied, coalesce(before, 0) + 1 AS expected_rank
            FROM expected WHERE rank <> coalesce(before, 0) + 1""",
    ),
    Rule(
        "ranks_unique_except_published_ties",
        "fact_indicator_value",
        WARN,
        "Two units share a rank only as a tie one source publishes; a rank given to different units by different "
        "sources is an unconfirmed tie or an error of one source (see fact_conflict).",
        """WITH ranks AS (
                SELECT f.* FROM fact_indicator_value AS f JOIN dim_indicator AS i USING (indicator_code)
                WHERE i.unit = 'rank' AND NOT f.is_target),
            published_ties AS (
                SELECT indicator_code, year, grouping, value FROM ranks
                GROUP BY indicator_code, year, grouping, value, source_id HAVING count(DISTINCT province_code) > 1)
            SELECT r.indicator_code, r.year, r.grouping, r.value AS rank, list(DISTINCT r.province_code) AS units,
                   list(DISTINCT r.source_file || ':' || r.source_line) AS places
            FROM ranks AS r ANTI JOIN published_ties AS t
              ON t.indicator_code = r.indicator_code AND t.year = r.year
             AND t.grouping IS NOT DISTINCT FROM r.grouping AND t.value = r.value
            GROUP BY ALL HAVING count(DISTINCT r.province_code) > 1""",
    ),
    Rule(
        "periods_ordered_and_not_in_future",
        "fact_indicator_value",
        ERROR,
        "A period starts before it ends, and an achievement does not describe the future (targets may): the future "
        "starts after the as-of day (DXW_AS_OF, default today).",
        """SELECT province_code, indicator_code, period_start, period_end, is_target, source_file, source_line
            FROM fact_indicator_value
            WHERE period_start > period_end OR (NOT is_target AND period_start > $as_of)""",
        # A row breaks the rule by its own columns and the as-of day, which an incremental build shares with the
        # published file (a new as-of day makes the build full: assets.warehouse.incremental.decide).
        inserted_sql="""SELECT province_code, indicator_code, period_start, period_end, is_target, source_file, source_line
            FROM fact_indicator_value
            WHERE ($inserted) AND (period_start > period_end OR (NOT is_target AND period_start > $as_of))""",
    ),
    Rule(
        "expected_coverage",
        "fact_indicator_value",
        ERROR,
        "Editions published whole (checks/expected_coverage.yaml) have every unit: 2022 has 63 overall ranks.",
        _coverage_sql(),
    ),
    Rule(
        "tables_and_columns_described",
        "fact_indicator_value",
        ERROR,
        "Every warehouse table and column has a description, every indicator and fact a unit.",
        """SELECT 'table' AS what, table_name AS name FROM duckdb_tables()
                WHERE database_name = current_database() AND coalesce(comment, '') = ''
            UNION ALL SELECT 'view', view_name FROM duckdb_views()
                WHERE database_name = current_database() AND NOT internal AND coalesce(comment, '') = ''
            UNION ALL SELECT 'column', table_name || '.' || column_name FROM duckdb_columns()
                WHERE database_name = current_database() AND NOT internal AND coalesce(comment, '') = ''
            UNION ALL SELECT 'indicator unit', indicator_code FROM dim_indicator WHERE coalesce(unit, '') = ''
            UNION ALL SELECT 'fact unit', fact_id FROM fact_indicator_value WHERE coalesce(unit, '') = ''""",
    ),
    Rule(
        "row_accounting_balances",
        "load_audit",
        ERROR,
        "For every source file: rows read = rows loaded + rows quarantined + rows skipped, and no row is in two places.",
        """SELECT source, source_file, rows_read, rows_loaded, rows_quarantined, rows_skipped,
                   rows_both_loaded_and_quarantined FROM load_audit WHERE NOT balanced""",
    ),
    Rule(
        "source_conflicts",
        "fact_conflict",
        WARN,
        "Sources that disagree or contradict each other, with the values (the table fact_conflict).",
        "SELECT conflict_kind, province_code, indicator_code, year, grouping, conflicting_values, detail FROM fact_conflict",
    ),
    Rule(
        "no_rows_quarantined",
        "quarantine",
        WARN,
        "Rows rejected on the way in, by source file and rule (the table quarantine).",
        "SELECT source_file, rule, count(*) AS rows, any_value(message) AS example FROM quarantine GROUP BY ALL ORDER BY rows DESC",
    ),
]


def rule_sql(rule: Rule, as_of: date, inserted: str | None = None) -> str:
    """The rule's query with the as-of day in place of $as_of (the only date a rule may compare with); with
    `inserted` (an incremental build's condition on the rows it inserted), its inserted_sql where it has one."""
    sql = rule.inserted_sql.replace("$inserted", inserted) if inserted and rule.inserted_sql else rule.sql
    return sql.replace("$as_of", f"DATE '{as_of.isoformat()}'")
