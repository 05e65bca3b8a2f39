#!/usr/bin/env bash
# Times cosxml:generate on the CI schemas (the seven entry XSDs of cosxml-schema, from its jar, with the CI
# bindings): a cold run (no output, no state) and an up-to-date no-op run, RUNS times each, and prints the
# median and every run. "plugin" is the time from the first cosxml:generate execution's start to the end of
# the build, read from Maven's own timestamped log (nothing but the seven executions runs in that span);
# "maven" is the wall time of the whole mvn process (JVM start, project model, plugin resolution included).
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

# Milliseconds from the first cosxml:generate header to the BUILD SUCCESS line of the log.
plugin_ms() {
  awk '
    function ms(t,  p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    /--- cosxml-codegen-maven-plugin:.*:generate / && start == "" { start = ms($1) }
    /BUILD SUCCESS/ { end = ms($1) }
    END {
      if (start == "" || end == "") { print "no timings in the Maven log" > "/dev/stderr"; exit 1 }
      d = end - start; if (d < 0) d += 86400000; print d
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
  echo "$(plugin_ms) $((t1 - t0))"
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
echo "cosxml:generate on the 7 CI entry XSDs ($sources sources), $runs runs each, on $(nproc) cores; times in ms"
printf '%-26s %8s %14s %8s   %s\n' "run" "plugin" "per execution" "maven" "every run (plugin/maven)"
for kind in cold noop; do
  declare -n all=$kind
  p=$(printf '%s\n' "${all[@]}" | cut -d' ' -f1 | median)
  m=$(printf '%s\n' "${all[@]}" | cut -d' ' -f2 | median)
  label=$([ $kind = cold ] && echo "cold (median)" || echo "up-to-date no-op (median)")
  printf '%-26s %8s %14s %8s   %s\n' "$label" "$p" "$((p / 7))" "$m" "$(printf '%s ' "${all[@]/ //}")"
done
