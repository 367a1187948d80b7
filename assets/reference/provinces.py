"""The provincial units (63 before 1 July 2025, 34 after) and every accepted spelling,
read from the reviewed files of data/raw/reference/ (staged by assets/reference/assets.py)."""

from datetime import date
from pathlib import Path

import polars as pl

from assets.reference.resolver import ProvinceResolver, ascii_key, name_key
from assets.text import fold_ascii, normalize_text

# The 63-unit structure dates from the merger of Hà Tây into Hà Nội (2008-08-01).
PROVINCES_63_FROM = date(2008, 8, 1)
NATION_CODE = "VN"


def _read_csv(path: Path) -> pl.DataFrame:
    frame = pl.read_csv(path, infer_schema=False, encoding="utf8")
    # A blank line (an editor's trailing newline) reads as a row of nulls: it is no row.
    frame = frame.filter(~pl.all_horizontal(pl.all().is_null()))
    return frame.with_columns(pl.col(c).str.strip_chars() for c in frame.columns)


def read_provinces(reference_dir: Path) -> pl.DataFrame:
    """dim_province rows: the 63 pre-2025 provinces, the 34 units, and the nation."""
    old = _read_csv(reference_dir / "provinces_2024.csv").join(
        _read_csv(reference_dir / "province_attributes.csv"), on="code", how="left"
    )
    units = _read_csv(reference_dir / "units_2025.csv")
    events = _read_csv(reference_dir / "province_events.csv")
    merger_day = date.fromisoformat(units["valid_from"].unique().item())

    unit_by_name = {normalize_text(n): c for n, c in units.select("name_vi", "unit_code").iter_rows()}
    # provinces_2024.csv names the 2025 unit; the unit keeps the name of one old province.
    old = old.with_columns(
        pl.col("name").map_elements(normalize_text, return_dtype=pl.String).alias("name_vi"),
        pl.col("unit_from_2025_07_01")
        .map_elements(lambda n: unit_by_name.get(normalize_text(n)), return_dtype=pl.String)
        .alias("successor_code"),
    )
    unmapped = old.filter(pl.col("successor_code").is_null())
    if unmapped.height:
        raise ValueError(
            "provinces_2024.csv names 2025 units missing from units_2025.csv: "
            + ", ".join(unmapped["unit_from_2025_07_01"].to_list())
        )
    event_notes = {
        code: f"{day}: {detail} ({basis})"
        for code, day, detail, basis in events.select(
            "province_code", "event_date", "detail", "legal_basis"
        ).iter_rows()
    }
    provinces = old.select(
        pl.col("code").alias("province_code"),
        pl.lit(63, pl.Int16).alias("grouping"),
        "name_vi",
        "name_en",
        "kind",
        "region",
        pl.lit(PROVINCES_63_FROM).alias("valid_from"),
        pl.lit(date.fromordinal(merger_day.toordinal() - 1)).alias("valid_to"),
        "successor_code",
        pl.lit(None, pl.String).alias("named_after_code"),
        pl.lit(None, pl.List(pl.String)).alias("member_codes"),
        pl.col("code").replace_strict(event_notes, default=None, return_dtype=pl.String).alias("note"),
    )
    members = provinces.group_by("successor_code").agg(
        pl.col("province_code").sort().alias("member_codes"),
        pl.col("region").unique().alias("regions"),
    )
    units34 = units.join(members, left_on="unit_code", right_on="successor_code", how="left").select(
        pl.col("unit_code").alias("province_code"),
        pl.lit(34, pl.Int16).alias("grouping"),
        pl.col("name_vi").map_elements(normalize_text, return_dtype=pl.String),
        "name_en",
        "kind",
        # A unit formed from provinces of different regions has no single region.
        pl.when(pl.col("regions").list.len() == 1).then(pl.col("regions").list.first()).otherwise(None).alias("region"),
        pl.col("valid_from").str.to_date(),
        pl.lit(None, pl.Date).alias("valid_to"),
        pl.lit(None, pl.String).alias("successor_code"),
        "named_after_code",
        "member_codes",
        pl.when(pl.col("member_codes").list.len() > 1)
        .then(pl.lit("formed on 2025-07-01 by merging ") + pl.col("member_codes").list.join(", "))
        .otherwise(pl.lit("territory unchanged on 2025-07-01"))
        .alias("note"),
    )
    nation = pl.DataFrame(
        {
            "province_code": [NATION_CODE],
            "grouping": [None],
            "name_vi": ["Cả nước"],
            "name_en": ["Viet Nam (national figure)"],
            "kind": ["nation"],
            "region": [None],
            "valid_from": [None],
            "valid_to": [None],
            "successor_code": [None],
            "named_after_code": [None],
            "member_codes": [None],
            "note": ["national aggregates (averages of provinces, national DTI); not a provincial unit"],
        },
        schema=provinces.schema,
    )
    frame = pl.concat([provinces, units34, nation], how="vertical")
    return frame.with_columns(
        pl.col("name_vi").map_elements(fold_ascii, return_dtype=pl.String).alias("name_ascii")
    ).select(
        "province_code",
        "grouping",
        "name_vi",
        "name_ascii",
        "name_en",
        "kind",
        "region",
        "valid_from",
        "valid_to",
        "successor_code",
        "named_after_code",
        "member_codes",
        "note",
    )


