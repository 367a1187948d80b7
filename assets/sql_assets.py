"""One small factory: every `.sql` file of a folder becomes a warehouse asset.

A file is a SELECT with a header:
    -- depends_on: table_a, table_b     (upstream assets, for lineage and ordering)
    -- materialize: table | view
The asset is named after the file; its description and column docs come from the data
dictionary (assets/warehouse/tables.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

import dagster as dg

from assets.warehouse.dictionary import apply_comments, describe
from assets.warehouse.incremental import (
    KEYED_TABLES,
    BuildPlan,
    attach_published,
    delta_keys,
    plan_path,
    record_delta_checksum,
    references_changed,
    register_delta_files,
)
from assets.warehouse.table_metadata import table_metadata
from storage.warehouse import Warehouse

_HEADER = re.compile(r"^--\s*(depends_on|materialize):\s*(.*)$", re.MULTILINE)


def read_sql_file(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    header = {key: value.strip() for key, value in _HEADER.findall(text)}
    return header, text


def build_statement(name: str, kind: str, select: str) -> str:
    if kind not in ("table", "view"):
        raise ValueError(f"{name}.sql: materialize must be table or view, not {kind!r}")
    return f'CREATE OR REPLACE {kind.upper()} "{name}" AS\n{select.strip().rstrip(";")}'


def sql_file_asset(path: Path, group: str) -> dg.AssetsDefinition:
    name = path.stem
    header, select = read_sql_file(path)
    deps = [d.strip() for d in header.get("depends_on", "").split(",") if d.strip()]
    kind = header.get("materialize", "table")
    statement = build_statement(name, kind, select)

    @dg.asset(
        name=name,
        group_name=group,
        kinds={"duckdb", "sql"},
        deps=deps,
        description=describe(name),
        metadata={"sql_file": dg.MetadataValue.path(str(path.relative_to(path.parents[2])))},
    )
    def _sql_asset(warehouse: Warehouse) -> dg.MaterializeResult:
        plan = BuildPlan.read(plan_path(warehouse.build_path)) if name in KEYED_TABLES else None
        if plan is not None and plan.incremental:
            delta, references = KEYED_TABLES[name]
            with warehouse.connect() as con:
                attach_published(con, warehouse.published_path)
                register_delta_files(con, plan)
                if not references_changed(con, references):  # else whole, below
                    delta_keys(con, warehouse.build_path)
                    extra = delta(con, name, select)
                    record_delta_checksum(warehouse.build_path, name, extra)
                    metadata = table_metadata(con, name)
                    extra = {k: v for k, v in extra.items() if not k.startswith("hash_")}  # for the publish
                    return dg.MaterializeResult(metadata={**metadata, **extra, "materialized_as": "table (delta)"})
        with warehouse.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(statement)
                apply_comments(con, name, kind.upper())
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
            metadata = table_metadata(con, name, view=kind == "view")
        return dg.MaterializeResult(metadata={**metadata, "materialized_as": kind})

    return _sql_asset


def sql_assets(folder: Path, group: str) -> list[dg.AssetsDefinition]:
    return [sql_file_asset(path, group) for path in sorted(folder.glob("*.sql"))]
