"""One small factory: every `.sql` file of a folder becomes a warehouse asset.

A file is a SELECT with a header:
    -- depends_on: table_a, table_b     (upstream assets, for lineage and ordering)
    -- materialize: table | view
    -- step: name                       (optional: the files naming one step are written by it)
The asset is named after the file; its description and column docs come from the data
dictionary (assets/warehouse/tables.yaml). Files that name the same step are one multi-asset: each is
still its own asset with its own upstream assets, written in their dependency order in one step (a
step's fixed cost, Dagster's events and a connection to the build file, is most of what a small table
rebuilt whole costs). A table that takes an incremental delta (KEYED_TABLES) is its own step.
"""

from __future__ import annotations

import re
from graphlib import CycleError, TopologicalSorter
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
    start_state_path,
)
from assets.warehouse.table_metadata import table_metadata
from storage.warehouse import Warehouse

_HEADER = re.compile(r"^--\s*(depends_on|materialize|step):\s*(.*)$", re.MULTILINE)


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
    deps = _deps(header)
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
                attach_published(con, start_state_path(warehouse.build_path, warehouse.published_path, plan))
                register_delta_files(con, plan, for_keys=True)
                if not references_changed(con, references, warehouse.build_path):  # else whole, below
                    delta_keys(con, warehouse.build_path)
                    extra = delta(con, name, select)
                    record_delta_checksum(warehouse.build_path, name, extra)
                    metadata = table_metadata(con, name)
                    extra = {k: v for k, v in extra.items() if not k.startswith("hash_")}  # for the publish
                    return dg.MaterializeResult(metadata={**metadata, **extra, "materialized_as": "table (delta)"})
        with warehouse.connect() as con:
            metadata = _rebuilt(con, name, kind, statement)
        return dg.MaterializeResult(metadata={**metadata, "materialized_as": kind})

    return _sql_asset


def _rebuilt(con, name: str, kind: str, statement: str) -> dict:
    """Rebuild one table or view whole in one transaction (its comments included); its metadata."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(statement)
        apply_comments(con, name, kind.upper())
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return table_metadata(con, name, view=kind == "view")


def _deps(header: dict[str, str]) -> list[str]:
    return [d.strip() for d in header.get("depends_on", "").split(",") if d.strip()]


def sql_files_step(step: str, paths: list[Path], group: str) -> dg.AssetsDefinition:
    """The files naming `step` as one multi-asset: every file's table or view, in dependency order, in one
    transaction each, on one connection."""
    files = {path.stem: (path, *read_sql_file(path)) for path in paths}
    keyed = sorted(set(files) & set(KEYED_TABLES))
    if keyed:
        raise ValueError(f"step {step}: {', '.join(keyed)} take an incremental delta and must be steps of their own")
    try:  # the step's own files in dependency order (graphlib raises on a cycle)
        order = list(
            TopologicalSorter(
                {name: [d for d in _deps(header) if d in files] for name, (_, header, _) in files.items()}
            ).static_order()
        )
    except CycleError as error:
        raise ValueError(f"step {step}: a cycle through {', '.join(error.args[1])}") from None
    specs = [
        dg.AssetSpec(
            name,
            group_name=group,
            kinds={"duckdb", "sql"},
            deps=_deps(header),
            description=describe(name),
            metadata={"sql_file": dg.MetadataValue.path(str(path.relative_to(path.parents[2])))},
        )
        for name, (path, header, _) in files.items()
    ]

    @dg.multi_asset(name=step, specs=specs)
    def _sql_step(warehouse: Warehouse):
        with warehouse.connect() as con:
            for name in order:
                _, header, select = files[name]
                kind = header.get("materialize", "table")
                metadata = _rebuilt(con, name, kind, build_statement(name, kind, select))
                yield dg.MaterializeResult(asset_key=name, metadata={**metadata, "materialized_as": kind})

    return _sql_step


def sql_assets(folder: Path, group: str) -> list[dg.AssetsDefinition]:
    alone, steps = [], {}
    for path in sorted(folder.glob("*.sql")):
        step = read_sql_file(path)[0].get("step")
        if step:
            steps.setdefault(step, []).append(path)
        else:
            alone.append(path)
    return [
        *(sql_file_asset(path, group) for path in alone),
        *(sql_files_step(step, paths, group) for step, paths in sorted(steps.items())),
    ]
