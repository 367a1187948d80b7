"""Reports dropped into data/raw/reports, with or without a sidecar, through a full run."""

import pytest

from tests.conftest import warehouse_with_files

NO_SIDECAR_MD = """# Sở Thông tin và Truyền thông tỉnh Nam Định

Nam Định, ngày 15 tháng 7 năm 2024

Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Nam Định đạt 72,5%;
toàn tỉnh đã kích hoạt 1.025.300 tài khoản định danh điện tử.
"""

HTML = """<html><head><title>Chuyển đổi số tỉnh Lạng Sơn</title><script>var visits = 12345;</script></head>
<body><p>Ngày 10/01/2024, UBND tỉnh Lạng Sơn tổng kết năm 2023.</p>
<p>Năm 2023, tỷ lệ văn bản điện tử ký số đạt 98,7% (vượt mục tiêu 3,7%).</p>
<div>Lượt truy cập: 45.678</div></body></html>"""

NO_PROVINCE = "Hội nghị tổng kết năm 2023. Tỷ lệ hồ sơ xử lý trực tuyến đạt 60%."
ENGLISH = "Ha Noi, 5 March 2024. The province's online dossier rate reached 66.79% in 2023."
BAD_SIDECAR = "title: wrong period\nprovince: Hà Tĩnh\ndocument_date: 2024-02-01\nreporting_period: 2024/2023\n"
FUTURE_SIDECAR = "title: from the future\nprovince: Hà Tĩnh\ndocument_date: 2099-01-01\n"
# A plan whose review section a heading dates, with a pillar's rank change dated by the edition of the
# document's other DTI results; and a half-year review whose results nothing else dates.
HEADED_PLAN = """UBND TỈNH QUẢNG TRỊ

Quảng Trị, ngày 20 tháng 3 năm 2024

KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024

Phần I

ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023

Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Quảng Trị đạt 55,2%.

Theo kết quả DTI năm 2023, tỉnh Quảng Trị xếp thứ 40/63. Chính quyền số tăng 5 bậc.
"""
HALF_YEAR_REVIEW = """Sơn La, ngày 10 tháng 7 năm 2024

Báo cáo kết quả chuyển đổi số của tỉnh Sơn La

Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Sơn La đạt 48,5%.

Phương hướng, nhiệm vụ 6 tháng cuối năm 2024: tiếp tục đẩy mạnh chuyển đổi số.
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    con = warehouse_with_files(
        tmp_path_factory.mktemp("reports"),
        {
            "reports/nam_dinh_2024.md": NO_SIDECAR_MD,
            "reports/lang_son_2023.html": HTML,
            "reports/no_province.txt": NO_PROVINCE,
            "reports/english.txt": ENGLISH,
            "reports/bad_period.txt": "Tỷ lệ hồ sơ xử lý trực tuyến đạt 50%.",
            "reports/bad_period.txt.source.yml": BAD_SIDECAR,
            "reports/future.txt": "Tỷ lệ hồ sơ xử lý trực tuyến đạt 50%.",
            "reports/future.txt.source.yml": FUTURE_SIDECAR,
            # two files with one document id (= one partition key): which one is the document is unknown
            "reports/nghe_an_2024.txt": "UBND tỉnh Nghệ An. Ngày 5/1/2025. Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 61%.",
            "reports/nghe_an_2024.md": "UBND tỉnh Nghệ An. Ngày 5/1/2025. Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 62%.",
            "reports/quang_tri_plan_2024.txt": HEADED_PLAN,
            "reports/son_la_review_2024.txt": HALF_YEAR_REVIEW,
        },
    )
    yield con
    con.close()


def test_report_without_sidecar_is_inferred_and_marked(run):
    doc = run.execute(
        "select province_code, province_inferred, document_date::varchar, date_inferred, period_inferred "
        "from dim_document where document_id = 'nam_dinh_2024'"
    ).fetchone()
    assert doc == ("36", True, "2024-07-15", True, True)
    facts = run.execute(
        "select indicator_code, value, period_start::varchar, period_end::varchar, confidence < 0.9 "
        "from fact_indicator_value where source_file = 'reports/nam_dinh_2024.md' order by 1"
    ).fetchall()
    assert facts == [
        ("eid_accounts", 1025300.0, "2024-01-01", "2024-06-30", True),
        ("online_dossier_rate_pct", 72.5, "2024-01-01", "2024-06-30", True),
    ]


def test_html_report_text_only(run):
    facts = run.execute(
        "select indicator_code, value, is_target from fact_indicator_value "
        "where source_file = 'reports/lang_son_2023.html' order by is_target"
    ).fetchall()
    assert facts == [("e_signed_docs_pct", 98.7, False), ("e_signed_docs_pct", 95.0, True)]
    text = run.execute("select text from dim_document where document_id = 'lang_son_2023'").fetchone()[0]
    assert "var visits" not in text


def test_report_without_a_province_is_quarantined_with_the_reason(run):
    rule, message = run.execute(
        "select rule, message from quarantine where source_file = 'reports/no_province.txt'"
    ).fetchone()
    assert rule == "unusable_report" and "no province" in message


def test_english_report_is_read_and_does_not_stop_the_run(run):
    # "Ha Noi, ... The province's online dossier rate reached 66.79% in 2023.": Hanoi's rate of 2023
    assert run.execute(
        "select province_code, indicator_code, year, value from fact_indicator_value "
        "where source_file = 'reports/english.txt'"
    ).fetchall() == [("01", "online_dossier_rate_pct", 2023, 66.79)]
    assert (
        run.execute("select count(*) from fact_indicator_value where source_file like 'reports/0%'").fetchone()[0] == 35
    )


def test_reports_with_a_bad_sidecar_are_quarantined(run):
    rows = dict(
        run.execute(
            "select source_file, message from quarantine where source_file in "
            "('reports/bad_period.txt', 'reports/future.txt')"
        ).fetchall()
    )
    assert "ends before it starts" in rows["reports/bad_period.txt"]
    assert "dated in the future" in rows["reports/future.txt"]
    assert run.execute("select count(*) from load_audit where not balanced").fetchone()[0] == 0


def test_two_files_with_one_document_id_are_both_quarantined(run):
    rows = run.execute(
        "select source_file, rule, message from quarantine where source_file like 'reports/nghe_an_2024.%' order by 1"
    ).fetchall()
    assert [(f, r) for f, r, _ in rows] == [
        ("reports/nghe_an_2024.md", "ambiguous_document_id"),
        ("reports/nghe_an_2024.txt", "ambiguous_document_id"),
    ]
    assert "shared by reports/nghe_an_2024.md, reports/nghe_an_2024.txt" in rows[0][2]
    assert (
        run.execute("select count(*) from fact_indicator_value where document_id = 'nghe_an_2024'").fetchone()[0] == 0
    )


def test_facts_dated_by_a_heading_an_edition_or_a_half_year_review_reach_the_warehouse(run):
    facts = run.execute(
        "select indicator_code, value, period_start::varchar, period_end::varchar, period_basis "
        "from fact_indicator_value where source_file in "
        "('reports/quang_tri_plan_2024.txt', 'reports/son_la_review_2024.txt') order by 1, 2"
    ).fetchall()
    assert facts == [
        ("dti_gov_rank_change", 5.0, "2023-01-01", "2023-12-31", "edition"),
        ("dti_rank", 40.0, "2023-01-01", "2023-12-31", "sentence"),
        ("online_dossier_rate_pct", 48.5, "2024-01-01", "2024-06-30", "half_review"),
        ("online_dossier_rate_pct", 55.2, "2023-01-01", "2023-12-31", "heading"),
    ]
    quarantined = run.execute(
        "select count(*) from quarantine where source_file in "
        "('reports/quang_tri_plan_2024.txt', 'reports/son_la_review_2024.txt')"
    ).fetchone()[0]
    assert quarantined == 0
