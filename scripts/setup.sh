#!/usr/bin/env bash
# Everything the platform and its tests need on a fresh Debian/Ubuntu machine that has the .NET 10 SDK.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
# PostgreSQL server binaries: the image's /usr/local/bin, else Debian's postgresql package.
if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
# The browser tests drive Debian's Chromium (Playwright's own download cannot be reached here).
if [ "${NOMAD_BROWSER_TESTS:-0}" = 1 ] && ! command -v chromium >/dev/null; then missing+=(chromium); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$root"
dotnet tool restore >/dev/null
