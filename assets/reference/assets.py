"""Staged reference data: the reviewed files of data/raw/reference, Pandera-validated.
Everything else resolves names and units through these frames."""

import dagster as dg
import polars as pl

from assets.reference.catalog import read_indicator_catalog, read_publishers
from assets.reference.provinces import build_alias_table, read_provinces
from assets.staging import staged_asset
from checks.schemas.reference import IndicatorSchema, ProvinceAliasSchema, ProvinceSchema, PublisherSchema
from checks.validation import validate_reference
from storage.raw_files import RawFiles


@staged_asset(
    "Provincial units: the 63 provinces before 2025-07-01 (official two-digit codes), the 34 "
    "units after (key 'N'+code of the province whose name they keep), and the nation (VN) "
    "for national aggregates; with validity dates, successor and members. Pandera-validated.",
    raw_folder="reference",
)
def staged_provinces(raw: RawFiles) -> dg.Output[pl.DataFrame]:
    frame = validate_reference(read_provinces(raw.path("reference")), ProvinceSchema, "provinces")
    return dg.Output(
        frame,
        metadata={
            "units_63": int((frame["grouping"] == 63).sum()),
            "units_34": int((frame["grouping"] == 34).sum()),
        },
    )


@staged_asset(
    "Every accepted spelling of every unit per grouping (official, ASCII and English names, "
    "reviewed aliases, names a 2025 unit inherits), with the normalised keys the resolver matches on.",
)
def staged_province_aliases(raw: RawFiles, staged_provinces: pl.DataFrame) -> pl.DataFrame:
    return validate_reference(
        build_alias_table(staged_provinces, raw.path("reference")), ProvinceAliasSchema, "province aliases"
    )


@staged_asset(
    "The indicator catalog (data/raw/reference/indicators.yaml): code, names, unit, direction, family, valid range. Pandera-validated.",
    raw_folder="reference",
)
def staged_indicators(raw: RawFiles) -> pl.DataFrame:
    return validate_reference(read_indicator_catalog(raw.path("reference")), IndicatorSchema, "indicators.yaml")


@staged_asset(
    "Publishers of sources by web domain with their kind and priority (1 = preferred when sources disagree).",
    raw_folder="reference",
)
def staged_publishers(raw: RawFiles) -> pl.DataFrame:
    return validate_reference(read_publishers(raw.path("reference")), PublisherSchema, "source_publishers.csv")
