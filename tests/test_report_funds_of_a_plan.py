"""The funds to carry out a plan, a project or a programme are its budget, planned (report_concepts/32): "Tổng kinh phí
thực hiện đề án là 596 tỷ đồng" under a title naming that project about digital transformation. Money spent or
disbursed stays spending; a sentence about other funds under such a title stays out. Sentences and titles are written
for these tests (none is taken from the labelled corpus, the held-out sets or the shipped reports); expected values
are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)
PLAN_TITLE = "Đề án phát triển chính quyền số tỉnh Thái Bình giai đoạn 2024-2028"


@pytest.mark.parametrize(
    "text, title",
    [
        ("Tỉnh sẽ xây dựng các nền tảng chính quyền số. Tổng kinh phí thực hiện đề án là 412 tỷ đồng.", PLAN_TITLE),
        (
            "Tổng kinh phí thực hiện kế hoạch chuyển đổi số năm 2024 là 38 tỷ đồng, từ ngân sách tỉnh.",
            "Kế hoạch chuyển đổi số tỉnh Thái Bình năm 2024",
        ),
    ],
)
def test_the_funds_to_carry_out_a_plan_are_its_planned_budget(context, text, title):
    found = figures(extract(context, text, title=title, document_date=D))
    assert [(code, aim) for code, _, _, aim in found] == [("dx_budget_planned_vnd", True)]


def test_the_funds_of_the_titles_plan_are_kept_though_the_sentence_names_no_digital_word(context):
    # the title names the project and what it is about; the value is kept as a target
    text = "Tổng kinh phí thực hiện đề án là 412 tỷ đồng, từ nguồn ngân sách tỉnh."
    found = figures(extract(context, text, title=PLAN_TITLE, document_date=D))
    assert [(value, province, aim) for _, value, province, aim in found] == [(412e9, THAI_BINH, True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # money spent on carrying out a plan is spending, a result
        (
            "Năm 2023, tỉnh đã thực hiện đề án chuyển đổi số với tổng kinh phí 27 tỷ đồng.",
            [("dx_spending_vnd", 27e9, THAI_BINH, False)],
        ),
        (
            "Năm 2023, tỉnh đã giải ngân 19 tỷ đồng kinh phí thực hiện kế hoạch chuyển đổi số.",
            [("dx_spending_vnd", 19e9, THAI_BINH, False)],
        ),
        # the economy's investment under a plan's title is no figure of the plan
        ("Năm 2023, tổng vốn đầu tư toàn xã hội đạt 45.000 tỷ đồng, vượt kế hoạch.", []),
    ],
)
def test_guards_of_the_funds_of_a_plan(context, text, expected):
    assert figures(extract(context, text, title=PLAN_TITLE, document_date=D)) == expected


@pytest.mark.parametrize(
    "text, title",
    [
        ("Kinh phí triển khai đề án là 412 tỷ đồng, từ nguồn ngân sách tỉnh.", PLAN_TITLE),
        ("Tổng nguồn vốn thực hiện đề án khoảng 412 tỷ đồng.", PLAN_TITLE),
        (
            "The total funds to implement the project are VND 412 billion.",
            "Thai Binh digital government development project for 2024-2028",
        ),
    ],
)
def test_other_wordings_of_a_plans_funds_are_planned(context, text, title):
    found = figures(extract(context, text, title=title, document_date=D))
    assert [(value, aim) for _, value, _, aim in found] == [(412e9, True)]


def test_money_spent_under_an_english_project_title_is_no_plan(context):
    text = "In 2023, the province disbursed VND 95 billion for the project."
    title = "Thai Binh digital government development project for 2024-2028"
    assert [aim for _, _, _, aim in figures(extract(context, text, title=title, document_date=D))] in ([], [False])
