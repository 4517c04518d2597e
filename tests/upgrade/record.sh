#!/usr/bin/env bash
# Records the upgrade fixture with the release in this clone: builds the local host, starts a fresh
# Azurite on a data folder, plays cases up to every waiting stage of the playbook over HTTP, stops
# the host and Azurite cleanly while every wait is still pending, and writes
#   tests/upgrade/fixture/vN.tar.gz      Azurite's data, the outbox (.eml) and dev-secrets.json (N = the playbook version)
#   tests/upgrade/fixture/manifest.json  each case: branch, stage at recording, expected end, emails expected afterwards
# FollowUp.Upgrade.Tests then resumes these cases with the code of a later release (tests/upgrade/README.md).
# Cases and expected ends follow the playbook version of this clone (FollowUpInput.CurrentVersion).
#   tests/upgrade/record.sh [--out DIR] [--keep]
#     --out DIR   write the fixture there instead (default: tests/upgrade/fixture of this clone)
#     --keep      keep the working folder (logs, raw data) and print where it is
# Needs dotnet, node/npm (Azurite from the committed lock file), curl, jq, openssl, tar, gzip.
# Takes about 20 s after the build; every wait left pending is at most 60 s long, so the
# recording must not stall: it fails (and says so) rather than write a fixture whose waits expired.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

out="$root/tests/upgrade/fixture"
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] || { echo "--out needs a folder" >&2; exit 2; }; out=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

for tool in dotnet node npm curl jq openssl tar gzip; do
  command -v "$tool" >/dev/null || { echo "record.sh needs $tool on PATH" >&2; exit 1; }
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
task_hub=FollowUpLocal
# The longest wait left pending; the test's deadline is sized on it.
pending=PT60S
pending_seconds=60
# A wait must still have this long to run when the host stops, to cover stopping the host and Azurite.
margin_seconds=10

