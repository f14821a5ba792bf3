#!/usr/bin/env bash
# The end-to-end suites drive Debian's Chromium through playwright-core (never a downloaded browser).
# Installs it, with CJK fonts for legible screenshots, where it is missing and we may install.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium and CJK fonts (apt-get)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
if [ -x "$browser" ]; then exit 0; fi
cat >&2 <<MSG
Chromium is needed for the end-to-end tests and was not found at $browser.
Install it, e.g. on Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk
or point CHROMIUM_PATH at an installed Chromium or Chrome binary.
MSG
exit 1
