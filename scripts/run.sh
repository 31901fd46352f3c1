#!/usr/bin/env bash
# Runs the whole platform: RabbitMQ, the five services (one SQLite database each) and the Aspire dashboard.
#   scripts/run.sh                      embedded defaults
#   scripts/run.sh --Database:Provider=Postgres --ConnectionStrings:postgres="Host=...;Username=..."
#   scripts/run.sh --Services:Replicas=2 --Messaging:Nodes=3   two instances of every service, a three-node broker cluster
#   scripts/run.sh --simulation         demonstrations and training: every service on a clock that
#                                       scripts/demo.sh --simulated moves; data under .data/simulation/
set -euo pipefail
args=()
simulation=false
for arg in "$@"; do
  if [[ $arg == --simulation ]]; then simulation=true; args+=(--Simulation:Enabled=true); else args+=("$arg"); fi
done
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cd "$root"
dotnet build NomadPlatform.sln -v q -nologo
echo
echo "Dashboard: open the 'Login to the dashboard at http://localhost:18888/login?t=…' link the AppHost prints below"
echo "           (its telemetry and resource endpoints take only the AppHost's own keys)"
echo "Services (HTTP API, OpenAPI at /openapi/v1.json): identity :5101, hubintake :5111, approval :5121, arrival :5131, pscissuance :5141, feed :5151 (partners' events), notifications :5171 (applicants' notices; mail inbox: the dashboard's 'mail' resource)"
echo "Portal (applicants sign in with EDS through NCALayer, or tools/NomadPlatform.NcaLayer in development): http://localhost:5161"
echo "gRPC (HTTP/2, a system token per call): identity :5102, hubintake :5112, approval :5122, arrival :5132"
if $simulation; then
  echo "SIMULATION: every service runs on a clock scripts/demo.sh --simulated moves (.data/simulation/clock-offset);"
  echo "            every response carries a Nomad-Simulated-Clock header. Never for real cases."
fi
echo "Walk one case: scripts/demo.sh (real clock) or scripts/demo.sh --simulated      Stop: Ctrl+C"
echo
exec dotnet run --no-build --project AppHost --launch-profile http -- "${args[@]}"
