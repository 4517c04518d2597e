#!/usr/bin/env bash
# Runs every test of FollowUp: unit, durable-runtime, HTTP, email transports (smtp4dev), infrastructure (Bicep).
# Installs what the tests need on first use; quick when all is already there.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

results=.data/test-results
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# What the tests run against, installed once: Azurite from the committed npm lock file (the storage
# tests' fixture would install it too, but one install here avoids fixtures racing), Debian's Chromium
# and CJK fonts for the form's browser test. smtp4dev is installed by its fixture as a dotnet tool.
if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi
if ! scripts/ensure-browser.sh; then
  echo "0 passed, 1 failed"
  exit 1
fi

if ! dotnet build FollowUp.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# One project at a time: the durable tests wait on real timers and deserve both cores, and each
# project gets a TRX file of its own name to count from.
status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" "$@" || status=$?
done

# dotnet test's own summary is per project; CI reads one line with the real totals from the TRX files.
passed=0 failed=0 total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  total=$((total + ${t:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The runner failed without a failing test (a crashed test host, a missing project): count it.
  failed=1
fi
if [ "$total" -eq 0 ]; then
  echo "no test ran"
  failed=$((failed > 0 ? failed : 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
