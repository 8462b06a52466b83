#!/usr/bin/env bash
# System packages the project needs, installed only when missing (quick when present):
# - Qt's xcb platform plugin libraries, to open a real window on Linux (tests run offscreen);
# - the PostgreSQL server (initdb, pg_ctl, postgres, pg_dump, pg_restore, the unaccent
#   extension) for the central office store: `make test` starts a throw-away cluster from it
#   (tests/pg_cluster.py), `make central-demo` a local one.
# As root it installs with apt-get; otherwise it names what is missing and fails.
set -euo pipefail
need=()
for pkg in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
           libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libegl1 libgl1 \
           libfontconfig1 libdbus-1-3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# The distribution's PostgreSQL (15 on Debian 12, 17 on Debian 13); its server package
# carries the contrib extensions, unaccent among them. `postgresql` pulls the current one.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin=$(pg_bin || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_dump" ] \
   || [ -z "$(ls /usr/share/postgresql/*/extension/unaccent.control 2>/dev/null)" ]; then
  need+=(postgresql postgresql-contrib)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "missing system packages: ${need[*]} (install them as root: apt-get install ${need[*]})" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
# The packaged cluster is not used (tests and the demo start their own); do not leave it running.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  for conf in /etc/postgresql/*/main; do
    [ -d "$conf" ] || continue
    version=$(basename "$(dirname "$conf")")
    pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
  done
fi
