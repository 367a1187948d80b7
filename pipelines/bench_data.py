"""Realistic submissions for the benchmark, in the project's own template, deterministic from a seed.

Every row is built with vectorised polars expressions from its index (no Python loop per row):
all 63 provinces in turn, written with every accepted spelling (official, ASCII, English, the
reviewed aliases) and one name in 97 in NFD; 25 catalog indicators outside the DTI families (the
first by code among those stated as amounts, counts or rates, with online_dossier_rate_pct, which the
benchmark's queries read: ranks and scores are left out, as random values are no valid ranking);
daily periods (the 1st of a month written as the month, `2000-02`); values in each indicator's
valid range; half the rows with the unit, half without. One row in 200 is bad, of the kinds the
review found (an unknown province, `inf`, `1e3`, `1_000`, a month 13, a rate of 150 %, no source),
so every run knows how many rows must load and how many must be quarantined.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from assets.reference.catalog import read_indicator_catalog
from assets.reference.provinces import build_alias_table, read_provinces

BAD_EVERY = 200
INDICATORS = 25
QUERIED_INDICATOR = "online_dossier_rate_pct"
BAD_KINDS = ["unknown_province", "inf", "exponent", "underscore", "bad_month", "out_of_range", "no_source"]


@dataclass(frozen=True)
class Generated:
    path: Path
    rows: int
    bad_rows: int


def _spellings(reference_dir: Path) -> pl.DataFrame:
    """(province index 0..62, variant index, name) for every accepted spelling among the 63."""
    provinces = read_provinces(reference_dir)
    aliases = build_alias_table(provinces, reference_dir).filter(pl.col("grouping") == 63)
    codes = sorted(aliases["province_code"].unique().to_list())
    return (
        aliases.select("province_code", "alias")
        .unique()
        .sort("province_code", "alias")
        .with_columns(
            pl.col("province_code")
            .replace_strict({c: i for i, c in enumerate(codes)}, return_dtype=pl.Int64)
            .alias("p"),
            pl.int_range(pl.len()).over("province_code").alias("variant"),
        )
        .select("p", "variant", pl.col("alias").alias("name"))
    )


def generate_submissions(path: Path, rows: int, *, reference_dir: Path, seed: int = 20261201) -> Generated:
    spellings = _spellings(reference_dir)
    variants = spellings.group_by("p").agg(pl.len().alias("variants"))
    eligible = (
        read_indicator_catalog(reference_dir)
        .filter(~pl.col("family").str.starts_with("dti") & ~pl.col("unit").is_in(["rank", "score", "top_n"]))
        .sort("code")
    )
    chosen = eligible.filter(pl.col("code") == QUERIED_INDICATOR)
    others = eligible.filter(pl.col("code") != QUERIED_INDICATOR).head(INDICATORS - 1)
    catalog = pl.concat([chosen, others]).sort("code")
    indicators = catalog.select(
        pl.int_range(pl.len()).alias("k"),
        pl.col("code").alias("indicator_code"),
        "unit",
        pl.col("valid_min").fill_null(0.0).alias("low"),
        pl.col("valid_max").fill_null(1_000_000.0).alias("high"),
    )
    n_ind = indicators.height
    rng = np.random.default_rng(seed)
    i = pl.Series("i", np.arange(rows, dtype=np.int64))
    frame = pl.DataFrame([i, pl.Series("u", rng.random(rows))]).with_columns(
        (pl.col("i") % 63).alias("p"),
        ((pl.col("i") // 63) % n_ind).alias("k"),
        (pl.col("i") // (63 * n_ind)).alias("day"),
    )
    frame = frame.join(variants, on="p").with_columns((pl.col("i") // 63 % pl.col("variants")).alias("variant"))
    frame = frame.join(spellings, on=["p", "variant"]).join(indicators, on="k").sort("i")
    day = pl.lit(np.datetime64("2000-01-01")).cast(pl.Date) + pl.duration(days=pl.col("day"))
    bad = pl.col("i") % BAD_EVERY == 7
    kind = (pl.col("i") // BAD_EVERY) % len(BAD_KINDS)
    value = (
        pl.when(pl.col("unit") == "percent")
        .then((pl.col("low") + pl.col("u") * (pl.col("high") - pl.col("low"))).round(2))
        .otherwise((pl.col("low") + pl.col("u") * (pl.col("high") - pl.col("low"))).floor())
    )
    value_text = (
        pl.when(pl.col("unit") == "percent").then(value.cast(pl.String)).otherwise(value.cast(pl.Int64).cast(pl.String))
    )
    frame = frame.with_columns(
        province=pl.when(bad & (kind == 0))
        .then(pl.lit("Atlantis"))
        .when(pl.col("i") % 97 == 3)
        .then(pl.col("name").str.normalize("NFD"))
        .otherwise(pl.col("name")),
        indicator_code=pl.when(bad & (kind == 5)).then(pl.lit("online_dossier_rate_pct")).otherwise("indicator_code"),
        period=pl.when(bad & (kind == 4))
        .then(pl.lit("2023-13"))
        .when(day.dt.day() == 1)
        .then(day.dt.strftime("%Y-%m"))
        .otherwise(day.dt.strftime("%Y-%m-%d")),
        value=pl.when(bad & (kind == 1))
        .then(pl.lit("inf"))
        .when(bad & (kind == 2))
        .then(pl.lit("1e3"))
        .when(bad & (kind == 3))
        .then(pl.lit("1_000"))
        .when(bad & (kind == 5))
        .then(pl.lit("150"))
        .otherwise(value_text),
        unit_text=pl.when(bad & (kind == 5))
        .then(pl.lit("percent"))
        .when(pl.col("i") % 2 == 0)
        .then("unit")
        .otherwise(pl.lit(None, pl.String)),
        source=pl.when(bad & (kind == 6))
        .then(pl.lit(None, pl.String))
        .otherwise(pl.format("https://stttt.tinh{}.example.gov.vn/bao-cao", pl.col("p"))),
        note=pl.when(pl.col("i") % 1000 == 0)
        .then(pl.lit("số liệu tổng hợp, đã rà soát"))
        .otherwise(pl.lit(None, pl.String)),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.select(
        "province", "indicator_code", "period", "value", pl.col("unit_text").alias("unit"), "source", "note"
    ).write_csv(path)
    bad_rows = len(range(7, rows, BAD_EVERY))
    return Generated(path=path, rows=rows, bad_rows=bad_rows)