log() { printf '[record %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { printf '[record] FAILED: %s\n' "$*" >&2; exit 1; }

if [ ! -x node_modules/.bin/azurite ]; then
  log "installing Azurite (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "building the local host of this clone (Release)…"
dotnet build local/FollowUp.LocalHost -c Release -m:1 --nologo -v quiet -clp:ErrorsOnly
host_dll="$root/local/FollowUp.LocalHost/bin/Release/net10.0/FollowUp.LocalHost.dll"
playbook_version=$(sed -n 's/.*const int CurrentVersion = \([0-9]*\);.*/\1/p' orchestrations/FollowUp.Orchestrations/Playbook/FollowUpInput.cs)
[ -n "$playbook_version" ] || fail "could not read FollowUpInput.CurrentVersion"
# The cases and their expected ends describe what a playbook version does; this script knows versions
# up to this one. A newer version may end the same cases differently: describe it here first (the
# cases whose path changed, their stages and emails, keyed on the version) and raise this number.
# Version 4 (lean intake, same-day steps in parallel) moved no case's stages or emails: its cases
# and expected ends are version 3's.
newest_known_version=4
[ "$playbook_version" -le "$newest_known_version" ] \
  || fail "playbook version $playbook_version is newer than the $newest_known_version this script describes: add what version $playbook_version does with these cases to record.sh (see tests/upgrade/README.md)"
# Version 3: a reply neither settles a nurture nor lets a booked interview's reminder go unheld, and a
# dropped booked date is cancelled in the candidate's calendar.
v3=false
[ "$playbook_version" -ge 3 ] && v3=true
commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
# Recording usually happens before the fixture itself is committed; what matters is whether what
# the local host and Azurite are built from is exactly the commit named.
host_sources=(api email local orchestrations storage Directory.Build.props Directory.Packages.props global.json package.json package-lock.json)
if [ -z "$(git status --porcelain -- "${host_sources[@]}" 2>/dev/null)" ]; then sources_differ=false; else sources_differ=true; fi
describe=$(git describe --tags --always 2>/dev/null || echo unknown)

work=$(mktemp -d "${TMPDIR:-/tmp}/followup-record-XXXXXX")
data="$work/data"
outbox="$data/outbox"
mkdir -p "$work/azurite" "$outbox" "$work/logs"

azurite_pid="" host_pid=""
stop_host() {
  [ -n "$host_pid" ] || return 0
  kill -TERM "$host_pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$host_pid" 2>/dev/null; then
    kill -KILL "$host_pid" 2>/dev/null || true
    host_pid=""
    return 1
  fi
  wait "$host_pid" 2>/dev/null || true
  host_pid=""
}
# Azurite closes its ports first and writes its databases after: wait for the process to end, so the
# data folder is complete, and only then make sure nothing lingers.
stop_azurite() {
  [ -n "$azurite_pid" ] || return 0
  kill -TERM "$azurite_pid" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$azurite_pid" 2>/dev/null || break; sleep 0.1; done
  local clean=0
  kill -0 "$azurite_pid" 2>/dev/null && { kill -KILL "$azurite_pid" 2>/dev/null || true; clean=1; }
  wait "$azurite_pid" 2>/dev/null || true
  azurite_pid=""
  return "$clean"
}
cleanup() {
  trap - EXIT INT TERM
  stop_host || true
  stop_azurite || true
  if [ "$keep" -eq 1 ]; then log "working folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT INT TERM

# Five distinct free loopback ports, held together so none repeats: nothing else on this machine
# (another ./run.sh, other tests) is disturbed and none disturbs the recording.
read -r blob_port queue_port table_port http_port sidecar_port < <(node -e '
  const net = require("net"); const servers = []; let bound = 0;
  for (let i = 0; i < 5; i++) {
    const s = net.createServer(); servers.push(s);
    s.listen(0, "127.0.0.1", () => { if (++bound === 5) { console.log(servers.map(x => x.address().port).join(" ")); servers.forEach(x => x.close()); } });
  }')
account=devstoreaccount1
# Azurite's fixed, publicly documented development key; not a secret.
account_key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
storage="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob_port/$account;QueueEndpoint=http://127.0.0.1:$queue_port/$account;TableEndpoint=http://127.0.0.1:$table_port/$account;"
base="http://127.0.0.1:$http_port/api"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

log "starting Azurite on a fresh data folder…"
# No --debug and --silent: the fixture holds only the data, never an access or debug log.
node_modules/.bin/azurite --silent --location "$work/azurite" \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" --skipApiVersionCheck --loose --disableTelemetry \
  >"$work/logs/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 300); do port_open "$table_port" && port_open "$queue_port" && port_open "$blob_port" && break; sleep 0.1; done
port_open "$table_port" || fail "Azurite did not start: $(cat "$work/logs/azurite.log")"

# $1 = run name; the remaining arguments are NAME=VALUE policy settings for this run. A case copies
# the policy into its input when reported, so each run's cases keep that run's durations for life.
start_host() {
  local run=$1; shift
  (cd "$work" && exec env \
    AzureWebJobsStorage="$storage" FollowUpTaskHub="$task_hub" \
    FollowUp__Local__HttpPort="$http_port" FollowUp__Local__SidecarPort="$sidecar_port" \
    FollowUp__Local__DataDirectory="$data" FollowUp__Email__PickupDirectory="$outbox" \
    FollowUp__PublicBaseUrl="http://127.0.0.1:$http_port" \
    FollowUp__Policy__SendWindow=00:00-24:00 \
    "$@" dotnet "$host_dll") >"$work/logs/host-$run.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "$base/health" 2>/dev/null && return 0
    kill -0 "$host_pid" 2>/dev/null || fail "the local host ($run) exited: $(cat "$work/logs/host-$run.log")"
    sleep 0.1
  done
  fail "the local host ($run) did not become healthy: $(cat "$work/logs/host-$run.log")"
}

iso_in() { date -u -d "@$(( $(date +%s) + $1 ))" +%Y-%m-%dT%H:%M:%SZ; }

# $1 id, $2 reaction, $3 locale; optional $4 = nextInterview JSON. Each candidate has an address of
# their own: an opt-out is stored by address and must not silence another case.
report() {
  local id=$1 reaction=$2 locale=$3 next=${4:-null} name feedback
  if [ "$locale" = ja ]; then
    name="佐藤 花子"
    feedback='{"positive":["決済基盤の移行を分かりやすく説明してくださった点"],"improve":["成果を数字で示すと伝わりやすくなります"],"prepare":["設計したシステムを一つ説明できるように"]}'
  else
    name="Alex Morgan"
    feedback='{"positive":["A clear account of the payments migration"],"improve":["Put numbers on results; it lands with any company"],"prepare":["One system you designed, in ten minutes"]}'
  fi
  jq -n --arg id "$id" --arg reaction "$reaction" --arg locale "$locale" --arg name "$name" \
    --arg at "$(iso_in -2)" --argjson feedback "$feedback" --argjson next "$next" '{
      interviewId: $id, interviewedAt: $at, reaction: $reaction,
      candidate: { name: $name, email: ($id + "@example.com"), locale: $locale,
                   timeZone: (if $locale == "ja" then "Asia/Tokyo" else "Europe/London" end) },
      owner: { name: "山根 健", email: "owner@example.co.jp" },
      feedback: $feedback
    } + (if $next == null then {} else { nextInterview: $next } end)' >"$work/report-$id.json"
  local code
  code=$(curl -sS -o "$work/logs/answer-$id.json" -w '%{http_code}' -X POST "$base/interviews" \
    -H 'Content-Type: application/json' --data-binary "@$work/report-$id.json")
  [ "$code" = 202 ] || fail "report $id answered $code: $(cat "$work/logs/answer-$id.json")"
}

next_interview() { # $1 = seconds from now
  jq -n --arg at "$(iso_in "$1")" '{ startsAt: $at, durationMinutes: 60, with: "CEO 山根", location: "https://meet.example.com/abc-defg-hij" }'
}

status() { curl -fsS "$base/interviews/$1"; }

wait_stage() { # $1 id, $2 stage (API spelling)
  local s=""
  for _ in $(seq 1 300); do
    s=$(status "$1" 2>/dev/null | jq -r '.stage // empty') || true
    [ "$s" = "$2" ] && return 0
    sleep 0.1
  done
  fail "$1 never reached stage $2 (last: ${s:-none})"
}

eml_of() { ls "$outbox"/"$1".*."$2".eml 2>/dev/null | head -n 1; }

wait_email() { # $1 id, $2 kind
  for _ in $(seq 1 300); do [ -n "$(eml_of "$1" "$2")" ] && return 0; sleep 0.1; done
  fail "no $2 email for $1; outbox: $(ls "$outbox")"
}

# The unfolded value of one header of an .eml (long headers are folded onto indented lines).
header() {
  awk -v want="$(printf '%s' "$2" | tr 'A-Z' 'a-z')" '
    /^\r?$/ { exit }
    /^[ \t]/ { if (on) value = value $0; next }
    { if (on) exit; i = index($0, ":"); if (tolower(substr($0, 1, i - 1)) == want) { on = 1; value = substr($0, i + 1) } }
    END { if (on) { gsub(/\r/, "", value); sub(/^[ \t]+/, "", value); print value } }' "$1"
}

# The candidate opts out from the real email ($1 id, $2 kind of that email) as a mail client's
# RFC 8058 one-click does: a POST to the List-Unsubscribe link. (Releases before the confirmation
# page opted out on a GET too; a POST works with both.)
opt_out() {
  local link code
  link=$(header "$(eml_of "$1" "$2")" List-Unsubscribe | grep -o '<http[^>]*>' | head -n 1 | tr -d '<>')
  [ -n "$link" ] || fail "no opt-out link in the $2 email of $1"
  code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST --data 'List-Unsubscribe=One-Click' "$link")
  [ "$code" = 200 ] || fail "opt-out link of $1 answered $code"
}

