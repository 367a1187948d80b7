"""Refresh plans for `dxw run`: which runs, in which order, bring the warehouse up to date with
data/raw, executed in this process one after the other.

A plan is a list of steps (a job, and a partition or a range of partitions), plus the dynamic
partitions to add (new reports and submissions) and delete (removed ones):

- full refresh (`dxw run --full`, the first run, any change of the reference data or of the
  staging code): stage the reference data, every DTI year in one run, every report in one run,
  every submission in one run, then build the warehouse;
- incremental: stage only the partitions whose raw input changed, then build; the last staging run
  and the build are ONE run (pipelines.jobs.STAGE_AND_BUILD: the staging job's assets and the build's),
  so an incremental refresh of one file is one Dagster run, not two.

The warehouse build reads every current partition from the staged store, so a partition that
was not re-staged keeps its last staged output, and a deleted partition drops out; it takes from the
published warehouse the rows of the partitions that did not change (assets.warehouse.incremental),
except after a full refresh, which is tagged to build from nothing too. A failed step
ends the plan: nothing is built from a half-staged state.

Under the Dagster daemon there are no plans: the raw-files sensor requests the staging of what
changed (pipelines.sensors) and the build follows by declarative automation (pipelines.automation).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import dagster as dg

from assets.partitions import DTI_YEARS, DYNAMIC, dynamic_keys, partition_digests
from assets.provenance import code_digest
from assets.warehouse.incremental import (
    DELTA_TABLES,
    FULL_BUILD_TAG,
    REPORT_TABLES,
    published_partitions,
    report_tables_unchanged,
)
from checks.gx.worker import start_quality_worker, stop_quality_worker
from pipelines.jobs import STAGE_AND_BUILD, build_warehouse
from storage.staged_store import TableSet

RANGE_START = "dagster/asset_partition_range_start"
RANGE_END = "dagster/asset_partition_range_end"
STAGE_JOB = {"dti": "stage_dti_years", "report": "stage_reports", "submission": "stage_submissions"}
# Digests every partition depends on: a change restages everything.
GLOBAL = {"reference": "the reference data", "code": "the staging code"}


@dataclass(frozen=True)
class Step:
    job: str
    partition: str | None = None
    first: str | None = None  # a range of partitions staged in one run
    last: str | None = None
    leave_out: tuple[str, ...] = ()  # build assets the run does not materialize (their tables are carried)

    @property
    def builds(self) -> bool:
        """Whether the run builds the warehouse (build_warehouse, or a staging job with the build)."""
        return self.job == build_warehouse.name or self.job in {job.name for job in STAGE_AND_BUILD.values()}

    @property
    def tags(self) -> dict[str, str]:
        return {RANGE_START: self.first, RANGE_END: self.last} if self.first is not None else {}

    def describe(self) -> str:
        if self.partition is not None:
            run = f"{self.job}[{self.partition}]"
        else:
            run = f"{self.job}[{self.first}...{self.last}]" if self.first is not None else self.job
        return run + (f" (without {', '.join(self.leave_out)}: kept as published)" if self.leave_out else "")


@dataclass
class Plan:
    steps: list[Step]
    reason: str
    add: dict[str, list[str]] = field(default_factory=dict)  # dynamic partitions definition -> keys
    delete: dict[str, list[str]] = field(default_factory=dict)

    def describe(self) -> str:
        changes = [
            f"{verb} {name} {', '.join(keys)}"
            for verb, by_name in (("add", self.add), ("delete", self.delete))
            for name, keys in by_name.items()
            if keys
        ]
        return "; ".join([self.reason, *changes, "runs: " + " -> ".join(s.describe() for s in self.steps)])


def partition_runs(keys: list[str], ordered: dict[str, list[str]]) -> list[tuple[Step, list[str]]]:
    """The staging runs of partitions `keys` ("dti/2022", "report/<id>", "submission/<file>"), each
    with the keys it stages: consecutive partitions of one partitioning (DTI years in ascending order,
    reports and submissions in the instance's order, `ordered`) are staged in one run over their
    range, a partition alone in one run of its own."""
    runs = []
    for kind, job in STAGE_JOB.items():
        chosen = {key.split("/", 1)[1] for key in keys if key.split("/", 1)[0] == kind}
        every = DTI_YEARS.get_partition_keys() if kind == "dti" else ordered.get(kind, [])
        stretches, stretch = [], []
        for key in every:
            if key in chosen:
                stretch.append(key)
            elif stretch:
                stretches.append(stretch)
                stretch = []
        stretches += [stretch] if stretch else []
        stretches += [[key] for key in sorted(chosen - set(every))]  # unknown to the instance: fails, and says so
        for stretch in stretches:
            step = (
                Step(job, partition=stretch[0]) if len(stretch) == 1 else Step(job, first=stretch[0], last=stretch[-1])
            )
            runs.append((step, [f"{kind}/{key}" for key in stretch]))
    return runs


def partition_steps(keys: list[str], ordered: dict[str, list[str]]) -> list[Step]:
    return [step for step, _ in partition_runs(keys, ordered)]


def full_refresh_steps(keys: dict[str, list[str]]) -> list[Step]:
    """`keys`: the dynamic partition keys in the instance's order (a range follows that order)."""
    every = [f"dti/{year}" for year in DTI_YEARS.get_partition_keys()]
    every += [f"{kind}/{key}" for kind, partition_keys in keys.items() for key in partition_keys]
    return [Step("stage_reference"), *partition_steps(every, keys), Step("build_warehouse")]


def plan_refresh(before: dict[str, str] | None, after: dict[str, str], existing: dict[str, list[str]]) -> Plan:
    """The plan from the partition digests seen last (`before`, None when unknown) to those now
    (`after`), given the dynamic partition keys the instance has (`existing`, in its order)."""
    add, delete, ordered = {}, {}, {}
    for name in DYNAMIC:
        present = dynamic_keys(after, name)
        known = existing.get(name, [])
        add[name] = [k for k in present if k not in known]
        delete[name] = [k for k in known if k not in present]
        ordered[name] = [k for k in known if k in present] + add[name]
    if before is None or any(before.get(k) != after.get(k) for k in GLOBAL):
        reason = (
            "no record of the raw files yet"
            if before is None
            else " and ".join(GLOBAL[k] for k in GLOBAL if before.get(k) != after.get(k)) + " changed"
        )
        return Plan(full_refresh_steps(ordered), f"full refresh: {reason}", add, delete)
    changed = {k for k in after if before.get(k) != after[k]}
    changed |= {f"{name}/{k}" for name, keys in add.items() for k in keys}  # known to the files, not the instance
    gone = {k for k in before if k not in after}
    restage = sorted(changed | {k for k in gone if k.startswith("dti/")})  # a year left empty is staged empty
    steps = partition_steps(restage, ordered)
    if not (changed or gone or any(delete.values())):
        return Plan([], "no raw file changed", add, delete)
    words = [
        f"changed: {', '.join(sorted(changed))}" if changed else "",
        f"removed: {', '.join(sorted(gone))}" if gone else "",
    ]
    reason = "incremental: " + "; ".join(w for w in words if w)
    if steps:  # the last staging run builds too: one run, not two (pipelines.jobs.STAGE_AND_BUILD)
        last = steps[-1]
        steps[-1] = Step(STAGE_AND_BUILD[last.job].name, partition=last.partition, first=last.first, last=last.last)
        return Plan(steps, reason, add, delete)
    return Plan([Step(build_warehouse.name)], reason, add, delete)


@dataclass
class RefreshResult:
    """The in-process runs of one plan (the last one failed when the plan stopped early)."""

    plan: Plan
    results: list = field(default_factory=list)

    @property
    def success(self) -> bool:
        return len(self.results) == len(self.plan.steps) and all(r.success for r in self.results)

    @property
    def run_ids(self) -> list[str]:
        return [r.run_id for r in self.results]

    @property
    def all_events(self) -> list:
        return [e for r in self.results for e in r.all_events]

    def get_asset_materialization_events(self) -> list:
        return [e for r in self.results for e in r.get_asset_materialization_events()]

    def get_asset_check_evaluations(self) -> list:
        return [e for r in self.results for e in r.get_asset_check_evaluations()]


def refresh(
    defs,
    instance,
    *,
    full: bool = False,
    tags: dict[str, str] | None = None,
    run_config: dict | None = None,
    on_step=None,
) -> RefreshResult:
    """A refresh in this process: sync the dynamic partitions with data/raw, drop the staged
    outputs of deleted partitions, then run the plan's steps, stopping at the first failure.

    Incremental unless `full`: the partition digests of the last refresh that published (kept in
    `refreshed_state_path`) are compared with data/raw now, and only the partitions whose raw
    files changed are staged again (everything when the reference data or the staging code
    changed, when there is no record, or when there is no published warehouse). The record is
    written only after a refresh that published, so a failed one is planned again next time."""
    resources = defs.resources
    warehouse = resources["warehouse"]
    state = refreshed_state_path(warehouse)
    digests = {**partition_digests(Path(resources["raw"].root)), "code": code_digest()}
    before = None if full or not warehouse.published_path.exists() else read_refreshed_state(state)
    plan = plan_refresh(before, digests, instance_keys(instance))
    if full:
        plan.reason = plan.reason.replace("no record of the raw files yet", "asked for (--full)")
    apply_partition_changes(instance, plan)
    store = resources["io_manager"].store()
    for node in defs.resolve_asset_graph().asset_nodes:
        name = getattr(node.partitions_def, "name", None)
        if name in DYNAMIC:
            store.prune(node.key, set(instance.get_dynamic_partitions(name)))
    if not plan.reason.startswith("full refresh"):
        leave_out_report_tables(plan, instance, warehouse, digests["code"])
    if plan.reason.startswith("full refresh"):  # everything restaged: the build starts from nothing too
        tags = {**(tags or {}), FULL_BUILD_TAG: "true"}
    elif any(step.builds for step in plan.steps):
        # An incremental build validates the rows it inserts: Great Expectations is imported from now on, while
        # the staging runs and the build's first steps run (checks.gx.worker), not from warehouse_build only.
        start_quality_worker(
            started_by="dxw run's plan, before its first run",
            prepare_for=(warehouse.gx_context_dir, warehouse.quality_dir, DELTA_TABLES),
        )
    try:
        result = run_steps(defs, instance, plan, tags=tags, run_config=run_config, on_step=on_step)
    finally:
        stop_quality_worker()  # not taken by a quality report: a run failed before it, or the build was full
    published = any(
        e.asset_key.to_user_string() == "publish_warehouse" for e in result.get_asset_materialization_events()
    )
    if result.success and (published or not plan.steps):
        write_refreshed_state(state, digests)
    return result


def leave_out_report_tables(plan: Plan, instance, warehouse, code: str) -> None:
    """An incremental plan that stages no report: its build leaves out the tables made of the reports alone
    (REPORT_TABLES: fewer steps and events), which warehouse_build then carries from the published file, once
    it has proved them unchanged by the same test as here (report_tables_unchanged). Nothing is left out when
    that test fails (the build writes them as usual)."""
    stages_reports = any(step.job in ("stage_reports", STAGE_AND_BUILD["stage_reports"].name) for step in plan.steps)
    if (
        not plan.steps
        or not plan.steps[-1].builds
        or stages_reports
        or plan.add.get("report")
        or plan.delete.get("report")
    ):
        return
    store = warehouse.staged_dir / "staged_report_facts"
    current = {}
    for key in instance.get_dynamic_partitions("report"):
        try:
            current[key] = TableSet.read(store / key).meta.get("run_id")
        except FileNotFoundError:
            current[key] = None
    published, why_not = published_partitions(warehouse.published_path)
    if report_tables_unchanged(instance, current, published, why_not, code) is None:
        plan.steps[-1] = replace(plan.steps[-1], leave_out=tuple(REPORT_TABLES))


def refreshed_state_path(warehouse) -> Path:
    return warehouse.published_path.parent / ".refreshed.json"


def read_refreshed_state(path: Path) -> dict[str, str] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_refreshed_state(path: Path, digests: dict[str, str]) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(digests, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)


def instance_keys(instance) -> dict[str, list[str]]:
    """The dynamic partition keys the instance has, in its order (a range follows that order)."""
    return {name: list(instance.get_dynamic_partitions(name)) for name in DYNAMIC}


def apply_partition_changes(instance, plan: Plan) -> None:
    for name, keys in plan.add.items():
        if keys:
            instance.add_dynamic_partitions(name, keys)
    for name, keys in plan.delete.items():
        for key in keys:
            instance.delete_dynamic_partition(name, key)


def run_steps(
    defs, instance, plan: Plan, *, tags: dict[str, str] | None = None, run_config: dict | None = None, on_step=None
) -> RefreshResult:
    """`on_step(index, total, step)` is called before each run (progress for a terminal)."""
    result = RefreshResult(plan)
    for index, step in enumerate(plan.steps, start=1):
        if on_step:
            on_step(index, len(plan.steps), step)
        job = defs.resolve_job_def(step.job)
        selection = None
        if step.leave_out:  # the job's assets but these (their checks follow their assets)
            left_out = {dg.AssetKey(name) for name in step.leave_out}
            selection = sorted(job.asset_layer.selected_asset_keys - left_out, key=lambda k: k.to_user_string())
        run = job.execute_in_process(
            instance=instance,
            asset_selection=selection,
            partition_key=step.partition,
            tags={**(tags or {}), **step.tags},
            run_config=run_config,
            raise_on_error=False,
        )
        result.results.append(run)
        if not run.success:
            break
    return result
