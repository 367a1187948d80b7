"""How the warehouse follows the staged data under the Dagster daemon: declarative automation.

The raw-files sensor (pipelines.sensors) stages what changed in data/raw. Everything after the
staging - staged_sources, warehouse_build, every warehouse table, mart, the quality and comparison
reports and publish_warehouse (pipelines.jobs.WAREHOUSE) - carries one of the automation conditions
below, set here in the composition root, and the automation sensor `warehouse_automation` evaluates
them every 30 seconds and launches what they request.

The build must happen in ONE run: warehouse_build starts an empty build file, every table and check
of the run writes into it, and publish_warehouse renames it over the published file. So:

- STAGED_SOURCES (on staged_sources, the gate): a staged partition (DTI year, report, submission) was
  updated since staged_sources was last requested or materialized, no staged partition is being
  staged (queued or running: the build waits for all the staging of a change), and no staged
  partition's latest staging failed (a partition whose restage failed keeps its old staged output;
  the build waits until the sensor's retry succeeds, so that stale output is never published).
  A partition never staged does not block the build: staged_sources reads the partitions there are
  and its check every_partition_staged names the others, as in `dxw run`.
- BUILD_START (on warehouse_build): staged_sources is requested on this tick, or was materialized by
  a run that did not build (the raw-files sensor's run after a partition was deleted).
- IN_THE_BUILD (on every other asset of the build): one of its upstream assets is requested on this
  tick. Nothing else: every one of them depends on warehouse_build, directly or through another, so a
  tick that requests warehouse_build requests all of them, and none is ever requested without it.

Dagster turns one tick's requests of unpartitioned assets into one run request, and the asset checks
of those assets ride along (no check here has a condition of its own, so the run request leaves the
check selection open and the run executes every check of its assets). Blocking checks (ERROR rules)
then work as in any run: a failed blocking check fails its step, and the assets downstream of the
checked asset, publish_warehouse among them, are not executed in that run. A later tick does not
pick them up: no condition here reacts to an update of a warehouse asset (eager() would: its
any_deps_updated() is true for fact_conflict and publish_warehouse once fact_indicator_value has a
new materialization from a run that did not also target them, and eager() does not look at checks).
What was read to establish this, in dagster 1.13.27: AutomationCondition.eager / any_deps_updated /
all_deps_blocking_checks_passed (dagster/_core/definitions/declarative_automation/automation_condition.py),
build_run_requests and _build_run_requests_from_partitions_def_mapping
(dagster/_core/definitions/automation_tick_evaluation_context.py), build_node_deps
(dagster/_core/definitions/assets/job/asset_job.py) and the blocking-check step failure
(dagster/_core/execution/plan/execute_step.py). tests/test_automation.py and tests/test_incremental.py
assert each on real data.
"""

from __future__ import annotations

import dagster as dg

from pipelines.jobs import BUILD_GROUPS, WAREHOUSE
from storage.settings import sensor_interval

GATE = dg.AssetKey("staged_sources")
BUILD_FIRST = dg.AssetKey("warehouse_build")

STAGED_SOURCES = (
    dg.AutomationCondition.any_deps_updated().since_last_handled()
    & ~dg.AutomationCondition.any_deps_in_progress()
    & ~dg.AutomationCondition.any_deps_match(dg.AutomationCondition.execution_failed()).with_label("any_deps_failed")
    & ~dg.AutomationCondition.in_progress()
).with_label("staged partitions updated, none staging, none failed")

BUILD_START = dg.AutomationCondition.any_deps_updated().with_label("staged_sources requested or updated")

IN_THE_BUILD = dg.AutomationCondition.any_deps_match(dg.AutomationCondition.will_be_requested()).with_label(
    "part of the warehouse build requested on this tick"
)

warehouse_automation = dg.AutomationConditionSensorDefinition(
    "warehouse_automation",
    target=WAREHOUSE,
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=sensor_interval(30),
    # Every asset it targets is unpartitioned: requests are runs, never backfills.
    emit_backfills=False,
    run_tags={"dxw/trigger": "warehouse_automation"},
    description="Builds, checks and publishes the warehouse from the staged store, in one run, once the staging the "
    "raw-files sensor requested has succeeded (the automation conditions of pipelines/automation.py).",
)


def condition_of(spec: dg.AssetSpec) -> dg.AutomationCondition | None:
    if spec.key == GATE:
        return STAGED_SOURCES
    if spec.key == BUILD_FIRST:
        return BUILD_START
    if spec.group_name in BUILD_GROUPS:
        return IN_THE_BUILD
    return None


def automate(spec: dg.AssetSpec) -> dg.AssetSpec:
    condition = condition_of(spec)
    return spec if condition is None else spec.replace_attributes(automation_condition=condition)


def automated(assets: list) -> list:
    """Every asset definition and spec of the project, the build's with their automation condition."""
    return list(dg.map_asset_specs(automate, assets))
