# A newcomer needs exactly two commands: `make demo` and `make test`.
# Each sets up its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The development and test environment, every package pinned with its hashes.
# `make lock` regenerates it; see docs/contributing.md#the-locked-environment.
LOCK   := requirements/dev.txt
UV     := uv==0.13.9
UV_COMPILE := pyproject.toml --group dev --universal --python-version 3.11 --generate-hashes --no-header

.PHONY: demo test lint typecheck unit wheel-test docs audit bench catalogs snapshots clean \
	lock test-latest test-floor

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

# A throw-away environment holding only the resolver that writes the lock.
.venv-uv/bin/uv:
	$(PYTHON) -m venv --clear .venv-uv
	.venv-uv/bin/python -m pip install --quiet "$(UV)"

lock: .venv-uv/bin/uv
	.venv-uv/bin/uv pip compile $(UV_COMPILE) --upgrade -o $(LOCK)

demo: $(STAMP)
	@$(BIN)/python scripts/demo.py

test: lint typecheck unit wheel-test docs audit

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
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir $(VENV)/site

# Fails only when a curated fact is past its review date (a dated check by design;
# the test suite itself never reads today's date).
audit: $(STAMP)
	$(BIN)/globalcs audit --strict --source-age 100 > /dev/null || $(BIN)/globalcs audit --strict --source-age 100

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

catalogs: $(STAMP)
	$(BIN)/python scripts/compile_catalogs.py

snapshots: $(STAMP)
	$(BIN)/python scripts/update_snapshots.py

# Not part of `make test`: the suite against the newest releases on the package
# index, after a table of what moved since the lock.
test-latest: .venv-uv/bin/uv
	$(PYTHON) scripts/drift.py latest

# Not part of `make test`: the suite against the lowest versions pyproject.toml allows.
test-floor: .venv-uv/bin/uv
	$(PYTHON) scripts/drift.py floor

clean:
	rm -rf $(VENV) .venv-uv .venv-latest .venv-floor build dist site .mypy_cache .ruff_cache
