"""Extraction from provincial prose: the five shipped reports against a hand-written
ground truth, and realistic sentences of each phrasing family that are not in them (nor in
the labelled corpus). Qualifiers follow the corpus labelling rules: "đạt", "hơn", "khoảng"...
as written before the value."""

from datetime import date
from pathlib import Path

import pytest
import yaml

from assets.reports.extract import ReportDocument
from assets.text import normalize_text
from tests.conftest import RAW

TRUTH = yaml.safe_load((Path(__file__).parent / "data" / "report_ground_truth.yaml").read_text(encoding="utf-8"))


def _key(indicator, value, period, is_target):
    return (indicator, round(float(value), 6), str(period[0]), str(period[1]), bool(is_target))


def test_ground_truth_of_the_five_reports(context, capsys):
    found_total = truth_total = hits_total = 0
    lines = []
    for name, expected in TRUTH.items():
        doc, extraction = context.extract_file(RAW / "reports" / name)
        assert doc.province_code == expected["province"]
        truth = {_key(*f[:4]): (f[4] if len(f) > 4 else {}) for f in expected["facts"]}
        found = {
            _key(f.indicator_code, f.value, (f.period_start, f.period_end), f.is_target): f for f in extraction.facts
        }
        hits = truth.keys() & found.keys()
        for key in hits:
            fact, extra = found[key], truth[key]
            assert fact.unit == context.catalog[fact.indicator_code]["unit"]
            assert doc.text[fact.char_start : fact.char_end] == fact.quote
            if "denominator" in extra:
                assert fact.denominator == extra["denominator"], key
            if "qualifier" in extra:
                assert fact.qualifier == extra["qualifier"], key
        found_total, truth_total, hits_total = (
            found_total + len(found),
            truth_total + len(truth),
            hits_total + len(hits),
        )
        lines.append(
            f"{name}: {len(hits)}/{len(truth)} found, {len(found) - len(hits)} extra"
            + "".join(f"\n  missed {k}" for k in sorted(truth.keys() - found.keys()))
            + "".join(f"\n  extra  {k} {found[k].quote!r}" for k in sorted(found.keys() - truth.keys()))
        )
    precision, recall = hits_total / found_total, hits_total / truth_total
    with capsys.disabled():
        print(
            f"\nreport extraction on the shipped reports: precision {precision:.3f}, recall {recall:.3f} "
            f"({hits_total} of {truth_total} true facts, {found_total} extracted)"
        )
        print("\n".join(lines))
    assert recall == 1.0 and precision == 1.0, "\n".join(lines)


def doc_of(text: str, province="34", period=(date(2023, 1, 1), date(2023, 12, 31))) -> ReportDocument:
    return ReportDocument(
        document_id="test",
        source_file="test.txt",
        text=normalize_text(text),
        province_code=province,
        document_date=period[1],
        period_start=period[0],
        period_end=period[1],
    )


def page_figures(context, text: str, province: str, document_date: date | None = None) -> list:
    """The facts and undated facts of a page with no period of its own (only a date, if any)."""
    doc = ReportDocument(
        document_id="test",
        source_file="test.txt",
        text=normalize_text(text),
        province_code=province,
        document_date=document_date,
    )
    extraction = context.extract_document(doc)
    return extraction.facts + extraction.undated


def facts_of(context, text, **kwargs):
    return [
        (f.indicator_code, f.value, f.is_target, f.period_start, f.period_end, f.qualifier, f.denominator)
        for f in context.extract_document(doc_of(text, **kwargs)).facts
    ]


Y23 = (date(2023, 1, 1), date(2023, 12, 31))
Y22 = (date(2022, 1, 1), date(2022, 12, 31))
Y25 = (date(2025, 1, 1), date(2025, 12, 31))
Y24 = (date(2024, 1, 1), date(2024, 12, 31))
Y30 = (date(2030, 1, 1), date(2030, 12, 31))

