"""The one composition root: every asset, check, job, sensor and resource of dx-warehouse, and the
policy applied to them (presentation: owners and column schemas; automation: the conditions that
build the warehouse after staging).

Flow: raw (files) -> staged and reports (polars, Pandera-validated; DTI partitioned by year,
reports and submissions by document, kept in the staged store) -> warehouse (DuckDB
tables, checked by checks/rules.py) -> marts (SQL files in assets/marts/) -> quality
(the Great Expectations report) -> publish. The warehouse is written with write-audit-publish:
a build copy is written and checked, then replaces the published file atomically.

Under the daemon: raw_files_sensor stages what changed (pipelines/sensors.py), and
warehouse_automation builds, checks and publishes from the automation conditions
(pipelines/automation.py). `dxw run` runs the same jobs in its own process (pipelines/refresh.py).
"""

from pathlib import Path

import dagster as dg

from assets import raw, staging
from assets.comparison import asset as comparison
from assets.dti import official_pages, published_facts
from assets.reference import assets as reference
from assets.reports import assets as reports
from assets.sql_assets import sql_assets
from assets.submissions import submissions
from assets.warehouse import dimensions, loaders, publish
from checks import rules
from checks.gx import assets as quality
from pipelines.automation import automated, warehouse_automation
from pipelines.jobs import JOBS, STAGE_AND_BUILD
from pipelines.presentation import presented
from pipelines.resources import build_resources, with_staged_store
from pipelines.sensors import raw_files_sensor

ASSETS_DIR = Path(__file__).resolve().parents[1] / "assets"


def build_definitions(resources: dict | None = None) -> dg.Definitions:
    return dg.Definitions(
        assets=automated(
            presented(
                [
                    *raw.raw_specs,
                    *dg.load_assets_from_modules(
                        [
                            reference,
                            official_pages,
                            published_facts,
                            submissions,
                            reports,
                            staging,
                            loaders,
                            dimensions,
                            publish,
                            quality,
                            comparison,
                        ]
                    ),
                    *sql_assets(ASSETS_DIR / "warehouse", group="warehouse"),
                    *sql_assets(ASSETS_DIR / "marts", group="marts"),
                ]
            )
        ),
        asset_checks=rules.asset_checks,
        jobs=[*JOBS, *STAGE_AND_BUILD.values()],
        sensors=[raw_files_sensor, warehouse_automation],
        resources=with_staged_store(resources) if resources else build_resources(),
        executor=dg.in_process_executor,
    )


defs = build_definitions()
