#!/usr/bin/env bash
# Contact search at a million contacts: the SQL of contacts/ContactSearch.java (count + first
# page) on the schema of db/migration/V2__contacts.sql, timed with EXPLAIN (ANALYZE, BUFFERS) and
# pgbench. Not part of the test run. Results go to stdout and to ./results/ (not committed).
#
#   bench/contacts-search/run.sh                    # Debian's local PostgreSQL 15, started if down
#   BENCH_DB="host=db1 dbname=bench user=me" bench/contacts-search/run.sh   # any PostgreSQL 15+
#
# Environment: BENCH_DB (libpq conninfo; default: local cluster, database resa_bench, as postgres),
# BENCH_SECONDS (pgbench duration, default 20), BENCH_CLIENTS (default 2), BENCH_RUNS (default 3),
# BENCH_KEEP=1 to reuse the data of a previous run instead of generating it again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${BENCH_SECONDS:-20}"
clients="${BENCH_CLIENTS:-2}"
runs="${BENCH_RUNS:-3}"
out="$here/results"
mkdir -p "$out"
work="$(mktemp -d)"
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

if [ -n "${BENCH_DB:-}" ]; then
  db="$BENCH_DB"
  as=()
else
  # Debian's cluster: start it if it is down, connect through its socket as postgres.
  version="${BENCH_PG_VERSION:-15}"
  if ! pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online" {found=1} END {exit !found}'; then
    echo "bench: starting PostgreSQL $version main" >&2
    pg_ctlcluster "$version" main start
  fi
  if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); else as=(); fi
  if ! "${as[@]}" psql -X -qAt -d postgres -c "select 1 from pg_database where datname = 'resa_bench'" | grep -q 1; then
    "${as[@]}" psql -X -q -d postgres -c "create database resa_bench template template0 encoding 'UTF8' locale 'C.UTF-8'"
  fi
  db="dbname=resa_bench"
fi
psql_() { "${as[@]}" psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
# The bench files are copied where the postgres user can read them.
cp "$here"/*.sql "$root/src/main/resources/db/migration/V2__contacts.sql" "$work/"
chmod 644 "$work"/*.sql

echo "== machine"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpus: $(nproc), memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  psql_ -At -c "select version()"
  psql_ -At -c "select 'shared_buffers=' || current_setting('shared_buffers') || ', work_mem=' || current_setting('work_mem') || ', jit=' || current_setting('jit')"
} | tee "$out/machine.txt"

if [ "${BENCH_KEEP:-0}" != 1 ] || ! psql_ -At -c "select to_regclass('public.bench_term')" | grep -q bench_term; then
  echo "== schema (V2__contacts.sql) and 1,000,000 contacts"
  start=$(date +%s)
  psql_ -c "drop schema if exists contacts cascade" -c "create extension if not exists pg_trgm"
  psql_ -f "$work/V2__contacts.sql"
  psql_ -f "$work/generate.sql" >/dev/null
  psql_ -f "$work/terms.sql" | tee "$out/terms.txt"
  echo "generated and analysed in $(( $(date +%s) - start )) s" | tee "$out/generate.txt"
fi
psql_ -At -c "select 'contacts: ' || count(*) || ', table ' || pg_size_pretty(pg_table_size('contacts.contact')) || ', trigram index ' || pg_size_pretty(pg_relation_size('contacts.contact_search')) from contacts.contact" | tee -a "$out/machine.txt"

echo "== EXPLAIN (ANALYZE, BUFFERS): one term of each kind, count then first page"
: > "$out/explain.txt"
for kind in name email phone number; do
  read -r org is_number number pattern < <(psql_ -At -F ' ' -c \
    "select org, is_number, number, pattern from public.bench_term where kind = '$kind' order by id limit 1")
  if [ "$is_number" = 1 ]; then
    condition="c.organisation_id = '$org' and (c.number = $number or c.search_text like '$pattern')"
  else
    condition="c.organisation_id = '$org' and c.search_text like '$pattern'"
  fi
  {
    echo "---- $kind: $pattern"
    for query in "select count(*) from contacts.contact c where $condition" \
      "select c.id, c.number, c.kind, c.display_name, c.email, c.phone, c.city, c.contact_type_id, t.name as contact_type_name, c.created_at, c.modified_at from contacts.contact c left join contacts.contact_type t on t.id = c.contact_type_id and t.organisation_id = c.organisation_id where $condition order by c.display_name, c.id limit 20 offset 0"; do
      psql_ -c "$query" >/dev/null   # warm the cache once, then measure
      psql_ -c "explain (analyze, buffers) $query"
    done
  } >> "$out/explain.txt"
done
grep -E "^---- |Execution Time" "$out/explain.txt"

echo "== spread: 400 terms one at a time (count + first page)"
psql_ -f "$work/spread.sql" | tee "$out/spread.txt"

echo "== pgbench -n -M prepared -T $seconds -c $clients -f search.sql, $runs runs"
: > "$out/pgbench.txt"
for run in $(seq "$runs"); do
  {
    echo "---- run $run, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    # -M prepared: the JDBC driver also prepares statements it runs again; -r: per-statement latency.
    "${as[@]}" pgbench -n -M prepared -r -T "$seconds" -c "$clients" -j "$clients" -f "$work/search.sql" "$db" 2>&1
  } | tee -a "$out/pgbench.txt" | grep -E "^---- |latency average|tps|failed"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