# (sentence, expected facts as (indicator, value, is_target, period or None = the document's, qualifier, denominator))
PHRASINGS = [
    # Online dossiers: VN decimal comma, "giải quyết", fully online beats plain online.
    (
        "Trong năm 2023, tỷ lệ hồ sơ được giải quyết trực tuyến đạt 48,25%.",
        [("online_dossier_rate_pct", 48.25, False, Y23, "đạt", None)],
    ),
    (
        "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 31,7% tổng số hồ sơ.",
        [("full_online_dossier_rate_pct", 31.7, False, None, "đạt", None)],
    ),
    # e-ID accounts: VN thousands with several groups, a qualifier, "kích hoạt".
    (
        "Toàn tỉnh đã kích hoạt hơn 1.234.567 tài khoản định danh điện tử.",
        [("eid_accounts", 1234567, False, None, "hơn", None)],
    ),
    # Citizen ID cards with a scale word.
    (
        "Công an tỉnh đã cấp khoảng 2,1 triệu thẻ căn cước công dân.",
        [("cccd_cards_issued", 2100000, False, None, "khoảng", None)],
    ),
    # Signed documents and an implied target below plan.
    (
        "Tỷ lệ văn bản điện tử được ký số đạt 85% (thấp hơn chỉ tiêu 5%).",
        [("e_signed_docs_pct", 85, False, None, "đạt", None), ("e_signed_docs_pct", 90, True, None, None, None)],
    ),
    # Targets: "phấn đấu" with a year before, a deadline after.
    (
        "Phấn đấu đến năm 2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 80%.",
        [("online_dossier_rate_pct", 80, True, (date(2025, 1, 1), date(2025, 12, 31)), "đạt", None)],
    ),
    (
        "Triển khai số hóa hồ sơ tại 100% Trung tâm phục vụ hành chính công, hoàn thành trước Quý II/2024.",
        [("digitized_dossier_centers_pct", 100, True, (date(2024, 4, 1), date(2024, 6, 30)), None, None)],
    ),
    (
        "Mục tiêu năm 2024: 100% xã, phường, thị trấn có kết nối cáp quang.",
        [("communes_with_fiber_pct", 100, True, (date(2024, 1, 1), date(2024, 12, 31)), None, None)],
    ),
    # Achievement after a target word used as a noun ("nhiều chỉ tiêu đã đạt ...").
    (
        "Nhiều chỉ tiêu đã đạt kết quả cao, như làm sạch dữ liệu tiêm chủng đạt 99,1%.",
        [("vaccination_data_cleaned_pct", 99.1, False, None, "đạt", None)],
    ),
    # DTI rank and move with /63 and a comparison year that is not the period.
    (
        "Chỉ số DTI năm 2023 của tỉnh xếp thứ 12/63, tăng 5 bậc so với năm 2022.",
        [("dti_rank", 12, False, Y23, None, 63), ("dti_rank_change", 5, False, Y23, None, None)],
    ),
    (
        "Năm 2022, tỉnh đứng vị trí thứ 7 toàn quốc về chỉ số chuyển đổi số.",
        [("dti_rank", 7, False, (date(2022, 1, 1), date(2022, 12, 31)), None, None)],
    ),
    # English-style decimal in points, comma-decimal in km.
    ("Điểm tự đánh giá DTI của tỉnh đạt 812.5 điểm.", [("dti_self_assessed_points", 812.5, False, None, "đạt", None)]),
    (
        "Bán kính phục vụ bình quân là 2,35 km/điểm.",
        [("postal_service_radius_km", 2.35, False, None, "bình quân", None)],
    ),
    # Persons: VN thousands.
    (
        "Số người dân được phục vụ bình quân của một điểm phục vụ bưu chính là 5.120 người.",
        [("persons_per_postal_point", 5120, False, None, None, None)],
    ),
    # Fractions: x of y.
    (
        "Đến nay có 20/20 sở, ban, ngành ban hành kế hoạch chuyển đổi số.",
        [("depts_with_dx_plan", 20, False, None, None, 20)],
    ),
    ("Có 95/120 xã đã thành lập tổ chuyển đổi số.", [("communes_with_dx_committee", 95, False, None, None, 120)]),
    ("Tỉnh đã hoàn thành 18/20 nhiệm vụ của Đề án 06.", [("de_an_06_tasks_completed", 18, False, None, None, 20)]),
    # tasks planned are no tasks completed
    ("Năm 2025, tỉnh dự kiến triển khai 75 nhiệm vụ thuộc Đề án 06.", []),
    (
        "The province has completed 12 out of 15 tasks of Project 06.",
        [("de_an_06_tasks_completed", 12, False, None, None, 15)],
    ),
    # Coverage and households.
    ("Sóng di động 4G phủ sóng 99,8% địa bàn dân cư.", [("mobile_coverage_pct", 99.8, False, None, None, None)]),
    (
        "Tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang là 74%.",
        [("households_fiber_pct", 74, False, None, None, None)],
    ),
    # Numbers written before the phrase, abbreviations (TTHC, CCCD, VNeID), other verbs.
    (
        "Toàn tỉnh có 72,4% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
        [("online_dossier_rate_pct", 72.4, False, None, None, None)],
    ),
    (
        "Tỷ lệ hồ sơ TTHC được tiếp nhận và giải quyết trực tuyến đạt 58,9%.",
        [("online_dossier_rate_pct", 58.9, False, None, "đạt", None)],
    ),
    ("Tỷ lệ giải quyết hồ sơ trực tuyến đạt 61%.", [("online_dossier_rate_pct", 61, False, None, "đạt", None)]),
    ("Đã kích hoạt 412.530 tài khoản VNeID mức độ 2.", [("eid_accounts", 412530, False, None, None, None)]),
    # Applications for an e-ID are neither accounts nor administrative dossiers: they have their own indicator.
    (
        "Thu nhận 350.112 hồ sơ định danh điện tử, kích hoạt được 298.004 tài khoản.",
        [
            ("eid_applications_count", 350112, False, None, None, None),
            ("eid_accounts", 298004, False, None, None, None),
        ],
    ),
    ("Đã cấp 1.102.334 thẻ CCCD gắn chíp cho công dân.", [("cccd_cards_issued", 1102334, False, None, None, None)]),
    ("Tỷ lệ văn bản đi được ký số đạt 97,2%.", [("e_signed_docs_pct", 97.2, False, None, "đạt", None)]),
    ("Sóng 4G phủ 99,5% dân số.", [("mobile_coverage_pct", 99.5, False, None, None, None)]),
    # Adults are not households.
    (
        "Tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 82%.",
        [("adults_smartphone_pct", 82, False, None, "đạt", None)],
    ),
    (
        "Tỷ lệ hồ sơ được số hóa tại Trung tâm Phục vụ hành chính công tỉnh đạt 85%.",
        [("digitized_dossier_centers_pct", 85, False, None, "đạt", None)],
    ),
    (
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC cấp huyện đạt 70,5%, cấp xã đạt 40,2%.",
        [
            ("district_one_stop_digitized_pct", 70.5, False, None, "đạt", None),
            ("commune_one_stop_digitized_pct", 40.2, False, None, "đạt", None),
        ],
    ),
    # A rate of target attainment is an achievement, whatever "chỉ tiêu" after it says.
    (
        "Kích hoạt tài khoản định danh điện tử đạt 95,2% chỉ tiêu được giao.",
        [("eid_target_attainment_pct", 95.2, False, None, "đạt", None)],
    ),
    # DTI score and rank moves in other words.
    (
        "Chỉ số chuyển đổi số DTI năm 2023 của tỉnh đạt 0,5123 điểm, xếp thứ 21/63.",
        [("dti_score", 0.5123, False, Y23, "đạt", None), ("dti_rank", 21, False, Y23, None, 63)],
    ),
    # (on a page dated 2023-12-31, "Năm 2023" before a DTI result is the year it was announced, and the edition the
    # year before: see test_an_index_year_not_yet_assessed_on_the_page_date_is_the_announcement_year)
    (
        "Năm 2023, tỉnh tụt 7 bậc trên bảng xếp hạng DTI.",
        [("dti_rank_change", -7, False, (date(2022, 1, 1), date(2022, 12, 31)), None, None)],
    ),
    (
        "Năm 2022, chỉ số DTI của tỉnh vươn lên 9 bậc.",
        [("dti_rank_change", 9, False, (date(2022, 1, 1), date(2022, 12, 31)), None, None)],
    ),
    # Concepts reports state again and again: teams by level, online payment, portals, systems, operators.
    (
        "Toàn tỉnh có 142 tổ công nghệ số cộng đồng cấp xã.",
        [("community_tech_teams_commune_count", 142, False, None, None, None)],
    ),
    (
        "Đã thành lập 1.205 tổ công nghệ số cộng đồng ở các thôn, tổ dân phố.",
        [("community_tech_teams_village_count", 1205, False, None, None, None)],
    ),
    (
        "Tỷ lệ hồ sơ có thanh toán trực tuyến đạt 48,5%.",
        [("online_payment_dossier_rate_pct", 48.5, False, None, "đạt", None)],
    ),
    ("Cổng dịch vụ công của tỉnh xếp thứ 5 toàn quốc.", [("public_service_portal_rank", 5, False, None, None, None)]),
    (
        "Hệ thống quản lý văn bản và điều hành đã triển khai đến 356 cơ quan, đơn vị.",
        [("document_system_units_count", 356, False, None, None, None)],
    ),
    ("Trên địa bàn tỉnh có 6 doanh nghiệp viễn thông.", [("telecom_enterprises_count", 6, False, None, None, None)]),
    # A count whose noun repeats the head of the thing its clause named before it.
    (
        "Số thuê bao internet băng rộng cố định đạt 153.420 thuê bao.",
        [("internet_subscribers_count", 153420, False, None, "đạt", None)],
    ),
    # A share of GRDP, then the sector share that restates its rate: "GRDP" is the first figure's word.
    (
        "Mục tiêu đến năm 2025 tỷ trọng kinh tế số đạt từ 10% GRDP, tỷ trọng kinh tế số trong từng ngành đạt tối thiểu 15%.",
        [
            ("digital_economy_grdp_pct", 10, True, (date(2025, 1, 1), date(2025, 12, 31)), "từ", None),
            ("digital_economy_sector_share_pct", 15, True, (date(2025, 1, 1), date(2025, 12, 31)), "tối thiểu", None),
        ],
    ),
    # "Tỷ trọng kinh tế số" is the digital economy's share of GRDP, named or not.
    ("Tỷ trọng kinh tế số của tỉnh là 12,4%.", [("digital_economy_grdp_pct", 12.4, False, None, None, None)]),
    # "1 trong N địa phương dẫn đầu": N is the leading group, the 1 is part of the phrase.
    (
        "Theo kết quả DTI, tỉnh là 1 trong 9 địa phương đứng đầu về nhận thức số.",
        [("dti_idx_top_n", 9, False, None, None, None)],
    ),
    # A working group ("tổ công tác") is no community digital technology team.
    (
        "Toàn tỉnh có 1.871 tổ công nghệ số cộng đồng, trong đó có 138 tổ cấp xã; công an tỉnh lập 11 tổ công tác.",
        [
            ("community_tech_teams_count", 1871, False, None, None, None),
            ("community_tech_teams_commune_count", 138, False, None, None, None),
        ],
    ),
    # A density named before its value ("Số thuê bao .../100 dân đạt 25 thuê bao").
    (
        "Số thuê bao băng rộng cố định/100 dân đạt 25 thuê bao.",
        [("fixed_broadband_subs_per_100", 25, False, None, "đạt", None)],
    ),
    # Feedback resolved, as a count and a share.
    (
        "Hệ thống tiếp nhận 812 phản ánh, trong đó đã xử lý 790 phản ánh, tỷ lệ phản ánh được xử lý đạt 97,3%.",
        [
            ("citizen_feedback_received_count", 812, False, None, None, None),
            ("citizen_feedback_resolved_count", 790, False, None, None, None),
            ("citizen_feedback_resolved_pct", 97.3, False, None, "đạt", None),
        ],
    ),
    # A range's upper end states what its lower end states, level included.
    (
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC cấp huyện đạt 81 - 86%, cấp xã đạt 96 - 99%.",
        [
            ("district_one_stop_digitized_pct", 81, False, None, "đạt (lower bound of a range)", None),
            ("district_one_stop_digitized_pct", 86, False, None, "upper bound of a range", None),
            ("commune_one_stop_digitized_pct", 96, False, None, "đạt (lower bound of a range)", None),
            ("commune_one_stop_digitized_pct", 99, False, None, "upper bound of a range", None),
        ],
    ),
    # "thứ 1 trong 63" is a rank, not the "1" of "1 trong N địa phương dẫn đầu"; the provinces it is among, in words,
    # are its denominator as "1/63" writes it.
    (
        "Năm 2023, tỉnh xếp thứ 1 trong 63 tỉnh, thành phố về chỉ số chuyển đổi số DTI.",
        [("dti_rank", 1, False, (date(2022, 1, 1), date(2022, 12, 31)), None, 63)],
    ),
    # "trụ sở" (headquarters) names no provincial level.
    (
        "Năm 2023, tỷ lệ văn bản đi dạng điện tử của các cơ quan có trụ sở tại tỉnh đạt 95%.",
        [("electronic_docs_issued_pct", 95, False, None, "đạt", None)],
    ),
    # A rank among 63 provinces is no rank within a region, even next to one.
    (
        "Năm 2021, chỉ số chuyển đổi số của tỉnh đứng thứ 26/63 tỉnh thành và thứ 6/13 địa phương trong khu vực.",
        [
            ("dti_rank", 26, False, (date(2021, 1, 1), date(2021, 12, 31)), None, 63),
            ("dti_regional_rank", 6, False, (date(2021, 1, 1), date(2021, 12, 31)), None, 13),
        ],
    ),
    # A fraction in words ("trong tổng số").
    (
        "Đã tích hợp 1.210 trong tổng số 1.500 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia.",
        [("services_integrated_national_portal_count", 1210, False, None, None, 1500)],
    ),
    # A fraction in words: N out of a whole of M ("trên tổng số").
    (
        "Đã số hóa 84.210 trên tổng số 96.300 hồ sơ.",
        [("dossiers_digitized_count", 84210, False, None, None, 96300)],
    ),
    # Villages are not communes; a share of provincial agencies is not a count of departments.
    ("Có 95% thôn, bản có cáp quang đến.", [("villages_with_fiber_pct", 95, False, None, None, None)]),
    (
        "Đến nay 100% cơ quan, đơn vị cấp tỉnh đã ban hành kế hoạch chuyển đổi số.",
        [("depts_with_dx_plan_pct", 100, False, None, None, None)],
    ),
    # The digital economy's share of GRDP split into its core and its sectoral part.
    (
        "Tỷ trọng kinh tế số trong GRDP của tỉnh đạt 9,8%, trong đó kinh tế số lõi 5,3% và kinh tế số ngành lĩnh vực 4,5%.",
        [
            ("digital_economy_grdp_pct", 9.8, False, None, "đạt", None),
            ("core_digital_economy_grdp_pct", 5.3, False, None, None, None),
            ("sectoral_digital_economy_grdp_pct", 4.5, False, None, None, None),
        ],
    ),
    # Stations built in the year, then the new total: the total is the stock, not what was built.
    (
        "Trong năm, các nhà mạng xây dựng mới 180 trạm BTS, nâng tổng số trạm BTS toàn tỉnh lên 2.940 trạm.",
        [
            ("bts_stations_added_count", 180, False, None, None, None),
            ("bts_stations_count", 2940, False, None, None, None),
        ],
    ),
    # IT enterprises are not the (wider) digital technology enterprises.
    (
        "Hiện có 1.250 doanh nghiệp công nghệ thông tin và 3.400 doanh nghiệp công nghệ số.",
        [
            ("it_enterprises_count", 1250, False, None, None, None),
            ("digital_tech_enterprises_count", 3400, False, None, None, None),
        ],
    ),
    # Communes and villages that have a community tech team, counted by the places, not by the teams.
    (
        "Tổ công nghệ số cộng đồng hoạt động tại 125/125 xã, phường, thị trấn và 1.020 thôn, tổ dân phố.",
        [
            ("communes_with_community_tech_team_count", 125, False, None, None, 125),
            ("villages_with_community_tech_team_count", 1020, False, None, None, None),
        ],
    ),
    (
        "Đã có 5.600 thành viên tổ công nghệ số cộng đồng được tập huấn kỹ năng số.",
        [("community_tech_team_members_trained_count", 5600, False, None, None, None)],
    ),
    # People with an e-payment account (any age, not the 15+ bank account) and cashless transactions.
    (
        "Tỷ lệ dân số có tài khoản thanh toán điện tử đạt 72%, tỷ lệ giao dịch không dùng tiền mặt đạt 64%.",
        [
            ("population_epayment_account_pct", 72, False, None, "đạt", None),
            ("cashless_payment_transactions_pct", 64, False, None, "đạt", None),
        ],
    ),
    # A pillar's score, then its relative change in percent.
    (
        "Trụ cột xã hội số đạt 0,4812, tăng 12,1% so với năm 2022.",
        [
            ("dti_society_score", 0.4812, False, None, "đạt", None),
            ("dti_society_score_change_pct", 12.1, False, None, None, None),
        ],
    ),
    # Fixed telephone lines are not mobile subscriptions; smartphone subscriptions are their own count.
    (
        "Toàn tỉnh có 3.250 thuê bao điện thoại cố định và 612.000 thuê bao điện thoại thông minh.",
        [
            ("fixed_telephone_subscribers_count", 3250, False, None, None, None),
            ("smartphone_subscribers_count", 612000, False, None, None, None),
        ],
    ),
    # On-time dossiers and electronic documents split by level of government: one figure per level.
    (
        "Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp tỉnh đạt 98,6%, cấp huyện đạt 95% và cấp xã đạt 97,2%.",
        [
            ("dossiers_on_time_province_level_pct", 98.6, False, None, "đạt", None),
            ("dossiers_on_time_district_level_pct", 95, False, None, "đạt", None),
            ("dossiers_on_time_commune_level_pct", 97.2, False, None, "đạt", None),
        ],
    ),
    (
        "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan cấp tỉnh đạt 99%, cấp xã đạt 92%.",
        [
            ("electronic_doc_exchange_province_pct", 99, False, None, "đạt", None),
            ("electronic_doc_exchange_commune_pct", 92, False, None, "đạt", None),
        ],
    ),
    # The whole province's figure, then a level's: "toàn tỉnh" is no commune's.
    (
        "Tỷ lệ hồ sơ giải quyết đúng hạn của toàn tỉnh đạt 99,2%, trong đó cấp xã đạt 99,8%.",
        [
            ("dossiers_on_time_pct", 99.2, False, None, "đạt", None),
            ("dossiers_on_time_commune_level_pct", 99.8, False, None, "đạt", None),
        ],
    ),
    # Online dossiers of full-process and of partial services are counted apart from all online dossiers.
    (
        "Trong năm, tỉnh tiếp nhận 12.450 hồ sơ trực tuyến toàn trình và 3.210 hồ sơ trực tuyến một phần.",
        [
            ("full_online_dossiers_count", 12450, False, None, None, None),
            ("partial_online_dossiers_count", 3210, False, None, None, None),
        ],
    ),
    # Procedures eligible for full-process service are a count of procedures, not of services provided.
    (
        "Toàn tỉnh có 1.150 thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình.",
        [("procedures_eligible_full_online_count", 1150, False, None, None, None)],
    ),
    # Feedback answered on time is not a share of dossiers resolved on time.
    (
        "Tỷ lệ phản ánh, kiến nghị của người dân được trả lời đúng hạn đạt 96%.",
        [("citizen_feedback_resolved_on_time_pct", 96, False, None, "đạt", None)],
    ),
    # e-ID applications collected are not accounts activated.
    (
        "Công an tỉnh đã thu nhận 350.000 hồ sơ đăng ký tài khoản định danh điện tử.",
        [("eid_applications_count", 350000, False, None, None, None)],
    ),
    # Communes recognised as digitally transformed, out of all communes.
    (
        "Đã có 45/120 xã được công nhận hoàn thành chuyển đổi số.",
        [("communes_dx_recognized_count", 45, False, None, None, 120)],
    ),
    (
        "Đến nay, 100% kết quả giải quyết hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia.",
        [("dossier_results_synced_national_portal_pct", 100, False, None, None, None)],
    ),
    # Infrastructure sharing: poles, not base-station sites.
    (
        "Năm 2023, tỷ lệ dùng chung cột treo cáp giữa các doanh nghiệp viễn thông đạt 45%.",
        [("cable_pole_sharing_pct", 45, False, None, "đạt", None)],
    ),
    # The shared data warehouse: datasets and records are two counts.
    (
        "Kho dữ liệu dùng chung của tỉnh hiện lưu trữ 315 bộ dữ liệu và hơn 2,5 triệu bản ghi.",
        [
            ("shared_data_warehouse_datasets_count", 315, False, None, None, None),
            ("shared_data_warehouse_records_count", 2500000, False, None, "hơn", None),
        ],
    ),
    # ID-card applications of children under 14 are not all ID-card applications.
    (
        "Trong năm, công an tỉnh đã thu nhận 12.450 hồ sơ cấp căn cước cho trẻ em dưới 14 tuổi.",
        [("child_id_card_applications_count", 12450, False, None, None, None)],
    ),
    # Results issued electronically are not results digitised.
    (
        "Tỷ lệ hồ sơ thủ tục hành chính được cấp kết quả điện tử đạt 72,4%.",
        [("dossiers_electronic_results_pct", 72.4, False, None, "đạt", None)],
    ),
    # Level-1 e-ID accounts are not the (level-2) accounts eid_accounts counts.
    (
        "Toàn tỉnh còn 95.000 tài khoản định danh điện tử mức độ 1 chưa nâng lên mức độ 2.",
        [("eid_level1_accounts_count", 95000, False, None, None, None)],
    ),
    # Electronic health records of the population, and remote consultation.
    (
        "Có 64% dân số đã có hồ sơ sức khỏe điện tử, 12% người dân sử dụng dịch vụ tư vấn khám chữa bệnh từ xa.",
        [
            ("population_ehr_pct", 64, False, None, None, None),
            ("population_telehealth_pct", 12, False, None, None, None),
        ],
    ),
    # Sector concepts: e-commerce revenue and its growth, cashless transactions, public Wi-Fi,
    # electronic medical records, digital school records, surveillance cameras, the IOC.
    (
        "Doanh thu thương mại điện tử năm 2023 đạt 1.250 tỷ đồng, tăng 25% so với năm 2022.",
        [
            ("ecommerce_revenue_vnd", 1_250_000_000_000, False, None, "đạt", None),
            ("ecommerce_revenue_growth_pct", 25, False, None, None, None),
        ],
    ),
    (
        "Tổng số giao dịch thanh toán không dùng tiền mặt đạt 12,5 triệu giao dịch.",
        [("cashless_transactions_count", 12_500_000, False, None, "đạt", None)],
    ),
    (
        "Có 567 điểm cung cấp wifi miễn phí tại các khu công cộng.",
        [("public_wifi_points_count", 567, False, None, None, None)],
    ),
    ("Có 45/45 bệnh viện triển khai bệnh án điện tử.", [("hospitals_emr_count", 45, False, None, None, 45)]),
    (
        "Tỷ lệ học sinh được cấp học bạ số đạt 100%.",
        [("pupils_digital_school_records_pct", 100, False, None, "đạt", None)],
    ),
    (
        "Tỉnh đã lắp đặt 1.200 camera giám sát an ninh trật tự kết nối về trung tâm.",
        [("surveillance_cameras_count", 1200, False, None, None, None)],
    ),
    (
        "Trung tâm điều hành thông minh (IOC) của tỉnh đã tích hợp 12 hệ thống.",
        [("ioc_integrated_systems_count", 12, False, None, None, None)],
    ),
    # A part of mobile subscriptions: the mobile broadband ones; enterprises using e-invoices counted.
    (
        "Tỉnh hiện có 1,2 triệu thuê bao điện thoại di động, trong đó 950.000 thuê bao băng rộng di động.",
        [
            ("mobile_subscribers_count", 1_200_000, False, None, None, None),
            ("mobile_broadband_subscribers_count", 950_000, False, None, None, None),
        ],
    ),
    (
        "Toàn tỉnh có 1.234 doanh nghiệp sử dụng hóa đơn điện tử.",
        [("enterprises_einvoice_count", 1234, False, None, None, None)],
    ),
    # Telecom and postal revenue are their own; the information and communications sector's is the whole.
    (
        "Tổng doanh thu dịch vụ viễn thông đạt trên 1.600 tỷ đồng.",
        [("telecom_revenue_vnd", 1_600_000_000_000, False, None, "trên", None)],
    ),
    (
        "Doanh thu dịch vụ bưu chính đạt hơn 200 tỷ đồng.",
        [("postal_revenue_vnd", 200_000_000_000, False, None, "hơn", None)],
    ),
    # Project 06 shares: the citizen-ID target attained, population records cleaned, communes with a
    # working group; social benefits paid without cash.
    (
        "Công an tỉnh đã thu nhận 950.000 hồ sơ cấp căn cước công dân, đạt 100% chỉ tiêu.",
        [
            ("cccd_applications_collected_count", 950_000, False, None, None, None),
            ("cccd_target_attainment_pct", 100, False, None, "đạt", None),
        ],
    ),
    (
        "Đã làm sạch 1.050.000 dữ liệu dân cư, đạt 98%.",
        [
            ("population_records_cleaned_count", 1_050_000, False, None, None, None),
            ("population_records_cleaned_pct", 98, False, None, "đạt", None),
        ],
    ),
    (
        "Có 100% xã, phường, thị trấn thành lập Tổ công tác triển khai Đề án 06.",
        [("communes_with_de_an_06_working_group_pct", 100, False, None, None, None)],
    ),
    (
        "Tỷ lệ chi trả an sinh xã hội không dùng tiền mặt đạt 85%.",
        [("pension_paid_via_bank_pct", 85, False, None, "đạt", None)],
    ),
    # Public services: online payment on the portal, reuse of digitised data, a share of the count before it.
    (
        "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 45%.",
        [("online_payment_dossier_rate_pct", 45, False, None, "đạt", None)],
    ),
    (
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 60%.",
        [("digitized_data_reused_pct", 60, False, None, "đạt", None)],
    ),
    (
        "Tỉnh tiếp nhận 12.345 phản ánh, kiến nghị qua ứng dụng, đã xử lý 12.000 phản ánh, đạt 97,2%.",
        [
            ("citizen_feedback_received_count", 12345, False, None, None, None),
            ("citizen_feedback_resolved_count", 12000, False, None, None, None),
            ("citizen_feedback_resolved_pct", 97.2, False, None, "đạt", None),
        ],
    ),
    # How many provinces scored above the average (a national figure of the edition), in both languages; a
    # fraction of the 63 is that count, not a rank.
    (
        "Với DTI 2022, 35/63 tỉnh, thành phố có giá trị trên mức giá trị trung bình.",
        [("provinces_above_dti_average_count", 35, False, Y22, None, 63)],
    ),
    (
        "In DTI 2022, 35 provinces scored above the average value.",
        [("provinces_above_dti_average_count", 35, False, Y22, None, None)],
    ),
    # English pages: the head of a noun comes last ("electronic identification accounts"), "of which" opens a part
    (
        "The rate of online dossiers reached 78.5%, and 4G coverage reached 99.8% of the population.",
        [
            ("online_dossier_rate_pct", 78.5, False, None, None, None),
            ("mobile_coverage_pct", 99.8, False, None, None, None),
        ],
    ),
    (
        "The province has issued more than 1.2 million electronic identification accounts.",
        [("eid_accounts", 1_200_000, False, None, "more than", None)],
    ),
    (
        "The rate of digitization of dossiers reached 81%.",
        [("dossiers_digitized_pct", 81, False, None, None, None)],
    ),
    (
        "The centre received 15,230 dossiers; the rate of dossiers settled on time reached 98.7%.",
        [
            ("dossiers_received_count", 15230, False, None, None, None),
            ("dossiers_on_time_pct", 98.7, False, None, None, None),
        ],
    ),
    (
        "The province provides 1,812 online public services, including 1,064 full-process online public services.",
        [
            ("online_public_services_count", 1812, False, None, None, None),
            ("full_online_services_count", 1064, False, None, None, None),
        ],
    ),
    (
        "The province has 2,450 community digital technology teams.",
        [("community_tech_teams_count", 2450, False, None, None, None)],
    ),
    (
        "Online payment of fees reached a total value of VND 12.5 billion.",
        [("online_fee_payment_vnd", 12.5e9, False, None, None, None)],
    ),
    # A change in percentage points after a level is a change, never a second level of the measure.
    (
        "Tỷ trọng kinh tế số đạt 9,1% GRDP, tăng 1,2 điểm phần trăm so với năm trước.",
        [
            ("digital_economy_grdp_pct", 9.1, False, None, "đạt", None),
            ("digital_economy_grdp_change_pct", 1.2, False, None, None, None),
        ],
    ),
    # A target's own horizon after it dates it, not when the plan it comes from was issued.
    (
        "Kế hoạch ban hành tháng 3/2023, phấn đấu 80% hồ sơ được giải quyết trực tuyến vào năm 2025.",
        [("online_dossier_rate_pct", 80, True, Y25, None, None)],
    ),
    (
        "The plan, which was approved in March 2023, aims for 80% of administrative dossiers to be processed "
        "online by 2025.",
        [("online_dossier_rate_pct", 80, True, Y25, None, None)],
    ),
    (
        "The plan, approved on 15 March 2023, targets 80% of administrative dossiers processed online by 2025.",
        [("online_dossier_rate_pct", 80, True, Y25, None, None)],
    ),
    (
        "Kế hoạch ký ban hành ngày 15 tháng 3 năm 2023, phấn đấu 80% hồ sơ được giải quyết trực tuyến trong năm 2025.",
        [("online_dossier_rate_pct", 80, True, Y25, None, None)],
    ),
    # A year named by its distance from the page's (written 31/12/2023): last year's result, next year's aim.
    (
        "Năm ngoái, tỷ lệ hồ sơ được giải quyết trực tuyến đạt 48,25%.",
        [("online_dossier_rate_pct", 48.25, False, Y22, "đạt", None)],
    ),
    (
        "Năm tới, tỷ lệ hồ sơ được giải quyết trực tuyến phải đạt 60%.",
        [("online_dossier_rate_pct", 60, True, Y24, "đạt", None)],
    ),
    (
        "Last year, the rate of online dossiers reached 78.5%.",
        [("online_dossier_rate_pct", 78.5, False, Y22, None, None)],
    ),
    (
        "Next year, the rate of online dossiers will reach 85%.",
        [("online_dossier_rate_pct", 85, True, Y24, None, None)],
    ),
    # What an authority asks of others is an aim; not what was done as asked, nor a clause of its own after the ask.
    (
        "The chairman requested that the rate of online dossiers reach at least 50%.",
        [("online_dossier_rate_pct", 50, True, None, "at least", None)],
    ),
    (
        "The provincial People's Committee asked departments to ensure that 80% of administrative dossiers are "
        "processed online.",
        [("online_dossier_rate_pct", 80, True, None, None, None)],
    ),
    (
        "The province is tasked with issuing 500,000 electronic identification accounts.",
        [("eid_accounts", 500_000, True, None, None, None)],
    ),
    (
        "Citizens were required to register, and the province has issued 1.2 million electronic identification "
        "accounts.",
        [("eid_accounts", 1_200_000, False, None, None, None)],
    ),
    (
        "As requested by the ministry, the province issued 1.2 million electronic identification accounts.",
        [("eid_accounts", 1_200_000, False, None, None, None)],
    ),
    # A measure that rose or fell from one level to another: both are levels, the first of the time before (its own
    # year when written), never a change of the measure.
    (
        "Tỷ lệ hồ sơ trực tuyến của tỉnh tăng từ 35% năm 2022 lên 68% năm 2023.",
        [
            ("online_dossier_rate_pct", 35, False, Y22, None, None),
            ("online_dossier_rate_pct", 68, False, Y23, None, None),
        ],
    ),
    (
        "Năm 2023, tỷ lệ hồ sơ trực tuyến giảm từ 60% xuống 52%.",
        [
            ("online_dossier_rate_pct", 60, False, Y22, None, None),
            ("online_dossier_rate_pct", 52, False, Y23, None, None),
        ],
    ),
    (
        "Số tài khoản định danh điện tử tăng từ 120.000 tài khoản lên 450.000 tài khoản.",
        [("eid_accounts", 120_000, False, Y22, None, None), ("eid_accounts", 450_000, False, Y23, None, None)],
    ),
    # A multiple of a year's figure names that year as a comparison base, never as the figure's period.
    (
        "Số hồ sơ trực tuyến đạt 1,5 triệu hồ sơ, gấp 3 lần năm 2021.",
        [("online_dossiers_count", 1_500_000, False, Y23, "đạt", None)],
    ),
    # A result set against its target with the excess first implies the target; a resolve to reach a level is an aim.
    (
        "Tỷ lệ hồ sơ trực tuyến đạt 65%, vượt 15% so với chỉ tiêu đề ra.",
        [
            ("online_dossier_rate_pct", 65, False, None, "đạt", None),
            ("online_dossier_rate_pct", 50, True, None, None, None),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến đạt 45%, thấp hơn 5% so với kế hoạch.",
        [
            ("online_dossier_rate_pct", 45, False, None, "đạt", None),
            ("online_dossier_rate_pct", 50, True, None, None, None),
        ],
    ),
    (
        "Tỉnh quyết tâm đưa chỉ số DTI vào top 15 của cả nước.",
        [("dti_top_n", 15, True, None, "top", None)],
    ),
    (
        "Với quyết tâm cao, năm 2023 tỉnh đã đạt 85% hồ sơ trực tuyến.",
        [("online_dossier_rate_pct", 85, False, None, "đạt", None)],
    ),
    # One figure said of two coordinated concepts on an English page is a figure of each.
    (
        "In the DTI 2022, the province ranked 3rd in both digital government and digital economy.",
        [("dti_gov_rank", 3, False, Y22, None, None), ("dti_econ_rank", 3, False, Y22, None, None)],
    ),
    (
        "100% of communes have fibre optic cable and 4G coverage.",
        [
            ("communes_with_fiber_pct", 100, False, None, None, None),
            ("communes_mobile_broadband_pct", 100, False, None, None, None),
        ],
    ),
    # English: a share something makes up is no change; fibre alone names it; working towards a level is an aim.
    (
        "Quang Ninh aims for the digital economy to make up 30% of its GRDP.",
        [("digital_economy_grdp_pct", 30, True, None, None, None)],
    ),
    (
        "The targets are: 80% of adults have smartphones, 70% of households have fibre.",
        [("adults_smartphone_pct", 80, True, None, None, None), ("households_fiber_pct", 70, True, None, None, None)],
    ),
    (
        "The province is working towards an online dossier rate of 90%.",
        [("online_dossier_rate_pct", 90, True, None, None, None)],
    ),
    # An average qualifies the figure it is said of, never another level after it; its change continues it.
    (
        "Giá trị DTI trung bình cấp tỉnh năm 2022 là 0,5874, trong khi tỉnh đạt 0,6234.",
        [
            ("dti_provincial_average_score", 0.5874, False, Y22, None, None),
            ("dti_score", 0.6234, False, Y22, "đạt", None),
        ],
    ),
    # Schools collecting fees without cash: the share beside the count.
    (
        "Tỷ lệ trường học thu học phí không dùng tiền mặt đạt 100%.",
        [("schools_cashless_fee_collection_pct", 100, False, None, "đạt", None)],
    ),  # Two ranks of one index in one sentence: the scope written right after each rank is its own.
    (
        "Tỉnh xếp thứ 3 khu vực Đồng bằng sông Cửu Long và thứ 18 cả nước về DTI.",
        [("dti_regional_rank", 3, False, None, None, None), ("dti_rank", 18, False, None, None, None)],
    ),
    (
        "Về DTI, tỉnh xếp thứ 18 cả nước và thứ 3 khu vực Tây Nguyên.",
        [("dti_rank", 18, False, None, None, None), ("dti_regional_rank", 3, False, None, None, None)],
    ),
    # A result after a target's label, in the same sentence: "kết quả" says what was achieved.
    (
        "Chỉ tiêu: 80% hồ sơ TTHC được xử lý trực tuyến; kết quả: đạt 72%.",
        [
            ("online_dossier_rate_pct", 80, True, None, None, None),
            ("online_dossier_rate_pct", 72, False, None, "đạt", None),
        ],
    ),
    # A figure that names its own level takes no other level's indicator, even one the sentence names after it.
    (
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 85% ở cấp tỉnh, 70% ở cấp huyện và 60% ở cấp xã.",
        [
            ("dossiers_digitized_pct", 85, False, None, "đạt", None),
            ("district_one_stop_digitized_pct", 70, False, None, None, None),
            ("commune_one_stop_digitized_pct", 60, False, None, None, None),
        ],
    ),
    # "cao hơn <what it is compared with> N": N is the gap, not the value compared with.
    (
        "Điểm DTI của tỉnh cao hơn trung bình cả nước 0,0512 điểm.",
        [("dti_score_diff_vs_average", 0.0512, False, None, None, None)],
    ),
    (
        "Điểm DTI của tỉnh là 0,6012, cao hơn mức trung bình cả nước (0,5700).",
        [
            ("dti_score", 0.6012, False, None, None, None),
            ("dti_provincial_average_score", 0.57, False, None, None, None),
        ],
    ),
    # The population that has its card: the share issued.
    (
        "Tỷ lệ dân số có CCCD đạt 99,8%.",
        [("cccd_issued_pct", 99.8, False, None, "đạt", None)],
    ),
    # English: an ordinal where it stands ("to 20th in the DTI", "third in the region"), each rank with its own scope.
    (
        "The province climbed 15 places to 20th in the DTI 2023 rankings.",
        [("dti_rank_change", 15, False, None, None, None), ("dti_rank", 20, False, None, None, None)],
    ),
    (
        "In the DTI 2023, the province ranked 15th nationwide and third in the region.",
        [("dti_rank", 15, False, None, None, None), ("dti_regional_rank", 3, False, None, None, None)],
    ),
    # A score joined to a rank by "with"/"với" scores what the rank ranks.
    (
        "The province ranked 12th in the DTI 2023, with a score of 0.6123.",
        [("dti_rank", 12, False, None, None, None), ("dti_score", 0.6123, False, None, None, None)],
    ),
    (
        "Tỉnh xếp thứ 12 về Chỉ số chuyển đổi số, với 0,6123 điểm.",
        [("dti_rank", 12, False, None, None, None), ("dti_score", 0.6123, False, None, None, None)],
    ),
    # English words of public services, e-commerce and community teams; "of which N are X"; people as holders.
    (
        "The rate of online public service applications reached 65.4 percent, up 12 percentage points.",
        [
            ("online_dossier_rate_pct", 65.4, False, None, None, None),
            ("online_dossier_rate_change_pct", 12, False, None, None, None),
        ],
    ),
    (
        "The rate of online public services generating online applications reached nearly 86%.",
        [("online_services_with_dossiers_pct", 86, False, None, "nearly", None)],
    ),
    (
        "More than 850,000 residents had activated their level-2 electronic identification accounts.",
        [("eid_accounts", 850000, False, None, "more than", None)],
    ),
    (
        "The province has 2,150 BTS stations, of which 310 are 5G stations.",
        [
            ("bts_stations_count", 2150, False, None, None, None),
            ("bts_5g_stations_count", 310, False, None, None, None),
        ],
    ),
    (
        "E-commerce revenue reached VND 3.5 trillion, an increase of 20% year-on-year.",
        [
            ("ecommerce_revenue_vnd", 3.5e12, False, None, None, None),
            ("ecommerce_revenue_growth_pct", 20, False, None, None, None),
        ],
    ),
    (
        "Nearly 98% of administrative records were digitised.",
        [("dossiers_digitized_pct", 98, False, None, "nearly", None)],
    ),
    (
        "About 1,200 community digital technology teams with 7,800 members have been set up.",
        [
            ("community_tech_teams_count", 1200, False, None, "about", None),
            ("community_tech_team_members_count", 7800, False, None, None, None),
        ],
    ),
    # A percent that names its own rate after another percent takes none of that one's words.
    (
        "The rate of online public services generating online applications reached 80%; and the rate of online "
        "processing and digitisation of records reached over 90%.",
        [("online_services_with_dossiers_pct", 80, False, None, None, None)],
    ),
    # Data reused, named right after the verb.
    (
        "Tỷ lệ khai thác, sử dụng lại dữ liệu, thông tin đạt 76,4%.",
        [("digitized_data_reused_pct", 76.4, False, None, "đạt", None)],
    ),
    (
        "The rate of data reuse reached 76.4%.",
        [("digitized_data_reused_pct", 76.4, False, None, None, None)],
    ),
    # English aims: "is working to"; "fibre broadband"; adults holding an account.
    (
        "The province is working to have 100% of villages covered by 4G.",
        [("villages_mobile_broadband_pct", 100, True, None, None, None)],
    ),
    (
        "By the end of 2025, 100% of communes will have fibre broadband.",
        [("communes_with_fiber_pct", 100, True, Y25, None, None)],
    ),
    (
        "95% of adults had electronic identification accounts.",
        [("adults_eid_account_pct", 95, False, None, None, None)],
    ),
    # English words of the indicators reports state most: mobile broadband, work records, administrative procedures,
    # eligible procedures, the national portal, e-invoices, satisfaction, signed documents, identity cards, fixed
    # broadband subscribers, adults, cashless payments.
    (
        "100% of villages have mobile broadband coverage.",
        [("villages_mobile_broadband_pct", 100, False, None, None, None)],
    ),
    (
        "100% of work records at the commune level are processed online.",
        [("work_records_online_commune_pct", 100, False, None, None, None)],
    ),
    (
        "85% of eligible administrative procedures are provided as full-process online public services.",
        [("eligible_procedures_full_online_pct", 85, False, None, None, None)],
    ),
    (
        "98% of online public services are integrated with the national public service portal.",
        [("services_integrated_national_portal_pct", 98, False, None, None, None)],
    ),
    ("99% of enterprises use e-invoices.", [("enterprises_using_einvoice_pct", 99, False, None, None, None)]),
    (
        "Citizen satisfaction with public services reached 96%.",
        [("citizen_satisfaction_pct", 96, False, None, None, None)],
    ),
    ("98% of documents were digitally signed.", [("e_signed_docs_pct", 98, False, None, None, None)]),
    (
        "The province has issued 1.2 million chip-based citizen identity cards, reaching 99% of eligible citizens.",
        [("cccd_cards_issued", 1.2e6, False, None, None, None), ("cccd_issued_pct", 99, False, None, None, None)],
    ),
    (
        "The province has 120,000 fixed broadband subscribers.",
        [("internet_subscribers_count", 120000, False, None, None, None)],
    ),
    (
        "In 2023, 70% of adults used online public services.",
        [("adults_using_online_services_pct", 70, False, None, None, None)],
    ),
    (
        "The rate of cashless payments reached 80%.",
        [("cashless_payment_transactions_pct", 80, False, None, None, None)],
    ),
    # "provided online throughout" is fully online; online payment of procedures.
    (
        "The city strives for 100% of eligible administrative procedures to be provided online throughout.",
        [("eligible_procedures_full_online_pct", 100, True, None, None, None)],
    ),
    (
        "At least 80% of administrative procedures with financial obligations are implemented for online payment.",
        [("online_payment_dossier_rate_pct", 80, False, None, "at least", None)],
    ),
    ("Digitalization of documents reached 95%.", [("dossiers_digitized_pct", 95, False, None, None, None)]),
    ("Reuse of digital data exceeded 83%.", [("digitized_data_reused_pct", 83, False, None, None, None)]),
    # A "lần lượt" list of levels whose first item runs on from the words the list shares: each value its level.
    (
        "Tỷ lệ hồ sơ trực tuyến của cấp tỉnh, cấp huyện, cấp xã lần lượt là 85%, 70% và 55%.",
        [
            ("online_dossier_rate_province_level_pct", 85, False, None, None, None),
            ("online_dossier_rate_district_level_pct", 70, False, None, None, None),
            ("online_dossier_rate_commune_level_pct", 55, False, None, None, None),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến cấp tỉnh, huyện, xã lần lượt đạt 85%, 70% và 55%.",
        [
            ("online_dossier_rate_province_level_pct", 85, False, None, "đạt", None),
            ("online_dossier_rate_district_level_pct", 70, False, None, None, None),
            ("online_dossier_rate_commune_level_pct", 55, False, None, None, None),
        ],
    ),
    # A "lần lượt" list of years: one each, in order.
    (
        "Năm 2022 và năm 2023, tỷ lệ hồ sơ trực tuyến lần lượt đạt 35% và 48%.",
        [
            ("online_dossier_rate_pct", 35, False, Y22, "đạt", None),
            ("online_dossier_rate_pct", 48, False, None, None, None),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến năm 2021, 2022 và 2023 lần lượt là 20%, 35% và 48%.",
        [
            ("online_dossier_rate_pct", 20, False, (date(2021, 1, 1), date(2021, 12, 31)), None, None),
            ("online_dossier_rate_pct", 35, False, Y22, None, None),
            ("online_dossier_rate_pct", 48, False, None, None, None),
        ],
    ),
    # "thì" opens the sentence's next part; "đến năm 2023 đã đạt" is where the figure stood by then.
    (
        "Nếu như năm 2022 tỷ lệ hồ sơ trực tuyến chỉ đạt 35% thì đến năm 2023 đã đạt 48%.",
        [
            ("online_dossier_rate_pct", 35, False, Y22, "chỉ đạt", None),
            ("online_dossier_rate_pct", 48, False, None, "đạt", None),
        ],
    ),
    # An English share whose own words name its subject and predicate ("100 percent of communes had ...") keeps them:
    # the rate before it takes none of its level words.
    (
        "The rate of online dossiers reached 45.2 percent, while 100 percent of communes had fibre-optic broadband.",
        [
            ("online_dossier_rate_pct", 45.2, False, None, None, None),
            ("communes_with_fiber_pct", 100, False, None, None, None),
        ],
    ),
    # A share of the target attained, set against it after the figure ("so với chỉ tiêu", "of the target"); a
    # fraction's own share stays the fraction's.
    (
        "Tỉnh đã kích hoạt 285.000 tài khoản định danh điện tử mức độ 2, đạt 68% so với chỉ tiêu.",
        [
            ("eid_accounts", 285000, False, None, None, None),
            ("eid_target_attainment_pct", 68, False, None, "đạt", None),
        ],
    ),
    (
        "The province activated 285,000 electronic identification accounts, reaching 68% of the target.",
        [("eid_accounts", 285000, False, None, None, None), ("eid_target_attainment_pct", 68, False, None, None, None)],
    ),
    (
        "Đến nay đã có 16/22 mục tiêu hoàn thành, đạt hơn 72% so với kế hoạch đề ra.",
        [
            ("dx_targets_achieved_count", 16, False, None, None, 22),
            ("dx_targets_achieved_pct", 72, False, None, "hơn", None),
        ],
    ),
    # English: a score below one followed by its year or "from"; the rank a fall started from.
    (
        "The province's DTI score rose to 0.6012 in 2023 from 0.5234 in 2022.",
        [("dti_score", 0.6012, False, None, None, None), ("dti_score", 0.5234, False, Y22, None, None)],
    ),
    (
        "The province fell to 45th place in the DTI 2022, down from 30th in 2021.",
        [
            ("dti_rank", 45, False, Y22, None, None),
            ("dti_rank", 30, False, (date(2021, 1, 1), date(2021, 12, 31)), None, None),
        ],
    ),
    # A count's share after its own year; English cashless transactions, e-commerce's share of retail.
    (
        "The province received 125,000 online applications in 2023, accounting for 62% of the total.",
        [
            ("online_dossiers_count", 125000, False, None, None, None),
            ("online_dossier_rate_pct", 62, False, None, None, None),
        ],
    ),
    (
        "Tỉnh tiếp nhận 125.000 hồ sơ trực tuyến năm 2023, chiếm 62%.",
        [
            ("online_dossiers_count", 125000, False, None, None, None),
            ("online_dossier_rate_pct", 62, False, None, None, None),
        ],
    ),
    (
        "The number of cashless transactions reached 12 million.",
        [("cashless_transactions_count", 12e6, False, None, None, None)],
    ),
    (
        "E-commerce accounted for 8.5% of total retail sales.",
        [("ecommerce_retail_share_pct", 8.5, False, None, None, None)],
    ),
    ("4G is covering 99.5% of the population.", [("mobile_coverage_pct", 99.5, False, None, None, None)]),
    # People counted as the recipients of what is given them, one each: the count of what is given.
    (
        "Kích hoạt tài khoản định danh điện tử mức độ 2 cho 654.321 công dân.",
        [("eid_accounts", 654321, False, None, None, None)],
    ),
    (
        "Năm 2023, Sở đã cấp chữ ký số công cộng miễn phí cho hơn 3.200 người dân.",
        [("digital_signatures_issued_count", 3200, False, None, "hơn", None)],
    ),
    # Project 06's online services counted by what they issue; a count naming no online channel is no such count.
    (
        "Đã cấp 12.450 phiếu lý lịch tư pháp qua ứng dụng VNeID, 8.900 giấy phép lái xe được đổi trực tuyến.",
        [
            ("judicial_records_online_count", 12450, False, None, None, None),
            ("driving_licences_online_count", 8900, False, None, None, None),
        ],
    ),
    (
        "Sở Giao thông vận tải đã cấp đổi 3.456 giấy phép lái xe qua dịch vụ công trực tuyến toàn trình.",
        [("driving_licences_online_count", 3456, False, None, None, None)],
    ),
    ("Trong năm 2023, Sở Tư pháp cấp 9.800 phiếu lý lịch tư pháp.", []),
    # the parts of a count by level, in brackets after it, with or without a colon after each level
    (
        "Năm 2023, tỉnh thành lập 1.871 tổ công nghệ số cộng đồng (cấp xã: 138, cấp thôn: 1.733) với 10.257 thành viên.",
        [
            ("community_tech_teams_count", 1871, False, None, None, None),
            ("community_tech_teams_commune_count", 138, False, None, None, None),
            ("community_tech_teams_village_count", 1733, False, None, None, None),
            ("community_tech_team_members_count", 10257, False, None, None, None),
        ],
    ),
    (
        "Toàn tỉnh có 245 tổ công nghệ số cộng đồng (xã 20, thôn 225).",
        [
            ("community_tech_teams_count", 245, False, None, None, None),
            ("community_tech_teams_commune_count", 20, False, None, None, None),
            ("community_tech_teams_village_count", 225, False, None, None, None),
        ],
    ),
    # the digital economy's own amount, not its businesses' revenue nor money spent on it
    (
        "Năm 2023, kinh tế số của tỉnh đạt khoảng 4.500 tỷ đồng, chiếm 8,2% GRDP.",
        [
            ("digital_economy_value_added_vnd", 4.5e12, False, None, "khoảng", None),
            ("digital_economy_grdp_pct", 8.2, False, None, None, None),
        ],
    ),
    (
        "Năm 2023, tỉnh bố trí 50 tỷ đồng vốn đầu tư cho phát triển kinh tế số.",
        [("dx_budget_planned_vnd", 5e10, False, None, None, None)],
    ),
    # a bare rank right after an index's score ranks that index, not one a ranking word elsewhere names
    (
        "Năm 2023, kết quả từ Bộ chỉ số phục vụ người dân và doanh nghiệp trên bảng xếp hạng toàn quốc ghi nhận tỉnh "
        "đạt tổng 77,65/100 điểm, đứng thứ hai cả nước. Trong đó, dịch vụ trực tuyến đạt 9,03 điểm, số hóa hồ sơ đạt "
        "16,05 điểm…",
        [
            ("vpcp_service_index_score", 77.65, False, None, None, 100),
            ("vpcp_service_index_rank", 2, False, None, None, None),
            ("vpcp_idx_online_services_score", 9.03, False, None, "đạt", None),
            ("vpcp_idx_digitization_score", 16.05, False, None, "đạt", None),
        ],
    ),
    # ranks listed each after its own subject and rank verb; a gloss in brackets is part of the subject
    (
        "Năm 2023, chỉ số giao dịch doanh nghiệp với người tiêu dùng (B2C) đứng thứ 9, giao dịch doanh nghiệp với "
        "doanh nghiệp (B2B) xếp thứ 13.",
        [
            ("ebi_b2c_rank", 9, False, None, None, None),
            ("ebi_b2b_rank", 13, False, None, None, None),
        ],
    ),
    # English: a change "from" a year after its amount is compared with that year, not of it; a word joined to
    # a number by a hyphen is part of the noun
    (
        "In 2023, the rate of online dossiers reached 78.5%, up 12 percentage points from 2022.",
        [
            ("online_dossier_rate_pct", 78.5, False, None, None, None),
            ("online_dossier_rate_change_pct", 12, False, None, None, None),
        ],
    ),
    (
        "In 2023, over 850,000 level-2 electronic identification accounts were activated.",
        [("eid_accounts", 850000, False, None, "over", None)],
    ),
    # targets named with their status ("chưa đạt", "đã hoàn thành"): the figures after them are results
    (
        "Các chỉ tiêu chưa đạt như: tỷ lệ hồ sơ giải quyết trực tuyến toàn tỉnh đạt 28,9%.",
        [("online_dossier_rate_pct", 28.9, False, None, "đạt", None)],
    ),
]


@pytest.mark.parametrize("sentence,expected", PHRASINGS, ids=[p[0][:40] for p in PHRASINGS])
def test_phrasing_families(context, sentence, expected):
    got = facts_of(context, sentence, period=Y23)
    want = [(code, float(v), t, *(p or Y23), q, None if d is None else float(d)) for code, v, t, p, q, d in expected]
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "Lượt truy cập hiện tại : 4\nHôm nay : 1.217\nTháng 05 : 30.516\nNăm 2024 : 167.138",
        "Thứ ba, 08/11/2022 20:52 - Lượt xem: 2.345",
        "Thực hiện Kế hoạch số 35/KH-UBND ngày 13/3/2023 và Quyết định số 19/2021/QĐ-UBND về tỷ lệ hồ sơ xử lý trực tuyến.",
        "Liên hệ: 0227 3831 234 hoặc 0912.345.678 để được hỗ trợ cấp tài khoản định danh điện tử.",
        "Theo Nghị quyết 54-NQ/TW và Chỉ thị số 05/CT-TTg, tỉnh triển khai dịch vụ công thiết yếu.",
        "143717-10-su-kien-noi-bat-25-dich-vu-cong-thiet-yeu.jpg",
        "Tổng số điểm của bài viết là: 4 trong 4 đánh giá",
        "Đây là năm thứ 4 tỉnh tham gia đánh giá chỉ số chuyển đổi số.",
        "Ủy ban đã tổ chức phiên họp thứ 6 về chuyển đổi số.",
        "Tỉnh đề ra 22 mục tiêu gồm 15 mục tiêu phát triển chính quyền số và 7 mục tiêu phát triển kinh tế số.",
        "Tổng đài 19001075 hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
        # a level of an administration named by its number in brackets
        "Tại tỉnh, các sở, ban, ngành, UBND quận huyện (cấp 3) đã kết nối liên thông văn bản điện tử.",
        # a time zone after a page's stamp
        "Cấp thẻ căn cước công dân\n(Chủ nhật, 12/12/2021, 06:50 pm GMT+7)",
        "Năm 2023, kinh tế số phát triển; tỉnh phấn đấu tốc độ tăng tổng sản phẩm (GRDP) đạt 7,5%.",
        "Tỉnh tổ chức hưởng ứng Ngày chuyển đổi số quốc gia 10-10 với 1.200 người tham gia.",
        # a photo's caption: what the picture shows
        "Ảnh: Hội nghị trực tuyến về chuyển đổi số với 63 điểm cầu.",
        "(Ảnh: Tổ công nghệ số cộng đồng hướng dẫn 20 hộ kinh doanh mở tài khoản thanh toán)",
    ],
)
def test_page_chrome_and_document_numbers_give_no_facts(context, text):
    assert facts_of(context, text) == []


def test_percentage_points_after_a_share_are_its_change_not_the_titles_index_score(context):
    # "điểm phần trăm" is the unit of a change of a share, not the points of a DTI score the title names
    doc = ReportDocument(
        document_id="test",
        source_file="test.txt",
        text=normalize_text(
            "Kết quả chuyển đổi số năm 2023\nKinh tế số ước đạt 12,5% GRDP của tỉnh, tăng 1,2 điểm phần trăm."
        ),
        province_code="34",
        document_date=Y23[1],
        period_start=Y23[0],
        period_end=Y23[1],
        title="Kết quả chuyển đổi số năm 2023",
    )
    assert [(f.indicator_code, f.value) for f in context.extract_document(doc).facts] == [
        ("digital_economy_grdp_pct", 12.5),
        ("digital_economy_grdp_change_pct", 1.2),
    ]


def test_an_environment_or_a_market_is_no_school(context):
    # "môi trường" (environment), "thị trường" (market) hold the syllable "trường" (school)
    text = (
        "Năm 2023, giao dịch không dùng tiền mặt trong thực hiện dịch vụ công trực tuyến đạt 100%; 100% lãnh đạo, "
        "cán bộ, công chức xử lý hồ sơ công việc trên môi trường mạng."
    )
    facts = [(f.indicator_code, f.value) for f in context.extract_document(doc_of(text)).facts]
    assert ("work_records_online_pct", 100) in facts
    assert all(code != "schools_cashless_fee_collection_pct" for code, _ in facts)


def test_a_target_nothing_else_dates_takes_the_horizon_of_the_targets_set_before_it(context):
    doc = ReportDocument(
        document_id="test",
        source_file="test.txt",
        text=normalize_text(
            "Để cụ thể hóa Nghị quyết, Thành phố đặt nền móng để đạt các chỉ tiêu đến năm 2030 đạt các tiêu chí: "
            "tỷ lệ hồ sơ trực tuyến đạt 100%.\nBên cạnh đó, mục tiêu 100% cán bộ, công chức xử lý hồ sơ công việc "
            "trên môi trường mạng. Góp phần tăng quy mô kinh tế số chiếm tối thiểu 35% GRDP."
        ),
        province_code="01",
        document_date=date(2025, 3, 7),
    )
    facts = [
        (f.indicator_code, f.value, f.is_target, f.period_start, f.period_basis)
        for f in context.extract_document(doc).facts
    ]
    assert facts == [
        ("online_dossier_rate_pct", 100, True, Y30[0], "sentence"),
        ("work_records_online_pct", 100, True, Y30[0], "horizon"),
        ("digital_economy_grdp_pct", 35, True, Y30[0], "horizon"),
    ]
    # a horizon already past when the page was written dates nothing
    past = ReportDocument(**{**doc.__dict__, "text": doc.text.replace("2030", "2022")})
    assert all(f.period_basis != "horizon" for f in context.extract_document(past).facts)
    # ... or the year the targets named before it are for
    named = ReportDocument(
        document_id="test",
        source_file="test.txt",
        text=normalize_text(
            "Các chỉ tiêu cụ thể của tỉnh về kinh tế số năm 2025 là: tỷ trọng thương mại điện tử trong tổng mức bán lẻ "
            "đạt trên 10%. Toàn tỉnh phấn đấu tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 100%."
        ),
        province_code="22",
    )
    assert [(f.value, f.is_target, f.period_start, f.period_basis) for f in context.extract_document(named).facts] == [
        (10, True, Y25[0], "sentence"),
        (100, True, Y25[0], "horizon"),
    ]


def test_a_sentence_a_connective_opens_continues_the_targets_before_it(context):
    # no date on the page: "vào năm 2030" alone is no horizon, but the sentence continues the targets before it
    text = (
        "Lạng Sơn phấn đấu phát triển kinh tế số chiếm 25% - 30% GRDP của tỉnh. Đặc biệt, vào năm 2030, tỷ lệ hộ gia "
        "đình có cửa hàng số trên nền tảng thương mại điện tử là hơn 80%."
    )
    doc = ReportDocument(document_id="test", source_file="test.txt", text=normalize_text(text), province_code="20")
    extraction = context.extract_document(doc)
    found = [(f.indicator_code, f.value, f.is_target) for f in extraction.facts + extraction.undated]
    assert ("households_ecommerce_store_pct", 80, True) in found
    # ... not results the sentence says were achieved
    done = text.replace("vào năm 2030, tỷ lệ", "năm 2023 tỷ lệ").replace("là hơn 80%", "đã đạt 80%")
    doc = ReportDocument(document_id="test", source_file="test.txt", text=normalize_text(done), province_code="20")
    extraction = context.extract_document(doc)
    assert ("households_ecommerce_store_pct", 80, False) in [
        (f.indicator_code, f.value, f.is_target) for f in extraction.facts + extraction.undated
    ]


def test_a_connective_continues_targets_across_the_sentences_that_go_on_listing_them(context):
    # the sentence right before lists a target of its own with no word of an aim; the connective opens a paragraph
    text = (
        "Tỉnh phấn đấu phát triển kinh tế số chiếm 25% - 30% GRDP của tỉnh. Năng suất lao động hằng năm tăng tối "
        "thiểu 8%.\n\nĐặc biệt, tỷ lệ hộ gia đình có cửa hàng số trên nền tảng thương mại điện tử trên 80%."
    )

    def flags(text):
        return {(f.indicator_code, f.value): f.is_target for f in page_figures(context, text, "20")}

    assert flags(text)[("households_ecommerce_store_pct", 80)]
    # a sentence between that reports where things stood ends the list
    stood = text.replace("Năng suất lao động hằng năm", "Năm 2023, năng suất lao động")
    assert not flags(stood)[("households_ecommerce_store_pct", 80)]
    # as does a sentence between with no figure (what was said of the targets is over)
    over = text.replace("Năng suất lao động hằng năm tăng tối thiểu 8%.", "Đây là nhiệm vụ trọng tâm của tỉnh.")
    assert not flags(over)[("households_ecommerce_store_pct", 80)]


def test_an_aim_in_words_of_what_was_done_makes_no_target_of_the_figure_after_it(context):
    # "hướng tới xây dựng chính quyền số" aims at something in words; "với tỷ lệ ... đạt" is where things stand
    text = (
        "Các cơ quan, đơn vị đã tích cực ứng dụng công nghệ thông tin, phát triển chính quyền điện tử hướng tới xây "
        "dựng chính quyền số, với tỷ lệ văn bản điện tử được ký số đạt trên 90%; tỷ lệ hồ sơ trực tuyến đạt 35%."
    )

    def flags(text):
        return sorted((f.value, f.is_target) for f in page_figures(context, text, "11"))

    assert flags(text) == [(35, False), (90, False)]
    # an aim at the figure itself stays one
    aimed = text.replace("đã tích cực ứng dụng", "sẽ ứng dụng").replace(
        "hướng tới xây dựng chính quyền số, với tỷ lệ", "hướng tới tỷ lệ"
    )
    assert flags(aimed) == [(35, True), (90, True)]


def test_english_telecom_service_providers_are_telecom_enterprises(context):
    text = "In 2024, the province has 6 telephone service providers and 4 Internet service providers."
    doc = ReportDocument(document_id="test", source_file="test.txt", text=normalize_text(text), province_code="26")
    found = sorted((f.indicator_code, f.value) for f in context.extract_document(doc).facts)
    assert found == [("telecom_enterprises_count", 4), ("telecom_enterprises_count", 6)]


@pytest.mark.parametrize("government", ["Chính quyền số", "Chính phủ số"])
def test_the_pillars_named_as_the_subject_of_one_figure_each_state_it(context, government):
    text = f"Phấn đấu năm 2025 các chỉ số về {government}, Kinh tế số, Xã hội số của tỉnh đạt từ 0,7 - 0,8 điểm."
    doc = ReportDocument(
        document_id="test",
        source_file="test.txt",
        text=normalize_text(text),
        province_code="62",
        document_date=date(2024, 2, 1),
    )
    found = sorted((f.indicator_code, f.value, f.is_target) for f in context.extract_document(doc).facts)
    assert found == [
        (code, value, True) for code in ("dti_econ_score", "dti_gov_score", "dti_society_score") for value in (0.7, 0.8)
    ]
    # the three named together as what a figure shows, not as its subject, name none of them
    shown = "Tỉnh xếp thứ 8, thể hiện sự bứt phá ở các trụ cột chính quyền số, kinh tế số và xã hội số."
    doc = ReportDocument(document_id="test", source_file="test.txt", text=normalize_text(shown), province_code="62")
    assert all(
        not f.indicator_code.endswith(("gov_rank", "econ_rank", "society_rank"))
        for f in context.extract_document(doc).undated
    )


def test_tt_and_tt_names_the_ict_sector_but_not_in_the_departments_name(context):
    def linked(text):
        doc = ReportDocument(document_id="test", source_file="test.txt", text=normalize_text(text), province_code="48")
        return [(f.indicator_code, f.value) for f in context.extract_document(doc).facts]

    assert linked("Năm 2023, tổng doanh thu ngành TT&TT của thành phố ước đạt 17.598 tỉ đồng.") == [
        ("ict_sector_revenue_vnd", 17_598e9)
    ]
    assert linked("Theo Sở TT&TT, năm 2023 doanh thu dịch vụ viễn thông đạt 1.200 tỷ đồng.") == [
        ("telecom_revenue_vnd", 1_200e9)
    ]


def test_english_telecom_and_postal_revenue(context):
    text = (
        "In 2024, the total revenue of telecommunications enterprises is estimated at VND 850 billion. "
        "In 2024, postal revenue reached VND 120 billion."
    )
    found = sorted((f.indicator_code, f.value) for f in page_figures(context, text, "26"))
    assert found == [("postal_revenue_vnd", 120e9), ("telecom_revenue_vnd", 850e9)]


def test_abbreviations_take_the_english_plural(context):
    text = "The city has issued 3.35 million CCCDs and activated more than 2.38 million level 2 electronic identification accounts."
    doc = ReportDocument(document_id="test", source_file="test.txt", text=normalize_text(text), province_code="92")
    found = {(f.indicator_code, f.value) for f in context.extract_document(doc).undated}
    assert found == {("cccd_cards_issued", 3_350_000), ("eid_accounts", 2_380_000)}
    # "citizen identification cards" is the English name too
    text = "In 2022, the province issued more than 1.5 million citizen identification cards."
    doc = ReportDocument(document_id="test", source_file="test.txt", text=normalize_text(text), province_code="91")
    assert [(f.indicator_code, f.value) for f in context.extract_document(doc).facts] == [
        ("cccd_cards_issued", 1_500_000)
    ]


def test_a_score_said_of_a_name_after_a_rank_is_not_the_ranked_index_score(context):
    # "là Đồng Nai với 48,7 điểm": the score is the named province's, on the scale of whatever the text ranks; read as
    # the DTI's score it would be 48,7 of 1.000 points (0.0487)
    facts = context.extract_document(doc_of("Xếp thứ hai về chuyển đổi số là Đồng Nai với 48,7 điểm.")).facts
    assert [f.value for f in facts if f.indicator_code == "dti_score"] == []


def test_an_english_share_of_what_its_own_words_name_borrows_no_other_sentences_indicator(context):
    # "100% of periodic reports ...", "100% of departments ...": shares of what their own words name; the eligible
    # procedures of the sentence before are not theirs (before: both were read as that indicator and dropped as
    # repeats of its figure); the periodic reports shared on the reporting system are the catalog's
    # periodic_reports_on_report_system_pct ("chế độ báo cáo ... hệ thống thông tin báo cáo"), by its own words
    text = (
        "The province strives for 100% of eligible administrative procedures to be provided online. The rate of "
        "digitization of records of administrative procedures is 100%; 100% of periodic reports are shared on the "
        "reporting system; 100% of departments arrange focal points for digital transformation."
    )
    extraction = context.extract_document(doc_of(text))
    codes = {f.value_start: f.indicator_code for f in extraction.facts + extraction.uncatalogued}
    assert codes[text.index("100% of periodic")] == "periodic_reports_on_report_system_pct"
    assert codes[text.index("100% of departments")] is None
    assert codes[text.index("100% of eligible")] == "eligible_procedures_online_pct"


def test_the_headlines_of_other_articles_on_a_page_give_no_facts(context):
    # a news page as a browser saves it: the article, then blocks of other articles' headlines, each with figures of
    # another province or time (a readers' poll before them), then the footer
    page = (
        "Trang chủ\nThời sự\nChuyển đổi số\n"
        "Thái Bình: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,3%\n"
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 61,3%. Xem thêm: Hà Nam đạt 75% hồ sơ trực tuyến\n"
        "Toàn tỉnh có 2.104 trạm BTS.\n"
        "Bình chọn: Bạn đánh giá thế nào về dịch vụ công trực tuyến? Tốt (45%) Khá (30%) Trung bình (25%)\n"
        "Tin liên quan\n"
        "Nam Định: 100% xã có cáp quang\n"
        "Ninh Bình có 1.200 tổ công nghệ số cộng đồng\n"
        "Xem nhiều nhất\n"
        "Giá vàng hôm nay tăng 2%\n"
        "Bản quyền © 2023 Báo Thái Bình. Giấy phép số 123/GP-BTTTT. Điện thoại: 0227 3831 234\n"
    )
    extraction = context.extract_document(doc_of(page))
    assert sorted((f.indicator_code or "", f.value) for f in extraction.facts + extraction.uncatalogued) == [
        ("bts_stations_count", 2104),
        ("full_online_dossier_rate_pct", 61.3),
    ]
    # kept as set aside, with the reason
    chrome = [a for a in extraction.set_aside if "another article" in a.reason]
    text = normalize_text(page)
    for headline, number in (
        ("Hà Nam đạt 75%", "75"),
        ("100% xã", "100"),
        ("Ninh Bình có 1.200", "1.200"),
        ("tăng 2%", "2"),
    ):
        assert text.index(number, text.index(headline)) in {a.start for a in chrome}, headline
    poll = {a.text for a in extraction.set_aside if "poll" in a.reason}
    assert poll >= {"45", "30", "25"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a heading of other articles over the article's own sentences (they end with a full stop; headlines do not)
        (
            "Tin liên quan\nTrong năm 2023, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình của tỉnh đạt 56,3%. Tỉnh đã "
            "cung cấp 1.250 dịch vụ công trực tuyến.\n",
            [56.3, 1250],
        ),
        # "Xem thêm:" sets aside its own sentence, not the rest of the paragraph
        (
            "Đến nay, tỉnh đã cung cấp 1.250 dịch vụ công trực tuyến. Xem thêm: Quyết định số 1234/QĐ-UBND của UBND tỉnh. "
            "Năm 2023, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 56,3%.",
            [56.3, 1250],
        ),
        # a survey's result is no readers' poll
        ("Khảo sát ý kiến: 85% người dân hài lòng khi sử dụng dịch vụ công trực tuyến của tỉnh năm 2023.", [85]),
    ],
)
def test_article_text_near_page_chrome_is_read(context, text, values):
    extraction = context.extract_document(doc_of(text))
    assert sorted(f.value for f in extraction.facts + extraction.uncatalogued) == values