# The candidate answers the real email ($1 id, $2 kind, $3 text), delivered as the mail webhook posts it.
reply() {
  local id=$1 eml to subject secret signature code
  eml=$(eml_of "$1" "$2")
  to=$(header "$eml" Reply-To | grep -o '[^<> ,"]*@[^<> ,"]*' | head -n 1)
  [ -n "$to" ] || fail "no reply address in the $2 email of $id"
  subject=$(header "$eml" Subject)
  jq -cn --arg mid "<reply-$id@mail.example.com>" --arg from "$id@example.com" --arg to "$to" \
    --arg subject "Re: $subject" --arg text "$3" \
    '{ messageId: $mid, from: $from, to: [$to], subject: $subject, text: $text }' | tr -d '\n' >"$work/reply-$id.json"
  secret=$(jq -r .FollowUp.Inbound.SigningSecret "$data/dev-secrets.json")
  signature=$(openssl dgst -sha256 -hmac "$secret" -hex <"$work/reply-$id.json" | sed 's/.* //')
  code=$(curl -sS -o "$work/logs/reply-$id.json" -w '%{http_code}' -X POST "$base/inbound-email" \
    -H "X-FollowUp-Signature: sha256=$signature" -H 'Content-Type: application/json' --data-binary "@$work/reply-$id.json")
  [ "$code" = 202 ] || fail "reply for $id answered $code: $(cat "$work/logs/reply-$id.json")"
}

