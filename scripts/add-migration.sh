#!/usr/bin/env bash
# Adds one EF Core migration to a service, for every provider it supports.
#   scripts/add-migration.sh <Service> <MigrationName>     e.g. scripts/add-migration.sh Approval AddBanRegistry
set -euo pipefail
service=${1:?service folder under services/, e.g. Approval}
name=${2:?migration name}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/services/$service"
dotnet tool restore >/dev/null
dotnet build -v q -nologo >/dev/null
declare -A connections=(
  [Sqlite]="Data Source=design.db"
  [Postgres]="Host=localhost;Database=design"
  [SqlServer]="Server=localhost;Database=design;TrustServerCertificate=true"
)
db=$(echo "$service" | tr '[:upper:]' '[:lower:]')db
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --context "${service}${provider}DbContext" \
    --output-dir "Infrastructure/Migrations/$provider" \
    -- --Database:Provider="$provider" "--ConnectionStrings:$db=${connections[$provider]}" \
       --ConnectionStrings:messaging=amqp://localhost --Identity:Authority=http://localhost
done