def places_of(context, text, province="34"):
    return [
        (f.indicator_code, f.value, f.province_code)
        for f in context.extract_document(doc_of(text, province=province)).facts
    ]


def test_a_national_figure_belongs_to_the_nation(context):
    assert places_of(context, "Tỷ lệ hồ sơ xử lý trực tuyến của cả nước đạt 40%.") == [
        ("online_dossier_rate_pct", 40, "VN")
    ]
    # ...but "one of 14 localities" is not a figure of anyone's.
    assert facts_of(context, "Tỉnh là một trong 14 địa phương trên cả nước hoàn thành kết nối.") == []


def test_another_provinces_figure_is_given_to_that_province(context):
    text = "Tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Nam Định đạt 70%."
    assert places_of(context, text, province="34") == [("online_dossier_rate_pct", 70, "36")]


def test_a_provinces_capital_named_as_a_city_is_a_unit_below_the_province(context):
    # "Thành phố Hà Tĩnh" is the capital of Hà Tĩnh province (a province, not a city): its figure is no province's;
    # "Thành phố Hải Phòng" and, since 2025, "Thành phố Huế" are centrally-run cities, provinces themselves
    capital = "Thành phố Hà Tĩnh dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt 85%."
    assert places_of(context, capital, province="42") == []
    assert places_of(context, "Thành phố Hải Phòng đạt tỷ lệ hồ sơ trực tuyến 80%.", province="42") == [
        ("online_dossier_rate_pct", 80, "31")
    ]
    assert places_of(context, "Thành phố Huế đạt tỷ lệ hồ sơ trực tuyến 80%.", province="42") == [
        ("online_dossier_rate_pct", 80, "46")
    ]


