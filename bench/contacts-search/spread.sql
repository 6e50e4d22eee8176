-- The spread behind pgbench's averages: the count and the first page for the first 400 terms
-- (about 100 of each kind), one at a time, timed inside the server. EXECUTE plans each query with
-- its values, as PostgreSQL does for the first executions of the JDBC driver's prepared statements.
\set ON_ERROR_STOP on
create temporary table timing (kind text, matches bigint, ms numeric);
do $$
declare
  t record;
  started timestamptz;
  found bigint;
  condition text;
begin
  for t in select * from public.bench_term where id <= 400 order by id loop
    condition := case when t.is_number = 1
        then 'c.organisation_id = $1 and (c.number = $2 or c.search_text like $3)'
        else 'c.organisation_id = $1 and c.search_text like $3' end;
    started := clock_timestamp();
    execute 'select count(*) from contacts.contact c where ' || condition into found using t.org, t.number, t.pattern;
    execute 'select count(*) from (select c.id, c.number, c.kind, c.display_name, c.email, c.phone, c.city,
               c.contact_type_id, ty.name as contact_type_name, c.created_at, c.modified_at
          from contacts.contact c
          left join contacts.contact_type ty on ty.id = c.contact_type_id and ty.organisation_id = c.organisation_id
         where ' || condition || ' order by c.display_name, c.id limit 20 offset 0) page' using t.org, t.number, t.pattern;
    insert into timing values (t.kind, found, extract(epoch from clock_timestamp() - started) * 1000);
  end loop;
end $$;
\echo 'count + first page, ms, by kind of term'
select kind, count(*) as terms,
       round(percentile_cont(0.5) within group (order by matches)::numeric) as median_matches,
       max(matches) as max_matches,
       round(percentile_cont(0.5) within group (order by ms)::numeric, 1) as p50_ms,
       round(percentile_cont(0.95) within group (order by ms)::numeric, 1) as p95_ms,
       round(max(ms), 1) as max_ms
  from timing group by rollup (kind) order by kind nulls last;
\echo 'by number of matching contacts in the organisation'
select case when matches <= 10 then 'a: 0-10' when matches <= 100 then 'b: 11-100'
            when matches <= 1000 then 'c: 101-1000' else 'd: > 1000' end as matches,
       count(*) as terms,
       round(percentile_cont(0.5) within group (order by ms)::numeric, 1) as p50_ms,
       round(percentile_cont(0.95) within group (order by ms)::numeric, 1) as p95_ms,
       round(max(ms), 1) as max_ms
  from timing group by 1 order by 1;
