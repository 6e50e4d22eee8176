-- The hold of inventory/Claims.java#takeFromBucket, word for word: one statement that takes the
-- capacity of the bucket and records the allocation. :org and :pool name a fresh bucket of a
-- capacity no run exhausts (run.sh makes it), so every transaction succeeds; 1–4 places each.
\set quantity random(1, 4)
with taken as (
    update inventory.bucket set held = held + :quantity
     where organisation_id = :org and pool_id = :pool and night is null
       and capacity - held - reserved - confirmed - consumed >= :quantity
    returning id)
insert into inventory.allocation
       (id, organisation_id, holder_id, pool_id, quantity, state, expires_at, created_at, changed_at)
select gen_random_uuid(), :org, gen_random_uuid(), :pool, :quantity, 'HELD', now() + interval '15 minutes', now(), now() from taken;
