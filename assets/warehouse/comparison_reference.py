"""Two reviewed reference files the comparison marts read, as warehouse tables:
the focus set of provinces (data/raw/reference/comparison_focus.csv) and which indicator
publishes the national average of another (data/raw/reference/national_averages.csv)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import polars as pl

from assets.text import normalize_text
from assets.warehouse.dictionary import describe, replace_table
from assets.warehouse.table_metadata import table_metadata
from storage.raw_files import RawFiles
from storage.warehouse import Warehouse

FOCUS_FILE = "reference/comparison_focus.csv"
AVERAGES_FILE = "reference/national_averages.csv"


class ReferenceFileError(ValueError):
    pass


def _read(path: Path) -> pl.DataFrame:
    frame = pl.read_csv(path, infer_schema=False, encoding="utf8")
    return frame.with_columns(pl.col(c).str.strip_chars() for c in frame.columns)


def read_focus(path: Path, provinces: dict[str, str]) -> pl.DataFrame:
    """The focus set; `provinces` maps each pre-2025 code to its official name. A code that is not
    a pre-2025 province, or a name that does not match the code, is an error naming the line."""
    frame = _read(path).with_columns(pl.col("name_vi").map_elements(normalize_text, return_dtype=pl.String))
    for line, (code, name) in enumerate(frame.select("province_code", "name_vi").iter_rows(), start=2):
        if code not in provinces:
            raise ReferenceFileError(f"{path.name}:{line}: {code!r} is not the code of a pre-2025 province")
        if provinces[code] != name:
            raise ReferenceFileError(f"{path.name}:{line}: code {code} is {provinces[code]}, not {name}")
    return (
        frame.with_row_index("focus_order", offset=1)
        .with_columns(pl.col("focus_order").cast(pl.Int16))
        .select("focus_order", "province_code", "name_vi", "why")
    )


def read_national_averages(path: Path, indicators: set[str]) -> pl.DataFrame:
    frame = _read(path)
    for line, row in enumerate(frame.iter_rows(named=True), start=2):
        unknown = [row[c] for c in ("indicator_code", "average_indicator_code") if row[c] not in indicators]
        if unknown:
            raise ReferenceFileError(f"{path.name}:{line}: not in the indicator catalog: {', '.join(unknown)}")
    return frame.select("indicator_code", "average_indicator_code", "note")


@dg.asset(
    name="ref_focus_province",
    group_name="warehouse",
    kinds={"duckdb", "csv"},
    description=describe("ref_focus_province"),
    deps=["warehouse_build", "dim_province"],
)
def ref_focus_province(warehouse: Warehouse, raw: RawFiles) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        provinces = dict(con.execute("select province_code, name_vi from dim_province where grouping = 63").fetchall())
        replace_table(con, "ref_focus_province", read_focus(raw.path(FOCUS_FILE), provinces))
        return dg.MaterializeResult(metadata=table_metadata(con, "ref_focus_province"))


@dg.asset(
    name="ref_national_average",
    group_name="warehouse",
    kinds={"duckdb", "csv"},
    description=describe("ref_national_average"),
    deps=["warehouse_build", "dim_indicator"],
)
def ref_national_average(warehouse: Warehouse, raw: RawFiles) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        indicators = {r[0] for r in con.execute("select indicator_code from dim_indicator").fetchall()}
        replace_table(con, "ref_national_average", read_national_averages(raw.path(AVERAGES_FILE), indicators))
        return dg.MaterializeResult(metadata=table_metadata(con, "ref_national_average"))
