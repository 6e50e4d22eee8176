-- One buyer's SQL work, statement for statement as Resa runs it for the on-sale bench's buyer
-- (captured with log_statement = all; keep it in step when the booking code changes its SQL):
-- POST /dossiers with the line (1-4 places of the quota or 1-4 adjacent seats, half each), one
-- transaction, and for 70 % POST /dossiers/{id}/confirm, another, with billing's charges (left out
-- until the fifth round: the ceiling was then measured on less work than Resa did); with -D two_requests=1, POST
-- /dossiers then POST /dossiers/{id}/lines, each its own transaction, as in the earlier benches. Ids Resa
-- makes in Java are made here by the statements that insert them (returning ... \gset), so no
-- round trip is added. The seats come from a fresh 20,000-seat session (pgbench_seat, made by
-- run.sh) and the places from a fresh bucket of capacity 2e9: every hold succeeds unless two
-- clients pick the same seat, exactly as for Resa's buyers. The chosen seats are read as
-- `u.id = any(<array>)`, the plan Resa's `u.id in (?, ?, …)` gets: a prepared `in (select …)`
-- gets a generic plan that walks the whole 20,000-seat plan (measured: 656 ms a call).
-- Variables (-D): org, seq (the organisation's dossier number sequence), session, quota, pool
-- (the quota's inventory pool), event, seat_session, seat_pool, seats (how many in pgbench_seat),
-- pos (the point of sale the buyers' API key sells for: its hold delays are read on every hold).
-- two_requests (1: the open and the hold in two transactions, 0: in one).
\set quantity random(1, 4)
\set ga random(0, 1)
\set confirm random(1, 100)
\set first random(1, :seats - 3)

-- POST /api/v1/dossiers
BEGIN;
\if :two_requests
\else
-- a transaction that only fills a cart commits without waiting for the disk (Claims.cartOnly)
set local synchronous_commit = off;
\endif
select nextval(cast(:seq as regclass)) as number \gset
insert into booking.dossier (id, organisation_id, number, status, print_status, contact_id, option_until,
       cart_started_at, version, created_at, created_by, created_on, modified_at, modified_by, modified_on)
values (gen_random_uuid(), :org, :number, 'CART', 'NOT_PRINTED', null, null, null, 0,
        now(), null, null, now(), null, null)
returning id as dossier \gset
insert into booking.dossier_event (id, organisation_id, dossier_id, at, user_id, user_name,
       point_of_sale_id, action, detail)
values (gen_random_uuid(), :org, :dossier, now(), null, 'api-key on-sale bench', null, 'OPENED', 'Dossier ' || cast(:number as text) || ' opened');
\if :two_requests
COMMIT;

-- POST /api/v1/dossiers/{id}/lines
BEGIN;
set local synchronous_commit = off;
select * from booking.dossier where organisation_id = :org and id = :dossier for update;
select * from booking.dossier_line where organisation_id = :org and dossier_id = :dossier
 order by created_at, id;
\endif
-- (one request: POST /api/v1/dossiers with the line goes on in the same transaction, on the
-- dossier it has just inserted, without locking and reading it back)
\if :ga
-- places of the quota
select s.id, s.event_id, e.name as event_name, e.season_id, coalesce(se.closed, false) as season_closed,
       s.starts_at, s.seating_plan_id, s.seat_pool_id
  from ticketing.session s
  join ticketing.event e on e.organisation_id = s.organisation_id and e.id = s.event_id
  left join ticketing.season se on se.organisation_id = e.organisation_id and se.id = e.season_id
 where s.organisation_id = :org and s.id = :session;
select session_id, id, name, capacity, price_category, pool_id from ticketing.quota
 where organisation_id = :org and session_id in (:session) order by session_id, position;
select id, event_id, name, audience, price_category, price_amount, price_currency
  from ticketing.tariff
 where organisation_id = :org and event_id = :event and audience = 'full'
   and (price_category is null or price_category = null)
 order by price_category is null, created_at, id limit 1;
select * from organisation.organisation where id = :org;
select * from organisation.organisation where id = :org;
select * from organisation.point_of_sale where organisation_id = :org and id = :pos;
update booking.dossier
   set status = 'CART', print_status = 'NOT_PRINTED', contact_id = null, option_until = null,
       cart_started_at = now(), version = version + 1,
       modified_at = now(), modified_by = null, modified_on = null
 where organisation_id = :org and id = :dossier and version = 0;
insert into booking.dossier_line (id, organisation_id, dossier_id, status, session_id, event_id, product,
       quota_id, seat_id, seat_label, quantity, tariff_id, tariff_name, unit_price, currency,
       allocation_id, created_at)
values (gen_random_uuid(), :org, :dossier, 'CART', :session, :event,
        'On-sale bench — 2026-12-25 20:00 — General admission', :quota,
        null, null,
        :quantity, null, null, 0.00, 'EUR', gen_random_uuid(), now())
returning id as line1, allocation_id as claim1 \gset
insert into booking.dossier_event (id, organisation_id, dossier_id, at, user_id, user_name,
       point_of_sale_id, action, detail)
values (gen_random_uuid(), :org, :dossier, now(), null, 'api-key on-sale bench', null, 'ADDED', '2 × On-sale bench — 2026-12-25 20:00 — General admission');
with taken as (
    update inventory.bucket set held = held + :quantity
     where organisation_id = :org and pool_id = :pool and night is null
       and capacity - held - reserved - confirmed - consumed >= :quantity
    returning id)
insert into inventory.allocation
       (id, organisation_id, holder_id, pool_id, quantity, state, expires_at, created_at, changed_at)
select :claim1, :org, :dossier, :pool, :quantity, 'HELD', now() + interval '15 minutes', now(), now() from taken;
COMMIT;
\else
-- adjacent seats: session, quota, organisation (time zone), the chosen seats, tariff and
-- organisation once per price category, update, a line per seat, history, a hold per seat
select s.id, s.event_id, e.name as event_name, e.season_id, coalesce(se.closed, false) as season_closed,
       s.starts_at, s.seating_plan_id, s.seat_pool_id
  from ticketing.session s
  join ticketing.event e on e.organisation_id = s.organisation_id and e.id = s.event_id
  left join ticketing.season se on se.organisation_id = e.organisation_id and se.id = e.season_id
 where s.organisation_id = :org and s.id = :seat_session;
select session_id, id, name, capacity, price_category, pool_id from ticketing.quota
 where organisation_id = :org and session_id in (:seat_session) order by session_id, position;
select * from organisation.organisation where id = :org;
select u.id, u.label, u.category, u.blocked,
       (select a.state from inventory.allocation a
         where a.unit_id = u.id and a.state <> 'RELEASED'
           and (a.state <> 'HELD' or a.expires_at > now()) limit 1) as state
  from inventory.unit u where u.organisation_id = :org and u.pool_id = :seat_pool
   and u.id = any((select array_agg(id) from pgbench_seat
                    where n >= cast(:first as int) and n < cast(:first as int) + cast(:quantity as int))::uuid[])
 order by u.label;
select id, event_id, name, audience, price_category, price_amount, price_currency
  from ticketing.tariff
 where organisation_id = :org and event_id = :event and audience = 'full'
   and (price_category is null or price_category = null)
 order by price_category is null, created_at, id limit 1;
select * from organisation.organisation where id = :org;
select * from organisation.point_of_sale where organisation_id = :org and id = :pos;
update booking.dossier
   set status = 'CART', print_status = 'NOT_PRINTED', contact_id = null, option_until = null,
       cart_started_at = now(), version = version + 1,
       modified_at = now(), modified_by = null, modified_on = null
 where organisation_id = :org and id = :dossier and version = 0;
insert into booking.dossier_line (id, organisation_id, dossier_id, status, session_id, event_id, product,
       quota_id, seat_id, seat_label, quantity, tariff_id, tariff_name, unit_price, currency,
       allocation_id, created_at)
values (gen_random_uuid(), :org, :dossier, 'CART', :seat_session, :event,
        'On-sale bench — 2026-12-25 20:00', null,
        (select id from pgbench_seat where n = :first + 0), 'Seat ' || (:first + 0),
        1, null, null, 0.00, 'EUR', gen_random_uuid(), now())
returning id as line1, allocation_id as claim1 \gset
\if :quantity >= 2
insert into booking.dossier_line (id, organisation_id, dossier_id, status, session_id, event_id, product,
       quota_id, seat_id, seat_label, quantity, tariff_id, tariff_name, unit_price, currency,
       allocation_id, created_at)
values (gen_random_uuid(), :org, :dossier, 'CART', :seat_session, :event,
        'On-sale bench — 2026-12-25 20:00', null,
        (select id from pgbench_seat where n = :first + 1), 'Seat ' || (:first + 1),
        1, null, null, 0.00, 'EUR', gen_random_uuid(), now())
returning id as line2, allocation_id as claim2 \gset
\endif
\if :quantity >= 3
insert into booking.dossier_line (id, organisation_id, dossier_id, status, session_id, event_id, product,
       quota_id, seat_id, seat_label, quantity, tariff_id, tariff_name, unit_price, currency,
       allocation_id, created_at)
values (gen_random_uuid(), :org, :dossier, 'CART', :seat_session, :event,
        'On-sale bench — 2026-12-25 20:00', null,
        (select id from pgbench_seat where n = :first + 2), 'Seat ' || (:first + 2),
        1, null, null, 0.00, 'EUR', gen_random_uuid(), now())
returning id as line3, allocation_id as claim3 \gset
\endif
\if :quantity >= 4
insert into booking.dossier_line (id, organisation_id, dossier_id, status, session_id, event_id, product,
       quota_id, seat_id, seat_label, quantity, tariff_id, tariff_name, unit_price, currency,
       allocation_id, created_at)
values (gen_random_uuid(), :org, :dossier, 'CART', :seat_session, :event,
        'On-sale bench — 2026-12-25 20:00', null,
        (select id from pgbench_seat where n = :first + 3), 'Seat ' || (:first + 3),
        1, null, null, 0.00, 'EUR', gen_random_uuid(), now())
returning id as line4, allocation_id as claim4 \gset
\endif
insert into booking.dossier_event (id, organisation_id, dossier_id, at, user_id, user_name,
       point_of_sale_id, action, detail)
values (gen_random_uuid(), :org, :dossier, now(), null, 'api-key on-sale bench', null, 'ADDED', '1 × On-sale bench — 2026-12-25 20:00 Seat');
insert into inventory.allocation
       (id, organisation_id, holder_id, pool_id, unit_id, quantity, period, state, expires_at, created_at, changed_at)
select :claim1, u.organisation_id, :dossier, u.pool_id, u.id, 1,
       case when cast(null as timestamptz) is null then null else tstzrange(null, null) end,
       'HELD', now() + interval '15 minutes', now(), now()
  from inventory.unit u where u.organisation_id = :org and u.id = (select id from pgbench_seat where n = :first + 0) and not u.blocked
on conflict do nothing
returning pool_id;
\if :quantity >= 2
insert into inventory.allocation
       (id, organisation_id, holder_id, pool_id, unit_id, quantity, period, state, expires_at, created_at, changed_at)
select :claim2, u.organisation_id, :dossier, u.pool_id, u.id, 1,
       case when cast(null as timestamptz) is null then null else tstzrange(null, null) end,
       'HELD', now() + interval '15 minutes', now(), now()
  from inventory.unit u where u.organisation_id = :org and u.id = (select id from pgbench_seat where n = :first + 1) and not u.blocked
on conflict do nothing
returning pool_id;
\endif
\if :quantity >= 3
insert into inventory.allocation
       (id, organisation_id, holder_id, pool_id, unit_id, quantity, period, state, expires_at, created_at, changed_at)
select :claim3, u.organisation_id, :dossier, u.pool_id, u.id, 1,
       case when cast(null as timestamptz) is null then null else tstzrange(null, null) end,
       'HELD', now() + interval '15 minutes', now(), now()
  from inventory.unit u where u.organisation_id = :org and u.id = (select id from pgbench_seat where n = :first + 2) and not u.blocked
on conflict do nothing
returning pool_id;
\endif
\if :quantity >= 4
insert into inventory.allocation
       (id, organisation_id, holder_id, pool_id, unit_id, quantity, period, state, expires_at, created_at, changed_at)
select :claim4, u.organisation_id, :dossier, u.pool_id, u.id, 1,
       case when cast(null as timestamptz) is null then null else tstzrange(null, null) end,
       'HELD', now() + interval '15 minutes', now(), now()
  from inventory.unit u where u.organisation_id = :org and u.id = (select id from pgbench_seat where n = :first + 3) and not u.blocked
on conflict do nothing
returning pool_id;
\endif
COMMIT;
\endif

-- POST /api/v1/dossiers/{id}/confirm, for 70 % of the buyers
\if :confirm <= 70
BEGIN;
select * from booking.dossier where organisation_id = :org and id = :dossier for update;
select * from booking.dossier_line where organisation_id = :org and dossier_id = :dossier
 order by created_at, id;
update booking.dossier
   set status = 'CONFIRMED', print_status = 'NOT_PRINTED', contact_id = null, option_until = null,
       cart_started_at = null, version = version + 1,
       modified_at = now(), modified_by = null, modified_on = null
 where organisation_id = :org and id = :dossier and version = 1;
update booking.dossier_line set status = 'CONFIRMED' where organisation_id = :org and id = :line1;
\if :ga
insert into booking.dossier_event (id, organisation_id, dossier_id, at, user_id, user_name,
       point_of_sale_id, action, detail)
values (gen_random_uuid(), :org, :dossier, now(), null, 'api-key on-sale bench', null, 'CONFIRMED', '1 line(s)');
-- billing's charges (ChargePosting, in the same transaction): the default tax, the dossier's
-- routing rules, its main folio opened and locked once, a charge per sold line
select id, name, rate, inclusive, is_default from billing.tax_rate where organisation_id = :org and is_default;
select id, dossier_id, folio_id, line_id, event_id from billing.routing_rule
 where organisation_id = :org and dossier_id = :dossier order by created_at, id;
insert into billing.folio (id, organisation_id, dossier_id, kind, currency, created_at, created_by, created_on)
values (gen_random_uuid(), :org, :dossier, 'MAIN', 'EUR', now(), null, null)
on conflict (organisation_id, dossier_id, currency) where kind = 'MAIN' do nothing;
select id as folio from billing.folio where organisation_id = :org and dossier_id = :dossier
   and kind = 'MAIN' and currency = 'EUR' for update \gset
insert into billing.charge (id, organisation_id, folio_id, dossier_id, line_id, event_id, description,
       quantity, unit_price, discount, currency, net, tax, gross, tax_name, tax_rate, tax_inclusive,
       posted_at, posted_by, posted_on)
values (gen_random_uuid(), :org, :folio, :dossier, :line1, :event, 'On-sale bench — 2026-12-25 20:00 — General admission',
        :quantity, 0.00, 0.00, 'EUR', 0.00, 0.00, 0.00, null, 0, true, now(), null, null);
with claims as (
    select id, state, pool_id, unit_id, quantity, nights from inventory.allocation
     where organisation_id = :org and id in (:claim1) and state in ('HELD', 'RESERVED')
       and (state <> 'HELD' or expires_at > now() or false)
     order by id for update),
moved as (
    update inventory.allocation a
       set state = 'CONFIRMED', expires_at = null, option_until = null, changed_at = now()
      from claims c where a.id = c.id returning a.id),
deltas as (
    select b.id,
           sum(c.quantity) filter (where c.state = 'HELD') as held,
           sum(c.quantity) filter (where c.state = 'RESERVED') as reserved,
           sum(c.quantity) filter (where c.state = 'CONFIRMED') as confirmed,
           sum(c.quantity) filter (where c.state = 'CONSUMED') as consumed,
           sum(c.quantity) as total
      from claims c
      join inventory.bucket b on b.pool_id = c.pool_id
     where c.unit_id is null and (c.nights is null and b.night is null or c.nights @> b.night)
     group by b.id),
counted as (
    update inventory.bucket b
       set held = b.held - coalesce(d.held, 0),
           reserved = b.reserved - coalesce(d.reserved, 0) + case when 'CONFIRMED' = 'RESERVED' then d.total else 0 end,
           confirmed = b.confirmed - coalesce(d.confirmed, 0) + case when 'CONFIRMED' = 'CONFIRMED' then d.total else 0 end,
           consumed = b.consumed - coalesce(d.consumed, 0) + case when 'CONFIRMED' = 'CONSUMED' then d.total else 0 end
      from deltas d where b.id = d.id)
select count(*) from moved;
\else
\if :quantity >= 2
update booking.dossier_line set status = 'CONFIRMED' where organisation_id = :org and id = :line2;
\endif
\if :quantity >= 3
update booking.dossier_line set status = 'CONFIRMED' where organisation_id = :org and id = :line3;
\endif
\if :quantity >= 4
update booking.dossier_line set status = 'CONFIRMED' where organisation_id = :org and id = :line4;
\endif
insert into booking.dossier_event (id, organisation_id, dossier_id, at, user_id, user_name,
       point_of_sale_id, action, detail)
values (gen_random_uuid(), :org, :dossier, now(), null, 'api-key on-sale bench', null, 'CONFIRMED', 'n line(s)');
-- billing's charges (ChargePosting, in the same transaction): the default tax, the dossier's
-- routing rules, its main folio opened and locked once, a charge per sold line
select id, name, rate, inclusive, is_default from billing.tax_rate where organisation_id = :org and is_default;
select id, dossier_id, folio_id, line_id, event_id from billing.routing_rule
 where organisation_id = :org and dossier_id = :dossier order by created_at, id;
insert into billing.folio (id, organisation_id, dossier_id, kind, currency, created_at, created_by, created_on)
values (gen_random_uuid(), :org, :dossier, 'MAIN', 'EUR', now(), null, null)
on conflict (organisation_id, dossier_id, currency) where kind = 'MAIN' do nothing;
select id as folio from billing.folio where organisation_id = :org and dossier_id = :dossier
   and kind = 'MAIN' and currency = 'EUR' for update \gset
insert into billing.charge (id, organisation_id, folio_id, dossier_id, line_id, event_id, description,
       quantity, unit_price, discount, currency, net, tax, gross, tax_name, tax_rate, tax_inclusive,
       posted_at, posted_by, posted_on)
values (gen_random_uuid(), :org, :folio, :dossier, :line1, :event, 'On-sale bench — 2026-12-25 20:00',
        1, 0.00, 0.00, 'EUR', 0.00, 0.00, 0.00, null, 0, true, now(), null, null);
\if :quantity >= 2
insert into billing.charge (id, organisation_id, folio_id, dossier_id, line_id, event_id, description,
       quantity, unit_price, discount, currency, net, tax, gross, tax_name, tax_rate, tax_inclusive,
       posted_at, posted_by, posted_on)
values (gen_random_uuid(), :org, :folio, :dossier, :line2, :event, 'On-sale bench — 2026-12-25 20:00',
        1, 0.00, 0.00, 'EUR', 0.00, 0.00, 0.00, null, 0, true, now(), null, null);
\endif
\if :quantity >= 3
insert into billing.charge (id, organisation_id, folio_id, dossier_id, line_id, event_id, description,
       quantity, unit_price, discount, currency, net, tax, gross, tax_name, tax_rate, tax_inclusive,
       posted_at, posted_by, posted_on)
values (gen_random_uuid(), :org, :folio, :dossier, :line3, :event, 'On-sale bench — 2026-12-25 20:00',
        1, 0.00, 0.00, 'EUR', 0.00, 0.00, 0.00, null, 0, true, now(), null, null);
\endif
\if :quantity >= 4
insert into billing.charge (id, organisation_id, folio_id, dossier_id, line_id, event_id, description,
       quantity, unit_price, discount, currency, net, tax, gross, tax_name, tax_rate, tax_inclusive,
       posted_at, posted_by, posted_on)
values (gen_random_uuid(), :org, :folio, :dossier, :line4, :event, 'On-sale bench — 2026-12-25 20:00',
        1, 0.00, 0.00, 'EUR', 0.00, 0.00, 0.00, null, 0, true, now(), null, null);
\endif
\if :quantity = 1
with claims as (
    select id, state, pool_id, unit_id, quantity, nights from inventory.allocation
     where organisation_id = :org and id in (:claim1) and state in ('HELD', 'RESERVED')
       and (state <> 'HELD' or expires_at > now() or false)
     order by id for update),
moved as (
    update inventory.allocation a
       set state = 'CONFIRMED', expires_at = null, option_until = null, changed_at = now()
      from claims c where a.id = c.id returning a.id),
deltas as (
    select b.id,
           sum(c.quantity) filter (where c.state = 'HELD') as held,
           sum(c.quantity) filter (where c.state = 'RESERVED') as reserved,
           sum(c.quantity) filter (where c.state = 'CONFIRMED') as confirmed,
           sum(c.quantity) filter (where c.state = 'CONSUMED') as consumed,
           sum(c.quantity) as total
      from claims c
      join inventory.bucket b on b.pool_id = c.pool_id
     where c.unit_id is null and (c.nights is null and b.night is null or c.nights @> b.night)
     group by b.id),
counted as (
    update inventory.bucket b
       set held = b.held - coalesce(d.held, 0),
           reserved = b.reserved - coalesce(d.reserved, 0) + case when 'CONFIRMED' = 'RESERVED' then d.total else 0 end,
           confirmed = b.confirmed - coalesce(d.confirmed, 0) + case when 'CONFIRMED' = 'CONFIRMED' then d.total else 0 end,
           consumed = b.consumed - coalesce(d.consumed, 0) + case when 'CONFIRMED' = 'CONSUMED' then d.total else 0 end
      from deltas d where b.id = d.id)
select count(*) from moved;
\elif :quantity = 2
with claims as (
    select id, state, pool_id, unit_id, quantity, nights from inventory.allocation
     where organisation_id = :org and id in (:claim1, :claim2) and state in ('HELD', 'RESERVED')
       and (state <> 'HELD' or expires_at > now() or false)
     order by id for update),
moved as (
    update inventory.allocation a
       set state = 'CONFIRMED', expires_at = null, option_until = null, changed_at = now()
      from claims c where a.id = c.id returning a.id),
deltas as (
    select b.id,
           sum(c.quantity) filter (where c.state = 'HELD') as held,
           sum(c.quantity) filter (where c.state = 'RESERVED') as reserved,
           sum(c.quantity) filter (where c.state = 'CONFIRMED') as confirmed,
           sum(c.quantity) filter (where c.state = 'CONSUMED') as consumed,
           sum(c.quantity) as total
      from claims c
      join inventory.bucket b on b.pool_id = c.pool_id
     where c.unit_id is null and (c.nights is null and b.night is null or c.nights @> b.night)
     group by b.id),
counted as (
    update inventory.bucket b
       set held = b.held - coalesce(d.held, 0),
           reserved = b.reserved - coalesce(d.reserved, 0) + case when 'CONFIRMED' = 'RESERVED' then d.total else 0 end,
           confirmed = b.confirmed - coalesce(d.confirmed, 0) + case when 'CONFIRMED' = 'CONFIRMED' then d.total else 0 end,
           consumed = b.consumed - coalesce(d.consumed, 0) + case when 'CONFIRMED' = 'CONSUMED' then d.total else 0 end
      from deltas d where b.id = d.id)
select count(*) from moved;
\elif :quantity = 3
with claims as (
    select id, state, pool_id, unit_id, quantity, nights from inventory.allocation
     where organisation_id = :org and id in (:claim1, :claim2, :claim3) and state in ('HELD', 'RESERVED')
       and (state <> 'HELD' or expires_at > now() or false)
     order by id for update),
moved as (
    update inventory.allocation a
       set state = 'CONFIRMED', expires_at = null, option_until = null, changed_at = now()
      from claims c where a.id = c.id returning a.id),
deltas as (
    select b.id,
           sum(c.quantity) filter (where c.state = 'HELD') as held,
           sum(c.quantity) filter (where c.state = 'RESERVED') as reserved,
           sum(c.quantity) filter (where c.state = 'CONFIRMED') as confirmed,
           sum(c.quantity) filter (where c.state = 'CONSUMED') as consumed,
           sum(c.quantity) as total
      from claims c
      join inventory.bucket b on b.pool_id = c.pool_id
     where c.unit_id is null and (c.nights is null and b.night is null or c.nights @> b.night)
     group by b.id),
counted as (
    update inventory.bucket b
       set held = b.held - coalesce(d.held, 0),
           reserved = b.reserved - coalesce(d.reserved, 0) + case when 'CONFIRMED' = 'RESERVED' then d.total else 0 end,
           confirmed = b.confirmed - coalesce(d.confirmed, 0) + case when 'CONFIRMED' = 'CONFIRMED' then d.total else 0 end,
           consumed = b.consumed - coalesce(d.consumed, 0) + case when 'CONFIRMED' = 'CONSUMED' then d.total else 0 end
      from deltas d where b.id = d.id)
select count(*) from moved;
\else
with claims as (
    select id, state, pool_id, unit_id, quantity, nights from inventory.allocation
     where organisation_id = :org and id in (:claim1, :claim2, :claim3, :claim4) and state in ('HELD', 'RESERVED')
       and (state <> 'HELD' or expires_at > now() or false)
     order by id for update),
moved as (
    update inventory.allocation a
       set state = 'CONFIRMED', expires_at = null, option_until = null, changed_at = now()
      from claims c where a.id = c.id returning a.id),
deltas as (
    select b.id,
           sum(c.quantity) filter (where c.state = 'HELD') as held,
           sum(c.quantity) filter (where c.state = 'RESERVED') as reserved,
           sum(c.quantity) filter (where c.state = 'CONFIRMED') as confirmed,
           sum(c.quantity) filter (where c.state = 'CONSUMED') as consumed,
           sum(c.quantity) as total
      from claims c
      join inventory.bucket b on b.pool_id = c.pool_id
     where c.unit_id is null and (c.nights is null and b.night is null or c.nights @> b.night)
     group by b.id),
counted as (
    update inventory.bucket b
       set held = b.held - coalesce(d.held, 0),
           reserved = b.reserved - coalesce(d.reserved, 0) + case when 'CONFIRMED' = 'RESERVED' then d.total else 0 end,
           confirmed = b.confirmed - coalesce(d.confirmed, 0) + case when 'CONFIRMED' = 'CONFIRMED' then d.total else 0 end,
           consumed = b.consumed - coalesce(d.consumed, 0) + case when 'CONFIRMED' = 'CONSUMED' then d.total else 0 end
      from deltas d where b.id = d.id)
select count(*) from moved;
\endif
\endif
COMMIT;
\endif