def build_alias_table(provinces: pl.DataFrame, reference_dir: Path) -> pl.DataFrame:
    """Every accepted spelling per grouping, with its matching keys and where it comes from."""
    rows: list[tuple[str, int, str, str]] = []
    old = provinces.filter(pl.col("grouping") == 63)
    for code, vi, ascii_name, en in old.select("province_code", "name_vi", "name_ascii", "name_en").iter_rows():
        rows += [(vi, 63, code, "official_name"), (ascii_name, 63, code, "ascii_name"), (en, 63, code, "english_name")]
    listed = _read_csv(reference_dir / "province_aliases.csv")
    for alias, grouping, code in listed.select("alias", "grouping", "province_code").iter_rows():
        rows.append((alias, int(grouping), code, "alias_file"))
    # A 2025 unit is also called by every name of the province whose name it keeps.
    named_after = dict(
        provinces.filter(pl.col("grouping") == 34).select("named_after_code", "province_code").iter_rows()
    )
    for alias, grouping, code, _ in list(rows):
        if grouping == 63 and code in named_after:
            rows.append((alias, 34, named_after[code], "inherited_from_" + code))
    for code, vi, ascii_name, en in (
        provinces.filter(pl.col("grouping") == 34)
        .select("province_code", "name_vi", "name_ascii", "name_en")
        .iter_rows()
    ):
        rows += [(vi, 34, code, "official_name"), (ascii_name, 34, code, "ascii_name"), (en, 34, code, "english_name")]
    frame = pl.DataFrame(rows, schema=["alias", "grouping", "province_code", "origin"], orient="row")
    return (
        frame.with_columns(
            pl.col("grouping").cast(pl.Int16),
            pl.col("alias").map_elements(name_key, return_dtype=pl.String).alias("alias_key"),
            pl.col("alias").map_elements(ascii_key, return_dtype=pl.String).alias("alias_ascii_key"),
        )
        # one row per spelling: "TP.HCM" and "TPHCM" share a key, but prose is searched by spelling
        .unique(subset=["grouping", "alias", "province_code"], keep="first", maintain_order=True)
        .sort("grouping", "province_code", "alias")
    )


def load_resolver(reference_dir: Path) -> ProvinceResolver:
    """The resolver straight from the files, for code that runs outside Dagster (CLI, tests)."""
    return ProvinceResolver.from_aliases(build_alias_table(read_provinces(reference_dir), reference_dir))
