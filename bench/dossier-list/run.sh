#!/usr/bin/env bash
# Dossier list at 1,000,000 dossiers: the SQL of booking.DossierSearch (count + one page, with
# the products column) timed with EXPLAIN ANALYZE and pgbench on Debian's PostgreSQL 15.
# Not part of the test run. BENCH_KEEP=1 reuses the generated data.
#
#   bench/dossier-list/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
db=resa_dossier_list
psql_() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -d $db $*"; }

if ! pg_lsclusters --no-header | awk '$1 == 15 && $2 == "main" && $4 == "online" {f=1} END {exit !f}'; then
  pg_ctlcluster 15 main start
fi
if [ "${BENCH_KEEP:-0}" != 1 ] || ! su postgres -c "psql -XtAc \"select 1 from pg_database where datname = '$db'\"" | grep -q 1; then
  su postgres -c "dropdb --if-exists $db && createdb $db"
  for migration in V1__organisation.sql V6__booking.sql; do
    su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -d $db -f -" < "$root/src/main/resources/db/migration/$migration"
  done
  echo "generating 1,000,000 dossiers and 2,000,000 lines in 10 organisations…" >&2
  start=$(date +%s)
  su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -d $db -f -" < "$here/generate.sql"
  echo "generated in $(( $(date +%s) - start )) s" >&2
fi
echo "== plans (organisation 1 of 10, 100,000 dossiers)"
su postgres -c "psql -X -d $db -f -" < "$here/explain.sql" | grep -E "(^--|Execution Time|Planning Time)" || true
echo "== pgbench: each file 15 s, 2 clients"
for script in newest status_range contact product; do
  tps=$(su postgres -c "pgbench -n -M prepared -c 2 -j 2 -T 15 -f $here/$script.sql $db" 2>/dev/null | grep -E "^(tps|latency average)" | tr '\n' ' ')
  echo "$script: $tps"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
