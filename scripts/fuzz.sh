#!/usr/bin/env bash
# Fuzzes one Jazzer target for a chosen time, then adds the new corpus entries to the checked-in
# corpus (which every `mvn verify` replays as regression tests).
#
#   scripts/fuzz.sh <target> <seconds>
#
# Targets:
#   authorization  core   AuthorizationFuzzTest#parseAndVerify  the Authorization parser and the verifier
#   cli            core   CliArgumentsFuzzTest#run               the CLI argument parser (Main.run)
#   ci-readers     tests  CiReadersFuzzTest#readAll              the generated readers of the CI classes
#   ci-schema      tests  CiSchemaFuzzTest#validate              the schema validator (CiSchema)
#
# Needs the modules installed once (`mvn -B -q -DskipTests -Dinvoker.skip install` from the root) so that `tests`
# finds core and schema. A finding fails the run: Jazzer writes the input as crash-<sha1> into the
# target's Inputs directory, where it becomes a regression test; fix the code, keep the file.
set -euo pipefail

if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]]; then
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
target=$1
seconds=$2
root=$(cd "$(dirname "$0")/.." && pwd)

case $target in
  authorization) module=core;  class=io.github.cosxml.core.hardening.fuzz.AuthorizationFuzzTest; method=parseAndVerify ;;
  cli)           module=core;  class=io.github.cosxml.core.hardening.fuzz.CliArgumentsFuzzTest;  method=run ;;
  ci-readers)    module=tests; class=io.github.cosxml.tests.fuzz.CiReadersFuzzTest;               method=readAll ;;
  ci-schema)     module=tests; class=io.github.cosxml.tests.fuzz.CiSchemaFuzzTest;                method=validate ;;
  *) echo "unknown target '$target'; pass authorization, cli, ci-readers or ci-schema" >&2; exit 2 ;;
esac

simple=${class##*.}
package_dir=$(echo "${class%.*}" | tr . /)
inputs="$root/$module/src/test/resources/$package_dir/${simple}Inputs/$method"
generated="$root/$module/.cifuzz-corpus/$class/$method"
mkdir -p "$inputs"

echo "fuzzing $target ($class#$method) for $seconds s; corpus: ${inputs#$root/}"
start=$(date +%s)
status=0
# jazzer.instrument: coverage of cosxml's classes also when they come from jars (core and schema, for
# the tests module's targets). jazzer.internal.arg.N are libFuzzer arguments; the last -max_total_time wins over @FuzzTest's maxDuration.
JAZZER_FUZZ=1 mvn -B -o -q -f "$root/pom.xml" -pl "$module" test \
  -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true -Djazzer.instrument='io.github.cosxml.**' \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
  -Djazzer.internal.arg.2=-print_final_stats=1 \
  || status=$?
end=$(date +%s)

# New corpus entries are named by their SHA-1, so copying never overwrites a different input.
added=0
if [ -d "$generated" ]; then
  for f in "$generated"/*; do
    [ -f "$f" ] || continue
    if [ ! -e "$inputs/$(basename "$f")" ]; then
      cp "$f" "$inputs/"
      added=$((added + 1))
    fi
  done
fi
echo "fuzzed $target for $((end - start)) s wall clock (libFuzzer -max_total_time=$seconds); exit $status;" \
  "added $added corpus entries; corpus now $(ls "$inputs" | wc -l) files"
exit $status
