"""A sensor that watches data/raw by content hash and requests a run for what changed."""

import hashlib
import json

import dagster as dg

from pipelines.jobs import materialize_all
from pipelines.resources import RawFiles


def changes(before: dict[str, str], after: dict[str, str]) -> dict[str, list[str]]:
    return {
        "added": sorted(after.keys() - before.keys()),
        "changed": sorted(k for k in after.keys() & before.keys() if after[k] != before[k]),
        "deleted": sorted(before.keys() - after.keys()),
    }


@dg.sensor(
    job=materialize_all,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches every file of data/raw (reference, DTI tables, reports, submissions, sidecars) by content hash; when a file is "
                "added, changed or deleted, requests a run that rebuilds and publishes the warehouse.",
)
def raw_files_sensor(context: dg.SensorEvaluationContext, raw: RawFiles):
    before = json.loads(context.cursor) if context.cursor else None
    after = raw.state()
    cursor = json.dumps(after, sort_keys=True)
    if before is not None and before == after:
        return dg.SkipReason("no raw file was added, changed or deleted")
    diff = changes(before or {}, after)
    summary = ("first evaluation: no record of the files yet" if before is None else
               "; ".join(f"{kind}: {', '.join(files)}" for kind, files in diff.items() if files))
    return dg.SensorResult(
        run_requests=[dg.RunRequest(
            run_key=hashlib.sha256(cursor.encode()).hexdigest()[:16],
            tags={"dxw/trigger": "raw_files_sensor", "dxw/changes": summary[:1000]},
        )],
        cursor=cursor,
    )
