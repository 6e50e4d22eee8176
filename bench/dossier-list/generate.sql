-- 10 organisations × 100,000 dossiers, 2 lines each, spread over a year, 20 events.
create temporary table orgs as
  select g as n, ('00000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid as id from generate_series(1, 10) g;
insert into booking.dossier (id, organisation_id, number, status, print_status, contact_id, version,
                             created_at, created_by, created_on, modified_at, modified_by, modified_on)
select gen_random_uuid(), o.id, d,
       (array['CART','RESERVED','OPTION','CONFIRMED','CANCELLED'])[1 + (d % 5)],
       (array['NOT_PRINTED','PRINTED','REPRINTED'])[1 + (d % 3)],
       ('10000000-0000-0000-0000-' || lpad((d % 20000)::text, 12, '0'))::uuid, 1,
       timestamptz '2026-01-01' + (d * interval '5 minutes'),
       ('20000000-0000-0000-0000-' || lpad((d % 7)::text, 12, '0'))::uuid,
       ('30000000-0000-0000-0000-' || lpad((d % 3)::text, 12, '0'))::uuid,
       timestamptz '2026-01-01' + (d * interval '5 minutes') + interval '1 hour',
       ('20000000-0000-0000-0000-' || lpad((d % 7)::text, 12, '0'))::uuid,
       ('30000000-0000-0000-0000-' || lpad((d % 3)::text, 12, '0'))::uuid
  from orgs o, generate_series(1, 100000) d;
insert into booking.dossier_line (id, organisation_id, dossier_id, status, session_id, event_id, product, quantity,
                                  unit_price, currency, allocation_id, created_at)
select gen_random_uuid(), d.organisation_id, d.id, 'CONFIRMED',
       ('40000000-0000-0000-0000-' || lpad(((d.number + l) % 200)::text, 12, '0'))::uuid,
       ('50000000-0000-0000-0000-' || lpad(((d.number + l) % 20)::text, 12, '0'))::uuid,
       'Event ' || ((d.number + l) % 20) || ' — session ' || ((d.number + l) % 200),
       1 + l, 25.00, 'EUR', gen_random_uuid(), d.created_at
  from booking.dossier d, generate_series(0, 1) l;
analyze booking.dossier;
analyze booking.dossier_line;
