-- One contact search as ContactSearch.find runs it for the API and the screens: the count, then
-- the first page of 20. The term is drawn at random from bench_term.
\set id random(1, 2000)
select org, is_number, number, pattern from public.bench_term where id = :id \gset
\if :is_number
select count(*) from contacts.contact c where c.organisation_id = :org and (c.number = :number or c.search_text like :pattern);
select c.id, c.number, c.kind, c.display_name, c.email, c.phone, c.city, c.contact_type_id,
       t.name as contact_type_name, c.created_at, c.modified_at
  from contacts.contact c
  left join contacts.contact_type t on t.id = c.contact_type_id and t.organisation_id = c.organisation_id
 where c.organisation_id = :org and (c.number = :number or c.search_text like :pattern)
 order by c.display_name, c.id
 limit 20 offset 0;
\else
select count(*) from contacts.contact c where c.organisation_id = :org and c.search_text like :pattern;
select c.id, c.number, c.kind, c.display_name, c.email, c.phone, c.city, c.contact_type_id,
       t.name as contact_type_name, c.created_at, c.modified_at
  from contacts.contact c
  left join contacts.contact_type t on t.id = c.contact_type_id and t.organisation_id = c.organisation_id
 where c.organisation_id = :org and c.search_text like :pattern
 order by c.display_name, c.id
 limit 20 offset 0;
\endif
