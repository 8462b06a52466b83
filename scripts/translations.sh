#!/usr/bin/env bash
# Update the UI catalogues from the GUI sources and compile them.
#   radprev_pl.ts  complete Polish translation of every UI string (Qt Linguist edits it)
#   radprev_en.ts  English plural forms only (English is the source language)
# Report strings live in reports_<lang>.ts, kept and compiled by the reports area.
set -euo pipefail
VENV="${1:-.venv}"
cd "$(dirname "$0")/.."
OUT=radprev_desktop/resources/translations
# The GUI, and the core modules whose labels screens show (marked with core/i18n's
# QT_TRANSLATE_NOOP); tests/gui/test_translations.py reads the same list.
mapfile -t SOURCES < <(find radprev_desktop/gui -name '*.py' | sort; cat scripts/core_ui_text.txt)
"$VENV/bin/pyside6-lupdate" -no-obsolete -locations relative "${SOURCES[@]}" -ts "$OUT/radprev_pl.ts"
"$VENV/bin/pyside6-lupdate" -no-obsolete -pluralonly -locations none "${SOURCES[@]}" -ts "$OUT/radprev_en.ts"
for ts in "$OUT"/radprev_*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "translations updated in $OUT"
