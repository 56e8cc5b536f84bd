# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench structure check-browser clean

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

# Functions of cyclomatic complexity 11 or more, then modules over 350 lines.
structure: $(STAMP)
	$(BIN)/radon cc --min C --show-complexity qcode
	@find qcode -name '*.py' | xargs wc -l | awk '$$1 > 350 && $$2 != "total"'

# Optional, not in CI: needs Debian's chromium (apt-get install chromium).
check-browser: run
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	  --window-size=1200,2400 --screenshot=outputs/digest/screenshot.png \
	  file://$(CURDIR)/outputs/digest/index.html

clean:
	rm -rf $(VENV) outputs/qcode.db* outputs/*.csv outputs/review outputs/digest
