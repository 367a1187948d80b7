"""Jobs: one per kind of partition, and the warehouse build.

Dagster runs one partitions definition per job, and the staged sources have three (DTI by
year, reports by document, submissions by document). So staging is one job per partitioning
(the raw-files sensor requests them for what changed, `dxw run` runs them in process), and the
warehouse build is one unpartitioned selection that reads every staged partition: the assets the
automation conditions of pipelines.automation materialize (in one run), and the last run of `dxw run`.
"""

import dagster as dg

REFERENCE = dg.AssetSelection.assets(
    "staged_provinces", "staged_province_aliases", "staged_indicators", "staged_publishers"
)
DTI = dg.AssetSelection.assets("staged_dti_official_pages", "staged_dti_published_facts")
REPORT_DOCUMENTS = dg.AssetSelection.assets("report_documents", "staged_report_facts")
SUBMISSION_FILES = dg.AssetSelection.assets("staged_submissions")
# The warehouse build: the union of the staged partitions (staged_sources), then every warehouse table,
# check, mart, the quality and comparison reports and the publish. A new asset in one of these groups
# is part of the build (and of its automation) without further change.
BUILD_GROUPS = ("warehouse", "marts", "quality", "analysis", "publish")
WAREHOUSE = dg.AssetSelection.assets("staged_sources") | dg.AssetSelection.groups(*BUILD_GROUPS)

stage_reference = dg.define_asset_job(
    "stage_reference",
    REFERENCE,
    description="Read and validate the reference data (provinces, units, aliases, indicator catalog, publishers).",
)
stage_dti_years = dg.define_asset_job(
    "stage_dti_years",
    DTI,
    description="Stage the official DTI pages and the published DTI tables of one year (or a range of years in one run).",
)
stage_reports = dg.define_asset_job(
    "stage_reports",
    REPORT_DOCUMENTS,
    description="Read one provincial report (or a range of them in one run) and extract its facts with exact quotes.",
)
stage_submissions = dg.define_asset_job(
    "stage_submissions",
    SUBMISSION_FILES,
    description="Stage one analyst submission file (or a range of them in one run).",
)
build_warehouse = dg.define_asset_job(
    "build_warehouse",
    WAREHOUSE,
    description="Load every staged partition into a build copy of the warehouse, run the checks, build the marts and "
    "the data-quality report, and publish atomically when no blocking check failed. Under the daemon these assets "
    "are materialized by their automation conditions (sensor warehouse_automation), as one run.",
)

# `dxw run`'s incremental refresh stages the changed partitions of one partitioning and builds in ONE run
# (pipelines.refresh): the staging job's assets and the build's, run with the staging run's partition (or
# range); the build's assets are not partitioned and read every partition, as in build_warehouse. One run
# instead of two: Dagster creates, starts and initialises resources for one run, not two.
STAGE_AND_BUILD = {
    job.name: dg.define_asset_job(
        f"{job.name}_and_build",
        selection | WAREHOUSE,
        description=f"{job.description} Then, in the same run, build, check and publish the warehouse "
        "(build_warehouse): `dxw run`'s incremental refresh, when this partitioning is the last it stages.",
    )
    for job, selection in (
        (stage_dti_years, DTI),
        (stage_reports, REPORT_DOCUMENTS),
        (stage_submissions, SUBMISSION_FILES),
    )
}

STAGING_JOBS = [stage_reference, stage_dti_years, stage_reports, stage_submissions]
JOBS = [*STAGING_JOBS, build_warehouse]  # a full refresh runs each once: together, every asset once
# The partitions each staging job runs over (the names of assets.partitions' definitions).
JOB_PARTITIONS = {"stage_dti_years": "dti_year", "stage_reports": "report", "stage_submissions": "submission"}