# The interviewer keeps the booked date after the candidate's reply (version 3's held reminder).
confirm_date() { # $1 id
  local code
  code=$(curl -sS -o "$work/logs/confirm-$1.json" -w '%{http_code}' -X POST "$base/interviews/$1/confirm-date")
  [ "$code" = 202 ] || fail "date confirmation of $1 answered $code: $(cat "$work/logs/confirm-$1.json")"
}

change_reaction() { # $1 id, $2 body
  local code
  code=$(curl -sS -o "$work/logs/reaction-$1.json" -w '%{http_code}' -X POST "$base/interviews/$1/reaction" \
    -H 'Content-Type: application/json' --data "$2")
  [ "$code" = 202 ] || fail "reaction change of $1 answered $code: $(cat "$work/logs/reaction-$1.json")"
}

# Run 1: short reply and booking windows, so two cases move past their first deadline while the
# recording runs; what they wait for next (no-response, keep-open) is left pending.
run1=(FollowUp__Policy__ReplyWindow=PT2S FollowUp__Policy__NoResponseWindow=$pending
      FollowUp__Policy__BookingWindow=PT2S FollowUp__Policy__NurtureAfter=$pending
      FollowUp__Policy__ReminderBefore=$pending FollowUp__Policy__KeepOpenFor=$pending)
log "run 1: cases that pass their first deadline during the recording…"
start_host run1 "${run1[@]}"
report upg-considering-status-checked considering en
report upg-proceed-booking-overdue proceed ja
report upg-declined declined ja
wait_stage upg-considering-status-checked statusCheckSent
wait_stage upg-proceed-booking-overdue bookingOverdue
wait_stage upg-declined declined
stop_host || fail "the run 1 host did not stop within 30 s"

# Run 2: every first wait is the pending length, and what follows after the upgrade is short, so the
# test sees every case to its end within a few minutes. The reminder comes half a minute before the
# interview: a booked interview 28 s short of the pending length is then reminded at 58 s, and one
# just under the pending length leaves half a minute to reply before its reminder (version 3 holds
# it then, until the interview, which is the wait left pending).
reminder_before_seconds=30
booked_in=$((pending_seconds + reminder_before_seconds - 2))
held_in=$((pending_seconds - 2))
run2=(FollowUp__Policy__ReplyWindow=$pending FollowUp__Policy__NoResponseWindow=PT15S
      FollowUp__Policy__BookingWindow=$pending FollowUp__Policy__NurtureAfter=$pending
      FollowUp__Policy__ReminderBefore=PT${reminder_before_seconds}S FollowUp__Policy__KeepOpenFor=PT15S)
