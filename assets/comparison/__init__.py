"""The comparison report: one offline HTML page with charts, every number from a warehouse row."""
