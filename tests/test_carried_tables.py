"""When a build may carry the tables made of the reports alone from the published file instead of writing them
(assets.warehouse.incremental.report_tables_unchanged): the same code, the same report partitions staged by the
runs the published file records, and no report's documents materialized after the facts staged from them."""

from assets.warehouse.incremental import report_tables_unchanged

PUBLISHED = [
    {"source": "staged_report_facts", "partition_key": "a", "run_id": "r1", "code_digest": "c"},
    {"source": "staged_report_facts", "partition_key": "b", "run_id": "r2", "code_digest": "c"},
    {"source": "staged_submissions", "partition_key": "x.csv", "run_id": "r3", "code_digest": "c"},
]
CURRENT = {"a": "r1", "b": "r2"}


class Instance:
    """The latest materialization's storage id per partition, by asset (what Dagster's event log answers)."""

    def __init__(self, facts: dict[str, int], documents: dict[str, int]):
        self.latest = {"staged_report_facts": facts, "report_documents": documents}

    def get_latest_storage_id_by_partition(self, asset_key, event_type, partitions):
        return {k: v for k, v in self.latest[asset_key.to_user_string()].items() if k in partitions}


STAGED_TOGETHER = Instance(facts={"a": 11, "b": 21}, documents={"a": 10, "b": 20})


def test_unchanged_reports_are_carried():
    assert report_tables_unchanged(STAGED_TOGETHER, CURRENT, PUBLISHED, None, "c") is None


def test_no_reports_at_all_are_carried():
    published = [p for p in PUBLISHED if p["source"] != "staged_report_facts"]
    assert report_tables_unchanged(Instance({}, {}), {}, published, None, "c") is None


def test_not_carried_without_a_record_or_with_other_code():
    assert report_tables_unchanged(STAGED_TOGETHER, CURRENT, [], "no published warehouse", "c") == (
        "no published warehouse"
    )
    assert "code changed" in report_tables_unchanged(STAGED_TOGETHER, CURRENT, PUBLISHED, None, "other")


def test_not_carried_when_a_report_partition_was_restaged_added_or_removed():
    for current in ({"a": "r1", "b": "r9"}, {**CURRENT, "c": "r9"}, {"a": "r1"}, {"a": "r1", "b": None}):
        assert "report partition" in report_tables_unchanged(STAGED_TOGETHER, current, PUBLISHED, None, "c")


def test_not_carried_when_documents_were_materialized_after_their_facts():
    later = Instance(facts={"a": 11, "b": 21}, documents={"a": 10, "b": 30})
    assert "report_documents materialized after" in report_tables_unchanged(later, CURRENT, PUBLISHED, None, "c")
    unknown = Instance(facts={"a": 11}, documents={"a": 10, "b": 20})  # the facts' run not in this event log
    assert report_tables_unchanged(unknown, CURRENT, PUBLISHED, None, "c") is not None
