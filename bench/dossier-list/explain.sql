\echo -- newest
explain (analyze, buffers) select count(*) from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001';
explain (analyze, buffers) select d.id, d.number, d.status, d.print_status, d.contact_id, d.created_at, d.created_by, d.created_on,
       d.modified_at, d.modified_by, d.modified_on,
       (select string_agg(distinct l.product, ', ') from booking.dossier_line l
         where l.organisation_id = d.organisation_id and l.dossier_id = d.id
           and l.status not in ('CANCELLED', 'EXPIRED')) as products
  from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' order by d.created_at desc, d.id limit 20 offset 0;
\echo -- status_range
explain (analyze, buffers) select count(*) from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and d.status = 'RESERVED' and d.created_at >= '2026-03-01' and d.created_at < '2026-04-01';
explain (analyze, buffers) select d.id, d.number, d.status, d.print_status, d.contact_id, d.created_at, d.created_by, d.created_on,
       d.modified_at, d.modified_by, d.modified_on,
       (select string_agg(distinct l.product, ', ') from booking.dossier_line l
         where l.organisation_id = d.organisation_id and l.dossier_id = d.id
           and l.status not in ('CANCELLED', 'EXPIRED')) as products
  from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and d.status = 'RESERVED' and d.created_at >= '2026-03-01' and d.created_at < '2026-04-01' order by d.created_at desc, d.id limit 20 offset 0;
\echo -- contact
explain (analyze, buffers) select count(*) from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and d.contact_id = '10000000-0000-0000-0000-000000000042';
explain (analyze, buffers) select d.id, d.number, d.status, d.print_status, d.contact_id, d.created_at, d.created_by, d.created_on,
       d.modified_at, d.modified_by, d.modified_on,
       (select string_agg(distinct l.product, ', ') from booking.dossier_line l
         where l.organisation_id = d.organisation_id and l.dossier_id = d.id
           and l.status not in ('CANCELLED', 'EXPIRED')) as products
  from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and d.contact_id = '10000000-0000-0000-0000-000000000042' order by d.created_at desc, d.id limit 20 offset 0;
\echo -- product
explain (analyze, buffers) select count(*) from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and exists (select 1 from booking.dossier_line l where l.organisation_id = d.organisation_id and l.dossier_id = d.id and (l.event_id = '50000000-0000-0000-0000-000000000007' or l.session_id = '50000000-0000-0000-0000-000000000007'));
explain (analyze, buffers) select d.id, d.number, d.status, d.print_status, d.contact_id, d.created_at, d.created_by, d.created_on,
       d.modified_at, d.modified_by, d.modified_on,
       (select string_agg(distinct l.product, ', ') from booking.dossier_line l
         where l.organisation_id = d.organisation_id and l.dossier_id = d.id
           and l.status not in ('CANCELLED', 'EXPIRED')) as products
  from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and exists (select 1 from booking.dossier_line l where l.organisation_id = d.organisation_id and l.dossier_id = d.id and (l.event_id = '50000000-0000-0000-0000-000000000007' or l.session_id = '50000000-0000-0000-0000-000000000007')) order by d.created_at desc, d.id limit 20 offset 0;
