"""What extraction needs, read straight from the reference files (for the CLI, the evaluation
and tests; the Dagster assets build the same from the staged frames)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from assets.reference.catalog import read_indicator_catalog, read_publishers
from assets.reference.provinces import build_alias_table, read_provinces
from assets.reference.resolver import ProvinceResolver
from assets.reports.concepts import compile_concepts, digit_terms
from assets.reports.documents import load_document, province_name_pattern
from assets.reports.extract import Extraction, Grammar, ReportDocument, extract
from assets.reports.language import load_language


@dataclass(frozen=True)
class ExtractionContext:
    aliases: pl.DataFrame
    resolver: ProvinceResolver
    catalog: dict[str, dict]
    grammar: Grammar
    names: dict[str, str]  # province code -> Vietnamese name
    merger_day: date  # first day of the 34 units (dim_province.valid_from)
    publisher_domains: dict[str, str]  # domain -> province code of a provincial publisher (source_publishers.csv)

    @classmethod
    def build(
        cls,
        provinces: pl.DataFrame,
        aliases: pl.DataFrame,
        indicators: pl.DataFrame,
        lexicon_path: Path,
        publishers: pl.DataFrame | None = None,
    ):
        language = load_language(Path(lexicon_path))
        resolver = ProvinceResolver.from_aliases(aliases)
        merger_day = provinces.filter(pl.col("grouping") == 34)["valid_from"].min()

        def resolve_name(name: str, grouping: int) -> str | None:
            code, _ = resolver.try_resolve(name, grouping)
            return code

        concepts = compile_concepts(indicators, language.level_words)
        by_code = {concept.code: concept for concept in concepts}
        grammar = Grammar(
            language=language,
            concepts=concepts,
            province_names=province_name_pattern(aliases),
            resolve_name=resolve_name,
            merger_day=merger_day,
            subfamilies=dict(indicators.select("code", "subfamily").iter_rows()),
            dx_words=language.dx_words,
            digit_terms=digit_terms(indicators),
            # A change of rank and the rank it moves (catalog convention: <rank code>_change).
            # a city's code, and the province a city of 2025 is named after ("Thành phố Huế" is Thừa Thiên Huế)
            cities=frozenset(
                provinces.filter(pl.col("kind") == "city")
                .select(pl.concat_list("province_code", "named_after_code").alias("codes"))
                .explode("codes")
                .drop_nulls()["codes"]
                .to_list()
            ),
            rank_of_change={
                code: by_code[code[: -len("_change")]]
                for code in by_code
                if code.endswith("_rank_change") and code[: -len("_change")] in by_code
            },
        )
        return cls(
            aliases=aliases,
            resolver=resolver,
            catalog={
                c: {"unit": u, "valid_max": m} for c, u, m in indicators.select("code", "unit", "valid_max").iter_rows()
            },
            grammar=grammar,
            names=dict(provinces.select("province_code", "name_vi").iter_rows()),
            merger_day=merger_day,
            publisher_domains=_publisher_domains(publishers, resolver),
        )

    @classmethod
    def from_reference(cls, reference_dir: Path) -> ExtractionContext:
        provinces = read_provinces(reference_dir)
        return cls.build(
            provinces,
            build_alias_table(provinces, reference_dir),
            read_indicator_catalog(reference_dir),
            reference_dir / "report_lexicon.yaml",
            read_publishers(reference_dir),
        )

    def other_provinces(self, code: str | None) -> re.Pattern:
        return province_name_pattern(self.aliases, {code} if code else set())

    def extract_document(self, doc: ReportDocument) -> Extraction:
        return extract(doc, self.grammar)

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
            language=self.grammar.language,
            publisher_domains=self.publisher_domains,
        )
        return doc, self.extract_document(doc)


def _publisher_domains(publishers: pl.DataFrame | None, resolver: ProvinceResolver) -> dict[str, str]:
    """Domain -> province code for the publishers source_publishers.csv ties to a province."""
    if publishers is None or "province" not in publishers.columns:
        return {}
    rows = publishers.filter(pl.col("province").is_not_null() & (pl.col("province") != ""))
    domains = {}
    for domain, name in rows.select("domain", "province").iter_rows():
        code, _ = resolver.try_resolve(name, 63)
        if code is not None:  # a name no province has is left out, not fatal
            domains[domain] = code
    return domains
