"""Two reviewed reference files the comparison marts read: the focus set of provinces
(data/raw/reference/comparison_focus.csv) and which indicator publishes the national average of another
(data/raw/reference/national_averages.csv), read and checked here; assets.warehouse.dimensions writes them
as the warehouse tables ref_focus_province and ref_national_average."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from assets.text import normalize_text

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
