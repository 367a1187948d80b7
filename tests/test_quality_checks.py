"""Business rules as asset checks: results with counts and examples; ERROR rules block the marts."""

import shutil

import dagster as dg
import duckdb
import pytest

from tests.conftest import RAW, materialize

PAGE = "dti/dti.gov.vn_xep-hang-2022.txt"


def _checks(result: dg.ExecuteInProcessResult) -> dict[str, dg.AssetCheckEvaluation]:
    return {e.check_name: e for e in result.get_asset_check_evaluations()}


def test_rules_on_the_shipped_data(full_refresh):
    """The checks of the session's refresh of the shipped data (conftest.full_refresh: the same
    `materialize(RAW, ...)` this test ran on its own before, into a fresh warehouse and instance)."""
    _, result = full_refresh
    checks = _checks(result)
    errors = {name for name, e in checks.items() if e.severity == dg.AssetCheckSeverity.ERROR}
    assert {
        "expected_coverage",
        "ranks_within_grouping",
        "scores_within_0_1",
        "percents_within_0_100",
        "periods_ordered_and_not_in_future",
        "row_accounting_balances",
        "tables_and_columns_described",
        "complete_rankings_are_consistent",
        "foreign_keys_resolve",
    } <= errors
    assert all(checks[name].passed for name in errors)
    conflicts = checks["source_conflicts"]
    assert not conflicts.passed and conflicts.severity == dg.AssetCheckSeverity.WARN
    assert conflicts.metadata["offending_rows"].value == 6
    assert "value_disagreement" in conflicts.metadata["examples"].value
    publish = next(
        e for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() == "publish_warehouse"
    ).materialization.metadata
    assert publish["run_id"].value == result.run_ids[-1] and len(publish["git_commit"].value) in (40, 7)
    assert publish["row_counts"].data["fact_indicator_value"] == 460
    assert "dti/dti_facts_2020_2024.csv" in publish["raw_file_sha256"].data
    assert set(publish["table_checksums"].data) >= {"fact_indicator_value", "mart_dti_ranking", "quarantine"}
    ties = checks["ranks_unique_except_published_ties"]
    assert not ties.passed and ties.metadata["offending_rows"].value == 2  # 2020 econ rank 14; 2022 institutions rank 1


