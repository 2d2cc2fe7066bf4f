#!/usr/bin/env bash
# Builds the Debian package of the Linux product: the product under /opt/switchboard, /usr/bin/switchboard, a desktop
# entry and its icon; the data stays in each user's ~/.switchboard (the product's start script sees to that, and
# keeps the OSGi configuration there too, /opt being read-only to users).
#
#   build-deb.sh PRODUCT_DIR OUT_DIR VERSION     (PRODUCT_DIR: the materialized linux/gtk/x86_64 product)
# Prints the path of the .deb. Needs dpkg-deb (Debian: package dpkg).
set -euo pipefail

product=${1:?PRODUCT_DIR} out=${2:?OUT_DIR} version=${3:?VERSION}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ -x $product/switchboard ]] || { echo "build-deb: $product has no start script: is it the Linux product?" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build-deb: dpkg-deb is needed (apt-get install dpkg)" >&2; exit 1; }
# Debian versions allow no "-SNAPSHOT"-style suffix after a hyphen without a revision: 1.0.0-SNAPSHOT -> 1.0.0~snapshot
version=${version//-SNAPSHOT/~snapshot}

stage=$(mktemp -d -t switchboard-deb.XXXXXX)
trap 'rm -rf "$stage"' EXIT
# mktemp makes the folder private; it becomes the package's root directory
chmod 755 "$stage"
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/DEBIAN"
cp -a "$product" "$stage/opt/switchboard"
# no state from a run of the build folder goes into the package
rm -rf "$stage/opt/switchboard/workspace" "$stage/opt/switchboard/configuration/org.eclipse.osgi" \
  "$stage/opt/switchboard/configuration/.settings"
chmod -R u+rwX,go+rX,go-w "$stage/opt/switchboard"

cat >"$stage/usr/bin/switchboard" <<'SCRIPT'
#!/bin/sh
# Switchboard's command (Debian package): the product's own start script does the rest (Java 21+, ~/.switchboard).
exec /opt/switchboard/switchboard "$@"
SCRIPT
chmod 755 "$stage/usr/bin/switchboard"
install -m 644 "$here/switchboard.desktop" "$stage/usr/share/applications/switchboard.desktop"
install -m 644 "$here/switchboard.svg" "$stage/usr/share/icons/hicolor/scalable/apps/switchboard.svg"

size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: switchboard
Version: $version
Section: comm
Priority: optional
Architecture: amd64
Maintainer: Switchboard project <switchboard@localhost>
Installed-Size: $size
Depends: default-jre (>= 2:1.21) | openjdk-25-jre | openjdk-21-jre | java21-runtime, libgtk-3-0t64 | libgtk-3-0, libxtst6
Recommends: fonts-noto-cjk
Description: operator (attendant) console for Asterisk PBXes
 Switchboard shows every extension's state, the callers waiting in the
 operator queue and the operator's own calls, and lets the operator answer,
 transfer, hold, monitor and manage wake-up calls, night service and the
 phonebook. Without a configured PBX it starts in demo mode with a bundled
 PBX simulator. Each user's data is kept in ~/.switchboard.
CONTROL
(cd "$stage" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/switchboard_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
