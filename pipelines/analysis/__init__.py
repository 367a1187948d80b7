"""Analysts' commands on the published warehouse: rank, trend, compare, explain, export, report.

Each module has one job and imports only DuckDB (and polars for the province resolver), never
Dagster or Great Expectations, so the commands answer in a fraction of a second."""
