#!/usr/bin/env bash
# Checks a built Debian package: unpacks it into a scratch root (dpkg -x, nothing is installed on the machine),
# checks its metadata and files, then starts the unpacked console on a virtual display until its login dialog
# shows, with the data in a scratch home. Exits non-zero, saying what is wrong, otherwise.
#
#   check-deb.sh DEB      (needs dpkg-deb, xvfb-run, xwininfo; a Java 21+ as the start script finds it)
set -euo pipefail

deb=${1:?DEB}
fail() { echo "check-deb: $*" >&2; exit 1; }
root=$(mktemp -d -t switchboard-deb-root.XXXXXX)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$root"; }
trap cleanup EXIT

info=$(dpkg-deb --field "$deb")
grep -q '^Package: switchboard$' <<<"$info" || fail "not the switchboard package"
grep -Eq '^Depends: .*default-jre \(>= 2:1\.21\)' <<<"$info" || fail "no dependency on a Java 21+ runtime"
listing=$(dpkg-deb --contents "$deb")
grep -Evq '^[-dlrwx]+ root/root ' <<<"$listing" && fail "files not owned by root:
$(grep -Ev '^[-dlrwx]+ root/root ' <<<"$listing" | head -3)"

dpkg -x "$deb" "$root"
for f in opt/switchboard/switchboard usr/bin/switchboard; do
  [[ -x $root/$f ]] || fail "$f missing or not executable"
done
for f in usr/share/applications/switchboard.desktop usr/share/icons/hicolor/scalable/apps/switchboard.svg; do
  [[ -f $root/$f ]] || fail "$f missing"
done
grep -q '^Exec=switchboard$' "$root/usr/share/applications/switchboard.desktop" || fail "the desktop entry does not start switchboard"
grep -q 'exec /opt/switchboard/switchboard "\$@"' "$root/usr/bin/switchboard" || fail "/usr/bin/switchboard does not start /opt/switchboard/switchboard"
ls "$root"/opt/switchboard/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1 || fail "the product has no launcher"
[[ -e $root/opt/switchboard/workspace ]] && fail "the package carries a workspace"

# The unpacked product starts (from its /opt folder inside the scratch root) with its data in a scratch home.
home=$root/home/operator/.switchboard
log=$root/start.log
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  SWITCHBOARD_HOME="$1" "$2" >"$3" 2>&1 & app=$!
  for i in $(seq 1 180); do
    if xwininfo -root -tree 2>/dev/null | grep -q "Operator Login"; then kill $app; wait $app 2>/dev/null; exit 0; fi
    kill -0 $app 2>/dev/null || { echo "the console exited early" >&2; exit 2; }
    sleep 1
  done
  kill $app; exit 3' bash "$home" "$root/opt/switchboard/switchboard" "$log" \
  || fail "the console did not reach its login dialog within 180 s (log: $(tail -20 "$log"))"
[[ -d $home/workspace ]] || fail "the data did not go to the user's folder ($home)"
echo "check-deb: $(basename "$deb") unpacks, starts to the login dialog, keeps its data in the user's folder"
