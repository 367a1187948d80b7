"""One bad file never blocks the rest, the warehouse is built from empty, and facts have their own ids:
a full refresh of the shipped data plus two reports whose sidecars cannot be read (an impossible date,
broken YAML). Before: the refresh failed and nothing was published."""

import duckdb
import pytest

from tests.conftest import RAW, materialize

BROKEN = {
    "reports/bad_date.txt": "UBND tỉnh Nghệ An. Năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt 70,5%.\n",
    "reports/bad_date.txt.source.yml": "province: Nghệ An\ndocument_date: 2023-02-30\n",
    "reports/bad_yaml.txt": "UBND tỉnh Hà Tĩnh. Năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt 60,5%.\n",
    "reports/bad_yaml.txt.source.yml": "province: [Hà Tĩnh\ndocument_date: 2024-01-10\n",
    "reports/bad_quoted_date.txt": "UBND tỉnh Nghệ An. Năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt 70,5%.\n",
    "reports/bad_quoted_date.txt.source.yml": "province: Nghệ An\ndocument_date: '2023-13-01'\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    import shutil

    root = tmp_path_factory.mktemp("one_bad_file")
    shutil.copytree(RAW, root / "raw")
    for relative, content in BROKEN.items():
        (root / "raw" / relative).write_text(content, encoding="utf-8")
    warehouse = root / "wh" / "dx.duckdb"
    warehouse.parent.mkdir()
    with duckdb.connect(str(warehouse)) as con:  # a warehouse published by an older version of the code
        con.execute("create table mart_renamed_long_ago as select 1 as x")
    assert materialize(root / "raw", warehouse).success
    return root, warehouse


def test_a_report_with_an_unreadable_sidecar_is_quarantined_alone(built):
    _, warehouse = built
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rejected = dict(
            con.execute("select source_file, message from quarantine where rule = 'unusable_report'").fetchall()
        )
        assert "day is out of range" in rejected["reports/bad_date.txt"]
        assert "bad_date.txt.source.yml" in rejected["reports/bad_date.txt"]
        assert "cannot be read" in rejected["reports/bad_yaml.txt"]
        assert "'2023-13-01'" in rejected["reports/bad_quoted_date.txt"]
        assert con.execute("select count(*) from dim_document").fetchone()[0] == 5  # the shipped reports
        assert con.execute("select count(distinct document_id) from fact_indicator_value").fetchone()[0] == 5
        assert con.execute("select count(*) from load_audit where not balanced").fetchone()[0] == 0


def test_fact_ids_are_unique_and_the_rule_blocks(built, con):
    _, warehouse = built
    with duckdb.connect(str(warehouse), read_only=True) as built_con:
        assert (
            built_con.execute("select count(*) - count(distinct fact_id) from fact_indicator_value").fetchone()[0] == 0
        )
    # Two facts read from one line of a report (the same sentence) keep distinct ids.
    shared = con.execute("""select count(*) from (select source_file, source_line from fact_indicator_value
                            where document_id is not null group by all having count(*) > 1)""").fetchone()[0]
    assert shared > 0
    from checks.rules import RULES

    rule = next(r for r in RULES if r.name == "fact_id_unique")
    assert rule.severity == "ERROR"
    with duckdb.connect() as scratch:
        scratch.execute(
            "create table fact_indicator_value as select * from (values ('a', 'f', 1), ('a', 'f', 2), "
            "('b', 'f', 3)) as t(fact_id, source_file, source_line)"
        )
        assert scratch.execute(f"select count(*) from ({rule.sql})").fetchone()[0] == 1


def test_the_build_starts_from_an_empty_file(built):
    """A table left in the published warehouse by an older version (renamed or removed since) is
    gone after the next build. Before: the build started from a copy of the published file."""
    _, warehouse = built
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = {t for (t,) in con.execute("select table_name from duckdb_tables()").fetchall()}
    assert "mart_renamed_long_ago" not in tables and "fact_indicator_value" in tables
