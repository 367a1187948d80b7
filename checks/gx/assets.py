"""The Great Expectations checkpoint run as the last asset of the flow."""

import dagster as dg
from dagster import AssetExecutionContext

from assets.warehouse.incremental import changes_for_quality
from checks.gx.worker import run_in_quality_worker
from storage.memory import release_freed_memory
from storage.warehouse import Warehouse

VALIDATED = [
    "fact_indicator_value",
    "dim_province",
    "dim_indicator",
    "fact_conflict",
    "quarantine",
    "load_audit",
    "mart_dti_ranking",
    "mart_dti_trend",
]


@dg.asset(
    group_name="quality",
    kinds={"great_expectations", "html"},
    deps=VALIDATED,
    description=(
        "Great Expectations data-quality report: the suites in checks/gx/expectations/ validated against the "
        "warehouse tables and marts, Data Docs written to data/warehouse/reports/quality/index.html "
        "(renders offline), with a summary.json for `dxw quality`."
    ),
)
def quality_report(context: AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    from checks.gx.report import build_quality_report  # Great Expectations takes seconds to import

    warehouse.release_build_file()  # held open by the run's writing steps: read by the worker process
    results, validated_in = run_in_quality_worker(
        build_quality_report,
        warehouse.build_path,
        warehouse.quality_dir,
        warehouse.gx_context_dir,
        run_name=context.run.run_id,
        changes=changes_for_quality(warehouse.build_path, warehouse.published_path),
    )
    release_freed_memory()  # the pandas frames Great Expectations validated (when it ran in this process)
    context.log.info(f"quality report built in {validated_in}")
    failed = [r for r in results if not r.success]
    for r in failed:
        context.log.warning(
            f"{r.suite}: {r.evaluated - r.successful} of {r.evaluated} expectations failed: {r.failed_expectations}"
        )
    index = warehouse.quality_dir / "index.html"
    return dg.MaterializeResult(
        metadata={
            "suites": len(results),
            "suites_failed": len(failed),
            # unchanged tables keep the result of the run that last validated them (checks.gx.report)
            "suites_reused": sum(r.validated_in_run not in ("", context.run.run_id) for r in results),
            # an incremental build: the suites validated on the rows it inserted only (checks.gx.report)
            "suites_on_changed_rows": dg.MetadataValue.json({r.suite: r.scope for r in results if r.scope}),
            "expectations_evaluated": sum(r.evaluated for r in results),
            "expectations_failed": sum(r.evaluated - r.successful for r in results),
            "data_docs": dg.MetadataValue.path(str(index)),
            "built_in": validated_in,
        }
    )
