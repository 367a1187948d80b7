"""Pandera model (polars backend) for staged report documents."""

from datetime import date
from typing import Optional

import pandera.polars as pa
import polars as pl

from checks.schemas.reference import UNIT_CODE
from storage.settings import as_of


class ReportDocumentSchema(pa.DataFrameModel):
    row_key: str = pa.Field(unique=True)
    document_id: str = pa.Field(unique=True)
    source_file: str
    province_code: str = pa.Field(str_matches=UNIT_CODE)
    document_date: Optional[date] = pa.Field(nullable=True)
    period_start: Optional[date] = pa.Field(nullable=True)
    period_end: Optional[date] = pa.Field(nullable=True)
    text: str = pa.Field(str_length={"min_value": 1})

    @pa.dataframe_check(error="the reporting period ends before it starts")
    def period_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (pl.col("period_start").is_null() | (pl.col("period_start") <= pl.col("period_end"))).alias("ok")
        )

    @pa.dataframe_check(error="the document is dated in the future")
    def not_in_future(cls, data: pa.PolarsData) -> pl.LazyFrame:
        # The future starts after the as-of day (DXW_AS_OF), not after whatever day the check runs.
        return data.lazyframe.select(
            (pl.col("document_date").is_null() | (pl.col("document_date") <= as_of())).alias("ok")
        )

    class Config:
        strict = False
