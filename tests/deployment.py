"""A deployment as the Dagster daemon runs it, driven step by step in the test's process: a copy of
data/raw, a warehouse, one Dagster instance, the raw-files sensor's cursor and the automation
sensor's cursor. `tick()` evaluates raw_files_sensor (applying its partition requests as the daemon
does), `run()` executes a run it requested, `automate()` evaluates the automation conditions with
Dagster's own evaluator, and `build()` executes what they requested as one run, as the automation
sensor's run request would (same asset selection, the checks of those assets riding along)."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.definitions import build_definitions
from pipelines.jobs import WAREHOUSE
from pipelines.resources import RawFiles, Warehouse
from pipelines.sensors import raw_files_sensor
from tests.conftest import AS_OF, RAW


class Deployment:
    def __init__(self, root: Path, instance: dg.DagsterInstance):
        self.raw = root / "raw"
        shutil.copytree(RAW, self.raw)
        self.warehouse = root / "wh" / "dx.duckdb"
        self.defs = build_definitions(
            resources={
                "raw": RawFiles(root=str(self.raw)),
                "warehouse": Warehouse(path=str(self.warehouse), as_of=AS_OF),
            }
        )
        self.instance = instance
        self.cursor: str | None = None
        self.automation_cursor = None
        graph = self.defs.resolve_asset_graph()
        self.build_keys = WAREHOUSE.resolve(graph)

    # The raw-files sensor.
    def tick(self) -> dg.SensorResult:
        context = dg.build_sensor_context(
            cursor=self.cursor,
            instance=self.instance,
            definitions=self.defs,
            resources={"raw": RawFiles(root=str(self.raw))},
        )
        result = raw_files_sensor(context)
        for request in result.dynamic_partitions_requests:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(request.partitions_def_name, request.partition_keys)
            else:
                for key in request.partition_keys:
                    self.instance.delete_dynamic_partition(request.partitions_def_name, key)
        self.cursor = result.cursor
        return result

    def run(self, request: dg.RunRequest) -> dg.ExecuteInProcessResult:
        return self.defs.resolve_job_def(request.job_name).execute_in_process(
            instance=self.instance,
            partition_key=request.partition_key,
            asset_selection=request.asset_selection,
            tags=request.tags,
            raise_on_error=False,
        )

    def stage(self) -> list[dg.ExecuteInProcessResult]:
        """One sensor tick and every run it requested."""
        return [self.run(request) for request in self.tick().run_requests]

    # The automation sensor.
    def automate(self) -> set[dg.AssetKey]:
        """One evaluation of the automation conditions: the assets requested (all unpartitioned)."""
        result = dg.evaluate_automation_conditions(
            defs=self.defs, instance=self.instance, cursor=self.automation_cursor
        )
        self.automation_cursor = result.cursor
        requested = {s.key for s in self.defs.resolve_all_asset_specs() if result.get_requested_partitions(s.key)}
        assert result.total_requested == len(requested), "automation requested partitions"
        return requested

    def build(self, requested: set[dg.AssetKey]) -> dg.ExecuteInProcessResult:
        """The one run the automation sensor launches for one tick's requests."""
        return self.defs.resolve_implicit_global_asset_job_def().execute_in_process(
            instance=self.instance,
            asset_selection=sorted(requested),
            tags={"dxw/trigger": "warehouse_automation"},
            raise_on_error=False,
        )

    def sync(self) -> list[dg.ExecuteInProcessResult]:
        """Sensor ticks and automation ticks, each followed by the runs they request, until neither
        requests anything: what the daemon does after a change in data/raw."""
        runs = []
        while True:
            staging = self.stage()
            runs += staging
            requested = self.automate()
            if requested:
                assert requested <= self.build_keys and dg.AssetKey("publish_warehouse") in requested, requested
                runs.append(self.build(requested))
            if not staging and not requested:
                return runs

    def query(self, sql: str):
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.execute(sql).fetchall()


def materialized(runs) -> set[tuple[str, str | None]]:
    return {(e.asset_key.to_user_string(), e.partition) for run in runs for e in run.get_asset_materialization_events()}


def described(runs) -> list[tuple[str, str | None]]:
    """Each run as (job, partition or range)."""
    out = []
    for run in runs:
        tags = run.dagster_run.tags
        first = tags.get("dagster/asset_partition_range_start")
        part = f"{first}...{tags['dagster/asset_partition_range_end']}" if first else tags.get("dagster/partition")
        out.append((run.dagster_run.job_name, part))
    return out
