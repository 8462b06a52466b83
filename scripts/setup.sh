#!/usr/bin/env bash
# Creates the virtual environment from the lock file (exact versions, hashes checked) and
# installs the project into it (editable, without touching the locked dependencies).
#
# Supported interpreters: Python 3.12 and 3.13 (docs/decisions/0007-release.md). PySide6 6.12
# crashes on Python 3.11 (`Fatal Python error: none_dealloc`), so 3.11 is never chosen.
# The interpreter is the first supported one of: the argument (or $PYTHON), python3.12,
# python3.13, the pyenv versions 3.12.* / 3.13.*, python3. None supported: a clear message.
#
# System packages are only needed for the GUI on a bare Linux box (xcb libraries);
# offscreen tests need none.
set -euo pipefail
cd "$(dirname "$0")/.."
requested=${1:-}
venv=${2:-.venv}
lock=requirements.lock

supported() {  # supported PYTHON: exit 0 when PYTHON runs and is 3.12 or 3.13
  "$1" -c 'import sys; sys.exit(0 if (3, 12) <= sys.version_info[:2] <= (3, 13) else 1)' \
    >/dev/null 2>&1
}

candidates=()
[ -n "$requested" ] && candidates+=("$requested")
candidates+=(python3.12 python3.13)
pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
for dir in "$pyenv_root"/versions/3.12.* "$pyenv_root"/versions/3.13.*; do
  [ -x "$dir/bin/python3" ] && candidates+=("$dir/bin/python3")
done
candidates+=(python3)

python=""
for candidate in "${candidates[@]}"; do
  if supported "$candidate"; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  {
    echo "radprev needs Python 3.12 or 3.13; none was found."
    for candidate in "${candidates[@]}"; do
      found=$("$candidate" --version 2>&1) || found="not found"
      echo "  $candidate: $found"
    done
    echo "Install Python 3.12 (python.org, or your distribution's python3.12 package) and run"
    echo "'make setup PYTHON=/path/to/python3.12' again. Python 3.11 is not supported: PySide6 6.12"
    echo "crashes on it."
  } >&2
  exit 1
fi
if [ -n "$requested" ] && [ "$python" != "$requested" ]; then
  echo "note: $requested is not a supported Python (3.12 or 3.13); using $python" >&2
fi

if [ "$(uname -s)" = "Linux" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  bash scripts/system-packages.sh || echo "warning: system packages could not be installed; offscreen tests still run" >&2
fi

# A venv made by an unsupported interpreter (an older checkout used python3 = 3.11) is replaced.
if [ -x "$venv/bin/python" ] && ! supported "$venv/bin/python"; then
  echo "replacing $venv: it was made with $("$venv/bin/python" --version 2>&1), which is not supported" >&2
  rm -rf "$venv"
fi
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
# Exactly the locked versions, every file checked against its hash; --no-deps because the lock
# is complete (a dependency missing from it fails here instead of being fetched unpinned).
"$venv/bin/python" -m pip install -q --require-hashes --no-deps -r "$lock"
"$venv/bin/python" scripts/check_lock.py
# Packages in the venv that the lock no longer names (an older checkout's) are removed.
"$venv/bin/python" scripts/prune_venv.py "$lock"
"$venv/bin/python" -m pip install -q --no-deps --no-build-isolation -e .
"$venv/bin/python" -m pip check
