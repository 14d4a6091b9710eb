# The two commands of the README: `make run` (set-up + the pipeline on raw/) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= warehouse/localgov.duckdb
CORPUS ?= ../shared/corpus/baomoi-2017.jsonl.gz

.PHONY: install run test lint bench fmt clean golden train-relevance

$(BIN)/uv:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check "uv==0.13.8"

# The environment is rebuilt whenever the lock changes; every package comes pinned, with hashes, from requirements.lock.
# Installed modules are compiled to bytecode once here: every command imports Prefect, Polars and DuckDB, and would
# otherwise compile them from source on each start where bytecode is not written (PYTHONDONTWRITEBYTECODE).
$(VENV)/.installed: requirements.lock pyproject.toml Makefile | $(BIN)/uv
	$(BIN)/uv pip sync -q --compile-bytecode --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	touch $@

# The project's own modules are compiled too, each time (only changed files are): every worker process imports them.
install: $(VENV)/.installed
	$(BIN)/python -m compileall -q flows transforms warehouse

run: install
	$(BIN)/localgov run raw --db $(DB)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Regenerate tests/golden/ after a deliberate change to extraction; review the diff before committing.
golden: install
	LOCALGOV_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py

bench: install
	$(BIN)/python bench/bench_pipeline.py $(CORPUS)

# Fit the relevance model from bench/data/relevance_labels.csv (texts read from ../shared) into
# transforms/relevance/model/; fixed seeds: the same labels give the same file. Review the metadata's figures.
train-relevance: install
	$(BIN)/python bench/train_relevance.py $(CORPUS)

clean:
	rm -rf $(VENV) $(DB) $(DB).wal
