#!/usr/bin/env bash
# Runs every test of the solution and prints one summary line: "tests: N passed, N failed".
# The tests read ../shared (corpus and datasets) beside the repository, or $CASUS_SHARED.
# What they need beside the code (PostgreSQL, chromium) is brought up by .ci/services.sh.
set -uo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/TestResults/run-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$results"

# PostgreSQL on loopback and Debian's chromium, installed/started when missing (one line says what).
. "$root/.ci/services.sh"

if ! dotnet build Casus.slnx --nologo -v quiet -clp:ErrorsOnly; then
  echo "tests: 0 passed, 1 failed (the solution does not build)"
  exit 1
fi
dotnet test Casus.slnx --no-build --nologo -v quiet --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0 failed=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
  t="$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0}))
done
# Name what failed (with the first lines of its message) so a log that keeps only the tail says why.
if [[ $failed -gt 0 ]]; then awk -f "$root/.ci/trx-failures.awk" "$results"/*.trx 2>/dev/null; fi
# A crashed test host writes no failing counters; never report green when dotnet test was not.
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
[[ $status -eq 0 && $failed -eq 0 ]]
