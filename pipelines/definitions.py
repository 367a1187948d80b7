"""The one composition root: every asset, check, job, schedule and resource of dx-warehouse.

Flow: raw (files) -> staged and reports (polars, Pandera-validated; DTI partitioned by year,
reports and submissions by document, kept in the staged store) -> warehouse (DuckDB
tables, checked by checks/rules.py) -> marts (SQL files in assets/marts/) -> quality
(the Great Expectations report) -> publish. The warehouse is written with write-audit-publish:
a build copy is written and checked, then replaces the published file atomically.
"""

from pathlib import Path

import dagster as dg

from assets import raw, staging
from assets.dti import official_pages, published_facts
from assets.reference import assets as reference
from assets.reports import assets as reports
from assets.sql_assets import sql_assets
from assets.submissions import submissions
from assets.warehouse import loaders, publish
from checks import rules
from checks.gx import assets as quality
from pipelines.jobs import JOBS
from pipelines.resources import build_resources, with_staged_store
from pipelines.schedules import weekly_refresh
from pipelines.sensors import raw_files_sensor, refresh_chain

ASSETS_DIR = Path(__file__).resolve().parents[1] / "assets"


def build_definitions(resources: dict | None = None) -> dg.Definitions:
    return dg.Definitions(
        assets=[
            *raw.raw_specs,
            *dg.load_assets_from_modules(
                [reference, official_pages, published_facts, submissions, reports, staging, loaders, publish, quality]
            ),
            *sql_assets(ASSETS_DIR / "warehouse", group="warehouse"),
            *sql_assets(ASSETS_DIR / "marts", group="marts"),
        ],
        asset_checks=rules.asset_checks,
        jobs=JOBS,
        schedules=[weekly_refresh],
        sensors=[raw_files_sensor, refresh_chain],
        resources=with_staged_store(resources) if resources else build_resources(),
        executor=dg.in_process_executor,
    )


defs = build_definitions()
