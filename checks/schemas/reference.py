"""Pandera models (polars backend) for the staged reference tables."""

from __future__ import annotations

from datetime import date
from typing import Optional

import pandera.polars as pa
import polars as pl

UNIT_CODE = r"^(\d{2}|N\d{2}|VN)$"


class ProvinceSchema(pa.DataFrameModel):
    """One row per provincial unit of either grouping, plus the nation."""

    province_code: str = pa.Field(unique=True, str_matches=UNIT_CODE)
    grouping: Optional[pl.Int16] = pa.Field(nullable=True, isin=[63, 34])
    name_vi: str = pa.Field(str_length={"min_value": 2})
    name_ascii: str = pa.Field(str_matches=r"^[\x20-\x7e]+$")
    name_en: str
    kind: str = pa.Field(isin=["province", "city", "nation"])
    region: Optional[str] = pa.Field(nullable=True)
    valid_from: Optional[date] = pa.Field(nullable=True)
    valid_to: Optional[date] = pa.Field(nullable=True)
    successor_code: Optional[str] = pa.Field(nullable=True, str_matches=r"^N\d{2}$")

    @pa.dataframe_check(error="valid_from must not be after valid_to")
    def validity_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (pl.col("valid_to").is_null() | (pl.col("valid_from") <= pl.col("valid_to"))).alias("ok")
        )

    @pa.dataframe_check(error="a pre-2025 province must name its 2025 successor")
    def province_has_successor(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            ((pl.col("grouping") != 63) | pl.col("successor_code").is_not_null()).fill_null(True).alias("ok")
        )

    class Config:
        strict = False


class ProvinceAliasSchema(pa.DataFrameModel):
    alias: str = pa.Field(str_length={"min_value": 2})
    grouping: pl.Int16 = pa.Field(isin=[63, 34])
    province_code: str = pa.Field(str_matches=UNIT_CODE)
    origin: str
    alias_key: str = pa.Field(str_length={"min_value": 2})
    alias_ascii_key: str = pa.Field(str_matches=r"^[\x20-\x7e]+$")

    class Config:
        strict = True


class IndicatorSchema(pa.DataFrameModel):
    code: str = pa.Field(unique=True, str_matches=r"^[a-z][a-z0-9_]*$")
    name_vi: str
    name_en: str
    unit: str
    direction: str = pa.Field(isin=["higher_is_better", "lower_is_better"])
    family: str = pa.Field(
        isin=[
            "dti",
            "egov_public_services",
            "project06_identity",
            "digital_infrastructure",
            "digital_economy",
            "digital_society",
            "dx_governance",
        ]
    )
    subfamily: Optional[str] = pa.Field(
        nullable=True, isin=["overall", "pillar", "main_index", "national", "self_assessment", "related_index"]
    )
    valid_min: Optional[float] = pa.Field(nullable=True)
    valid_max: Optional[float] = pa.Field(nullable=True)
    decimals: Optional[pl.Int16] = pa.Field(nullable=True, ge=0)
    description: str = pa.Field(str_length={"min_value": 10})

    @pa.dataframe_check(error="valid_min must not exceed valid_max")
    def range_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (
                pl.col("valid_min").is_null()
                | pl.col("valid_max").is_null()
                | (pl.col("valid_min") <= pl.col("valid_max"))
            ).alias("ok")
        )

    class Config:
        strict = False


class PublisherSchema(pa.DataFrameModel):
    domain: str = pa.Field(unique=True, str_matches=r"^[a-z0-9.-]+$")
    publisher: str
    source_kind: str
    priority: pl.Int16 = pa.Field(ge=1, le=9)
    province: str | None = pa.Field(nullable=True)  # the province a provincial publisher reports on

    class Config:
        strict = False
