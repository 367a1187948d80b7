# Two commands on a fresh machine:
#   make run    set up, materialize every asset, print what was built and where
#   make test   set up, run the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
STAMP := $(VENV)/.synced

# Everything offline and inside the project.
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export DAGSTER_DISABLE_TELEMETRY := 1
export GX_ANALYTICS_ENABLED := False
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)

.PHONY: help setup chromium run test lint bench bench-reports dev duckdb clean

help:
	@echo "make run    - set up and materialize everything (warehouse in data/warehouse/dx.duckdb)"
	@echo "make test   - set up and run the tests"
	@echo "make bench  - time dxw run on 100k/1M/10M submitted rows against DuckDB's own load (docs/benchmarks.md)"
	@echo "make bench-reports - time report extraction on long generated pages (docs/report_benchmarks.md)"
	@echo "make dev    - Dagster UI on http://127.0.0.1:3000 (with the daemon: raw-files sensor and automation)"
	@echo "make duckdb - open the published warehouse read-only in the DuckDB CLI"

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Install exactly what uv.lock pins (fails if the lock is out of date with pyproject.toml), compiled to
# bytecode at install: where PYTHONDONTWRITEBYTECODE is set (as on this project's machines) Python never
# caches it, and every command compiled what it imported again (Great Expectations: 11 s against 4 s).
$(STAMP): $(UV) uv.lock pyproject.toml Makefile
	$(UV) sync --frozen --compile-bytecode
	@touch $@

setup: $(STAMP)
	@mkdir -p $(DAGSTER_HOME)
	@cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml

run: setup
	$(VENV)/bin/dxw run

test: setup chromium lint
	$(VENV)/bin/pytest
	@echo "--- report extraction scored on the labelled corpus (dxw eval) ---"
	$(VENV)/bin/dxw eval

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# 100k, 1M and 10M submitted rows, 3 rounds each: about 15 minutes on 2 cores; writes docs/benchmarks.md.
bench: setup
	$(VENV)/bin/dxw bench

# Report extraction on long generated pages (a table by year, a long paragraph), 3 rounds each: about a minute and a
# half on 2 cores; writes docs/report_benchmarks.md.
bench-reports: setup
	$(VENV)/bin/dxw bench-reports --output docs/report_benchmarks.md

# The Data Docs test opens the report in headless Chromium (Debian's package).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the Data Docs test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# `env --default-signal` lets Ctrl-C / SIGTERM stop dagster dev even when started in the background.
dev: setup
	env --default-signal=INT,TERM $(VENV)/bin/dagster dev -h 127.0.0.1 -p 3000

duckdb: setup
	$(VENV)/bin/duckdb -readonly data/warehouse/dx.duckdb

clean:
	rm -rf $(VENV) $(TOOLS) .dagster_home .pytest_cache
