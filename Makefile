# One command to set up and run the app, one to set up and run every test.
# Empty: scripts/setup.sh picks a supported Python (3.12, 3.13); `make setup PYTHON=...` to choose.
PYTHON ?=
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM_TEST := offscreen
TEST_TMP := $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "$${TMPDIR:-/tmp}")

.PHONY: central-demo run test lint bench torture demo setup translations clean screenshots lock dist smoke deb

$(STAMP): pyproject.toml requirements.lock scripts/setup.sh
	bash scripts/setup.sh "$(PYTHON)" $(VENV)
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/radprev-desktop

demo: $(STAMP)
	bash scripts/demo.sh $(VENV)

# A local PostgreSQL (throw-away, TLS + SCRAM) with a demo central office, and the app opened on it.
central-demo: $(STAMP)
	bash scripts/system-packages.sh
	$(PY) scripts/central_demo.py $(VENV)

lint: $(STAMP)
	$(VENV)/bin/ruff check radprev_desktop tests scripts
	$(VENV)/bin/ruff format --check radprev_desktop tests scripts
	$(VENV)/bin/mypy radprev_desktop
	$(VENV)/bin/lint-imports --no-cache --no-logo

# The PostgreSQL tests start a throw-away server from the distribution's packages (quick when present).
# The suite on every core (pytest-xdist; tests are independent, each on its own tmp vault).
# --dist worksteal: a worker that runs out of tests takes over half of the other's queue, so
# both end together (the default schedule left them up to 91 s apart); the suite passes in
# its own order and reversed (decision 0021).
# Python's bytecode caches are written even where PYTHONDONTWRITEBYTECODE is set: the run starts
# dozens of Python processes (CLI, crash and kill children) that would each compile the app anew.
# The tests' temporary folders (pytest's tmp_path: every vault, package and PDF they write) go
# to memory where the system has it (/dev/shm): the code still fsyncs as it does for users,
# but the thousands of fsyncs of a run no longer wait for the disk (decision 0021); removed
# after the run.
test: $(STAMP) lint
	bash scripts/system-packages.sh
	tmp=$$(mktemp -d "$(TEST_TMP)/radprev-test-XXXXXX") && trap 'rm -rf "$$tmp"' EXIT INT TERM && \
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto --dist worksteal \
		--basetemp="$$tmp"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.run_all

# Long hostile runs (tests/torture/torture_*.py); `make test` runs each reduced.
torture: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.torture.run_all
	RADPREV_TEMPLATE_MUTATIONS=1000 $(PY) -m pytest -q -n 2 -p no:cacheprovider tests/unit/test_templates.py \
		-k "dropping or wrong_types or huge_strings or duplicate_codes or bad_codes or random_bytes"

translations: $(STAMP)
	bash scripts/translations.sh $(VENV)

# Re-resolve requirements.lock (every extra, every platform, hashes) after editing pyproject.toml.
lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml --all-extras --universal --python-version 3.12 \
		--generate-hashes --quiet -o requirements.lock
	@echo "requirements.lock updated; run make setup"

# The one-folder bundle (dist/radprev) from the locked venv, with licence notices and completion.
dist: $(STAMP)
	bash scripts/build_dist.sh $(VENV)

# The frozen bundle used as a user would: CLI round trip and the GUI's --smoke, offscreen.
smoke: $(STAMP)
	$(PY) scripts/bundle_smoke.py dist/radprev

# Debian package of the bundle made by `make dist` (dist/radprev_<version>_<arch>.deb), dpkg-deb only.
deb:
	@test -x dist/radprev/radprev || { echo "no bundle in dist/radprev: run make dist first" >&2; exit 1; }
	bash scripts/build_deb.sh dist/radprev

clean:
	rm -rf $(VENV) build dist *.egg-info
