#!/usr/bin/env bash
# Times cosxml:generate on the CI schemas (the seven entry XSDs of cosxml-schema, from its jar, with the CI
# bindings): a cold run (no output, no state) and an up-to-date no-op run, RUNS times each, and prints the
# medians and every run. "plugin" is the time from the first cosxml:generate execution's start to the end of
# the build, read from Maven's own timestamped log (nothing but the seven executions runs in that span), split
# into the first execution (which pays the plugin's class loading) and the six others; "maven" is the wall
# time of the whole mvn process (JVM start, project model, plugin resolution included).
#
# Usage:  mvn -B -q -DskipTests install       # once: the plugin and cosxml-schema in the local repository
#         tests/bench/generation.sh [RUNS]     # default RUNS=5
set -euo pipefail

runs=${1:-5}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
work=$root/tests/target/bench-generation
log=$work/mvn.log

rm -rf "$work"
mkdir -p "$work/xjb"
cp "$here/generation/pom.xml" "$work/pom.xml"
cp -r "$root/tests/src/main/xjb/ci" "$work/xjb/ci"

now_ms() { date +%s%3N; }

# "total first" in ms: from the first cosxml:generate header to the BUILD SUCCESS line, and the first
# execution alone (from its header to the next one), which carries the plugin's one-time start-up.
plugin_ms() {
  awk '
    function ms(t,  p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    function span(a, b) { return b >= a ? b - a : b - a + 86400000 }
    /--- cosxml-codegen-maven-plugin:.*:generate / {
      n++; t = ms($1); if (n == 1) start = t; if (n == 2) second = t
    }
    /BUILD SUCCESS/ { end = ms($1) }
    END {
      if (n == 0 || end == "") { print "no timings in the Maven log" > "/dev/stderr"; exit 1 }
      print span(start, end), (n > 1 ? span(start, second) : span(start, end))
    }' "$log"
}

run_maven() {
  local t0 t1
  t0=$(now_ms)
  if ! mvn -B -o -f "$work/pom.xml" -Dcosxml.version="$version" \
      -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
      generate-sources > "$log" 2>&1; then
    cat "$log" >&2
    echo "generation.sh: the Maven run failed (log above); run 'mvn -B -q -DskipTests install' first" >&2
    exit 1
  fi
  t1=$(now_ms)
  echo "$(plugin_ms) $((t1 - t0))"   # total first maven
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

cold=() noop=()
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/target"
  cold+=("$(run_maven)")
  grep -q "cosxml: generated" "$log" || { echo "generation.sh: the cold run generated nothing" >&2; exit 1; }
  noop+=("$(run_maven)")
  [ "$(grep -c "up to date, nothing to generate" "$log")" -eq 7 ] \
    || { echo "generation.sh: the second run was not an up-to-date no-op for all 7 executions" >&2; cat "$log" >&2; exit 1; }
done

sources=$(find "$work/target/generated-sources/cosxml" -name '*.java' | wc -l)
echo "cosxml:generate on the 7 CI entry XSDs ($sources sources), $runs runs each, on $(nproc) cores; medians in ms"
echo "plugin = first execution's start to the end of the build; first = the first execution alone (plugin start-up);"
echo "others = each of the six other executions, on average; maven = the whole mvn process"
printf '%-18s %8s %8s %8s %8s   %s\n' "run" "plugin" "first" "others" "maven" "every run (plugin/first/maven)"
for kind in cold noop; do
  declare -n all=$kind
  p=$(printf '%s\n' "${all[@]}" | cut -d' ' -f1 | median)
  f=$(printf '%s\n' "${all[@]}" | cut -d' ' -f2 | median)
  m=$(printf '%s\n' "${all[@]}" | cut -d' ' -f3 | median)
  label=$([ $kind = cold ] && echo "cold" || echo "up-to-date no-op")
  printf '%-18s %8s %8s %8s %8s   %s\n' "$label" "$p" "$f" "$(((p - f) / 6))" "$m" "$(printf '%s ' "${all[@]// //}")"
done
