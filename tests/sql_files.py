"""Build a warehouse table from its SQL file, as the assets do, in a test's own DuckDB file."""

from pathlib import Path

from assets.sql_assets import build_statement, read_sql_file


def build_from_sql_file(con, path: Path) -> None:
    """Create the table ``path`` defines (its name is the file's stem), with the statement the assets run."""
    header, select = read_sql_file(path)
    con.execute(build_statement(path.stem, header["materialize"], select))