log "run 2: cases left at their first wait (playbook version $playbook_version)…"
start_host run2 "${run2[@]}"
# The reply that holds a reminder must come before the reminder's time: this case goes first.
if $v3; then replied_in=$held_in; else replied_in=$booked_in; fi
report upg-proceed-booked-replied proceed en "$(next_interview "$replied_in")"
report upg-considering-awaiting-reply considering ja
report upg-undecided-nurturing undecided ja
report upg-proceed-awaiting-booking proceed en
report upg-proceed-booked proceed ja "$(next_interview "$booked_in")"
report upg-undecided-then-considering undecided en
report upg-considering-opted-out considering en
report upg-undecided-replied undecided en
if $v3; then
  report upg-proceed-booked-confirmed proceed ja "$(next_interview "$booked_in")"
  report upg-proceed-booked-then-considering proceed en "$(next_interview "$booked_in")"
fi
wait_email upg-proceed-booked-replied ProceedConfirmation
reply upg-proceed-booked-replied ProceedConfirmation "Could we move it to the afternoon? Otherwise the time works."
# "Not now" is no answer to move an undecided case on: the owner hears of it, the case stays.
wait_email upg-undecided-replied UndecidedThanks
reply upg-undecided-replied UndecidedThanks "Thank you. I'm staying where I am for now, but I'd be glad to hear from you in the spring."
if $v3; then
  wait_email upg-proceed-booked-confirmed ProceedConfirmation
  reply upg-proceed-booked-confirmed ProceedConfirmation "夕方に変更していただくことは可能でしょうか。難しければこのままで大丈夫です。"
  wait_stage upg-proceed-booked-confirmed reminderHeld
  confirm_date upg-proceed-booked-confirmed
  wait_stage upg-proceed-booked-then-considering interviewScheduled
  change_reaction upg-proceed-booked-then-considering '{"reaction":"considering"}'
fi
wait_email upg-considering-opted-out ConsideringThanks
opt_out upg-considering-opted-out ConsideringThanks
wait_stage upg-undecided-then-considering nurturing
change_reaction upg-undecided-then-considering '{"reaction":"considering"}'
wait_email upg-undecided-then-considering ConsideringThanks
wait_stage upg-undecided-then-considering awaitingReply
wait_stage upg-considering-awaiting-reply awaitingReply
wait_stage upg-undecided-nurturing nurturing
wait_stage upg-proceed-awaiting-booking awaitingBooking
wait_stage upg-proceed-booked interviewScheduled
wait_email upg-proceed-booked-replied OwnerReplyReceived
wait_email upg-undecided-replied OwnerReplyReceived
if $v3; then
  wait_stage upg-proceed-booked-replied reminderHeld
  wait_stage upg-undecided-replied nurturing
  wait_email upg-proceed-booked-confirmed OwnerReplyReceived
  # Released: back to the reminder's wait.
  wait_stage upg-proceed-booked-confirmed interviewScheduled
  wait_email upg-proceed-booked-then-considering InterviewCancelled
  wait_email upg-proceed-booked-then-considering ConsideringThanks
  wait_stage upg-proceed-booked-then-considering awaitingReply
else
  wait_stage upg-undecided-replied replied
fi
for _ in $(seq 1 100); do
  [ "$(status upg-considering-opted-out | jq -r .optedOut)" = true ] && break
  sleep 0.1
done

# What the cases look like now, read before anything stops, and proof that each wait is still ahead.
ids=(upg-considering-awaiting-reply upg-considering-status-checked upg-undecided-nurturing
     upg-proceed-awaiting-booking upg-proceed-booking-overdue upg-proceed-booked upg-proceed-booked-replied
     upg-undecided-then-considering upg-considering-opted-out upg-undecided-replied upg-declined)
