"""The dimension and reference tables of the warehouse, written by ONE step (a multi-asset): the units,
their spellings, the indicator catalog, the sources, the focus set and the national averages
(dim_document, whose input is loaded with its own metadata, is its own step: assets.warehouse.loaders). Each is still its own asset, with its own description, kinds and upstream assets (the staged
frames it is made of; the reference files of the two ref_ tables need the dimension they are checked
against), so the asset graph is what it was with one asset each; only the step is shared: a build run
had one step per table, each with Dagster's fixed cost (events written to the instance, a connection to
the build file opened and checkpointed) around a few milliseconds of work on tables of a few hundred rows.
"""

from __future__ import annotations

import dagster as dg
import duckdb
import polars as pl

from assets.staging import DOCUMENT_SCHEMA, StagedSources
from assets.warehouse.comparison_reference import AVERAGES_FILE, FOCUS_FILE, read_focus, read_national_averages
from assets.warehouse.dictionary import describe, replace_table
from assets.warehouse.incremental import forget_delta_keys
from assets.warehouse.loaders import build_dim_source, parquet_rows, table_paths
from assets.warehouse.table_metadata import table_metadata
from storage.raw_files import RawFiles
from storage.warehouse import Warehouse

# Each table, its kinds and the assets it is made of (besides warehouse_build, which starts the build file).
TABLES = {
    "dim_province": ({"duckdb"}, ["staged_provinces"]),
    "dim_province_alias": ({"duckdb"}, ["staged_province_aliases"]),
    "dim_indicator": ({"duckdb"}, ["staged_indicators"]),
    "dim_source": ({"duckdb"}, ["staged_publishers", "staged_sources"]),
    "ref_focus_province": ({"duckdb", "csv"}, ["dim_province"]),
    "ref_national_average": ({"duckdb", "csv"}, ["dim_indicator"]),
}


@dg.multi_asset(
    name="dimension_tables",
    specs=[
        dg.AssetSpec(
            name,
            group_name="warehouse",
            kinds=kinds,
            description=describe(name),
            deps=["warehouse_build", *made_of],
        )
        for name, (kinds, made_of) in TABLES.items()
    ],
    ins={
        "staged_provinces": dg.AssetIn(),
        "staged_province_aliases": dg.AssetIn(),
        "staged_indicators": dg.AssetIn(),
        "staged_publishers": dg.AssetIn(),
        "staged_sources": dg.AssetIn(),
    },
)
def dimension_tables(
    warehouse: Warehouse,
    raw: RawFiles,
    staged_provinces: pl.DataFrame,
    staged_province_aliases: pl.DataFrame,
    staged_indicators: pl.DataFrame,
    staged_publishers: pl.DataFrame,
    staged_sources: StagedSources,
):
    with duckdb.connect() as scratch:
        documents = scratch.sql(
            f"SELECT * FROM {parquet_rows(table_paths(staged_sources, 'documents'), DOCUMENT_SCHEMA)}"
        ).pl()
    forget_delta_keys(warehouse.build_path)  # the delta's keys are of dim_source as it was
    with warehouse.connect() as con:

        def written(table: str, frame: pl.DataFrame) -> dg.MaterializeResult:
            replace_table(con, table, frame)
            return dg.MaterializeResult(asset_key=table, metadata=table_metadata(con, table))

        yield written("dim_province", staged_provinces)
        yield written("dim_province_alias", staged_province_aliases)
        yield written("dim_indicator", staged_indicators.rename({"code": "indicator_code"}))
        yield written("dim_source", build_dim_source(documents.cast(DOCUMENT_SCHEMA), staged_publishers))
        provinces = dict(con.execute("select province_code, name_vi from dim_province where grouping = 63").fetchall())
        yield written("ref_focus_province", read_focus(raw.path(FOCUS_FILE), provinces))
        indicators = {r[0] for r in con.execute("select indicator_code from dim_indicator").fetchall()}
        yield written("ref_national_average", read_national_averages(raw.path(AVERAGES_FILE), indicators))
