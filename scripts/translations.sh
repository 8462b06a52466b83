#!/usr/bin/env bash
# `make translations`: collect every marked string (screens, core labels, reports, command
# line, error messages) into each language's catalogue, regenerate Serbian Cyrillic and
# pseudo, compile the .qm files. scripts/catalogue.py does the work; docs/translations.md
# explains the workflow for translators and reviewers.
set -euo pipefail
VENV="${1:-.venv}"
cd "$(dirname "$0")/.."
"$VENV/bin/python" scripts/catalogue.py --venv "$VENV" update
echo "translations updated in resources/translations"
"$VENV/bin/python" scripts/catalogue.py --venv "$VENV" status
