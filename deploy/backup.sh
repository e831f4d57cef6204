#!/usr/bin/env bash
# Backs up Samverkan's database (Camunda's tables and the schema samverkan) into one file in pg_dump's custom
# format, while the application runs (pg_dump reads one consistent snapshot).
#
#   deploy/backup.sh FILE
#
# The database is reached as libpq reads it from the environment (PGHOST, PGPORT, PGUSER, PGPASSWORD);
# SAMVERKAN_BACKUP_DB names the database (default samverkan). PG_DUMP is the pg_dump to run, of the server's
# major version; under docker compose the database container's own:
#
#   PG_DUMP="docker compose exec -T db pg_dump" PGUSER=samverkan deploy/backup.sh samverkan-$(date +%F).dump
#
# See docs/OPERATIONS.md, Backup and restore.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "Ange filen att skriva säkerhetskopian till: deploy/backup.sh FIL" >&2
  exit 64
fi
file=$1
database=${SAMVERKAN_BACKUP_DB:-samverkan}
user=${PGUSER:-samverkan}
read -r -a pg_dump <<<"${PG_DUMP:-pg_dump}"

# the backup holds everything the application holds: readable by its owner only
umask 077
# written beside the file first: an interrupted backup never leaves a file that looks whole, nor a partial one
partial="$file.partial"
trap 'rm -f "$partial"' ERR
"${pg_dump[@]}" --username="$user" --format=custom --no-owner --no-privileges "$database" >"$partial"
mv "$partial" "$file"
echo "Säkerhetskopian av databasen $database är skriven till $file."
