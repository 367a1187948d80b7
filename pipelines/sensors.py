"""Sensors: the raw-files sensor requests the runs for what changed in data/raw; the chain
sensor runs a refresh plan's steps one after the other under the Dagster daemon."""

import hashlib
import json

import dagster as dg

from assets.partitions import DYNAMIC_DEFINITIONS, partition_digests
from assets.provenance import code_digest
from pipelines.jobs import JOBS
from pipelines.refresh import NEXT_TAG, Plan, Step, instance_keys, plan_refresh, steps_from_json, steps_to_json
from storage.raw_files import RawFiles

def first_run_request(steps: list[Step], *, run_key: str | None, tags: dict[str, str]) -> dg.RunRequest:
    """The run of a plan's first step; the rest of the plan travels in its tags."""
    first, rest = steps[0], steps[1:]
    return dg.RunRequest(run_key=run_key, job_name=first.job, partition_key=first.partition,
                         tags={**tags, **first.tags, NEXT_TAG: steps_to_json(rest)})


def partition_requests(plan: Plan) -> list:
    return [*(DYNAMIC_DEFINITIONS[name].build_add_request(keys) for name, keys in plan.add.items() if keys),
            *(DYNAMIC_DEFINITIONS[name].build_delete_request(keys) for name, keys in plan.delete.items() if keys)]


@dg.sensor(
    jobs=JOBS,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches data/raw by content hash, partition by partition (reference data, each DTI year, each report, "
                "each submission). Adds or deletes the dynamic partitions of reports and submissions, then requests a "
                "refresh: only the changed partitions and the warehouse build, or everything when the reference data "
                "or the staging code (assets/, checks/) changed.",
)
def raw_files_sensor(context: dg.SensorEvaluationContext, raw: RawFiles):
    before = json.loads(context.cursor) if context.cursor else None
    after = {**partition_digests(raw.path()), "code": code_digest()}
    cursor = json.dumps(after, sort_keys=True)
    if before == after:
        return dg.SkipReason("no raw file was added, changed or deleted")
    plan = plan_refresh(before, after, instance_keys(context.instance))
    context.log.info(plan.describe())
    return dg.SensorResult(
        run_requests=[first_run_request(plan.steps, run_key=hashlib.sha256(cursor.encode()).hexdigest()[:16],
                                        tags={"dxw/trigger": "raw_files_sensor", "dxw/plan": plan.describe()[:1000]})]
        if plan.steps else [],
        dynamic_partitions_requests=partition_requests(plan),
        cursor=cursor,
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
    carried = {k: v for k, v in context.dagster_run.tags.items() if k in ("dxw/trigger", "dxw/plan")}
    return first_run_request(rest, run_key=f"{context.dagster_run.run_id}:next", tags=carried)
