#!/usr/bin/env bash
# The platform benchmark: starts the whole platform as the AppHost runs it (local RabbitMQ, five
# services on SQLite), then prints the broker's publish→consume bound, whole cases per second and the
# submission API's latency at a fixed rate; writes the figures to artifacts/bench/platform.json.
#   scripts/bench.sh [--cases N] [--concurrency C] [--broker-messages M] [--rate R] [--requests K] [--provider Sqlite|Postgres] [--audit on|off]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cd "$root"
dotnet run -c Release --project bench/NomadPlatform.Bench -- platform --json artifacts/bench/platform.json "$@"
