# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= newsevents.duckdb

.PHONY: demo test bench lint install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/newsevents run examples/articles --db $(DB)

test: install-dev
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m newsevents.bench

lint: install-dev
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache
