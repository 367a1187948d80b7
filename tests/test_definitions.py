"""The Dagster definitions load, every asset is described, and the asset graph is reviewed.

The graph is compared with tests/snapshots/asset_graph.json so that changes to keys, deps,
groups or kinds show in review. Regenerate after an intended change with
DXW_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_definitions.py
"""

import json
import os
from pathlib import Path

import dagster as dg

from pipelines.definitions import defs
from pipelines.jobs import JOBS
from pipelines.refresh import full_refresh_steps
from tests.conftest import AS_OF

SNAPSHOT = Path(__file__).parent / "snapshots" / "asset_graph.json"


def _partitions(partitions_def) -> str | None:
    if partitions_def is None:
        return None
    if isinstance(partitions_def, dg.DynamicPartitionsDefinition):
        return f"dynamic:{partitions_def.name}"
    keys = partitions_def.get_partition_keys()
    return f"static:{keys[0]}..{'as-of year' if keys[-1] == AS_OF[:4] else keys[-1]}"


def _graph() -> dict:
    graph = {}
    for spec in defs.resolve_all_asset_specs():
        graph[spec.key.to_user_string()] = {
            "group": spec.group_name,
            "kinds": sorted(spec.kinds),
            "deps": sorted(dep.asset_key.to_user_string() for dep in spec.deps),
            "partitions": _partitions(spec.partitions_def),
            # Declarative automation (pipelines/automation.py): the label of the asset's condition.
            "automation": spec.automation_condition.get_label() if spec.automation_condition else None,
        }
    return dict(sorted(graph.items()))


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)
    # Under the daemon: the raw-files sensor stages, declarative automation builds; no schedule.
    assert {sensor.name for sensor in defs.sensors} == {"raw_files_sensor", "warehouse_automation"}
    assert not list(defs.schedules or [])


def test_the_jobs_cover_every_asset_once():
    """A full refresh runs each job once: together they must materialize every asset, and no
    asset twice (the raw folders are external)."""
    seen: dict[str, str] = {}
    for job in JOBS:
        for key in defs.resolve_job_def(job.name).asset_layer.selected_asset_keys:
            assert key.to_user_string() not in seen, (
                f"{key.to_user_string()} in {seen.get(key.to_user_string())} and {job.name}"
            )
            seen[key.to_user_string()] = job.name
    everything = {s.key.to_user_string() for s in defs.resolve_all_asset_specs() if s.group_name != "raw"}
    assert set(seen) == everything
    assert [step.job for step in full_refresh_steps({"report": ["a"], "submission": ["b"]})] == [
        job.name for job in JOBS
    ]


def test_partitions_where_the_data_has_them():
    specs = {s.key.to_user_string(): s for s in defs.resolve_all_asset_specs()}
    assert specs["staged_dti_published_facts"].partitions_def.get_partition_keys()[0] == "2020"
    assert specs["staged_dti_published_facts"].partitions_def.get_partition_keys()[-1] == AS_OF[:4]
    assert specs["staged_report_facts"].partitions_def.name == "report"
    assert specs["staged_submissions"].partitions_def.name == "submission"
    assert specs["fact_indicator_value"].partitions_def is None  # the warehouse reads every partition


def test_every_asset_has_a_description():
    undescribed = [s.key.to_user_string() for s in defs.resolve_all_asset_specs() if not (s.description or "").strip()]
    assert undescribed == []


def test_layers_flow_in_one_direction():
    order = {"raw": 0, "staged": 1, "reports": 1, "warehouse": 2, "marts": 3, "quality": 4, "analysis": 4, "publish": 5}
    specs = {s.key: s for s in defs.resolve_all_asset_specs()}
    for spec in specs.values():
        for dep in spec.deps:
            upstream = specs[dep.asset_key]
            assert order[upstream.group_name] <= order[spec.group_name], (
                f"{spec.key.to_user_string()} ({spec.group_name}) reads {dep.asset_key.to_user_string()} "
                f"({upstream.group_name}): data must flow raw -> staged -> warehouse -> marts"
            )


def test_asset_graph_matches_snapshot():
    graph = _graph()
    if os.environ.get("DXW_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(graph, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert SNAPSHOT.exists(), f"{SNAPSHOT} is missing: review the graph, then write it with DXW_UPDATE_SNAPSHOTS=1"
    assert graph == json.loads(SNAPSHOT.read_text(encoding="utf-8"))