@pytest.fixture
def published(tmp_path, warehouse_path):
    """A warehouse built from the shipped data, and a writable copy of the raw folder. The published
    file is a copy of the session's build of the same shipped data (conftest.full_refresh) instead of
    a build of its own: the tests only need it as the last good warehouse that a failed refresh must
    leave as it was, and their refresh restages everything (full) in a fresh instance either way."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    warehouse = tmp_path / "dx.duckdb"
    shutil.copy(warehouse_path, warehouse)
    return raw, warehouse


def _edit_page(raw, old, new):
    page = raw / PAGE
    page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_missing_rank_blocks_the_marts(published):
    raw, warehouse = published
    # Hà Giang's 2022 rank disappears from the page and from the facts file's transcription of it
    # (the only two places that state it).
    _edit_page(raw, "57 Hà Giang\n", "")
    facts = raw / "dti" / "dti_facts_2020_2024.csv"
    lines = facts.read_text(encoding="utf-8").splitlines(keepends=True)
    facts.write_text(
        "".join(line for line in lines if not line.startswith("2022,Hà Giang,overall_rank,57,")), encoding="utf-8"
    )
    result = materialize(raw, warehouse, raise_on_error=False)
    check = _checks(result)["expected_coverage"]
    assert not check.passed and check.metadata["offending_rows"].value == 1
    assert "62" in check.metadata["examples"].value
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "mart_dti_ranking" not in materialized and "fact_conflict" not in materialized
    with duckdb.connect(str(warehouse), read_only=True) as con:
        # The marts still hold the last good data: Thái Bình is 56th.
        assert con.execute(
            "select dti_rank from mart_dti_ranking where year = 2022 and province_code = '34'"
        ).fetchone() == (56,)


def test_inconsistent_ties_block_the_marts(published):
    raw, warehouse = published
    _edit_page(raw, "17 Hậu Giang", "16 Hậu Giang")
    result = materialize(raw, warehouse, raise_on_error=False)
    checks = _checks(result)
    assert not checks["complete_rankings_are_consistent"].passed
    assert "mart_dti_ranking" not in {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    # The table's other rules ran in the same step and reported too.
    assert checks["fact_id_unique"].passed and checks["foreign_keys_resolve"].passed


@pytest.mark.parametrize(
    ("broken", "blocking"), [("scores_within_0_1", True), ("ranks_unique_except_published_ties", False)]
)
def test_a_rule_whose_query_fails_reports_the_error_and_the_others_still_run(published, monkeypatch, broken, blocking):
    """The rules of a table run in one step: one rule whose SQL raises reports as a failed check naming the
    error, its table's other rules still report their own results in that run, and only a blocking rule
    blocks the marts (before: the step raised, nothing after the broken rule reported, and the marts were
    skipped whatever the rule's severity)."""
    import checks.rules
    from checks.rule_catalog import RULES

    real_sql = checks.rules.rule_sql
    monkeypatch.setattr(
        checks.rules,
        "rule_sql",
        lambda rule, *args: "SELECT * FROM no_such_table" if rule.name == broken else real_sql(rule, *args),
    )
    raw, warehouse = published
    result = materialize(raw, warehouse, raise_on_error=False)
    checks_run = _checks(result)
    # Every rule reported in the run (fact_conflict, whose rule is source_conflicts, is built only when nothing
    # blocked the tables downstream of the facts).
    assert set(checks_run) >= {r.name for r in RULES if r.asset != "fact_conflict" or not blocking}
    failed = checks_run[broken]
    assert not failed.passed and "offending_rows" not in failed.metadata
    assert "CatalogException" in failed.metadata["error"].value and "no_such_table" in failed.metadata["error"].value
    assert failed.severity == (dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN)
    # The other rules of fact_indicator_value ran after the broken one and report their own results.
    for name in ("expected_coverage", "tables_and_columns_described", "periods_ordered_and_not_in_future"):
        assert checks_run[name].passed and checks_run[name].metadata["offending_rows"].value == 0
    if broken != "ranks_unique_except_published_ties":
        assert checks_run["ranks_unique_except_published_ties"].metadata["offending_rows"].value == 2
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert ("mart_dti_ranking" in materialized) is not blocking
    assert ("publish_warehouse" in materialized) is not blocking


def test_the_rules_of_a_table_run_in_one_step_each_its_own_check():
    """One step per checked table (a step costs Dagster's work around little SQL); every rule stays its own
    check with its severity, blocking when ERROR."""
    from checks.rule_catalog import RULES
    from checks.rules import asset_checks

    steps = {d.node_def.name: {k.name for k in d.check_keys} for d in asset_checks}
    assert steps == {
        f"{asset}_rules": {r.name for r in RULES if r.asset == asset} for asset in {r.asset for r in RULES}
    }
    assert len(steps["fact_indicator_value_rules"]) == 10
    specs = {s.name: s for d in asset_checks for s in d.check_specs}
    assert {name for name, spec in specs.items() if spec.blocking} == {r.name for r in RULES if r.severity == "ERROR"}


def test_fact_id_unique_on_an_incremental_build_looks_up_the_inserted_ids(tmp_path):
    """On an incremental build the blocking fact_id rule looks up the ids of the inserted rows (the delta's
    files) among all rows, instead of grouping every fact: the kept rows passed it when published."""
    from assets.warehouse.incremental import BuildPlan, plan_path, rules_passed, write_published_checksums
    from checks.rules import RULES, evaluate
    from storage.warehouse import Warehouse

    warehouse = Warehouse(path=str(tmp_path / "dx.duckdb"), as_of="2026-06-30")
    warehouse.build_path.parent.mkdir(parents=True)
    with duckdb.connect(str(warehouse.build_path)) as con:
        con.execute("CREATE TABLE fact_indicator_value (fact_id VARCHAR, source_file VARCHAR, source_line INTEGER)")
        con.execute(
            "INSERT INTO fact_indicator_value VALUES ('a', 'kept.csv', 2), ('b', 'kept.csv', 3), "
            "('b', 'new.csv', 2), ('c', 'new.csv', 3)"
        )
    rule = next(r for r in RULES if r.name == "fact_id_unique")
    full = evaluate(warehouse, rule)  # no build plan: a full build, every row checked
    assert not full.passed and full.metadata["offending_rows"].value == 1 and "checked" not in full.metadata
    BuildPlan("incremental", "test", delta_files=["new.csv"]).write(plan_path(warehouse.build_path))
    warehouse.published_path.write_bytes(b"the published file")
    assert "checked" not in evaluate(warehouse, rule).metadata  # no record of what was published: whole
    write_published_checksums(warehouse.published_path, {"fact_indicator_value": "2:0"}, [])
    assert "checked" not in evaluate(warehouse, rule).metadata  # the publishing run did not pass the rule: whole
    write_published_checksums(warehouse.published_path, {"fact_indicator_value": "2:0"}, ["fact_id_unique"])
    inserted = evaluate(warehouse, rule)
    assert not inserted.passed and inserted.metadata["offending_rows"].value == 1
    assert "kept.csv:3" in inserted.metadata["examples"].value and "new.csv:2" in inserted.metadata["examples"].value
    assert inserted.metadata["checked"].value.startswith("the rows this incremental build inserted")
    BuildPlan("incremental", "test", delta_files=["other.csv"]).write(plan_path(warehouse.build_path))
    assert evaluate(warehouse, rule).passed  # 'b' repeats among kept rows only: what the publish ruled out
    assert rules_passed(warehouse.build_path) == ["fact_id_unique"]  # for the publish to record
    with open(warehouse.published_path, "ab") as published:  # written to after its publish: checked whole
        published.write(b" and more")
    assert not evaluate(warehouse, rule).passed


# the dimensions and the fact table of the foreign-key rule's builds below
_DIMENSIONS = [
    "CREATE TABLE dim_province AS SELECT unnest(['01', '02']) AS province_code",
    "CREATE TABLE dim_indicator AS SELECT unnest(['a', 'b']) AS indicator_code",
    "CREATE TABLE dim_source AS SELECT unnest(['s1', 's2']) AS source_id",
]
_FACTS = (
    "CREATE TABLE fact_indicator_value (fact_id VARCHAR, province_code VARCHAR, indicator_code VARCHAR, "
    "source_id VARCHAR, source_file VARCHAR, source_line INTEGER)"
)


def test_foreign_keys_on_an_incremental_build_check_the_inserted_rows_while_no_published_key_is_gone(tmp_path):
    """On an incremental build the blocking foreign-key rule checks the facts the build inserted: the kept ones
    named keys the published dimensions held when they passed it. When a published key is gone from a
    dimension, every fact is checked again (before: every fact, every build)."""
    from assets.warehouse.incremental import BuildPlan, plan_path, write_published_checksums
    from checks.rules import RULES, evaluate
    from storage.warehouse import Warehouse

    warehouse = Warehouse(path=str(tmp_path / "dx.duckdb"), as_of="2026-06-30")
    warehouse.build_path.parent.mkdir(parents=True)
    with duckdb.connect(str(warehouse.published_path)) as con:
        for statement in _DIMENSIONS:
            con.execute(statement)
    with duckdb.connect(str(warehouse.build_path)) as con:
        for statement in _DIMENSIONS:
            con.execute(statement)
        con.execute(_FACTS)
        # A kept fact naming an unknown unit (as if the published file had held it, which its record rules
        # out), a kept good one, an inserted good one.
        con.execute(
            "INSERT INTO fact_indicator_value VALUES ('k1', '99', 'a', 's1', 'kept.csv', 2), "
            "('k2', '01', 'b', 's2', 'kept.csv', 3), ('n1', '02', 'a', 's1', 'new.csv', 2)"
        )
    rule = next(r for r in RULES if r.name == "foreign_keys_resolve")
    BuildPlan("incremental", "test", delta_files=["new.csv"]).write(plan_path(warehouse.build_path))
    write_published_checksums(warehouse.published_path, {"fact_indicator_value": "2:0"}, ["foreign_keys_resolve"])
    inserted = evaluate(warehouse, rule)
    assert inserted.passed and inserted.metadata["checked"].value.startswith("the rows this incremental build")
    with duckdb.connect(str(warehouse.build_path)) as con:  # an inserted fact names an unknown indicator
        con.execute("INSERT INTO fact_indicator_value VALUES ('n2', '01', 'zz', 's1', 'new.csv', 3)")
    failed = evaluate(warehouse, rule)
    assert (
        not failed.passed and failed.metadata["offending_rows"].value == 1 and "zz" in failed.metadata["examples"].value
    )
    with duckdb.connect(str(warehouse.build_path)) as con:  # and a published source is gone: every fact checked
        con.execute("DELETE FROM fact_indicator_value WHERE fact_id = 'n2'")
        con.execute("DELETE FROM dim_source WHERE source_id = 's2'")
    whole = evaluate(warehouse, rule)
    assert not whole.passed and "checked" not in whole.metadata
    assert whole.metadata["offending_rows"].value == 2  # k1 (unit 99) and k2 (source s2)
    # With the source back, the rule's record in the publish is what allows the narrower check.
    with duckdb.connect(str(warehouse.build_path)) as con:
        con.execute("INSERT INTO dim_source VALUES ('s2')")
    write_published_checksums(warehouse.published_path, {"fact_indicator_value": "2:0"}, [])
    assert not evaluate(warehouse, rule).passed


def test_the_range_rules_on_an_incremental_build_check_the_inserted_rows_while_the_catalog_is_as_published(tmp_path):
    """On an incremental build the rules on a fact's own value (a percent within 0-100, a score within 0-1, a rank
    within its grouping) check the rows the build inserted: the kept rows passed them against the published
    catalog. When the catalog's units or ranges changed, every fact is checked again."""
    from assets.warehouse.incremental import BuildPlan, plan_path, write_published_checksums
    from checks.rules import RULES, evaluate
    from storage.warehouse import Warehouse

    catalog = (
        "CREATE TABLE dim_indicator AS SELECT * FROM (VALUES ('pct', 'percent', 0.0, 100.0), "
        "('idx', 'score', 0.0, 1.0), ('rk', 'rank', 1.0, NULL)) AS t(indicator_code, unit, valid_min, valid_max)"
    )
    facts = (
        "CREATE TABLE fact_indicator_value (province_code VARCHAR, indicator_code VARCHAR, year INTEGER, "
        "grouping INTEGER, value DOUBLE, source_file VARCHAR, source_line INTEGER)"
    )
    warehouse = Warehouse(path=str(tmp_path / "dx.duckdb"), as_of="2026-06-30")
    warehouse.build_path.parent.mkdir(parents=True)
    with duckdb.connect(str(warehouse.published_path)) as con:
        con.execute(catalog)
    with duckdb.connect(str(warehouse.build_path)) as con:
        con.execute(catalog)
        con.execute(facts)
        # kept rows out of range (as if the published file had held them, which its record rules out), and
        # inserted rows within range
        con.execute(
            "INSERT INTO fact_indicator_value VALUES ('01', 'pct', 2024, 63, 130, 'kept.csv', 2), "
            "('01', 'idx', 2024, 63, 1.5, 'kept.csv', 3), ('01', 'rk', 2024, 63, 70, 'kept.csv', 4), "
            "('02', 'pct', 2024, 63, 55, 'new.csv', 2), ('02', 'idx', 2024, 63, 0.6, 'new.csv', 3), "
            "('02', 'rk', 2024, 63, 12, 'new.csv', 4)"
        )
    names = ["percents_within_0_100", "scores_within_0_1", "ranks_within_grouping"]
    rules = [next(r for r in RULES if r.name == name) for name in names]
    assert [evaluate(warehouse, rule).passed for rule in rules] == [False, False, False]  # a full build: every row
    BuildPlan("incremental", "test", delta_files=["new.csv"]).write(plan_path(warehouse.build_path))
    write_published_checksums(warehouse.published_path, {"fact_indicator_value": "3:0"}, names)
    results = [evaluate(warehouse, rule) for rule in rules]
    assert [r.passed for r in results] == [True, True, True]
    assert all(r.metadata["checked"].value.startswith("the rows this incremental build") for r in results)
    with duckdb.connect(str(warehouse.build_path)) as con:  # an inserted row out of range fails its rule
        con.execute("INSERT INTO fact_indicator_value VALUES ('03', 'pct', 2024, 63, -4, 'new.csv', 5)")
    failed = evaluate(warehouse, rules[0])
    assert (
        not failed.passed
        and failed.metadata["offending_rows"].value == 1
        and "new.csv" in failed.metadata["examples"].value
    )
    with duckdb.connect(str(warehouse.build_path)) as con:  # the catalog's range changed: every fact checked
        con.execute("DELETE FROM fact_indicator_value WHERE province_code = '03'")
        con.execute("UPDATE dim_indicator SET valid_max = 200 WHERE indicator_code = 'pct'")
    whole = evaluate(warehouse, rules[1])
    assert not whole.passed and "checked" not in whole.metadata and "kept.csv" in whole.metadata["examples"].value


def test_the_period_rule_on_an_incremental_build_checks_the_inserted_rows(tmp_path):
    """On an incremental build the period rule checks the rows the build inserted: a row breaks it by its own
    period and the as-of day, which an incremental build shares with the published file (another as-of day makes
    the build full)."""
    from assets.warehouse.incremental import BuildPlan, plan_path, write_published_checksums
    from checks.rules import RULES, evaluate
    from storage.warehouse import Warehouse

    warehouse = Warehouse(path=str(tmp_path / "dx.duckdb"), as_of="2026-06-30")
    warehouse.build_path.parent.mkdir(parents=True)
    with duckdb.connect(str(warehouse.build_path)) as con:
        con.execute(
            "CREATE TABLE fact_indicator_value (province_code VARCHAR, indicator_code VARCHAR, period_start DATE, "
            "period_end DATE, is_target BOOLEAN, source_file VARCHAR, source_line INTEGER)"
        )
        # a kept row in the future (as if the published file had held it, which its record rules out), an inserted
        # achievement of the past and a target of the future
        con.execute(
            "INSERT INTO fact_indicator_value VALUES ('01', 'a', DATE '2027-01-01', DATE '2027-12-31', false, "
            "'kept.csv', 2), ('02', 'a', DATE '2025-01-01', DATE '2025-12-31', false, 'new.csv', 2), "
            "('02', 'b', DATE '2030-01-01', DATE '2030-12-31', true, 'new.csv', 3)"
        )
    rule = next(r for r in RULES if r.name == "periods_ordered_and_not_in_future")
    assert not evaluate(warehouse, rule).passed  # a full build: every row
    BuildPlan("incremental", "test", delta_files=["new.csv"]).write(plan_path(warehouse.build_path))
    warehouse.published_path.write_bytes(b"the published file")
    write_published_checksums(warehouse.published_path, {"fact_indicator_value": "1:0"}, [rule.name])
    inserted = evaluate(warehouse, rule)
    assert inserted.passed and inserted.metadata["checked"].value.startswith("the rows this incremental build")
    with duckdb.connect(str(warehouse.build_path)) as con:  # an inserted achievement after the as-of day
        con.execute(
            "INSERT INTO fact_indicator_value VALUES ('03', 'a', DATE '2026-09-01', DATE '2026-09-30', false, "
            "'new.csv', 4)"
        )
    failed = evaluate(warehouse, rule)
    assert not failed.passed and failed.metadata["offending_rows"].value == 1


def test_the_rules_of_an_incremental_build_read_the_held_build_file_in_read_only_transactions(tmp_path):
    """While a run holds its build file open (an incremental build), a rules step reads it through a cursor of the
    held database instead of releasing it (closing it writes a checkpoint) and opening it read-only, the next
    writing step then opening it again. Each rule's statements run in a READ ONLY transaction: a write is refused,
    the published file a rule attaches is gone after it, and a statement that failed leaves the next rule a
    connection it can use."""
    from assets.warehouse.incremental import BuildPlan, plan_path, write_published_checksums
    from checks.rules import RULES, evaluate, read_only_transaction
    from storage.warehouse import _BUILD_HOLD, Warehouse

    warehouse = Warehouse(path=str(tmp_path / "dx.duckdb"), as_of="2026-06-30")
    warehouse.build_path.parent.mkdir(parents=True)
    with duckdb.connect(str(warehouse.published_path)) as con:
        for statement in _DIMENSIONS:
            con.execute(statement)
    BuildPlan("incremental", "test", delta_files=["new.csv"]).write(plan_path(warehouse.build_path))
    write_published_checksums(warehouse.published_path, {"fact_indicator_value": "2:0"}, ["foreign_keys_resolve"])
    duckdb.connect(str(warehouse.build_path)).close()  # started by warehouse_build
    warehouse.hold_build_file()
    try:
        with warehouse.connect() as con:  # the run's writing steps
            for statement in _DIMENSIONS:
                con.execute(statement)
            con.execute(_FACTS)
            con.execute(
                "INSERT INTO fact_indicator_value VALUES ('k1', '01', 'a', 's1', 'kept.csv', 2), "
                "('n1', '02', 'zz', 's1', 'new.csv', 2)"
            )
        held = _BUILD_HOLD[str(warehouse.build_path)]
        foreign_keys = next(r for r in RULES if r.name == "foreign_keys_resolve")
        with warehouse.connect(read_only=True) as con:  # a rules step
            with read_only_transaction(con), pytest.raises(duckdb.Error, match="read-only|read only"):
                con.execute("INSERT INTO dim_source VALUES ('s3')")
            with pytest.raises(duckdb.CatalogException), read_only_transaction(con):
                con.execute("SELECT * FROM no_such_table")
            result = evaluate(warehouse, foreign_keys, con)  # attaches the published file, in its transaction
            assert not result.passed and result.metadata["offending_rows"].value == 1
            assert result.metadata["checked"].value.startswith("the rows this incremental build inserted")
            assert [
                r[0] for r in con.execute("SELECT database_name FROM duckdb_databases() WHERE NOT internal").fetchall()
            ] == ["dx"]
        assert _BUILD_HOLD[str(warehouse.build_path)] is held  # not released: no checkpoint, no reopening
        with warehouse.connect() as con:
            assert con.execute("SELECT count(*) FROM dim_source").fetchone()[0] == 2
    finally:
        warehouse.release_build_file(forget=True)
