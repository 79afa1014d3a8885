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
# The erasure scan (PostgresErasureScanTest) reads the cluster's files raw. The hub lets go of the WAL segments that
# held an erased key (docs/operations-hub.md, "Wissen op PostgreSQL"), which needs the same set-up as production:
# the right to checkpoint and to switch WAL segments, and wal_recycle = off so old segments are removed, not reused.
su postgres -c "psql -q -c 'GRANT pg_checkpoint TO werkmap_test'"
su postgres -c "psql -q -d $DB -c 'GRANT EXECUTE ON FUNCTION pg_switch_wal() TO werkmap_test'"
su postgres -c "psql -q -c 'ALTER SYSTEM SET wal_recycle = off'"
su postgres -c "psql -q -c 'SELECT pg_reload_conf()'" >/dev/null
PGDATA_DIR=$(su postgres -c "psql -Atq -c 'SHOW data_directory'")
trap 'su postgres -c "dropdb --if-exists $DB"' EXIT
export WERKMAP_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
export WERKMAP_TEST_PG_USER=werkmap_test
export WERKMAP_TEST_PG_PASSWORD="$PASSWORD"
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_ARGS:-} test -Dgroups=postgres -Dwerkmap.test.pgdata="$PGDATA_DIR" -Dtest='nl.werkmap.hub.PostgresHubTest,nl.werkmap.hub.store.PostgresHubAdminTest,nl.werkmap.hub.store.PostgresAtRestTest,nl.werkmap.hub.store.PostgresErasureTest,nl.werkmap.sync.PostgresErasureScanTest' -Dsurefire.failIfNoSpecifiedTests=false
