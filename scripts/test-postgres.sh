#!/bin/sh
# Runs the hub's PostgreSQL tests (JUnit tag "postgres") against a throw-away local PostgreSQL.
# Needs root for apt-get; installs the Debian postgresql package if pg_ctlcluster is missing.
set -eu
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$VERSION" main start 2>/dev/null || true
DB="werkmap_hub_test_$$"
PASSWORD="werkmap-test-$$"
su postgres -c "psql -q -c \"CREATE ROLE werkmap_test LOGIN PASSWORD '$PASSWORD'\"" 2>/dev/null \
  || su postgres -c "psql -q -c \"ALTER ROLE werkmap_test PASSWORD '$PASSWORD'\""
su postgres -c "createdb -O werkmap_test $DB"
trap 'su postgres -c "dropdb --if-exists $DB"' EXIT
export WERKMAP_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
export WERKMAP_TEST_PG_USER=werkmap_test
export WERKMAP_TEST_PG_PASSWORD="$PASSWORD"
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_ARGS:-} test -Dgroups=postgres -Dtest='nl.werkmap.hub.PostgresHubTest,nl.werkmap.hub.store.PostgresHubAdminTest,nl.werkmap.hub.store.PostgresAtRestTest,nl.werkmap.hub.store.PostgresErasureTest' -Dsurefire.failIfNoSpecifiedTests=false
