#!/usr/bin/env bash
# Runs the whole platform: RabbitMQ, the five services (one SQLite database each) and the Aspire dashboard.
#   scripts/run.sh                      embedded defaults
#   scripts/run.sh --Database:Provider=Postgres --ConnectionStrings:postgres="Host=...;Username=..."
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cd "$root"
dotnet build NomadPlatform.sln -v q -nologo
echo
echo "Dashboard: open the 'Login to the dashboard at http://localhost:18888/login?t=…' link the AppHost prints below"
echo "           (its telemetry and resource endpoints take only the AppHost's own keys)"
echo "Services: identity :5101, hubintake :5111, approval :5121, arrival :5131, pscissuance :5141"
echo "Walk one case: scripts/demo.sh      Stop: Ctrl+C"
echo
exec dotnet run --no-build --project AppHost --launch-profile http -- "$@"
