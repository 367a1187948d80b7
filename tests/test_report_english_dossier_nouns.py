"""English news calls the dossiers of administrative procedures by other names (report_concepts/32): "received over
215,000 administrative procedure records". Bare files or documents received are no count of dossiers; documents
exchanged between agencies, published online or kept as health records stay what they are. Sentences are
written for these tests (none is taken from the labelled corpus, the held-out sets or the shipped reports); expected
values are read off each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 2023, the province received over 310,000 administrative procedure records, of which nearly 240,000 "
            "were submitted online.",
            ("dossiers_received_count", 310000.0),
        ),
        (
            "In 2023, the provincial centre received 96,418 administrative procedure documents.",
            ("dossiers_received_count", 96418.0),
        ),
    ],
)
def test_english_names_of_dossiers_received(context, text, expected):
    found = [(code, value) for code, value, _, _ in figures(extract(context, text, document_date=D))]
    assert expected in found


def test_bare_files_received_with_a_part_online_are_no_count_of_online_dossiers(context):
    # bare "files", "applications" or "documents" received may be anything's: kept, but no catalog count of dossiers
    text = "In 2023, the provincial centre received 96,418 files, including 61,230 online."
    found = figures(extract(context, text, document_date=D))
    assert [(code, value) for code, value, _, _ in found if code] == []
    assert 96418.0 in [value for _, value, _, _ in found]


@pytest.mark.parametrize(
    "text, code",
    [
        ("In 2023, state agencies exchanged 52,000 electronic documents.", "electronic_doc_exchanges_count"),
        ("In 2023, the province's hospitals digitised 120,000 health records.", "electronic_health_records_count"),
    ],
)
def test_other_documents_and_records_keep_their_own_measure(context, text, code):
    found = figures(extract(context, text, document_date=D))
    assert [(c, p) for c, _, p, _ in found] == [(code, THAI_BINH)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, 52,000 documents were exchanged online between state agencies.",
        "In 2023, the province published 1,200 documents online on its portal.",
    ],
)
def test_documents_exchanged_or_published_online_are_no_online_dossiers(context, text):
    codes = [code for code, _, _, _ in figures(extract(context, text, document_date=D))]
    assert "online_dossiers_count" not in codes and "dossiers_received_count" not in codes
