#!/usr/bin/env bash
# Checks the product's Linux start script's start-up cache (Java 25+): the first start records it, the later ones use
# it, and the console's "record-again" marker (left when its PBX or database changed) makes the next start record it
# again. The script is run as shipped, from a product folder of its own, with a stand-in "java" that answers the
# script's version question and prints the options it was started with.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d -t switchboard-start-cache.XXXXXX)
trap 'rm -rf "$work"' EXIT

fail() { echo "start-cache check: $*" >&2; exit 1; }

jdk=$work/jdk
mkdir -p "$jdk/bin" "$work/product/plugins" "$work/product/configuration"
printf 'JAVA_VERSION="25.0.3"\nJAVA_RUNTIME_VERSION="25.0.3+9-LTS"\n' >"$jdk/release"
cat >"$jdk/bin/java" <<'JAVA'
#!/usr/bin/env bash
if [[ $* == *-XshowSettings:properties* ]]; then
  echo "    java.specification.version = 25" >&2
  exit 0
fi
printf '%s\n' "$@"
JAVA
chmod +x "$jdk/bin/java"
cp "$ROOT/releng/org.switchboard.launchers/rootfiles/linux/switchboard" "$work/product/switchboard"
: >"$work/product/plugins/org.eclipse.equinox.launcher_1.0.0.jar"

home=$work/home
start() {
  env -u SWITCHBOARD_AOT -u SWITCHBOARD_JAVA_OPTIONS JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH" SWITCHBOARD_HOME="$home" \
    "$work/product/switchboard"
}
option() { start | grep -E '^-XX:AOTCache(Output)?=' || true; }

first=$(option)
[[ $first == -XX:AOTCacheOutput=$home/aot/switchboard-*.aot ]] || fail "the first start records no cache: '$first'"
cache=${first#-XX:AOTCacheOutput=}
echo "a recorded cache" >"$cache" # what the JVM writes when the console quits

second=$(option)
[[ $second == "-XX:AOTCache=$cache" ]] || fail "the second start does not use the recorded cache: '$second'"

echo "the PBX or the database changed" >"$home/aot/record-again" # SettingsStorage's marker
third=$(option)
[[ $third == "-XX:AOTCacheOutput=$cache" ]] || fail "after the marker the start does not record again: '$third'"
[[ ! -e $cache ]] || fail "after the marker the old cache is still there"
[[ ! -e $home/aot/record-again ]] || fail "the marker is still there after the start that records again"

echo "a recorded cache" >"$cache"
fourth=$(option)
[[ $fourth == "-XX:AOTCache=$cache" ]] || fail "the start after the new recording does not use it: '$fourth'"
echo "start-cache check: the product's start script records, uses, and records again after the marker"
