"""The weekly refresh: everything restaged and the warehouse rebuilt, whatever changed."""

import dagster as dg

from assets.partitions import DYNAMIC
from pipelines.jobs import stage_reference
from pipelines.refresh import full_refresh_steps
from pipelines.sensors import first_run_request


@dg.schedule(
    job=stage_reference,
    cron_schedule="0 6 * * 1",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every Monday 06:00 Vietnam time: a full refresh (reference data, every DTI year, every report, every "
                "submission, then the warehouse build and publish). Launches the first run; refresh_chain the others.",
)
def weekly_refresh(context: dg.ScheduleEvaluationContext):
    steps = full_refresh_steps({name: list(context.instance.get_dynamic_partitions(name)) for name in DYNAMIC})
    return first_run_request(steps, run_key=None, tags={"dxw/trigger": "weekly_refresh",
                                                         "dxw/plan": " -> ".join(s.describe() for s in steps)})