def test_a_region_opening_the_clause_owns_its_figure_not_the_province(context):
    # a region of provinces as the subject: no one province's figure (it is listed as unclaimed, with the reason)
    for text in (
        "Khu vực Bắc Trung Bộ có tỷ lệ hồ sơ trực tuyến bình quân 55%.",
        "Vùng Đồng bằng sông Cửu Long đạt điểm DTI bình quân 0,52.",
    ):
        extraction = context.extract_document(doc_of(text, province="42"))
        assert extraction.facts == []
        assert [u.reason for u in extraction.unclaimed] == ["about a region of provinces, not a province"]
    # the province ranked within its region is the province's
    assert places_of(context, "Trong khu vực Bắc Trung Bộ, tỉnh xếp thứ 2 về DTI.", province="42") == [
        ("dti_regional_rank", 2, "42")
    ]


def test_quotes_are_substrings_at_their_offsets_even_for_nfd_input(context):
    import unicodedata

    text = unicodedata.normalize(
        "NFD", "Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 66,79%; đã cấp 803.868 tài khoản định danh điện tử."
    )
    doc = doc_of(text)
    facts = context.extract_document(doc).facts
    assert [f.value for f in facts] == [66.79, 803868]
    assert all(doc.text[f.char_start : f.char_end] == f.quote for f in facts)


