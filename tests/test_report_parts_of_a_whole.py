"""A part told right after the whole it is taken from, in English without a noun of its own ("Out of 485,067
dossiers, 154,766 ... have been submitted online") counts what the whole counts; the whole takes none of the part's
words. Sentences are written for these tests
(none is taken from the labelled corpus, the held-out sets or the shipped reports); expected values are read off
each sentence. The page's province is Thái Bình."""

from datetime import date

import pytest

from tests.test_report_context import THAI_BINH, extract, figures

D = date(2024, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, out of 412,300 dossiers, 251,900 (61.1%) were submitted online.",
        "In 2023, out of a total of 412,300 dossiers, nearly 251,900 were submitted online.",
        "In 2023, of a total of 412,300 dossiers, 251,900 were submitted online through the public service portal.",
    ],
)
def test_the_part_after_the_whole_it_is_taken_from_counts_the_wholes_noun(context, text):
    found = figures(extract(context, text, document_date=D))
    assert ("online_dossiers_count", 251900.0, THAI_BINH, False) in found
    # the whole is no count of online dossiers: the words after the part are the part's
    assert ("online_dossiers_count", 412300.0, THAI_BINH, False) not in found
    assert 412300.0 in [value for _, value, _, _ in found]


def test_the_whole_of_a_part_in_other_words_keeps_none_of_its_words(context):
    text = "Out of 1,640 administrative procedures, 1,215 are now provided as full-process online public services."
    found = figures(extract(context, text, document_date=D))
    assert ("full_online_services_count", 1215.0, THAI_BINH, False) in found
    assert ("full_online_services_count", 1640.0, THAI_BINH, False) not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part after "of which" is a measure of its own words, and its whole keeps its own
        (
            "In 2023, the province issued 120,000 electronic identification accounts, of which 80,000 were activated.",
            ("eid_accounts", 120000.0, THAI_BINH, False),
        ),
        # "out of" the nation's provinces is a rank's scope, no whole of a count
        (
            "In 2023, out of the 63 provinces and cities, the province ranked 12th in the DTI.",
            ("dti_rank", 12.0, THAI_BINH, False),
        ),
    ],
)
def test_guards_of_the_whole_and_its_part(context, text, expected):
    found = figures(extract(context, text, document_date=D))
    assert expected in found


def test_the_whole_after_out_of_continuing_its_clause_is_still_a_base(context):
    # "out of" after a count in its own clause names the whole of that count, a base and no figure
    text = "In 2023, the province provided 1,480 online public services out of the 1,905 administrative procedures."
    values = [value for _, value, _, _ in figures(extract(context, text, document_date=D))]
    assert 1480.0 in values
    assert 1905.0 not in values
