#!/usr/bin/env bash
# Writes each service's idempotent SQL Server migration script to artifacts/sqlserver/<service>.sql.
# No SQL Server engine is needed: the scripts are generated from the compiled migrations.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/sqlserver"
mkdir -p "$out"
cd "$root"
dotnet tool restore >/dev/null
for dir in services/*/Infrastructure/Migrations/SqlServer; do
  service=$(basename "$(dirname "$(dirname "$(dirname "$dir")")")")
  db=$(echo "$service" | tr '[:upper:]' '[:lower:]')db
  (cd "services/$service" && dotnet ef migrations script --idempotent \
     --context "${service}SqlServerDbContext" --output "$out/$service.sql" \
     -- --Database:Provider=SqlServer "--ConnectionStrings:$db=Server=localhost;Database=$db;TrustServerCertificate=true" \
        --ConnectionStrings:messaging=amqp://localhost --Identity:Authority=http://localhost)
  echo "$out/$service.sql"
done
