# A newcomer needs exactly two commands: `make demo` and `make test`.
# Each sets up its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit wheel-test docs bench catalogs snapshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --group dev -e .
	touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/python scripts/demo.py

test: lint typecheck unit wheel-test docs

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts hatch_build.py
	$(BIN)/ruff format --check src tests benchmarks scripts hatch_build.py

typecheck: $(STAMP)
	$(BIN)/mypy src

unit: $(STAMP)
	$(BIN)/python -m pytest -q -m "not wheel"

wheel-test: $(STAMP)
	$(BIN)/python -m pytest -q -m wheel tests/test_wheel.py

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir $(VENV)/site

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

catalogs: $(STAMP)
	$(BIN)/python scripts/compile_catalogs.py

snapshots: $(STAMP)
	$(BIN)/python scripts/update_snapshots.py

clean:
	rm -rf $(VENV) build dist site .mypy_cache .ruff_cache
