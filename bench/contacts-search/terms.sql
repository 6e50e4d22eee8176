-- 2,000 search terms drawn from the data, as a user would type them: a piece of a name (40 %),
-- of an e-mail (20 %), of a phone number (20 %), or a contact number (20 %). For each, the SQL
-- parameters ContactSearch would bind: the organisation, the LIKE pattern and, for a number, the number.
\set ON_ERROR_STOP on
select setseed(0.17) \g /dev/null
drop table if exists public.bench_term;
create table public.bench_term (id int primary key, kind text, term text, org uuid, is_number int,
                                number bigint, pattern text);
with sample as (
  select row_number() over () as id, c.organisation_id, c.number, c.last_name, c.company_name, c.email,
         regexp_replace(c.phone, '[^0-9+]', '', 'g') as digits, random() as r, random() as r2
    from (select * from contacts.contact tablesample system (1) repeatable (7) order by random() limit 2000) c
), term as (
  select id, organisation_id,
         case when r < 0.4 then 'name' when r < 0.6 then 'email' when r < 0.8 then 'phone' else 'number' end as kind,
         case when r < 0.4 then lower(substr(coalesce(last_name, company_name), 1 + floor(r2 * 3)::int, 3 + floor(r2 * 3)::int))
              when r < 0.6 then lower(substr(email, 1, position('.' in email) + 1 + floor(r2 * 4)::int))
              when r < 0.8 then substr(digits, 5 + floor(r2 * 3)::int, 6)
              else (1 + floor(r2 * 100000))::bigint::text end as term
    from sample
)
insert into public.bench_term
select id, kind, term, organisation_id,
       (kind = 'number')::int,
       case when kind = 'number' then term::bigint else -1 end,
       -- ContactSearch: lower-cased, LIKE-escaped (no % or _ occurs in these terms), wrapped in %.
       '%' || term || '%'
  from term;
analyze public.bench_term;
select kind, count(*), min(term), max(term) from public.bench_term group by kind order by kind;
