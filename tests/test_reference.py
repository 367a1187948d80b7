"""Reference data: units of both groupings, the 2025 map, and the one resolver."""

import unicodedata

import polars as pl
import pytest

from assets.reference.provinces import build_alias_table, load_resolver, read_provinces
from assets.reference.resolver import AmbiguousProvinceError, ProvinceResolver, UnknownProvinceError
from assets.text import fold_ascii, normalize_text
from tests.conftest import RAW

REF = RAW / "reference"

# Every spelling listed in shared/reference-data/README.md, with the unit it names among the 63.
README_SPELLINGS = {
    "TP. Đà Nẵng": "48",
    "TP.Đà Nẵng": "48",
    "Đà Nẵng": "48",
    "Da Nang": "48",
    "Thừa Thiên - Huế": "46",
    "Thừa Thiên-Huế": "46",
    "Thừa Thiên Huế": "46",
    "TT-Huế": "46",
    "TT Huế": "46",
    "Thua Thien Hue": "46",
    "TP. Huế": "46",
    "Thành phố Huế": "46",
    "Huế": "46",
    "TP. Hồ Chí Minh": "79",
    "TPHCM": "79",
    "TP.HCM": "79",
    "TP HCM": "79",
    "HCMC": "79",
    "Ho Chi Minh City": "79",
    "Bà Rịa - Vũng Tàu": "77",
    "Bà Rịa – Vũng Tàu": "77",
    "BRVT": "77",
    "Thanh Hoá": "38",
    "Thanh Hóa": "38",
    "Hoà Bình": "17",
    "Hòa Bình": "17",
    "Khánh Hoà": "56",
    "Khánh Hòa": "56",
}


@pytest.fixture(scope="module")
def provinces():
    return read_provinces(REF)


@pytest.fixture(scope="module")
def resolver():
    return load_resolver(REF)


def test_63_and_34_units(provinces):
    assert provinces.filter(pl.col("grouping") == 63).height == 63
    assert provinces.filter(pl.col("grouping") == 34).height == 34
    assert provinces["province_code"].is_unique().all()
    cities = provinces.filter((pl.col("grouping") == 34) & (pl.col("kind") == "city"))["name_vi"].sort().to_list()
    assert cities == sorted(["Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"])


def test_every_old_province_maps_to_exactly_one_2025_unit(provinces):
    old = provinces.filter(pl.col("grouping") == 63)
    units = set(provinces.filter(pl.col("grouping") == 34)["province_code"])
    assert old["successor_code"].null_count() == 0
    assert set(old["successor_code"]) == units  # and every unit has at least one member
    members = provinces.filter(pl.col("grouping") == 34).explode("member_codes")["member_codes"]
    assert sorted(members.to_list()) == sorted(old["province_code"].to_list())  # each exactly once


def test_named_mergers(provinces):
    successor = dict(provinces.filter(pl.col("grouping") == 63).select("name_vi", "successor_code").iter_rows())
    name = dict(provinces.select("province_code", "name_vi").iter_rows())
    assert name[successor["Thái Bình"]] == "Hưng Yên"
    assert name[successor["Hải Dương"]] == "Hải Phòng"
    assert name[successor["Tiền Giang"]] == "Đồng Tháp"
    assert name[successor["Thừa Thiên Huế"]] == "Huế"
    assert name[successor["Nghệ An"]] == "Nghệ An"
    assert provinces.filter(pl.col("province_code") == successor["Nghệ An"])["member_codes"].item().to_list() == ["40"]
    hue = provinces.filter(pl.col("province_code") == "46").row(0, named=True)
    assert "2025-01-01" in hue["note"] and "175/2024/QH15" in hue["note"]


@pytest.mark.parametrize("spelling,code", README_SPELLINGS.items())
def test_readme_spellings_resolve(resolver, spelling, code):
    assert resolver.resolve(spelling, 63) == code
    assert resolver.resolve(unicodedata.normalize("NFD", spelling), 63) == code


