"""What extraction needs, read straight from the reference files (for the CLI and tests;
the Dagster assets build the same from the staged frames)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from assets.reference.catalog import read_indicator_catalog
from assets.reference.provinces import build_alias_table, read_provinces
from assets.reference.resolver import ProvinceResolver
from assets.reports.documents import load_document, province_name_pattern
from assets.reports.extract import Extraction, ReportDocument, extract
from assets.reports.lexicon import Lexicon, load_lexicon


@dataclass(frozen=True)
class ExtractionContext:
    aliases: pl.DataFrame
    resolver: ProvinceResolver
    catalog: dict[str, dict]
    lexicon: Lexicon
    names: dict[str, str]  # province code -> Vietnamese name
    merger_day: date  # first day of the 34 units (dim_province.valid_from)

    @classmethod
    def build(cls, provinces: pl.DataFrame, aliases: pl.DataFrame, indicators: pl.DataFrame, lexicon_path: Path):
        return cls(
            aliases=aliases,
            resolver=ProvinceResolver.from_aliases(aliases),
            catalog={
                c: {"unit": u, "valid_max": m} for c, u, m in indicators.select("code", "unit", "valid_max").iter_rows()
            },
            lexicon=load_lexicon(lexicon_path),
            names=dict(provinces.select("province_code", "name_vi").iter_rows()),
            merger_day=provinces.filter(pl.col("grouping") == 34)["valid_from"].min(),
        )

    @classmethod
    def from_reference(cls, reference_dir: Path) -> ExtractionContext:
        provinces = read_provinces(reference_dir)
        return cls.build(
            provinces,
            build_alias_table(provinces, reference_dir),
            read_indicator_catalog(reference_dir),
            reference_dir / "report_lexicon.yaml",
        )

    def other_provinces(self, code: str | None) -> re.Pattern:
        return province_name_pattern(self.aliases, {code} if code else set())

    def extract_document(self, doc: ReportDocument) -> Extraction:
        return extract(doc, self.lexicon, self.catalog, self.merger_day, self.other_provinces(doc.province_code))

    def extract_file(
        self,
        path: Path,
        *,
        source_file: str | None = None,
        province: str | None = None,
        document_date: date | None = None,
    ) -> tuple[ReportDocument, Extraction]:
        doc = load_document(
            path,
            source_file=source_file or path.name,
            aliases=self.aliases,
            resolver=self.resolver,
            merger_day=self.merger_day,
            province=province,
            document_date=document_date,
        )
        return doc, self.extract_document(doc)
