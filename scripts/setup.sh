#!/usr/bin/env bash
# Creates the virtual environment and installs the project with its test extras.
# System packages are only needed for the GUI on a bare Linux box (xcb libraries);
# offscreen tests need none.
set -euo pipefail
python=${1:-python3}
venv=${2:-.venv}
if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "Python 3.11 or newer is needed (found $("$python" --version 2>&1))." >&2
  exit 1
fi
if [ "$(uname -s)" = "Linux" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  bash "$(dirname "$0")/system-packages.sh" || echo "warning: system packages could not be installed; offscreen tests still run" >&2
fi
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e ".[test]"
