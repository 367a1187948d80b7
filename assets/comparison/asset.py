"""The comparison report as the asset after the marts: refreshed by every `dxw run`."""

import dagster as dg
import duckdb

from checks.gx.worker import run_in_quality_worker
from storage.memory import release_freed_memory
from storage.warehouse import DUCKDB_CONFIG, Warehouse

READS = [
    "mart_dti_ranking",
    "mart_dti_coverage",
    "mart_dti_by_2025_unit",
    "mart_target_attainment",
    "mart_province_comparison",
    "fact_conflict",
    "fact_indicator_preferred",
    "ref_focus_province",
]


@dg.asset(
    group_name="analysis",
    kinds={"html", "vega"},
    deps=READS,
    description=(
        "Comparison report: one self-contained offline HTML page (data/warehouse/reports/comparison.html) with the "
        "focus provinces' DTI rank over the editions, score trends, pillars and main indices, the 34-unit view with "
        "published and recomputed values, target attainment, source conflicts and coverage; Vega-Lite charts with "
        "their JavaScript inlined, and the warehouse rows behind every chart."
    ),
)
def comparison_report(warehouse: Warehouse) -> dg.MaterializeResult:
    # Altair (about a second to import) is loaded only when a page is drawn (assets.comparison.report.render),
    # not by every process that loads the definitions, nor by a run whose report rows did not change.
    from assets.comparison.report import page_digest, render, write_report

    drawn_in = []

    def draw(report, cache_dir):
        # In the quality report's worker when an incremental build started one: Great Expectations imported
        # Altair there, so the page is drawn without importing it here (checks.gx.worker).
        text, where = run_in_quality_worker(render, report, cache_dir, ready_only=True)
        drawn_in.append(where)
        return text

    path = warehouse.published_path.parent / "reports" / "comparison.html"
    warehouse.release_build_file()  # held open by the run's writing steps: opened read-only here
    with duckdb.connect(str(warehouse.build_path), read_only=True, config=DUCKDB_CONFIG) as con:
        _, written = write_report(con, path, keep_unchanged=True, draw=draw)
    release_freed_memory()
    return dg.MaterializeResult(
        metadata={
            "report": dg.MetadataValue.path(str(path)),
            "bytes": path.stat().st_size,
            "rows_digest": page_digest(path) or "",
            # Kept: the page on disk draws exactly these rows with this code (its digest), as built then.
            "written": "drawn anew" if written else "kept: the rows it draws did not change",
            "drawn_in": drawn_in[0] if drawn_in else "not drawn",
        }
    )
