#!/usr/bin/env bash
# Times cosxml:generate on the CI schemas (the seven entry XSDs of cosxml-schema, from its jar, with the CI
# bindings): a cold run (no output, no state) and an up-to-date no-op run, RUNS times each, and prints the
# medians and every run. "plugin" is the time from the first cosxml:generate execution's start to the end of
# the build, read from Maven's own timestamped log (nothing but the seven executions runs in that span), split
# into the first execution (which pays the plugin's class loading) and the six others; "maven" is the wall
# time of the whole mvn process (JVM start, project model, plugin resolution included).
#
# Then RUNS more no-op runs split the first execution into Maven's work and the goal's own, from the debug
# log of Maven's plugin manager (org.apache.maven.plugin.internal only): "realm" = from the execution's header
# to "Configuring mojo" (Maven resolves the plugin's dependencies, creates its class realm and scans it);
# "config" = to "-- end configuration --" (Maven loads and instantiates the mojo and injects its
# parameters); "execute" = to the goal's own log line (GenerateMojo.execute(), the up-to-date check).
# And RUNS no-op runs with a trivial mojo of another plugin first in the same build (maven-clean-plugin
# 3.4.1, one runtime dependency, clean with skip=true): "baseline" is that mojo's time (what Maven charges
# the first mojo of a build for a plugin that does nothing), "plugin" the same span as above after it.
#
# Usage:  mvn -B -q -DskipTests -Dinvoker.skip install   # once: the plugin and cosxml-schema in the local repository
#         tests/bench/generation.sh [RUNS]                # default RUNS=5
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
# The baseline build: the same, with maven-clean-plugin's clean (skipped) bound before the seven executions.
awk '{ print } /^    <plugins>$/ && !done { done = 1
  print "      <plugin>"
  print "        <groupId>org.apache.maven.plugins</groupId>"
  print "        <artifactId>maven-clean-plugin</artifactId>"
  print "        <version>3.4.1</version>"
  print "        <executions><execution><id>baseline</id><phase>validate</phase><goals><goal>clean</goal></goals>"
  print "          <configuration><skip>true</skip></configuration></execution></executions>"
  print "      </plugin>" }' "$work/pom.xml" > "$work/pom-baseline.xml"
grep -q "maven-clean-plugin" "$work/pom-baseline.xml" || { echo "generation.sh: cannot make the baseline pom" >&2; exit 1; }

# The plugin in the local repository must be the one built from this worktree (another build may have
# installed another one since).
installed=$HOME/.m2/repository/io/github/cosxml/cosxml-codegen-maven-plugin/$version/cosxml-codegen-maven-plugin-$version.jar
built=$root/codegen-maven-plugin/target/cosxml-codegen-maven-plugin-$version.jar
if [ -f "$built" ] && ! cmp -s "$installed" "$built"; then
  echo "generation.sh: warning: $installed is not $built (run the install again to time this worktree's plugin)" >&2
fi

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

# The first execution's parts (see the header) from a log with the plugin manager's debug lines, in ms:
# realm config execute.
first_parts_ms() {
  awk '
    function ms(t,  p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    function span(a, b) { return b >= a ? b - a : b - a + 86400000 }
    /--- cosxml-codegen-maven-plugin:.*:generate / { if (!h) h = ms($1); next }
    h && !c && /Configuring mojo io.github.cosxml:cosxml-codegen-maven-plugin/ { c = ms($1); next }
    c && !e && /-- end configuration --/ { e = ms($1); next }
    e && !x && /cosxml: .*(up to date|generated)/ { x = ms($1) }
    END {
      if (!x) { print "no debug timings in the Maven log" > "/dev/stderr"; exit 1 }
      print span(h, c), span(c, e), span(e, x)
    }' "$log"
}

# The baseline mojo alone (its header to the first cosxml header), in ms.
baseline_ms() {
  awk '
    function ms(t,  p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    function span(a, b) { return b >= a ? b - a : b - a + 86400000 }
    /--- maven-clean-plugin:.*:clean \(baseline\)/ { b = ms($1) }
    /--- cosxml-codegen-maven-plugin:.*:generate / && !g { g = ms($1) }
    END { if (!b || !g) { print "no baseline timings in the Maven log" > "/dev/stderr"; exit 1 } print span(b, g) }' "$log"
}

# run_maven POM [extra mvn options...]: runs the build, leaves its log in $log.
mvn_logged() {
  local pom=$1
  shift
  if ! mvn -B -o -f "$pom" -Dcosxml.version="$version" \
      -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
      "$@" generate-sources > "$log" 2>&1; then
    cat "$log" >&2
    echo "generation.sh: the Maven run failed (log above); run 'mvn -B -q -DskipTests -Dinvoker.skip install' first" >&2
    exit 1
  fi
}

run_maven() {
  local t0 t1
  t0=$(now_ms)
  mvn_logged "$work/pom.xml"
  t1=$(now_ms)
  echo "$(plugin_ms) $((t1 - t0))"   # total first maven
}

expect_noop() {
  [ "$(grep -c "up to date, nothing to generate" "$log")" -eq 7 ] \
    || { echo "generation.sh: the run was not an up-to-date no-op for all 7 executions" >&2; cat "$log" >&2; exit 1; }
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

cold=() noop=()
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/target"
  cold+=("$(run_maven)")
  grep -q "cosxml: generated" "$log" || { echo "generation.sh: the cold run generated nothing" >&2; exit 1; }
  noop+=("$(run_maven)")
  expect_noop
done

parts=() baseline=()
for ((i = 1; i <= runs; i++)); do
  mvn_logged "$work/pom.xml" -Dorg.slf4j.simpleLogger.log.org.apache.maven.plugin.internal=debug
  expect_noop
  parts+=("$(first_parts_ms)")
  mvn_logged "$work/pom-baseline.xml"
  expect_noop
  baseline+=("$(baseline_ms) $(plugin_ms | cut -d' ' -f1)")
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

col() { printf '%s\n' "${@:2}" | cut -d' ' -f"$1" | median; }
echo
echo "up-to-date no-op, the first execution split (medians of $runs runs with the plugin manager's debug log):"
echo "  maven: resolve the plugin's dependencies, create and scan its class realm  $(col 1 "${parts[@]}") ms"
echo "  maven: load, instantiate and configure the mojo                            $(col 2 "${parts[@]}") ms"
echo "  cosxml: GenerateMojo.execute() (the up-to-date check)                       $(col 3 "${parts[@]}") ms"
echo "  every run (realm/config/execute): $(printf '%s ' "${parts[@]// //}")"
echo "up-to-date no-op after a trivial mojo of another plugin (maven-clean-plugin 3.4.1 clean, skip=true):"
echo "  baseline: that mojo, first in the build                                     $(col 1 "${baseline[@]}") ms"
echo "  plugin: cosxml's seven executions after it                                  $(col 2 "${baseline[@]}") ms"
echo "  every run (baseline/plugin): $(printf '%s ' "${baseline[@]// //}")"
echo "load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
