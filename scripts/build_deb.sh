#!/usr/bin/env bash
# `make deb`: a Debian package of the bundle (dpkg-deb only, no debhelper).
#   /opt/radprev                 the one-folder bundle
#   /usr/bin/radprev, radprev-desktop      links into it
#   /usr/share/applications/radprev-desktop.desktop, the icon in hicolor
#   bash and zsh completion, /usr/share/doc/radprev/copyright (the notices)
#   postinst: group `radprev`, shared vault folder /var/lib/radprev (root:radprev, 2770)
#   removal keeps /var/lib/radprev (the vault) and says so, even on purge
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=${1:-dist/radprev}
version=$(cat "$bundle/VERSION")
arch=$(dpkg --print-architecture)
root=build/deb/radprev
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/doc/radprev"
cp -a "$bundle" "$root/opt/radprev"
ln -s /opt/radprev/radprev "$root/usr/bin/radprev"
ln -s /opt/radprev/radprev-desktop "$root/usr/bin/radprev-desktop"
cp packaging/radprev-desktop.desktop "$root/usr/share/applications/"
icons=resources/icons
cp "$icons/radprev.png" "$root/usr/share/icons/hicolor/256x256/apps/radprev.png"
cp "$icons/radprev.svg" "$root/usr/share/icons/hicolor/scalable/apps/radprev.svg"
cp "$bundle/completion/radprev.bash" "$root/usr/share/bash-completion/completions/radprev"
cp "$bundle/completion/_radprev" "$root/usr/share/zsh/vendor-completions/_radprev"
cp "$bundle/THIRD-PARTY-NOTICES.txt" "$root/usr/share/doc/radprev/copyright"
installed_kib=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: radprev
Version: $version
Architecture: $arch
Maintainer: radprev maintainers <radprev@localhost>
Section: misc
Priority: optional
Installed-Size: $installed_kib
Depends: libc6, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xinerama0, libegl1, libgl1, libdbus-1-3, adduser
Description: offline observation log for prison officers
 radprev records observations about prisoners at risk of radicalisation in an
 encrypted vault shared by the officers of one workstation, prints PDF
 summaries and exchanges encrypted packages with a central office on USB.
 It is an observation log, never a risk score.
CONTROL
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
# The shared vault folder: every member of the group `radprev` may use the vault;
# setgid keeps new files in the group, and radprev writes them group-readable there.
set -e
if [ "$1" = "configure" ]; then
  getent group radprev >/dev/null || addgroup --system radprev
  mkdir -p /var/lib/radprev
  chown root:radprev /var/lib/radprev
  chmod 2770 /var/lib/radprev
  echo "radprev: the shared vault folder is /var/lib/radprev (group radprev)."
  echo "radprev: add each officer's account: sudo adduser USERNAME radprev"
fi
exit 0
POSTINST
cat > "$root/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
# The vault is the prison's data: never removed with the program, not even on purge.
set -e
case "$1" in
  remove|purge)
    if [ -d /var/lib/radprev ]; then
      echo "radprev: the vault in /var/lib/radprev was kept. Delete it yourself only after"
      echo "radprev: its data has been delivered and its retention period has ended."
    fi
    ;;
esac
exit 0
POSTRM
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
out="dist/radprev_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$out" >/dev/null
echo "$out ($(du -h "$out" | cut -f1))"