def test_a_report_with_no_numbers_gives_no_facts_and_one_in_english_its_figure(context):
    assert facts_of(context, "Hội nghị đánh giá cao kết quả chuyển đổi số của tỉnh trong thời gian qua.") == []
    # English pages are read too (the concept words hold English terms): "online dossiers" is the online dossier rate
    english = facts_of(context, "The province's online dossier rate reached 66.79% in the first half of 2023.")
    assert [(code, value, start, end) for code, value, _, start, end, *_ in english] == [
        ("online_dossier_rate_pct", 66.79, date(2023, 1, 1), date(2023, 6, 30))
    ]


def test_an_incomplete_lexicon_is_a_clear_error():
    from assets.reports.language import compile_language

    with pytest.raises(ValueError, match="missing keys.*rank_words"):
        compile_language({k: [] for k in ("version", "scale_words", "ordinal_words", "cardinal_words", "units")})


def test_a_report_after_the_2025_merger_speaks_of_the_34_units(context, tmp_path):
    from assets.reports.documents import ReportError

    report = tmp_path / "hung_yen_2025.txt"
    report.write_text("Năm 2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 75%.", encoding="utf-8")
    doc, extraction = context.extract_file(report, province="Hưng Yên", document_date=date(2025, 9, 1))
    assert doc.province_code == "N33" and [(f.value, f.grouping) for f in extraction.facts] == [(75.0, 34)]
    with pytest.raises(ReportError, match="not one of the 34 units"):
        context.extract_file(report, province="Thái Bình", document_date=date(2025, 9, 1))


