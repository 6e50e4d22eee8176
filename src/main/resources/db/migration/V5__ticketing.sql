-- What a box office sells (DESIGN.md §2, ticketing): venues and their seating plans, seasons,
-- events, dated sessions and their quotas, tariffs. Capacity itself lives in the inventory
-- engine: a session keeps the ids of its pools (one counted pool per quota, one units pool for
-- its seats). Every table carries the organisation and every index starts with it (§6).
create schema if not exists ticketing;

create table ticketing.venue (
    id              uuid primary key,
    organisation_id uuid        not null,
    name            text        not null,
    created_at      timestamptz not null,
    created_by      uuid
);
create index venue_organisation on ticketing.venue (organisation_id, name);

create table ticketing.seating_plan (
    id              uuid primary key,
    organisation_id uuid        not null,
    venue_id        uuid        not null references ticketing.venue (id),
    name            text        not null,
    created_at      timestamptz not null,
    created_by      uuid
);
create index seating_plan_organisation on ticketing.seating_plan (organisation_id, venue_id);

create table ticketing.plan_section (
    id              uuid primary key,
    organisation_id uuid    not null,
    plan_id         uuid    not null references ticketing.seating_plan (id),
    name            text    not null,
    position        integer not null,
    unique (plan_id, name)
);
create index plan_section_organisation on ticketing.plan_section (organisation_id, plan_id);

create table ticketing.plan_row (
    id              uuid primary key,
    organisation_id uuid    not null,
    section_id      uuid    not null references ticketing.plan_section (id),
    name            text    not null,
    position        integer not null,
    unique (section_id, name)
);
create index plan_row_organisation on ticketing.plan_row (organisation_id, section_id);

-- A seat of the plan; a session opens one inventory unit per seat, labelled from section, row
-- and number, so the plan can change later without touching sessions already on sale.
create table ticketing.plan_seat (
    id              uuid primary key,
    organisation_id uuid    not null,
    row_id          uuid    not null references ticketing.plan_row (id),
    number          integer not null check (number > 0),
    price_category  text,
    blocked         boolean not null default false,
    unique (row_id, number)
);
create index plan_seat_organisation on ticketing.plan_seat (organisation_id, row_id);

create table ticketing.season (
    id              uuid primary key,
    organisation_id uuid        not null,
    name            text        not null,
    closed          boolean     not null default false,
    created_at      timestamptz not null,
    created_by      uuid
);
create index season_organisation on ticketing.season (organisation_id, name);

create table ticketing.event (
    id              uuid primary key,
    organisation_id uuid        not null,
    name            text        not null,
    season_id       uuid references ticketing.season (id),
    created_at      timestamptz not null,
    created_by      uuid
);
create index event_organisation on ticketing.event (organisation_id, name);

create table ticketing.session (
    id              uuid primary key,
    organisation_id uuid        not null,
    event_id        uuid        not null references ticketing.event (id),
    starts_at       timestamptz not null,
    seating_plan_id uuid references ticketing.seating_plan (id),
    -- inventory.pool of the session's seats (a module owns its tables: no foreign key across)
    seat_pool_id    uuid,
    created_at      timestamptz not null,
    created_by      uuid,
    check ((seating_plan_id is null) = (seat_pool_id is null))
);
create index session_organisation on ticketing.session (organisation_id, event_id, starts_at);
create index session_organisation_starts on ticketing.session (organisation_id, starts_at);

create table ticketing.quota (
    id              uuid primary key,
    organisation_id uuid    not null,
    session_id      uuid    not null references ticketing.session (id),
    name            text    not null,
    capacity        integer not null check (capacity >= 0),
    price_category  text,
    pool_id         uuid    not null,
    position        integer not null,
    unique (session_id, name)
);
create index quota_organisation on ticketing.quota (organisation_id, session_id, position);

create table ticketing.tariff (
    id              uuid primary key,
    organisation_id uuid           not null,
    event_id        uuid           not null references ticketing.event (id),
    name            text           not null,
    audience        text           not null,
    price_category  text,
    price_amount    numeric(19, 4) not null check (price_amount >= 0),
    price_currency  char(3)        not null,
    created_at      timestamptz    not null,
    created_by      uuid
);
create index tariff_organisation on ticketing.tariff (organisation_id, event_id, audience, price_category);
