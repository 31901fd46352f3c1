#!/usr/bin/env bash
# The platform benchmark: starts the whole platform as the AppHost runs it (local RabbitMQ, five
# services on SQLite), then prints the broker's publish→consume bound, whole cases per second and the
# submission API's latency at a fixed rate, and each part's CPU per whole case; writes the figures to
# artifacts/bench/platform.json. --profile also samples the services with Linux perf during the
# whole-case run and prints each one's ten costliest functions.
#   scripts/bench.sh [--cases N] [--concurrency C] [--broker-messages M] [--rate R] [--requests K] [--provider Sqlite|Postgres] [--audit on|off] [--tracing on|off] [--profile]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cd "$root"
dotnet run -c Release --project bench/NomadPlatform.Bench -- platform --json artifacts/bench/platform.json "$@"
