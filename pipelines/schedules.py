"""The weekly refresh: everything restaged and the warehouse rebuilt, whatever changed."""

import dagster as dg

from assets.partitions import partition_digests
from pipelines.jobs import stage_reference
from pipelines.refresh import apply_partition_changes, instance_keys, plan_refresh
from pipelines.sensors import first_run_request


@dg.schedule(
    job=stage_reference,
    cron_schedule="0 6 * * 1",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    required_resource_keys={"raw"},
    description="Every Monday 06:00 Vietnam time: a full refresh (reference data, every DTI year, every report, every "
    "submission, then the warehouse build and publish). Syncs the report and submission partitions with "
    "data/raw first, so it is complete even with the sensor off. Launches the first run; refresh_chain "
    "the others.",
)
def weekly_refresh(context: dg.ScheduleEvaluationContext):
    plan = plan_refresh(None, partition_digests(context.resources.raw.path()), instance_keys(context.instance))
    # A schedule cannot return partition requests as a sensor does; it applies them itself.
    apply_partition_changes(context.instance, plan)
    return first_run_request(
        plan.steps, run_key=None, tags={"dxw/trigger": "weekly_refresh", "dxw/plan": plan.describe()[:1000]}
    )
