"""Every asset's spec as the Dagster UI shows it (key, deps, description, group, kinds, owners) and
every asset check, recorded with syrupy in tests/__snapshots__/test_asset_specs.ambr: an unintended
change shows in review. After an intended change: .venv/bin/pytest tests/test_asset_specs.py --snapshot-update
"""

from pathlib import Path

import pytest

from pipelines.definitions import defs

SNAPSHOT_FILE = Path(__file__).parent / "__snapshots__" / "test_asset_specs.ambr"


def _specs() -> dict:
    return {
        spec.key.to_user_string(): {
            "deps": sorted(dep.asset_key.to_user_string() for dep in spec.deps),
            "description": spec.description,
            "group": spec.group_name,
            "kinds": sorted(spec.kinds),
            "owners": list(spec.owners),
        }
        for spec in sorted(defs.resolve_all_asset_specs(), key=lambda s: s.key.to_user_string())
    }


def _checks() -> dict:
    graph = defs.resolve_asset_graph()
    keys = sorted(graph.asset_check_keys, key=lambda k: (k.asset_key.to_user_string(), k.name))
    return {f"{k.asset_key.to_user_string()}.{k.name}": graph.get_check_spec(k).description for k in keys}


def _guard(request) -> None:
    # syrupy fails on a missing snapshot anyway; this says why, and never lets a run without
    # --snapshot-update write one silently.
    if not request.config.option.update_snapshots:
        assert SNAPSHOT_FILE.exists(), f"{SNAPSHOT_FILE} is missing: the spec snapshot must be committed"


def test_asset_specs_match_the_snapshot(snapshot, request):
    _guard(request)
    assert _specs() == snapshot


def test_asset_checks_match_the_snapshot(snapshot, request):
    _guard(request)
    assert _checks() == snapshot


def test_every_asset_has_an_owner_kinds_and_a_group():
    for key, spec in _specs().items():
        assert spec["owners"] and spec["kinds"] and spec["group"] and spec["description"], key


def test_a_table_materialization_shows_schema_row_count_and_preview(con):
    from assets.warehouse.table_metadata import table_metadata

    metadata = table_metadata(con, "mart_dti_by_2025_unit")
    assert metadata["dagster/row_count"] == con.execute("select count(*) from mart_dti_by_2025_unit").fetchone()[0]
    columns = {c.name: c for c in metadata["dagster/column_schema"].columns}
    assert columns["published_value"].type == "DOUBLE" and columns["member_codes"].type == "VARCHAR[]"
    assert columns["recomputation"].description.startswith("The average written out")  # from tables.yaml
    preview = metadata["preview"].value.splitlines()
    assert preview[0].startswith("| unit_code | unit_name | year |") and len(preview) == 2 + 5


def _materialized(result, asset: str, partition: str | None = None) -> dict:
    (event,) = [
        e
        for e in result.get_asset_materialization_events()
        if e.asset_key.to_user_string() == asset and e.partition == partition
    ]
    return event.materialization.metadata


def test_staged_outputs_show_rows_columns_and_a_preview(full_refresh, con):
    _, result = full_refresh
    document = "000_cee3a482afddff29"  # each report partition shows its own facts, not the run's total
    facts = _materialized(result, "staged_report_facts", document)
    loaded = con.execute("select count(*) from fact_indicator_value where document_id = ?", [document]).fetchone()[0]
    assert facts["dagster/row_count"].value == loaded > 0  # every staged fact of the report is loaded
    columns = {c.name: c for c in facts["dagster/column_schema"].schema.columns}
    assert columns["quote"].description == "The exact words or row the value comes from."  # the data dictionary
    assert columns["value"].type == "Float64"
    header, _, *rows = facts["preview"].value.splitlines()
    assert "| quote |" in header and len(rows) == min(loaded, 5)
    provinces = _materialized(result, "staged_provinces")  # unpartitioned: recorded by the staged store
    assert provinces["dagster/row_count"].value == con.execute("select count(*) from dim_province").fetchone()[0]


def test_definition_shows_the_data_dictionary_before_any_run():
    spec = next(s for s in defs.resolve_all_asset_specs() if s.key.to_user_string() == "mart_target_attainment")
    columns = {c.name: c.description for c in spec.metadata["dagster/column_schema"].columns}
    assert columns["status"].startswith("met, not_met or unknown")


def test_the_dimension_and_reference_tables_are_one_step_each_its_own_asset(full_refresh):
    """Six small tables share one step (a multi-asset: a step's fixed cost is Dagster's events and a connection
    to the build file around milliseconds of work); each is still its own asset with its own upstream assets
    (the snapshot above), and each is materialized in the session's refresh."""
    tables = [
        "dim_province",
        "dim_province_alias",
        "dim_indicator",
        "dim_source",
        "ref_focus_province",
        "ref_national_average",
    ]
    assert {defs.resolve_assets_def(table).node_def.name for table in tables} == {"dimension_tables"}
    _, result = full_refresh
    steps = {e.step_key for e in result.all_events if e.is_step_success}
    assert "dimension_tables" in steps and not steps & set(tables)
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert set(tables) <= materialized


def test_sql_files_naming_one_step_are_one_multi_asset_in_dependency_order(full_refresh, tmp_path):
    """The DTI marts rebuilt whole each build (`-- step: dti_marts` in their headers) are one step, each its
    own asset with the upstream assets its header names (the snapshot above), materialized in the session's
    refresh; a table that takes an incremental delta cannot share a step."""
    from assets.sql_assets import sql_files_step

    marts = [
        "mart_dti_ranking",
        "mart_dti_trend",
        "mart_dti_coverage",
        "mart_dti_by_2025_unit",
        "mart_rank_change_drivers",
        "mart_province_profile",
    ]
    assert {defs.resolve_assets_def(mart).node_def.name for mart in marts} == {"dti_marts"}
    assert defs.resolve_assets_def("mart_province_comparison").node_def.name == "mart_province_comparison"
    _, result = full_refresh
    steps = {e.step_key for e in result.all_events if e.is_step_success}
    assert "dti_marts" in steps and not steps & set(marts)
    events = [e.asset_key.to_user_string() for e in result.get_asset_materialization_events()]
    assert set(marts) <= set(events)
    assert events.index("mart_dti_ranking") < events.index("mart_dti_trend")  # written after what it reads
    keyed = tmp_path / "mart_annual_ranking.sql"
    keyed.write_text("-- depends_on: dim_province\n-- step: s\nSELECT 1 AS x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="take an incremental delta"):
        sql_files_step("s", [keyed], "marts")
