#!/usr/bin/env bash
# Checks the product's Linux start script:
# - the start-up cache (Java 25+): the first start records it, the later ones use it, and the console's
#   "record-again" marker (left when its PBX or database changed) makes the next start record it again;
# - the JIT: the client compiler alone on two cores or fewer, both compilers on more, and the administrator's
#   SWITCHBOARD_JAVA_OPTIONS after it (the JVM takes the last of two values);
# - huge pages: asked for when the kernel gives transparent huge pages on request (madvise), not otherwise.
# The script is run as shipped, from a product folder of its own, with a stand-in "java" that answers the script's
# version question and prints the options it was started with, and a stand-in "nproc" that tells $CPUS cores.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d -t switchboard-start-script.XXXXXX)
trap 'rm -rf "$work"' EXIT

fail() { echo "start-script check: $*" >&2; exit 1; }

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
printf '#!/usr/bin/env bash\necho "$CPUS"\n' >"$jdk/bin/nproc"
chmod +x "$jdk/bin/nproc"
cp "$ROOT/releng/org.switchboard.launchers/rootfiles/linux/switchboard" "$work/product/switchboard"
: >"$work/product/plugins/org.eclipse.equinox.launcher_1.0.0.jar"

home=$work/home
CPUS=${CPUS:-4}
start() {
  env -u SWITCHBOARD_AOT -u SWITCHBOARD_JAVA_OPTIONS JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH" SWITCHBOARD_HOME="$home" \
    CPUS="$CPUS" "$work/product/switchboard"
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

# the JIT by the number of cores
jit() { start | grep -E '^-XX:(TieredStopAtLevel|ReservedCodeCacheSize)=' | tr '\n' ' ' || true; }
for n in 1 2; do
  got=$(CPUS=$n jit)
  [[ $got == "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m " ]] ||
    fail "with $n cores the start is not with the client compiler alone and the full code cache: '$got'"
done
for n in 3 16; do
  got=$(CPUS=$n jit)
  [[ -z $got ]] || fail "with $n cores the start is not with both compilers: '$got'"
done
got=$(CPUS=2 SWITCHBOARD_JAVA_OPTIONS=-XX:TieredStopAtLevel=4 env JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH" \
  SWITCHBOARD_HOME="$home" "$work/product/switchboard" | grep -E '^-XX:TieredStopAtLevel=' | tr '\n' ' ')
[[ $got == "-XX:TieredStopAtLevel=1 -XX:TieredStopAtLevel=4 " ]] ||
  fail "SWITCHBOARD_JAVA_OPTIONS does not come after the script's JIT option: '$got'"
# huge pages by the kernel's setting: asked for only where the kernel gives them on request
thp() { start | grep -E '^-XX:\+UseTransparentHugePages$' || true; }
printf 'always [madvise] never\n' >"$work/thp"
got=$(SWITCHBOARD_THP_SETTING=$work/thp thp)
[[ $got == -XX:+UseTransparentHugePages ]] || fail "with transparent huge pages on request the heap does not ask for them: '$got'"
for setting in '[always] madvise never' 'always madvise [never]'; do
  printf '%s\n' "$setting" >"$work/thp"
  got=$(SWITCHBOARD_THP_SETTING=$work/thp thp)
  [[ -z $got ]] || fail "with the kernel's setting '$setting' the start asks for huge pages: '$got'"
done
got=$(SWITCHBOARD_THP_SETTING=$work/no-such-file thp)
[[ -z $got ]] || fail "without the kernel's setting (no such file) the start asks for huge pages: '$got'"
echo "start-script check: the start-up cache is recorded, used, and recorded again after the marker; the JIT follows the cores; huge pages follow the kernel's setting"
