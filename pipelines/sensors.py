"""Sensors: the raw-files sensor requests the runs for what changed in data/raw; the chain
sensor runs a refresh plan's steps one after the other under the Dagster daemon.

The raw-files sensor's cursor records two things: `done`, the partition digests the warehouse
was last built from (a plan whose last run, build_warehouse, succeeded), and `pending`, the plan it
requested and is waiting for. A plan that fails leaves `done` where it was, so its changes are
planned again at the next tick (a failed restage is retried, and no later build publishes the
stale output of a partition that failed to restage: every plan restages it first).
"""

import hashlib
import json

import dagster as dg

from assets.partitions import DYNAMIC_DEFINITIONS, partition_digests
from assets.provenance import code_digest
from pipelines.jobs import JOBS
from pipelines.refresh import NEXT_TAG, Plan, Step, instance_keys, plan_refresh, steps_from_json, steps_to_json
from storage.raw_files import RawFiles

PLAN_ID_TAG = "dxw/plan_id"
CARRIED_TAGS = ("dxw/trigger", "dxw/plan", PLAN_ID_TAG)
FAILED = (dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED)


def first_run_request(steps: list[Step], *, run_key: str | None, tags: dict[str, str]) -> dg.RunRequest:
    """The run of a plan's first step; the rest of the plan travels in its tags."""
    first, rest = steps[0], steps[1:]
    return dg.RunRequest(
        run_key=run_key,
        job_name=first.job,
        partition_key=first.partition,
        tags={**tags, **first.tags, NEXT_TAG: steps_to_json(rest)},
    )


def partition_requests(plan: Plan) -> list:
    return [
        *(DYNAMIC_DEFINITIONS[name].build_add_request(keys) for name, keys in plan.add.items() if keys),
        *(DYNAMIC_DEFINITIONS[name].build_delete_request(keys) for name, keys in plan.delete.items() if keys),
    ]


def plan_outcome(instance: dg.DagsterInstance, plan_id: str) -> str:
    """'succeeded' (its build_warehouse run succeeded), 'failed' (a run of it failed or was
    canceled) or 'running'."""
    runs = instance.get_runs(filters=dg.RunsFilter(tags={PLAN_ID_TAG: plan_id}))
    if any(run.status in FAILED for run in runs):
        return "failed"
    if any(run.job_name == "build_warehouse" and run.status == dg.DagsterRunStatus.SUCCESS for run in runs):
        return "succeeded"
    return "running"


def read_cursor(text: str | None) -> dict:
    cursor = json.loads(text) if text else {}
    return {"done": cursor.get("done"), "pending": cursor.get("pending"), "attempt": cursor.get("attempt", 0)}


@dg.sensor(
    jobs=JOBS,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches data/raw by content hash, partition by partition (reference data, each DTI year, each report, "
    "each submission). Adds or deletes the dynamic partitions of reports and submissions, then requests a "
    "refresh: only the changed partitions and the warehouse build, or everything when the reference data "
    "or the staging code (assets/, checks/) changed. Its cursor moves only when the refresh it requested "
    "has published; a failed refresh is planned again at the next tick.",
)
def raw_files_sensor(context: dg.SensorEvaluationContext, raw: RawFiles):
    cursor = read_cursor(context.cursor)
    pending = cursor["pending"]
    if pending:
        outcome = plan_outcome(context.instance, pending["plan_id"])
        if outcome == "running":
            return dg.SkipReason(f"waiting for refresh {pending['plan_id']} to finish")
        if outcome == "succeeded":
            cursor["done"] = pending["digests"]
        else:
            context.log.warning(f"refresh {pending['plan_id']} failed: its changes are planned again")
        cursor["pending"] = None
    before = cursor["done"]
    after = {**partition_digests(raw.path()), "code": code_digest()}
    if before == after:
        return dg.SensorResult(
            skip_reason=dg.SkipReason("no raw file was added, changed or deleted"),
            cursor=json.dumps(cursor, sort_keys=True),
        )
    plan = plan_refresh(before, after, instance_keys(context.instance))
    context.log.info(plan.describe())
    if not plan.steps:  # only dynamic partitions to sync, nothing to stage or build
        cursor["done"] = after
        return dg.SensorResult(
            dynamic_partitions_requests=partition_requests(plan), cursor=json.dumps(cursor, sort_keys=True)
        )
    cursor["attempt"] += 1
    plan_id = hashlib.sha256(f"{json.dumps(after, sort_keys=True)}|{cursor['attempt']}".encode()).hexdigest()[:16]
    cursor["pending"] = {"plan_id": plan_id, "digests": after}
    return dg.SensorResult(
        run_requests=[
            first_run_request(
                plan.steps,
                run_key=plan_id,
                tags={"dxw/trigger": "raw_files_sensor", "dxw/plan": plan.describe()[:1000], PLAN_ID_TAG: plan_id},
            )
        ],
        dynamic_partitions_requests=partition_requests(plan),
        cursor=json.dumps(cursor, sort_keys=True),
    )


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    request_jobs=JOBS,
    minimum_interval_seconds=5,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Runs a refresh plan step by step: when a run that carries the rest of its plan (tag dxw/next) "
    "succeeds, requests the next step. A failed step ends the plan.",
)
def refresh_chain(context: dg.RunStatusSensorContext):
    rest = steps_from_json(context.dagster_run.tags.get(NEXT_TAG))
    if not rest:
        return dg.SkipReason(f"run {context.dagster_run.run_id} ended its plan")
    carried = {k: v for k, v in context.dagster_run.tags.items() if k in CARRIED_TAGS}
    return first_run_request(rest, run_key=f"{context.dagster_run.run_id}:next", tags=carried)
