"""The build file held open between a run's writing steps (storage.warehouse.Warehouse.hold_build_file).

Each step still gets a connection of its own (its temporary tables, its transaction, no database attached by an
earlier step), while the database stays open from one step to the next, for the steps that only read it too;
a step before another process reads it, and the run's end, release it."""

import subprocess
import sys

import duckdb
import pytest

from storage.warehouse import Warehouse


@pytest.fixture
def warehouse(tmp_path):
    warehouse = Warehouse(path=str(tmp_path / "dx.duckdb"))
    warehouse.build_path.parent.mkdir(parents=True)
    duckdb.connect(str(warehouse.build_path)).close()
    duckdb.connect(str(tmp_path / "other.duckdb")).close()
    yield warehouse
    warehouse.release_build_file(forget=True)


def _opens_elsewhere(path) -> bool:
    """Whether another process can open the file now (DuckDB locks a file a process holds open for writing)."""
    code = f"import duckdb; duckdb.connect({str(path)!r}, read_only=True).close()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_held_between_writing_steps_each_step_its_own_connection(warehouse, tmp_path):
    warehouse.hold_build_file()
    with warehouse.connect() as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
        con.execute("CREATE TEMP TABLE scratch AS SELECT 2 AS y")
        con.execute(f"ATTACH '{tmp_path / 'other.duckdb'}' AS other (READ_ONLY)")
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT INTO t VALUES (99)")  # left uncommitted: a step that failed
    assert not _opens_elsewhere(warehouse.build_path)  # still open between the steps
    with warehouse.connect() as con:
        assert con.execute("SELECT x FROM t").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'scratch'").fetchone()[0] == 0
        assert [
            r[0] for r in con.execute("SELECT database_name FROM duckdb_databases() WHERE NOT internal").fetchall()
        ] == ["dx"]
        con.execute(f"ATTACH '{tmp_path / 'other.duckdb'}' AS other (READ_ONLY)")  # as in a fresh connection
    with warehouse.connect(read_only=True) as con:  # a reading step (the rules): a cursor of the held database
        assert con.execute("SELECT x FROM t").fetchall() == [(1,)]
    assert not _opens_elsewhere(warehouse.build_path)  # not released: no checkpoint, no reopening
    warehouse.release_build_file()  # before another process reads it (the quality report's worker)
    assert _opens_elsewhere(warehouse.build_path)
    with warehouse.connect() as con:  # held again by the next writing step
        con.execute("INSERT INTO t VALUES (2)")
    assert not _opens_elsewhere(warehouse.build_path)
    warehouse.release_build_file(forget=True)  # the run's end
    assert _opens_elsewhere(warehouse.build_path)
    with duckdb.connect(str(warehouse.build_path), read_only=True) as con:
        assert con.execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (2,)]


def test_not_held_unless_asked(warehouse):
    with warehouse.connect() as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
    assert _opens_elsewhere(warehouse.build_path)
