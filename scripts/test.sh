#!/usr/bin/env bash
# Runs every test: unit, integration (real SQLite, PostgreSQL and RabbitMQ), the whole platform
# through the AppHost, and its pages in Chromium (Playwright); then generates the SQL Server migration scripts (no engine runs here).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
NOMAD_BROWSER_TESTS=1 "$root/scripts/setup.sh"
cd "$root"
dotnet build NomadPlatform.sln -v q -nologo

log=$(mktemp)
status=0
for project in tests/*/*.csproj; do
  dotnet test "$project" --no-build --nologo 2>&1 | tee -a "$log" || status=1
done

# The newcomer's walk: a simulation of the whole platform through the AppHost, one case to its permit
# at any hour, every failing step's problem details printed (its data apart, under a fresh directory).
rm -rf "$root/.data/simulation"
mkdir -p "$root/.data"
# Pinned to a Monday whose next two months lie in years whose state duty (MCI) is data.
if timeout 900 "$root/scripts/demo.sh" --simulated --start 2026-11-02T04:00:00Z > "$root/.data/demo-simulated.log" 2>&1 && grep -q "status: PermitIssued" "$root/.data/demo-simulated.log"; then
  echo "Simulated demo: one case walked to its permit"
else
  echo "Simulated demo FAILED:"; tail -40 "$root/.data/demo-simulated.log"; status=1
fi

"$root/scripts/sqlserver-scripts.sh" >/dev/null || status=1
for script in artifacts/sqlserver/*.sql; do
  grep -q "CREATE TABLE" "$script" || { echo "SQL Server script $script has no tables"; status=1; }
done
echo "SQL Server migration scripts: $(ls artifacts/sqlserver/*.sql | wc -l) generated in artifacts/sqlserver/"

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
