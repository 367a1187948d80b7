"""The official ranking page parser works from the page's own structure and headers."""

import pytest

from assets.dti.official_pages import header_columns, parse_ranking_page, source_name_map
from assets.reference.catalog import read_indicator_catalog
from tests.conftest import RAW

PAGE = RAW / "dti" / "dti.gov.vn_xep-hang-2022.txt"


@pytest.fixture(scope="module")
def names():
    return source_name_map(read_indicator_catalog(RAW / "reference"))


def parse(text, names):
    return parse_ranking_page(
        text, source_file="dti/page.txt", source_url="https://example.test/page", grouping=63, source_names=names
    )


def test_real_page(names):
    rows = parse(PAGE.read_text(encoding="utf-8"), names)
    ranks = [r for r in rows if r.get("indicator_code") == "dti_rank"]
    assert len(ranks) == 63
    assert sorted(int(r["value"]) for r in ranks if r["value"] == 15) == [15, 15]
    assert {r["province_as_written"] for r in ranks if r["value"] == 15} == {"Thanh Hóa", "Yên Bái"}
    detail = [r for r in rows if r.get("indicator_code") not in (None, "dti_rank")]
    assert len(detail) == 5 * 9
    danang = {r["indicator_code"]: r["value"] for r in detail if r["province_as_written"] == "TP. Đà Nẵng"}
    assert danang["dti_idx_awareness"] == 1.0 and danang["dti_idx_society_activity"] == 0.5197
    assert danang["dti_score"] == 0.8002
    rejected = [r for r in rows if r.get("reject_reason")]
    assert [(r["source_line"], r["reject_rule"]) for r in rejected] == [(100, "unparseable_row")]
    assert all(r["period_start"].year == 2022 for r in ranks)


def test_columns_follow_the_header_not_a_fixed_order(names):
    header = "Xếp hạng DTI Tỉnh\nChỉ số\nThể chế số\nCHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)\nChỉ số\nNhận thức số"
    assert header_columns(header, names) == ["dti_idx_institutions", "dti_score", "dti_idx_awareness"]


def test_another_year_with_another_column_order(names):
    page = "\n".join(
        [
            "source: https://example.test (copy)",
            "BÁO CÁO XẾP HẠNG Đánh giá mức độ chuyển đổi số năm 2023",
            "1 TP. Đà Nẵng",
            "2 TP.HCM",
            "Xếp hạng chi tiết",
            "Xếp hạng DTI Các tỉnh Chỉ số",
            "Hạ tầng số",
            "CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)",
            "1 TP. Đà Nẵng 0,8100 0,7500",
        ]
    )
    rows = parse(page, names)
    by_code = {(r["province_as_written"], r["indicator_code"]): r["value"] for r in rows}
    assert by_code[("TP.HCM", "dti_rank")] == 2
    assert by_code[("TP. Đà Nẵng", "dti_idx_infrastructure")] == 0.81
    assert by_code[("TP. Đà Nẵng", "dti_score")] == 0.75
    assert all(r["period_end"].year == 2023 for r in rows)


def test_page_without_a_year_is_rejected_with_a_reason(names):
    rows = parse("source: x\n1 TP. Đà Nẵng\n", names)
    assert rows[0]["reject_rule"] == "unparseable_page" and "dti/page.txt" in rows[0]["reject_reason"]


def test_row_with_wrong_number_of_values(names):
    page = "Xếp hạng năm 2022\nXếp hạng chi tiết\nChỉ số\nNhận thức số\nCHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)\n1 TP. Đà Nẵng 0.1 0.2 0.3\n"
    rows = parse(page, names)
    assert (
        rows[-1]["reject_rule"] == "unparseable_row" and "3 values but the header names 2" in rows[-1]["reject_reason"]
    )