@pytest.mark.parametrize("spelling", ["Da Nang (former)", "TP Đà Nẵng", "tỉnh Đà Nẵng", "DA NANG", "Đà  Nẵng"])
def test_prefixes_annotations_case_and_spaces(resolver, spelling):
    assert resolver.resolve(spelling, 63) == "48"


def test_resolution_depends_on_grouping(resolver):
    assert resolver.resolve("Huế", 34) == "N46"
    assert resolver.resolve("Thừa Thiên - Huế", 34) == "N46"
    assert resolver.resolve("TPHCM", 34) == "N79"
    assert resolver.resolve("Hưng Yên", 34) == "N33"
    with pytest.raises(UnknownProvinceError, match="Thái Bình.*pre-2025 province \\(code 34\\)"):
        resolver.resolve("Thái Bình", 34)


@pytest.mark.parametrize("name", ["Atlantis", "Hà Tây", "", "Sài Gòn Mới"])
def test_unknown_name_is_an_error_naming_it(resolver, name):
    with pytest.raises(UnknownProvinceError) as error:
        resolver.resolve(name, 63)
    assert repr(name) in str(error.value)


def test_ambiguous_name_is_an_error_not_a_guess(provinces):
    aliases = build_alias_table(provinces, REF)
    clash = pl.DataFrame(
        {
            "alias": ["Bình"],
            "grouping": [63],
            "province_code": ["34"],
            "origin": ["test"],
            "alias_key": ["bình"],
            "alias_ascii_key": ["binh"],
        }
    ).with_columns(pl.col("grouping").cast(pl.Int16))
    clash2 = clash.with_columns(pl.lit("17").alias("province_code"))
    resolver = ProvinceResolver.from_aliases(pl.concat([aliases, clash, clash2]))
    with pytest.raises(AmbiguousProvinceError, match="'Bình'.*34, 17|'Bình'.*17, 34"):
        resolver.resolve("Bình", 63)


@pytest.mark.parametrize("name", ["Hưng Yên - Thái Bình", "Bắc Giang/Bắc Ninh", "Hà Nam và Nam Định"])
def test_a_name_listing_several_units_is_ambiguous(resolver, name):
    with pytest.raises(AmbiguousProvinceError, match="names several units"):
        resolver.resolve(name, 63)
    assert resolver.resolve("Bà Rịa - Vũng Tàu", 63) == "77"  # one unit whose name has a dash


def test_no_two_units_share_a_folded_spelling(provinces):
    aliases = build_alias_table(provinces, REF)
    clashes = aliases.group_by("grouping", "alias_ascii_key").agg(pl.col("province_code").n_unique().alias("n"))
    assert clashes.filter(pl.col("n") > 1).is_empty()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hoà Bình", "Hòa Bình"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("khoẻ", "khỏe"),
        ("Thuỷ", "Thủy"),
        ("Hoàng", "Hoàng"),
        ("quý", "quý"),
        ("Quý", "Quý"),
        ("HOÀ", "HÒA"),
        # closed syllables keep their mark where it is, whatever other mark the vowel carries:
        # in NFD the dot below sorts before the breve ("ặ" is a, dot below, breve)
        ("hoặc", "hoặc"),
        ("dấu ngoặc", "dấu ngoặc"),
        ("Hoằng Hoá", "Hoằng Hóa"),
    ],
)
def test_tone_mark_placement(text, expected):
    assert normalize_text(text) == expected
    assert normalize_text(unicodedata.normalize("NFD", text)) == expected


def test_fold_ascii():
    assert fold_ascii("Đắk Lắk") == "Dak Lak"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("một\r\nhai", "một\nhai"),  # Windows
        ("một\rhai", "một\nhai"),  # old Mac
        ("một\fhai", "một\nhai"),  # a page break of text taken from a PDF
        ("một\vhai", "một\nhai"),
        ("một\u2028hai", "một\nhai"),  # Unicode's line separator
        ("một\u2029hai", "một\n\nhai"),  # Unicode's paragraph separator: a paragraph break
        ("một\r\n\r\nhai", "một\n\nhai"),
    ],
)
def test_every_kind_of_line_end_is_a_newline(text, expected):
    assert normalize_text(text) == expected
