"""A plan told topic by topic: "Theo đó, giai đoạn 2026-2030, về chính quyền số, 100% ...; 90% ... . Về xã hội số,
70% ...; 60% ...". The span that opens the first sentence of targets (after a connective) frames the targets of the
sentences after it in its paragraph, instead of a horizon named in the plan's name before it; and every item of a topic
sentence, after a semicolon, continues the targets as its first item does (report_concepts/33). A span that opens a
sentence without figures (a phase the plan passes through) frames nothing. Sentences are written for these tests
(none is taken from the labelled corpus, the held-out sets or the shipped reports)."""

from datetime import date

from tests.test_report_context import extract

D = date(2025, 4, 2)
PLAN = (
    "UBND tỉnh vừa ban hành Kế hoạch thực hiện Đề án “Chuyển đổi số ngành nông nghiệp đến năm 2030” trên địa bàn.\n"
    "Theo đó, giai đoạn 2026-2030, về chính quyền số, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường "
    "mạng.\n"
)


def readings(context, text):
    extraction = extract(context, text, document_date=D)
    figures = extraction.facts + extraction.undated + extraction.uncatalogued
    return sorted(
        (
            f.value,
            f.is_target,
            f.period_start.year if f.period_start else None,
            f.period_end.year if f.period_end else None,
        )
        for f in figures
    )


def test_every_item_of_a_topic_continues_the_targets_of_the_span(context):
    text = PLAN + (
        "Về phát triển xã hội số, 70% hộ gia đình có kết nối internet cáp quang; 60% người dân có tài khoản thanh "
        "toán điện tử."
    )
    assert readings(context, text) == [
        (60.0, True, 2026, 2030),
        (70.0, True, 2026, 2030),
        (100.0, True, 2026, 2030),
    ]


def test_a_phase_without_figures_frames_nothing(context):
    # the plan's funds belong to the plan, not to the phase the sentence before names
    text = (
        "Đề án chuyển đổi số của tỉnh đến năm 2025 được triển khai theo hai giai đoạn.\n"
        "Giai đoạn 2023-2024, tỉnh sẽ xây dựng nền tảng dữ liệu dùng chung. Tổng kinh phí thực hiện đề án là 320 tỷ "
        "đồng."
    )
    extraction = extract(context, text, document_date=date(2022, 9, 1))
    [funds] = extraction.facts
    assert (funds.value, funds.is_target) == (320e9, True)
    assert (funds.period_start.year, funds.period_end.year) != (2023, 2024)


def test_a_result_after_the_span_is_no_target(context):
    # a figure reported as done ends the plan's run
    text = PLAN + "Về xã hội số, năm 2024 tỉnh đã có 65% hộ gia đình kết nối internet cáp quang."
    assert (65.0, False, 2024, 2024) in readings(context, text)
