-- Points of sale decide how long a cart holds its places (issue: sliding delay, maximum lifetime).
alter table organisation.point_of_sale
    add column hold_delay_seconds        integer not null default 900 check (hold_delay_seconds between 30 and 86400),
    add column hold_max_lifetime_seconds integer not null default 3600 check (hold_max_lifetime_seconds between 60 and 604800);

create schema if not exists booking;

-- Dossier numbers come from one sequence per organisation (booking.dossier_number_<org>),
-- created on first use: no row is locked while a dossier is opened (docs/decisions.md).

create table booking.dossier (
    id               uuid primary key,
    organisation_id  uuid        not null,
    number           bigint      not null,
    status           text        not null check (status in ('CART', 'RESERVED', 'OPTION', 'CONFIRMED', 'CANCELLED', 'SUSPENDED')),
    print_status     text        not null default 'NOT_PRINTED' check (print_status in ('NOT_PRINTED', 'PRINTED', 'REPRINTED')),
    contact_id       uuid,
    option_until     timestamptz,
    cart_started_at  timestamptz,
    version          bigint      not null,
    created_at       timestamptz not null,
    created_by       uuid,
    created_on       uuid,
    modified_at      timestamptz not null,
    modified_by      uuid,
    modified_on      uuid,
    unique (organisation_id, number)
);
create index dossier_list on booking.dossier (organisation_id, created_at desc, id);
create index dossier_status on booking.dossier (organisation_id, status, modified_at desc);
create index dossier_modified on booking.dossier (organisation_id, modified_at desc, id);
create index dossier_contact on booking.dossier (organisation_id, contact_id) where contact_id is not null;

create table booking.dossier_line (
    id              uuid primary key,
    organisation_id uuid        not null,
    dossier_id      uuid        not null references booking.dossier (id),
    status          text        not null check (status in ('CART', 'RESERVED', 'OPTION', 'CONFIRMED', 'CANCELLED', 'EXPIRED')),
    session_id      uuid        not null,
    event_id        uuid        not null,
    product         text        not null,
    quota_id        uuid,
    seat_id         uuid,
    seat_label      text,
    quantity        integer     not null check (quantity > 0),
    tariff_id       uuid,
    tariff_name     text,
    unit_price      numeric(14, 4) not null,
    currency        char(3)     not null,
    allocation_id   uuid        not null,
    created_at      timestamptz not null
);
create index dossier_line_dossier on booking.dossier_line (organisation_id, dossier_id);
-- The list's product filter (an event or a session) is a semi-join on these; measured at a
-- million dossiers in bench/dossier-list (docs/performance.md).
create index dossier_line_session on booking.dossier_line (organisation_id, session_id, dossier_id);
create index dossier_line_event on booking.dossier_line (organisation_id, event_id, dossier_id);
create index dossier_line_allocation on booking.dossier_line (allocation_id);

-- Who did what to a dossier, where and when: one entry per operation.
create table booking.dossier_event (
    id              uuid primary key,
    organisation_id uuid        not null,
    dossier_id      uuid        not null references booking.dossier (id),
    at              timestamptz not null,
    user_id         uuid,
    user_name       text        not null,
    point_of_sale_id uuid,
    action          text        not null,
    detail          text        not null
);
create index dossier_event_dossier on booking.dossier_event (organisation_id, dossier_id, at);

-- The operator's last dossiers, for navigation on the dossier detail (20 kept per user).
create table booking.recent_dossier (
    organisation_id uuid        not null,
    user_id         uuid        not null,
    dossier_id      uuid        not null references booking.dossier (id),
    visited_at      timestamptz not null,
    primary key (user_id, dossier_id)
);
create index recent_dossier_user on booking.recent_dossier (organisation_id, user_id, visited_at desc);
