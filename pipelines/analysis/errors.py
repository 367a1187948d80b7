class AnalysisError(Exception):
    """A problem the analyst can fix (an unknown province, table or indicator); shown as one line."""
