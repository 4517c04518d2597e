#!/usr/bin/env bash
# Runs FollowUp locally: Azurite (storage + durable backend) and the local host on http://localhost:7071.
#   ./run.sh          the real policy (2 days, 3 months, office hours)
#   ./run.sh --demo   the policy shrunk to seconds: every branch plays out in about a minute
# Ctrl-C stops both. Installs Azurite from the committed npm lock file on first use.
set -euo pipefail
cd "$(dirname "$0")"

demo=0
case "${1:-}" in
  --demo) demo=1 ;;
  "") ;;
  -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
  *) echo "unknown option: $1 (use --demo)" >&2; exit 2 ;;
esac

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "run.sh needs $tool on PATH" >&2; exit 1; }
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
data=.data
mkdir -p "$data/azurite" "$data/outbox" "$data/logs"

if [ ! -x node_modules/.bin/azurite ]; then
  echo "Installing Azurite (npm ci, about a minute the first time)…"
  npm ci --no-audit --no-fund --loglevel=error
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in 7071 7079 10000 10001 10002; do
  if port_busy "$port"; then
    echo "Port $port is already in use on 127.0.0.1; stop whatever holds it (another ./run.sh?) and try again." >&2
    exit 1
  fi
done

echo "Building the local host…"
dotnet build local/FollowUp.LocalHost -c Release --nologo -v quiet -clp:ErrorsOnly

azurite_pid="" host_pid=""
cleanup() {
  trap - EXIT INT TERM
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true
  if [ -n "$azurite_pid" ]; then
    kill "$azurite_pid" 2>/dev/null || true
    # Azurite closes its ports first and writes its databases to .data/azurite after: give it time to
    # finish (a few seconds) so nothing is lost, and only then make sure a lingering process is gone.
    for _ in $(seq 1 200); do kill -0 "$azurite_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$azurite_pid" 2>/dev/null || true
  fi
  echo "FollowUp stopped."
}
trap cleanup EXIT INT TERM

node_modules/.bin/azurite --silent --location "$data/azurite" \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --skipApiVersionCheck \
  >"$data/logs/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 100); do port_busy 10002 && port_busy 10001 && port_busy 10000 && break; sleep 0.1; done
port_busy 10002 || { echo "Azurite did not start; see $data/logs/azurite.log" >&2; exit 1; }

if [ "$demo" -eq 1 ]; then
  export FollowUp__Policy__ReplyWindow=PT20S
  export FollowUp__Policy__NoResponseWindow=PT20S
  export FollowUp__Policy__NurtureAfter=PT40S
  export FollowUp__Policy__BookingWindow=PT20S
  export FollowUp__Policy__ReminderBefore=PT20S
  export FollowUp__Policy__KeepOpenFor=PT2M
  export FollowUp__Policy__SendWindow=00:00-24:00
fi

dotnet local/FollowUp.LocalHost/bin/Release/net10.0/FollowUp.LocalHost.dll &
host_pid=$!

for _ in $(seq 1 150); do
  curl -fsS -o /dev/null http://localhost:7071/api/health 2>/dev/null && break
  kill -0 "$host_pid" 2>/dev/null || { echo "The local host exited; see the messages above." >&2; exit 1; }
  sleep 0.2
done

cat <<INFO

FollowUp is running locally.
  Form     http://localhost:7071/api/form
  API      http://localhost:7071/api/interviews   (POST a report; GET /api/interviews/{id})
  Health   http://localhost:7071/api/health
  Outbox   $(pwd)/$data/outbox   (every email as an .eml file)
INFO
if [ "$demo" -eq 1 ]; then
  echo "  Demo policy: reply window 20 s, no-response 20 s, nurture 40 s, booking 20 s, reminder 20 s before, any hour."
fi
echo "Ctrl-C stops FollowUp."
wait "$host_pid"
