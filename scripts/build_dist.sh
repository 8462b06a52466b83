#!/usr/bin/env bash
# `make dist`: the one-folder bundle dist/radprev from the locked venv.
#   1. shell completion for bash and zsh (shtab, from the real parser)
#   2. PyInstaller with packaging/radprev.spec, then the libraries' debug information
#      stripped (scripts/strip_debug.py: 70 MB no run reads, from the build machine's Python)
#   3. THIRD-PARTY-NOTICES.txt (scripts/collect_licences.py, with the bundle's libraries)
#   4. LICENSE, notices and completion copied in; build time and size in dist/figures.txt
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-.venv}
py="$venv/bin/python"
started=$(date +%s)
rm -rf build/dist-extra dist/radprev
mkdir -p build/dist-extra/completion
"$venv/bin/shtab" --shell=bash --prog radprev radprev_desktop.cli.main.build_parser \
  > build/dist-extra/completion/radprev.bash
"$venv/bin/shtab" --shell=zsh --prog radprev radprev_desktop.cli.main.build_parser \
  > build/dist-extra/completion/_radprev
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/radprev.spec
"$py" scripts/strip_debug.py dist/radprev
"$py" scripts/collect_licences.py build/dist-extra/THIRD-PARTY-NOTICES.txt --bundle dist/radprev
cp LICENSE build/dist-extra/THIRD-PARTY-NOTICES.txt dist/radprev/
cp -r build/dist-extra/completion dist/radprev/
"$py" -c 'import radprev_desktop; print(radprev_desktop.__version__)' > dist/radprev/VERSION
seconds=$(( $(date +%s) - started ))
bytes=$(du -sb dist/radprev | cut -f1)
{
  echo "version $(cat dist/radprev/VERSION)"
  echo "build_seconds $seconds"
  echo "bundle_bytes $bytes"
  echo "bundle_mib $(( bytes / 1048576 ))"
  echo "python $("$py" -c 'import platform; print(platform.python_version())')"
} > dist/figures.txt
cat dist/figures.txt
