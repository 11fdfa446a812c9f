# The two commands a newcomer needs: `make run` and `make test`. Both are idempotent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLES := data/samples
DB := orbitscope.duckdb
REPORT := report.html

.PHONY: run test bench eval train lint clean

# The stamp files record which dependency set is installed; they are rebuilt only when pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/orbitscope run $(SAMPLES) --db $(DB)
	$(BIN)/orbitscope report --db $(DB) --html $(REPORT)
	@echo "store:  $(abspath $(DB))"
	@echo "report: $(abspath $(REPORT))"

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/language_layer.py
	$(BIN)/python benchmarks/language_layer.py --link
	$(BIN)/python benchmarks/knowledge_base.py
	$(BIN)/python benchmarks/pipeline.py

eval: $(VENV)/.installed
	$(BIN)/orbitscope eval linking eval/gold/linking.jsonl
	$(BIN)/orbitscope eval ner

# Retrain the NER model from ../shared/data and install it into the package (~25–30 min on one core; see training/ner).
train: $(VENV)/.installed
	training/ner/train.sh

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) $(DB) $(DB).wal $(REPORT)
