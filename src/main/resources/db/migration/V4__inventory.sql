-- The no-oversell engine (DESIGN.md §3-4). Capacity is counted in buckets (a quota of a
-- session, one night of a room type, stock on hand) or is a set of identified units (seats,
-- rooms, drills). Allocations are the claims on them.
create schema if not exists inventory;

create table inventory.pool (
    id              uuid primary key,
    organisation_id uuid        not null,
    name            text        not null,
    kind            text        not null check (kind in ('COUNTED', 'NIGHTLY', 'UNITS')),
    created_at      timestamptz not null
);
create index pool_organisation on inventory.pool (organisation_id, id);

-- held + reserved + confirmed + consumed is what is taken; the check makes an oversell
-- impossible even for a statement that forgot its condition.
create table inventory.bucket (
    id              uuid primary key,
    organisation_id uuid    not null,
    pool_id         uuid    not null references inventory.pool (id),
    night           date,
    capacity        integer not null check (capacity >= 0),
    held            integer not null default 0 check (held >= 0),
    reserved        integer not null default 0 check (reserved >= 0),
    confirmed       integer not null default 0 check (confirmed >= 0),
    consumed        integer not null default 0 check (consumed >= 0),
    check (held + reserved + confirmed + consumed <= capacity),
    unique (pool_id, night)
);
create index bucket_organisation on inventory.bucket (organisation_id, pool_id);

create table inventory.unit (
    id              uuid primary key,
    organisation_id uuid    not null,
    pool_id         uuid    not null references inventory.pool (id),
    label           text    not null,
    category        text,
    blocked         boolean not null default false,
    unique (pool_id, label)
);
create index unit_organisation on inventory.unit (organisation_id, pool_id);

create table inventory.allocation (
    id              uuid primary key,
    organisation_id uuid        not null,
    holder_id       uuid        not null,
    pool_id         uuid        not null references inventory.pool (id),
    unit_id         uuid references inventory.unit (id),
    quantity        integer     not null check (quantity > 0),
    -- The nights of a nightly pool claimed ([first, last+1)); null for other pools.
    nights          daterange,
    -- The time a unit is claimed for (a rental); null for a seat at its session (whole slot).
    period          tstzrange,
    state           text        not null check (state in ('HELD', 'RESERVED', 'CONFIRMED', 'CONSUMED', 'RELEASED')),
    expires_at      timestamptz,
    option_until    timestamptz,
    created_at      timestamptz not null,
    changed_at      timestamptz not null,
    check (unit_id is null or quantity = 1),
    check (state <> 'HELD' or expires_at is not null),
    -- A unit is never claimed twice over overlapping time (a seat at its session has no period:
    -- it conflicts with any other claim on that seat).
    constraint unit_claimed_once exclude using gist (
        unit_id with =, coalesce(period, tstzrange('-infinity', 'infinity')) with &&)
        where (unit_id is not null and state <> 'RELEASED')
);
create index allocation_holder on inventory.allocation (organisation_id, holder_id) where state <> 'RELEASED';
-- The sweeper and "free the expired holds of this bucket/unit" read only live holds by deadline.
create index allocation_expiry on inventory.allocation (expires_at) where state = 'HELD';
create index allocation_pool_live on inventory.allocation (pool_id, state) where state <> 'RELEASED';
create index allocation_unit_held on inventory.allocation (unit_id) where state = 'HELD';
