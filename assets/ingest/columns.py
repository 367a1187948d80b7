"""Column names of a submitted table as SQL identifiers."""


def column_name(name: str, index: int, header: list[str]) -> str:
    """A usable, unique column name: an empty or repeated header cell is named by its position."""
    if not name or header.index(name) != index:
        return f"column {index + 1}"
    return name.replace('"', "'")
