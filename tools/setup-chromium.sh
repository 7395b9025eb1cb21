#!/usr/bin/env bash
# Install Debian's headless-capable Chromium for the report's browser test (idempotent).
#
#   tools/setup-chromium.sh
#
# The tests start it as: chromium --headless --no-sandbox --disable-gpu
# --disable-background-networking ... (no network is needed: the report is self-contained).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
SUDO=()
[[ "$(id -u)" == 0 ]] || SUDO=(sudo)
echo "[setup-chromium] installing Debian's chromium" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q </dev/null >&2
"${SUDO[@]}" apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core </dev/null >&2
command -v chromium >/dev/null
