#!/usr/bin/env bash
# The full malformed-input sweep: starts the whole platform and sends every HTTP operation in each
# agency's OpenAPI document and every gRPC method in contracts/Protos the test command's bad inputs
# plus N - 1 rounds of random bodies and messages; fails on any 5xx, gRPC INTERNAL/UNKNOWN, or error log.
#   scripts/malformed-sweep.sh [--rounds N]   (default 25; the test command runs 1)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=25
[[ "${1:-}" == "--rounds" ]] && rounds=${2:?rounds}
"$root/scripts/setup.sh"
cd "$root"
NOMAD_SWEEP_ROUNDS=$rounds dotnet test tests/NomadPlatform.PlatformTests --nologo \
  --filter "FullyQualifiedName~MalformedInputSweepTests" --logger "console;verbosity=detailed"
