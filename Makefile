# One command to set up and run the app, one to set up and run every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM_TEST := offscreen

.PHONY: run test lint bench torture demo setup translations clean screenshots

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh $(PYTHON) $(VENV)
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/radprev-desktop

demo: $(STAMP)
	bash scripts/demo.sh $(VENV)

lint: $(STAMP)
	$(VENV)/bin/ruff check radprev_desktop tests
	$(VENV)/bin/ruff format --check radprev_desktop tests
	$(VENV)/bin/mypy radprev_desktop
	$(VENV)/bin/lint-imports --no-cache --no-logo

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.run_all

# Long hostile runs (tests/torture/torture_*.py); `make test` runs each reduced.
torture: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.torture.run_all

translations: $(STAMP)
	bash scripts/translations.sh $(VENV)

clean:
	rm -rf $(VENV) build *.egg-info
