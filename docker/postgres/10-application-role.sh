#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d).
# Onward's migrations create the `onward_app` role (rows only: no schema changes, no rewriting
# the audit trail) if it is missing; here it is made first, with `onward_api`, the login the API
# and the worker connect as (DATABASE_APP_URL), a member of it.
set -eu
: "${ONWARD_APP_PASSWORD:?Set ONWARD_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$ONWARD_APP_PASSWORD" <<'SQL'
CREATE ROLE onward_app NOLOGIN;
CREATE ROLE onward_api LOGIN PASSWORD :'app_password' IN ROLE onward_app;
SQL
