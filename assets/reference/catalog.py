"""The indicator catalog and the publishers of sources (reviewed data files)."""

import json
from pathlib import Path

import polars as pl
import yaml

CATALOG_COLUMNS = {
    "code": pl.String,
    "name_vi": pl.String,
    "name_en": pl.String,
    "unit": pl.String,
    "direction": pl.String,
    "family": pl.String,
    "subfamily": pl.String,
    "valid_min": pl.Float64,
    "valid_max": pl.Float64,
    "decimals": pl.Int16,
    "description": pl.String,
    "source_names": pl.List(pl.String),
    "report": pl.String,  # JSON of the entry's `report` block (how reports state it); see assets/reports/concepts.py
}


# libyaml's parser when PyYAML has it (the wheels do): the same safe constructors and resolvers as
# yaml.safe_load, with the parsing in C; the catalog (hundreds of entries) then reads in a tenth of the
# time (0.6 s -> 0.1 s here), in every run that stages the reference data and every `dxw extract`/`eval`.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_indicator_catalog(reference_dir: Path) -> pl.DataFrame:
    text = (reference_dir / "indicators.yaml").read_text(encoding="utf-8")
    entries = yaml.load(text, Loader=_SAFE_LOADER)["indicators"]
    unknown = {key for entry in entries for key in entry} - set(CATALOG_COLUMNS)
    if unknown:
        raise ValueError(f"indicators.yaml: unknown fields {sorted(unknown)}")
    rows = []
    for entry in entries:
        row = {column: entry.get(column) for column in CATALOG_COLUMNS}
        row["report"] = json.dumps(entry["report"], ensure_ascii=False, sort_keys=True) if entry.get("report") else None
        rows.append(row)
    return pl.DataFrame(rows, schema=CATALOG_COLUMNS)


def read_publishers(reference_dir: Path) -> pl.DataFrame:
    frame = pl.read_csv(reference_dir / "source_publishers.csv", infer_schema=False)
    return frame.with_columns(pl.col("priority").cast(pl.Int16))