if $v3; then ids+=(upg-proceed-booked-confirmed upg-proceed-booked-then-considering); fi
now=$(date +%s)
for id in "${ids[@]}"; do
  status "$id" >"$work/status-$id.json"
  due=$(jq -r '.nextActionAt // empty' "$work/status-$id.json")
  [ -z "$due" ] && continue
  left=$(( $(date -u -d "$due" +%s) - now ))
  [ "$left" -ge "$margin_seconds" ] || fail "$id's wait ends in ${left}s, too soon to stop before it: the machine was too slow; run record.sh again"
  [ "$left" -le "$((pending_seconds + 5))" ] || fail "$id waits ${left}s, longer than the ${pending_seconds}s the fixture allows"
done
recorded_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)

log "stopping the host, then Azurite (letting it save its data)…"
stop_host || fail "the run 2 host did not stop within 30 s"
stop_azurite || fail "Azurite did not exit within 60 s of SIGTERM; its data may be incomplete"
stopped=$(date +%s)
for id in "${ids[@]}"; do
  due=$(jq -r '.nextActionAt // empty' "$work/status-$id.json")
  [ -z "$due" ] && continue
  [ "$(date -u -d "$due" +%s)" -gt "$stopped" ] || fail "$id's wait ended before Azurite stopped; run record.sh again"
done
grep -q upg-considering-opted-out "$work"/azurite/__azurite_db_table__.json \
  || fail "Azurite's table database does not hold the last cases: it did not save"

