#!/usr/bin/env bash
# Benchmarks of FollowUp: report → first email latency, throughput against a bare
# orchestration, history size, waiting cost, BenchmarkDotNet micro-benchmarks, the console's
# list and figures over 10,000 cases, and storage transactions per case (counted at Azurite).
#   ./bench.sh                 every group (about 17 minutes on 2 cores, plus the first build)
#   ./bench.sh --quick         small counts, a smoke run (about 9 minutes)
#   ./bench.sh --only waiting --waiting 10000   waiting cost at the issue's 10,000 (about an hour on Azurite)
#   ./bench.sh --help          every option
# Starts its own Azurite (from the committed npm lock file) and hosts on free loopback ports; prints a
# markdown table and writes .data/bench/latest.{md,json}. Not part of ./test.sh: it measures, it does not assert.
set -euo pipefail
cd "$(dirname "$0")"

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "bench.sh needs $tool on PATH" >&2; exit 1; }
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

case " $* " in
  *" --help "*|*" -h "*)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    cat <<'USAGE'
Options: --quick, --waiting N, --cases N, --only latency,throughput,history,waiting,micro,replies,console,cost, --skip-micro,
         --sequential N, --concurrent N, --concurrency N, --duration SECONDS, --partitions N, --out DIR, --verbose
USAGE
    exit 0 ;;
esac

if [ ! -x node_modules/.bin/azurite ]; then
  echo "Installing Azurite (npm ci, about a minute the first time)…" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "Building (Release)…" >&2
dotnet build bench/FollowUp.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly >&2

exec dotnet bench/FollowUp.Benchmarks/bin/Release/net10.0/FollowUp.Benchmarks.dll "$@"
