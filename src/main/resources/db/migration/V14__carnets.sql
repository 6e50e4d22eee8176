-- Carnets: books of prepaid coupons. A model says how many coupons a carnet holds, for how many
-- days, what a coupon is exchanged for and what it costs per beneficiary type (contact type code).
create schema if not exists carnets;

create table carnets.carnet_model (
    id                 uuid primary key,
    organisation_id    uuid        not null,
    name               text        not null,
    coupons_per_carnet integer     not null check (coupons_per_carnet between 1 and 999),
    validity_days      integer     not null check (validity_days between 1 and 3660),
    -- the events a coupon is exchanged for; empty: any event, session or product
    event_ids          uuid[]      not null default '{}',
    created_at         timestamptz not null,
    created_by         uuid
);
create index carnet_model_by_organisation on carnets.carnet_model (organisation_id, name);

create table carnets.carnet_tariff (
    id               uuid primary key,
    organisation_id  uuid           not null,
    model_id         uuid           not null references carnets.carnet_model (id),
    beneficiary_type text           not null,
    name             text,
    price            numeric(14, 4) not null check (price >= 0),
    currency         char(3)        not null
);
create index carnet_tariff_by_model on carnets.carnet_tariff (organisation_id, model_id);

-- The last sale number given per organisation: incremented by one upsert in the sale's
-- transaction, so a rollback gives the number back (no gap) and the row lock queues concurrent
-- sales (no duplicate). Same technique as billing.document_counter (decision 50).
create table carnets.sale_counter (
    organisation_id uuid primary key,
    last_number     bigint not null check (last_number > 0)
);

create table carnets.carnet_sale (
    id               uuid primary key,
    organisation_id  uuid           not null,
    number           bigint         not null,
    sale_date        date           not null,
    contact_id       uuid           not null,
    beneficiary_type text           not null,
    model_id         uuid           not null references carnets.carnet_model (id),
    tariff_id        uuid           not null references carnets.carnet_tariff (id),
    quantity         integer        not null check (quantity between 1 and 100),
    validity_days    integer        not null check (validity_days between 1 and 3660),
    unit_price       numeric(14, 4) not null,
    currency         char(3)        not null,
    dossier_id       uuid           not null,
    state            text           not null check (state in ('OPEN', 'PAID', 'CLOSED')),
    sold_at          timestamptz    not null,
    sold_by          uuid,
    sold_on          uuid,
    closed_at        timestamptz,
    closed_by        uuid,
    unique (organisation_id, number)
);
create index carnet_sale_by_date on carnets.carnet_sale (organisation_id, sold_at desc);

create table carnets.carnet (
    id              uuid primary key,
    organisation_id uuid        not null,
    sale_id         uuid        not null references carnets.carnet_sale (id),
    position        integer     not null,
    number          text        not null,
    -- valid through last_day in the organisation's time zone; expires_at is the next day's start there
    last_day        date        not null,
    expires_at      timestamptz not null,
    -- the carnet's charge on the dossier's folio (one per carnet, so one can be cancelled alone)
    charge_id       uuid,
    unique (organisation_id, number)
);
create index carnet_by_sale on carnets.carnet (organisation_id, sale_id, position);

create table carnets.coupon (
    id              uuid primary key,
    organisation_id uuid        not null,
    carnet_id       uuid        not null references carnets.carnet (id),
    position        integer     not null,
    number          text        not null,
    state           text        not null check (state in ('VALID', 'USED', 'CANCELLED')),
    used_at         timestamptz,
    used_by         uuid,
    used_on         uuid,
    event_id        uuid,
    session_id      uuid,
    unique (organisation_id, number)
);
create index coupon_by_carnet on carnets.coupon (organisation_id, carnet_id, position);

-- What was done to a carnet after its sale (validity extended, coupons cancelled), by whom.
create table carnets.carnet_history (
    id              uuid primary key,
    organisation_id uuid        not null,
    carnet_id       uuid        not null references carnets.carnet (id),
    action          text        not null,
    detail          text        not null,
    at              timestamptz not null,
    by_user         uuid,
    on_point        uuid
);
create index carnet_history_by_carnet on carnets.carnet_history (organisation_id, carnet_id, at);
