#!/usr/bin/env bash
# The .deb as IT staff use it on a shared workstation (root only; .ci/run calls it):
# install, first officer creates the vault in /var/lib/radprev, a second officer in the
# group uses it, an account outside the group gets a clear message (no traceback, no
# private vault of its own), the desktop program passes --smoke, removal keeps the vault.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:?usage: deb_smoke.sh dist/radprev_VERSION_ARCH.deb}
[ "$(id -u)" = 0 ] || { echo "deb smoke: needs root (dpkg -i, useradd)" >&2; exit 1; }
if [ -e /var/lib/radprev ] || getent group radprev >/dev/null || dpkg -s radprev >/dev/null 2>&1; then
  echo "deb smoke: radprev is already installed here; not touching it" >&2; exit 1
fi
work=$(mktemp -d /tmp/radprev-deb-smoke.XXXXXX)
chmod 755 "$work"
users=(rp_alice rp_bob rp_carol)
cleanup() {
  dpkg --purge radprev >/dev/null 2>&1 || true
  for u in "${users[@]}"; do userdel "$u" >/dev/null 2>&1 || true; done
  groupdel radprev >/dev/null 2>&1 || true
  rm -rf /var/lib/radprev "$work"
}
trap cleanup EXIT
fail() { echo "deb smoke: FAILED: $*" >&2; exit 1; }
as() {  # as USER CMD...: run with that account's own home and log folder
  local user=$1; shift
  runuser -u "$user" -- env HOME="$work/home-$user" RADPREV_LOG_DIR="$work/logs-$user" \
    QT_QPA_PLATFORM=offscreen PATH=/usr/bin:/bin "$@"
}

dpkg -i "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "dpkg -i"; }
[ "$(stat -c '%a %G' /var/lib/radprev)" = "2770 radprev" ] || fail "vault folder mode $(stat -c '%a %G' /var/lib/radprev)"
for f in /usr/share/applications/radprev-desktop.desktop /usr/share/icons/hicolor/256x256/apps/radprev.png \
         /usr/share/bash-completion/completions/radprev /usr/share/doc/radprev/copyright; do
  [ -s "$f" ] || fail "missing $f"
done
grep -q "Exec=/opt/radprev/radprev-desktop" /usr/share/applications/radprev-desktop.desktop || fail ".desktop Exec"
echo "deb smoke: installed; /var/lib/radprev is root:radprev 2770; menu entry, icon, completion"
useradd -M -G radprev rp_alice; useradd -M -G radprev rp_bob; useradd -M rp_carol
for u in "${users[@]}"; do mkdir -p "$work/home-$u" && chown "$u" "$work/home-$u"; done
printf 'Shared-vault-pass-1\n' > "$work/pw" && chmod 644 "$work/pw"
as rp_alice radprev --password-file "$work/pw" init --establishment PL-DEB1 --admin admin >/dev/null \
  || fail "first officer could not create the vault"
[ -f /var/lib/radprev/vault.db ] || fail "the vault is not in /var/lib/radprev"
[ "$(stat -c '%G' /var/lib/radprev/vault.db)" = radprev ] || fail "vault.db not in group radprev"
as rp_bob radprev --user admin --password-file "$work/pw" user list >/dev/null \
  || fail "second officer in the group cannot use the vault"
as rp_bob radprev --user admin --password-file "$work/pw" backup >/dev/null || fail "backup as second officer"
as rp_alice radprev --user admin --password-file "$work/pw" audit verify >/dev/null \
  || fail "first officer after the second one's changes"
echo "deb smoke: two officers' accounts share one vault"
set +e
as rp_carol radprev --user admin --password-file "$work/pw" user list >"$work/carol.out" 2>&1
code=$?
set -e
[ "$code" = 1 ] || fail "account outside the group: exit $code"
grep -q "radprev' group" "$work/carol.out" || fail "no clear message: $(cat "$work/carol.out")"
! grep -q Traceback "$work/carol.out" || fail "traceback for an account outside the group"
[ ! -e "$work/home-rp_carol/.local/share/radprev" ] || fail "a private vault was made for rp_carol"
echo "deb smoke: an account outside the group is told: $(cat "$work/carol.out")"
as rp_bob radprev-desktop --smoke --user admin --password-file "$work/pw" > "$work/gui.out" 2>&1 \
  || { cat "$work/gui.out"; fail "radprev-desktop --smoke"; }
grep -q "0 failed" "$work/gui.out" || fail "desktop smoke: $(cat "$work/gui.out")"
echo "deb smoke: radprev-desktop --smoke from /usr/bin: $(grep -c 'smoke: page' "$work/gui.out") pages"
dpkg -r radprev >"$work/remove.log" 2>&1 || fail "dpkg -r"
[ -f /var/lib/radprev/vault.db ] || fail "removing the package removed the vault"
grep -q "was kept" "$work/remove.log" || fail "removal did not say the vault was kept"
echo "deb smoke: removed; the vault was kept and the removal said so"
echo "deb smoke: 5 passed, 0 failed"