# The manifest: what each case is, how it stood at recording, and how it must end under a later release.
case_json() { # id branch locale story finalStage optedOut emailsAfter...
  local id=$1 branch=$2 locale=$3 story=$4 final=$5 opted=$6; shift 6
  jq -n --arg id "$id" --arg branch "$branch" --arg locale "$locale" --arg story "$story" --arg final "$final" \
    --argjson opted "$opted" --argjson after "$(printf '%s\n' "$@" | jq -R . | jq -s 'map(select(length > 0))')" \
    --argjson now "$(cat "$work/status-$id.json")" \
    --argjson sent "$(ls "$outbox" | grep "^$id\." | sed 's/\.eml$//' | awk -F. '{ print $NF }' | jq -R . | jq -s .)" '{
      interviewId: $id, branch: $branch, locale: $locale, story: $story,
      atRecording: { runtimeStatus: $now.runtimeStatus, reaction: $now.reaction, stage: $now.stage,
                     nextAction: $now.nextAction, nextActionAt: $now.nextActionAt,
                     optedOut: $now.optedOut, emails: $sent },
      expected: { runtimeStatus: "Completed", stage: $final, optedOut: $opted, emailsAfter: $after }
    }'
}
{
  case_json upg-considering-awaiting-reply considering ja "considering; thank-you sent, waiting for a reply (ReplyWindow)" \
    noResponse false StatusCheck OwnerNoReply OwnerNoResponseClosed
  case_json upg-considering-status-checked considering en "considering; no reply, status check sent, waiting before closing as no-response (NoResponseWindow)" \
    noResponse false OwnerNoResponseClosed
  case_json upg-undecided-nurturing undecided ja "undecided; in the talent pool, waiting for the check-in (NurtureAfter)" \
    checkInSent false NurtureCheckIn OwnerNurtureReachOut
  case_json upg-proceed-awaiting-booking proceed en "proceed without a date; first OwnerBookNow sent, waiting for the booking (BookingWindow)" \
    bookingOverdue false OwnerBookNow
  case_json upg-proceed-booking-overdue proceed ja "proceed without a date; no booking, second OwnerBookNow sent, in keep-open (KeepOpenFor)" \
    bookingOverdue false
  case_json upg-proceed-booked proceed ja "proceed with a date; confirmation sent, waiting for the reminder (ReminderBefore)" \
    interviewScheduled false InterviewReminder
  if $v3; then
    case_json upg-proceed-booked-replied proceed en "proceed with a date; the candidate replied before the reminder (owner told): the reminder is held until the interviewer confirms the date, which never comes, so the hold ends at the interview" \
      interviewScheduled false
  else
    case_json upg-proceed-booked-replied proceed en "proceed with a date; the candidate replied (owner told), still waiting for the reminder" \
      interviewScheduled false InterviewReminder
  fi
  case_json upg-undecided-then-considering considering en "reported undecided, changed to considering while nurturing (continue-as-new); waiting for a reply" \
    noResponse false StatusCheck OwnerNoReply OwnerNoResponseClosed
  case_json upg-considering-opted-out considering en "considering; the candidate opted out through the email's link while waiting for a reply" \
    noResponse true OwnerNoReply OwnerNoResponseClosed
  if $v3; then
    case_json upg-undecided-replied undecided en "undecided; the candidate replied 'not now' (owner told, check-in date named), still nurturing: the check-in still goes out (NurtureAfter)" \
      checkInSent false NurtureCheckIn OwnerNurtureReachOut
  else
    case_json upg-undecided-replied undecided en "undecided; the candidate replied (owner told), settled, in keep-open (KeepOpenFor)" \
      replied false
  fi
  case_json upg-declined declined ja "declined; finished at once (control: a completed case stays as it is)" \
    declined false
  if $v3; then
    case_json upg-proceed-booked-confirmed proceed ja "proceed with a date; the candidate replied (reminder held), the interviewer confirmed the date (confirm-date): released, waiting for the reminder" \
      interviewScheduled false InterviewReminder
    case_json upg-proceed-booked-then-considering considering en "reported proceed with a date, changed to considering (the booked date cancelled with a calendar CANCEL); waiting for a reply" \
      noResponse false StatusCheck OwnerNoReply OwnerNoResponseClosed
  fi
} | jq -s --arg hub "$task_hub" --arg at "$recorded_at" --arg commit "$commit" --arg describe "$describe" \
      --argjson differ "$sources_differ" --argjson version "$playbook_version" --argjson pending "$pending_seconds" \
      --argjson run1 "$(printf '%s\n' "${run1[@]}" | jq -R 'split("=") | { (.[0] | sub("FollowUp__Policy__"; "")): .[1] }' | jq -s add)" \
      --argjson run2 "$(printf '%s\n' "${run2[@]}" | jq -R 'split("=") | { (.[0] | sub("FollowUp__Policy__"; "")): .[1] }' | jq -s add)" '{
    fixture: ("v\($version).tar.gz"),
    contents: { azurite: "azurite/", outbox: "outbox/", secrets: "dev-secrets.json" },
    release: { commit: $commit, describe: $describe, hostSourcesDifferFromCommit: $differ, playbookVersion: $version },
    recordedAt: $at,
    taskHub: $hub,
    longestPendingWaitSeconds: $pending,
    policies: { run1: ($run1 + { SendWindow: "00:00-24:00" }), run2: ($run2 + { SendWindow: "00:00-24:00" }) },
    cases: .
  }' >"$work/manifest.json"

log "packing the fixture…"
pack="$work/pack"
mkdir -p "$pack/outbox"
cp -R "$work/azurite" "$pack/azurite"
# Only the data: Azurite's logs (if any) and the transport's half-written temporaries never belong in it.
find "$pack/azurite" -name '*.log' -delete
cp "$outbox"/*.eml "$pack/outbox/"
cp "$data/dev-secrets.json" "$pack/dev-secrets.json"
archive="v$playbook_version.tar.gz"
mkdir -p "$out"
# One folder holds one recording: an archive of another version left there would belong to no manifest.
rm -f "$out"/v*.tar.gz
# Sorted names, fixed owner and time: the same recording packs to the same bytes.
tar -C "$pack" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$recorded_at" -cf - azurite outbox dev-secrets.json \
  | gzip -9n >"$out/$archive"
cp "$work/manifest.json" "$out/manifest.json"
log "wrote $out/$archive ($(wc -c <"$out/$archive") bytes) and $out/manifest.json ($(jq '.cases | length' "$out/manifest.json") cases)"
