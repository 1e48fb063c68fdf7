#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are installed for the browser tests
# (/usr/bin/chromium, /usr/bin/chromedriver). Installs them with apt when running as root.
# No browser is ever downloaded from anywhere else. With --strict, exits 1 if they cannot be had.
set -uo pipefail
strict=false
[[ "${1:-}" == "--strict" ]] && strict=true
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  echo "Chromium and ChromeDriver present"; exit 0
fi
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null || true
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  echo "Chromium and ChromeDriver installed"; exit 0
fi
echo "!! Chromium or ChromeDriver unavailable: browser tests will be skipped" >&2
$strict && exit 1
exit 0
