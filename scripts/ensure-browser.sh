#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium (/usr/bin/chromium, driven by Playwright
# without its own browser download) and a CJK font (so Japanese renders instead of empty boxes).
# Idempotent and silent when both are present; installs the missing ones with apt-get otherwise.
# Exits non-zero with a message when it cannot.
set -euo pipefail

chromium=/usr/bin/chromium

has_chromium() { [ -x "$chromium" ]; }

has_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ja family 2>/dev/null | head -n 1)" ]; then
    return 0
  fi
  [ "$(dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null || true)" = "install ok installed" ]
}

missing=()
has_chromium || missing+=(chromium)
has_cjk_font || missing+=(fonts-noto-cjk)
[ "${#missing[@]}" -eq 0 ] && exit 0

fail() {
  echo "ensure-browser: $*" >&2
  echo "ensure-browser: the browser tests need: apt-get install -y ${missing[*]}" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get not found (this script installs Debian packages)."

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  fail "not root and no password-less sudo: cannot install ${missing[*]}."
fi

echo "ensure-browser: installing ${missing[*]} (a minute or two the first time)…"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "${as_root[@]}" apt-get update -qq >"$log" 2>&1; then
  cat "$log" >&2
  fail "apt-get update failed."
fi
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
  cat "$log" >&2
  fail "apt-get install ${missing[*]} failed."
fi

has_chromium || fail "$chromium is still missing after installing chromium."
has_cjk_font || fail "no Japanese font found after installing fonts-noto-cjk."
echo "ensure-browser: ready ($("$chromium" --version 2>/dev/null || echo chromium))."
