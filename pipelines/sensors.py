"""The raw-files sensor: keeps the report and submission partitions in step with data/raw and
requests the staging of what changed. It requests nothing else: the warehouse build follows by
declarative automation (pipelines.automation), once the staging it requested has succeeded.

What it compares, partition by partition ("reference", "dti/<year>", "report/<id>",
"submission/<file>"): the digest of the raw files the partition reads, taken together with the
reference data and the staging code it is staged with, so that a change of either makes every
partition changed. Its cursor keeps, per partition, the digest that a run it requested staged
successfully, and the requests whose runs have not ended. So:

- a changed partition is requested once; while its run is queued or running it is not requested again;
- when that run fails or is canceled, the partition is still changed at the next tick and is requested
  again (a failed restage is retried); until a restage succeeds, the automation condition of
  staged_sources keeps the warehouse from being built, so no build publishes the partition's stale output;
- the reference data is staged before any partition: when it (or the staging code) changed, the
  sensor requests stage_reference alone; once that run has succeeded every partition is changed and
  is restaged (consecutive partitions of one partitioning in one run over their range);
- a deleted report or submission: the sensor deletes its partition and, when nothing else is to be
  staged, requests staged_sources alone, which records that the partition is gone (the build follows).
"""

from __future__ import annotations

import hashlib
import json

import dagster as dg

from assets.partitions import DTI_YEARS, DYNAMIC, DYNAMIC_DEFINITIONS, dynamic_keys, partition_digests
from assets.provenance import code_digest
from pipelines.jobs import build_warehouse, stage_dti_years, stage_reference, stage_reports, stage_submissions
from pipelines.refresh import Step, instance_keys, partition_runs
from storage.raw_files import RawFiles
from storage.settings import sensor_interval

REQUEST_TAG = "dxw/staging_request"  # every run of one request carries its id
TRIGGER_TAG = "dxw/trigger"
REFERENCE = "reference"
PARTITIONS = "partitions"  # the set of report and submission partitions: a deletion changes it
SETTLED = {dg.DagsterRunStatus.SUCCESS: "succeeded", dg.DagsterRunStatus.FAILURE: "failed"}
SETTLED[dg.DagsterRunStatus.CANCELED] = "was canceled"


