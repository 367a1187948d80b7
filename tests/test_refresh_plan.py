"""`dxw run`'s plans (pipelines/refresh.py): which runs bring the warehouse up to date. An incremental refresh
stages the changed partitions and builds; the last staging run builds too (one Dagster run, not two)."""

from pipelines.definitions import defs
from pipelines.jobs import JOBS, STAGE_AND_BUILD, WAREHOUSE
from pipelines.refresh import Step, plan_refresh

BEFORE = {
    "code": "c",
    "reference": "r",
    "dti/2022": "d",
    "report/a": "ra",
    "report/b": "rb",
    "submission/x.csv": "x",
}
EXISTING = {"report": ["a", "b"], "submission": ["x.csv"]}


def test_one_added_submission_is_staged_and_built_in_one_run():
    plan = plan_refresh(BEFORE, {**BEFORE, "submission/y.csv": "y"}, EXISTING)
    assert plan.steps == [Step("stage_submissions_and_build", partition="y.csv")]
    assert plan.steps[0].builds
    assert plan.describe().endswith("runs: stage_submissions_and_build[y.csv]")


def test_the_last_staging_run_builds_the_others_only_stage():
    after = {**BEFORE, "report/b": "rb2", "submission/x.csv": "x2", "dti/2022": "d2"}
    plan = plan_refresh(BEFORE, after, EXISTING)
    assert [(s.job, s.partition) for s in plan.steps] == [
        ("stage_dti_years", "2022"),
        ("stage_reports", "b"),
        ("stage_submissions_and_build", "x.csv"),
    ]
    assert [s.builds for s in plan.steps] == [False, False, True]


def test_a_range_is_staged_and_built_in_one_run():
    after = {**BEFORE, "report/a": "ra2", "report/b": "rb2"}
    plan = plan_refresh(BEFORE, after, EXISTING)
    assert plan.steps == [Step("stage_reports_and_build", first="a", last="b")]


def test_a_removal_alone_builds_without_staging():
    after = {k: v for k, v in BEFORE.items() if k != "submission/x.csv"}
    plan = plan_refresh(BEFORE, after, EXISTING)
    assert plan.steps == [Step("build_warehouse")] and plan.steps[0].builds


def test_a_full_refresh_stages_then_builds_in_runs_of_their_own():
    plan = plan_refresh(None, BEFORE, EXISTING)
    assert plan.steps[0] == Step("stage_reference") and plan.steps[-1] == Step("build_warehouse")
    assert [s.builds for s in plan.steps].count(True) == 1


def test_each_staging_job_with_the_build_runs_the_build_whole():
    """The combined jobs are the staging job's assets plus every asset of build_warehouse."""
    jobs = {job.name: job for job in JOBS}
    for staging, combined in STAGE_AND_BUILD.items():
        assert combined.name == f"{staging}_and_build"
        assert combined.selection == jobs[staging].selection | WAREHOUSE
        selected = defs.resolve_job_def(combined.name).asset_layer.selected_asset_keys
        assert selected == (
            defs.resolve_job_def(staging).asset_layer.selected_asset_keys
            | defs.resolve_job_def("build_warehouse").asset_layer.selected_asset_keys
        )
