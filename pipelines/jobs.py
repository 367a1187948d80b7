"""Jobs and schedules."""

import dagster as dg

# Everything the project can materialize (the raw folders are external and not materialized).
materialize_all = dg.define_asset_job(
    name="materialize_all",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups("raw"),
    description="Read every raw file, validate, rebuild the warehouse tables and the marts.",
)

weekly_refresh = dg.ScheduleDefinition(
    name="weekly_refresh",
    job=materialize_all,
    cron_schedule="0 6 * * 1",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Rebuild and publish everything every Monday 06:00 Vietnam time.",
)
