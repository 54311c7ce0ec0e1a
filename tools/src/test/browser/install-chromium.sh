#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser test (PageBrowserIT), when they are missing.
# Run by the test itself, so `./mvnw verify` on a clean machine needs nothing installed by hand.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
run() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
run apt-get update -q
run apt-get install -y -q --no-install-recommends chromium chromium-driver
chromium --version