@pytest.mark.parametrize("line_end", [b"\r\n", b"\r"], ids=["windows", "old-mac"])
def test_a_report_saved_with_other_line_endings_reads_as_the_same_report(context, tmp_path, line_end):
    """Notepad saves CRLF; some exports end lines with a bare CR. A carriage return left in the text
    breaks what reads lines (headings, lists, paragraphs), so a report must give the same text and
    the same facts, at the same offsets, whatever its line endings."""
    for report in sorted((RAW / "reports").glob("*.txt")):
        converted = tmp_path / report.name
        converted.write_bytes(report.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", line_end))
        sidecar = report.with_name(report.name + ".source.yml")
        if sidecar.exists():
            (tmp_path / sidecar.name).write_bytes(sidecar.read_bytes())
        doc, extraction = context.extract_file(report)
        doc_converted, extraction_converted = context.extract_file(converted, source_file=report.name)
        assert "\r" not in doc_converted.text
        assert doc_converted.text == doc.text
        assert extraction_converted.facts == extraction.facts


def test_a_figure_of_provinces_named_together_is_each_ones(context):
    """Several provinces as one subject of one figure: each holds it (Hải Phòng 31, Quảng Ninh 22, Bình Dương 74)."""
    together = "Về chỉ số DTI năm 2023, Hải Phòng, Quảng Ninh và Bình Dương đạt giá trị trên 0,6."
    assert sorted(places_of(context, together)) == [
        ("dti_score", 0.6, "22"),
        ("dti_score", 0.6, "31"),
        ("dti_score", 0.6, "74"),
    ]
    both = "Năm 2023, tỷ lệ hồ sơ trực tuyến của Hải Phòng và Quảng Ninh đều đạt 80%."
    assert sorted(places_of(context, both)) == [
        ("online_dossier_rate_pct", 80, "22"),
        ("online_dossier_rate_pct", 80, "31"),
    ]
    # "lần lượt": one value each, in order; a figure in brackets after each name: its own
    respectively = "Năm 2023, tỷ lệ hồ sơ trực tuyến của Hải Phòng, Quảng Ninh lần lượt đạt 80% và 70%."
    assert places_of(context, respectively) == [
        ("online_dossier_rate_pct", 80, "31"),
        ("online_dossier_rate_pct", 70, "22"),
    ]
    # a place among the provinces is one province's: two names before a rank share no rank
    assert len(places_of(context, "Năm 2023, Hải Phòng và Quảng Ninh xếp thứ 5 về chỉ số DTI.")) == 1
    english = "In 2023, Hai Phong, Quang Ninh and Binh Duong achieved DTI scores above 0.6."
    assert sorted(code for _, _, code in places_of(context, english)) == ["22", "31", "74"]


@pytest.mark.parametrize(
    "text",
    [
        # names compared against, or between which a gap is measured
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh cao hơn Hà Nội, Đà Nẵng và Bình Dương với 80%.",
        "Năm 2023, khoảng cách chỉ số DTI giữa Hải Phòng và Quảng Ninh chỉ là 0,05 điểm.",
        # places visited, in another clause
        "Năm 2023, đoàn công tác đã học tập kinh nghiệm tại Hà Nội, Đà Nẵng, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 80%.",
        # two values for two names
        "Năm 2023, Hà Nội, Đà Nẵng đạt tỷ lệ hồ sơ trực tuyến 80% và 70%.",
        # a total of several provinces
        "Năm 2023, Hà Nam và Nam Định có tổng cộng 1.200 doanh nghiệp công nghệ số.",
    ],
)
def test_names_that_are_not_one_subject_share_no_figure(context, text):
    """Each of these figures is held by one place at most, as before names together were read (whichever that is)."""
    found = places_of(context, text)
    values = [value for _, value, _ in found]
    assert len(values) == len(set(values)), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Hà Nội đạt 0,6123 điểm DTI năm 2023, xếp thứ 3/63 tỉnh, thành phố.",
        "Chỉ số DTI năm 2023 của tỉnh đạt 0,5123 điểm, xếp thứ 25/63, tăng 8 bậc so với năm 2022.",
        "Năm 2023, tỉnh có 1.234 tổ công nghệ số cộng đồng và 512.345 tài khoản định danh điện tử.",
    ],
)
def test_a_headline_in_capitals_reads_as_the_sentence(context, sentence):
    """Pages write headlines in capitals ("HÀ NỘI ĐẠT 0,6123 ĐIỂM DTI"): the province's name, the scale word and
    the joining words read the same in any case."""
    assert places_of(context, sentence.upper()) == places_of(context, sentence)
    assert places_of(context, sentence)
