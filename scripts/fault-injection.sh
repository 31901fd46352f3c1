#!/usr/bin/env bash
# The full fault-injection run: starts the whole platform as the AppHost runs it, drives 1,000 cases
# in waves while each service (the feed too) is SIGKILLed and restarted in turn and the broker is
# restarted once, partners following through the broker and the feed (pull and webhook), then prints cases
# started/completed/refused/lost, duplicates, redelivered copies, events partners missed, undelivered
# outbox rows and restarts survived; exits non-zero on any loss or duplicate. Figures: artifacts/bench/faults.json.
# With --broker-nodes 3 the broker is a three-node cluster with quorum queues, and its first node is SIGKILLed instead;
# with --instances 2 every service runs twice and one instance of it is SIGKILLed while its twin carries on;
# --provider Postgres puts each service's database on a local PostgreSQL instead of SQLite files.
#   scripts/fault-injection.sh [--cases N] [--waves W] [--concurrency C] [--broker-nodes 1|3] [--instances 1|2] [--provider Sqlite|Postgres]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cd "$root"
dotnet run -c Release --project bench/NomadPlatform.Bench -- faults --json artifacts/bench/faults.json "$@"
