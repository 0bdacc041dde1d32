# threadline's one task runner. `make demo` and `make test` set everything up from the
# project's own files (a local .venv), then run.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo/threadline.db

.PHONY: demo test lint typecheck deadcode security check bench eval serve clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres,dask]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m threadline.demo --db $(DEMO_DB)

# Every test that builds a store runs on SQLite and on a throwaway PostgreSQL cluster
# (scripts/with-postgres.sh; skipped with a message where PostgreSQL cannot be started).
test: $(STAMP)
	sh scripts/install-browser.sh
	sh scripts/with-postgres.sh $(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

deadcode: $(STAMP)
	$(BIN)/vulture

# bandit's exceptions and their reasons: [tool.bandit] in pyproject.toml and `# nosec` lines.
security: $(STAMP)
	$(BIN)/bandit -q -c pyproject.toml -r src
	sh scripts/pip-audit.sh $(BIN)

check: lint typecheck deadcode security test

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_screen.py
	$(BIN)/python benchmarks/bench_graph.py
	$(BIN)/python benchmarks/bench_api.py --docs 100000 --requests 100 --backend both
	$(BIN)/python benchmarks/bench_store_backends.py
	$(BIN)/python benchmarks/bench_event_cost.py
	$(BIN)/python benchmarks/bench_coref.py
	$(BIN)/python benchmarks/bench_resolve.py
	$(BIN)/python benchmarks/bench_incremental_links.py

eval: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/eval_extract.py
	$(BIN)/python benchmarks/eval_events.py
	$(BIN)/python benchmarks/eval_press_relations.py
	$(BIN)/python benchmarks/eval_coref.py
	$(BIN)/python benchmarks/eval_heads.py
	$(BIN)/python benchmarks/eval_names.py
	$(BIN)/python benchmarks/eval_resolution.py

serve: $(STAMP)
	$(BIN)/threadline --db $(DEMO_DB) serve

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
