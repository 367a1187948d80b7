"""The catalog grows by the accounts people hold on the National Public Service Portal (national_portal_accounts_count,
report_concepts/33), which are no bank accounts; community technology teams are also written "tổ CĐS cộng đồng"; fees
paid through the public service portal are paid online; stations of a LoRa or IoT network are no 5G sites.
Sentences are written for these tests (none is taken from the labelled corpus, the held-out sets or the shipped
reports); expected values are read off each sentence."""

from datetime import date

import pytest

from tests.test_report_context import extract

D = date(2024, 9, 12)


def claimed(context, text):
    extraction = extract(context, text, document_date=D)
    return [(f.indicator_code, f.value) for f in extraction.facts]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Đến nay, toàn tỉnh có hơn 320.000 công dân được tạo tài khoản trên Cổng Dịch vụ công quốc gia.", 320000.0),
        ("Toàn tỉnh đã có 1.560.000 tài khoản đăng ký trên Cổng Dịch vụ công quốc gia.", 1560000.0),
        ("The province now has 410,000 accounts registered on the National Public Service Portal.", 410000.0),
    ],
)
def test_accounts_on_the_national_portal(context, text, value):
    assert ("national_portal_accounts_count", value) in claimed(context, text)


def test_a_share_of_portal_accounts_is_no_share_of_bank_accounts(context):
    text = (
        "Ngân hàng phối hợp hướng dẫn người dân. Gần 90.000 công dân được tạo tài khoản trên Cổng Dịch vụ công quốc "
        "gia, đạt gần 45%."
    )
    assert "population_15plus_payment_account_pct" not in [code for code, _ in claimed(context, text)]
    # a share of bank accounts stays one
    text = "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng đạt 85%."
    assert claimed(context, text) == [("population_15plus_payment_account_pct", 85.0)]


def test_community_teams_written_with_the_abbreviation(context):
    text = "Đến nay, 100% xã, thôn, bản của tỉnh đã thành lập tổ CĐS cộng đồng với 4.200 thành viên."
    found = claimed(context, text)
    assert ("localities_with_community_tech_team_pct", 100.0) in found
    assert ("community_tech_team_members_count", 4200.0) in found


def test_fees_paid_through_the_public_service_portal_are_online_payments(context):
    text = "Năm 2023, 100% hồ sơ có nghĩa vụ tài chính được thực hiện thanh toán qua Cổng Dịch vụ công quốc gia."
    assert claimed(context, text) == [("online_payment_dossier_rate_pct", 100.0)]


def test_stations_of_another_radio_network_are_no_5g_sites(context):
    text = (
        "Năm 2023, thành phố thí điểm 12 trạm phát sóng 5G. Thí điểm lắp đặt 06 trạm truyền dẫn vô tuyến sử dụng "
        "công nghệ LoRa phục vụ đô thị thông minh."
    )
    assert [(code, value) for code, value in claimed(context, text) if code] == [("pilot_5g_sites_count", 12.0)]