def _sha(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def staging_digests(raw_root, code: str | None = None) -> dict[str, str]:
    """What each partition's staged output depends on: its raw files, the reference data and the
    staging code (assets/, checks/, storage/, uv.lock). Every DTI year is listed (a year with no
    rows left is staged empty), and PARTITIONS stands for the set of dynamic partitions."""
    raw = partition_digests(raw_root)
    reference = _sha(raw.get(REFERENCE, ""), code if code is not None else code_digest())
    digests = {REFERENCE: reference}
    for year in DTI_YEARS.get_partition_keys():
        digests[f"dti/{year}"] = _sha(raw.get(f"dti/{year}", ""), reference)
    for name in DYNAMIC:
        for key in dynamic_keys(raw, name):
            digests[f"{name}/{key}"] = _sha(raw[f"{name}/{key}"], reference)
    digests[PARTITIONS] = _sha(*sorted(k for k in digests if k.split("/", 1)[0] in DYNAMIC))
    return digests


def read_cursor(text: str | None) -> dict:
    cursor = json.loads(text) if text else {}
    return {
        "staged": cursor.get("staged", {}),
        "pending": cursor.get("pending", {}),
        "requests": cursor.get("requests", 0),
    }


def settle(context: dg.SensorEvaluationContext, cursor: dict) -> None:
    """Move the partitions of every request whose run succeeded to `staged`; forget the requests
    whose run failed or was canceled (their partitions are still changed: requested again)."""
    for request_id, keys in list(cursor["pending"].items()):
        runs = context.instance.get_runs(filters=dg.RunsFilter(tags={REQUEST_TAG: request_id}))
        outcome = next((SETTLED[run.status] for run in runs if run.status in SETTLED), None)
        if outcome is None:
            continue  # queued, running, or not created yet
        if outcome == "succeeded":
            cursor["staged"].update(keys)
        else:
            context.log.warning(f"staging request {request_id} ({', '.join(sorted(keys))}) {outcome}: requested again")
        del cursor["pending"][request_id]


def partition_changes(existing: dict[str, list[str]], digests: dict[str, str]):
    """Dynamic partitions to add and delete so that the instance matches data/raw, and the keys
    the instance will have, in its order."""
    add, delete, ordered = {}, {}, {}
    for name in DYNAMIC:
        present = [key.split("/", 1)[1] for key in digests if key.startswith(f"{name}/")]
        known = existing.get(name, [])
        add[name] = [key for key in present if key not in known]
        delete[name] = [key for key in known if key not in present]
        ordered[name] = [key for key in known if key in present] + add[name]
    requests = [
        *(DYNAMIC_DEFINITIONS[name].build_add_request(keys) for name, keys in add.items() if keys),
        *(DYNAMIC_DEFINITIONS[name].build_delete_request(keys) for name, keys in delete.items() if keys),
    ]
    return requests, ordered


def staging_requests(changed: list[str], ordered: dict[str, list[str]]) -> list[tuple[Step, list[str]]]:
    """The runs for `changed` keys, each with the keys it stages: the reference alone when it changed,
    else the changed partitions, else (only partitions deleted) staged_sources alone."""
    if REFERENCE in changed:
        return [(Step(stage_reference.name), [REFERENCE])]
    requests = partition_runs([k for k in changed if k != PARTITIONS], ordered)
    if PARTITIONS in changed:
        if requests:
            requests[0][1].append(PARTITIONS)  # the staging it triggers rebuilds with the new set
        else:
            requests.append((Step(build_warehouse.name), [PARTITIONS]))
    return requests


def run_request(step: Step, request_id: str, keys: list[str]) -> dg.RunRequest:
    described = ", ".join(sorted(keys))
    tags = {**step.tags, REQUEST_TAG: request_id, TRIGGER_TAG: "raw_files_sensor", "dxw/changed": described[:1000]}
    if step.job == build_warehouse.name:  # a deletion: only the union of the staged partitions is run
        return dg.RunRequest(
            run_key=request_id, job_name=step.job, asset_selection=[dg.AssetKey("staged_sources")], tags=tags
        )
    return dg.RunRequest(run_key=request_id, job_name=step.job, partition_key=step.partition, tags=tags)


@dg.sensor(
    jobs=[stage_reference, stage_dti_years, stage_reports, stage_submissions, build_warehouse],
    minimum_interval_seconds=sensor_interval(60),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches data/raw by content hash, partition by partition (reference data, each DTI year, each report, "
    "each submission). Adds or deletes the dynamic partitions of reports and submissions and requests the staging "
    "of what changed: the changed partitions, or the reference data first when it (or the staging code: assets/, "
    "checks/, storage/, uv.lock) changed, then every partition. A partition is marked staged only when its run "
    "succeeded; a failed one is requested again at the next tick. The warehouse build follows by automation "
    "(sensor warehouse_automation).",
)
def raw_files_sensor(context: dg.SensorEvaluationContext, raw: RawFiles):
    cursor = read_cursor(context.cursor)
    settle(context, cursor)
    digests = staging_digests(raw.path())
    partition_requests, ordered = partition_changes(instance_keys(context.instance), digests)
    cursor["staged"] = {key: value for key, value in cursor["staged"].items() if key in digests}
    waiting = {key for keys in cursor["pending"].values() for key in keys}
    changed = [key for key in digests if cursor["staged"].get(key) != digests[key] and key not in waiting]
    if REFERENCE in waiting:  # every partition is staged with the reference data: wait for it
        requests, reason = [], "waiting for the reference data to be staged"
    else:
        requests = staging_requests(changed, ordered)
        reason = "" if requests else "nothing changed in data/raw since it was staged"
    if waiting and not requests:
        reason = f"{reason or 'nothing new to stage'}; staging requested earlier still running"
    run_requests = []
    for step, keys in requests:
        cursor["requests"] += 1
        request_id = _sha(json.dumps({k: digests[k] for k in keys}, sort_keys=True), str(cursor["requests"]))[:16]
        cursor["pending"][request_id] = {key: digests[key] for key in keys}
        run_requests.append(run_request(step, request_id, keys))
        context.log.info(f"request {request_id}: {step.describe()} for {', '.join(keys)}")
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=partition_requests,
        cursor=json.dumps(cursor, sort_keys=True),
        skip_reason=None if run_requests else dg.SkipReason(reason),
    )
