"""The Dagster instance `dxw` and `make dev` use (the project's dagster.yaml, copied into DAGSTER_HOME)."""

import shutil

import dagster as dg

from tests.conftest import PROJECT


def test_the_event_log_keeps_dagster_events_and_info_but_not_debug_messages(tmp_path):
    """Every message of a run is a write and commit to the instance's SQLite files: plain debug messages (an
    I/O manager's one per partition loaded) are not stored, Dagster's events and INFO messages are."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(PROJECT / "dagster.yaml", home / "dagster.yaml")

    @dg.asset
    def talking(context: dg.AssetExecutionContext) -> None:
        context.log.debug("a debug message")
        context.log.info("an info message")

    with dg.DagsterInstance.from_config(str(home)) as instance:
        result = dg.materialize([talking], instance=instance)
        records = instance.all_logs(result.run_id)
    messages = {r.user_message for r in records if r.dagster_event is None}
    assert "an info message" in messages and "a debug message" not in messages
    events = {r.dagster_event.event_type_value for r in records if r.dagster_event is not None}
    assert {"STEP_START", "ASSET_MATERIALIZATION", "STEP_SUCCESS"} <= events
