#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an empty database, as it was when the backup was taken.
# Stop every node of the application first and start them again afterwards.
#
#   deploy/restore.sh FILE
#
# The database is reached as libpq reads it from the environment (PGHOST, PGPORT, PGUSER, PGPASSWORD);
# SAMVERKAN_BACKUP_DB names it (default samverkan); it must exist and be empty (a new database, or dropped
# and created again). PG_RESTORE and PSQL are the tools to run, of the server's major version; under
# docker compose the database container's own:
#
#   PG_RESTORE="docker compose exec -T db pg_restore" PSQL="docker compose exec -T db psql" \
#     PGUSER=samverkan deploy/restore.sh samverkan-2026-12-04.dump
#
# The restore is one transaction: it is either whole or not made at all. See docs/OPERATIONS.md.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -r "$1" ]; then
  echo "Ange en läsbar säkerhetskopia att återställa: deploy/restore.sh FIL" >&2
  exit 64
fi
file=$1
database=${SAMVERKAN_BACKUP_DB:-samverkan}
user=${PGUSER:-samverkan}
read -r -a pg_restore <<<"${PG_RESTORE:-pg_restore}"
read -r -a psql <<<"${PSQL:-psql}"

tables=$("${psql[@]}" --username="$user" --dbname="$database" --no-psqlrc --tuples-only --no-align --command \
  "select count(*) from pg_tables where schemaname in ('public', 'samverkan')")
if [ "$tables" != "0" ]; then
  echo "Databasen $database är inte tom ($tables tabeller). Återställ till en ny, tom databas:" \
    "stoppa applikationen, ta bort databasen och skapa den igen (se docs/OPERATIONS.md)." >&2
  exit 65
fi
"${pg_restore[@]}" --username="$user" --dbname="$database" --no-owner --no-privileges --exit-on-error \
  --single-transaction <"$file"
echo "Säkerhetskopian $file är återställd i databasen $database. Starta applikationen."
