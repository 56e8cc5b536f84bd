# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/qcode run transcripts/ --out outputs/

test: $(STAMP)
	$(BIN)/ruff check qcode tests $(wildcard benchmarks)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check qcode tests $(wildcard benchmarks)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) outputs/qcode.db* outputs/*.csv outputs/review outputs/digest
