-- Printed tickets and their check-in (DESIGN.md §2, documents). A ticket is one place of a
-- confirmed dossier line, issued on the line's first print. Its secret (the QR code) is stored
-- only as a SHA-256, in ticket_secret: a reprint gives the ticket a new secret and keeps the old
-- hash, marked replaced, so the earlier paper scans as voided rather than unknown.
-- Every table carries the organisation and every index starts with it (§6).
create schema if not exists documents;

-- Ticket numbers per organisation, sequential; a print takes a block in one statement.
create table documents.ticket_number (
    organisation_id uuid primary key,
    last_number     bigint not null
);

create table documents.ticket (
    id                uuid primary key,
    organisation_id   uuid        not null,
    number            bigint      not null,
    dossier_id        uuid        not null,
    dossier_number    bigint      not null,
    line_id           uuid        not null,
    place             integer     not null check (place > 0),
    session_id        uuid        not null,
    event_id          uuid        not null,
    event_name        text        not null,
    starts_at         timestamptz not null,
    seat_label        text,
    quota_name        text,
    tariff_name       text,
    price             numeric(14, 4) not null,
    currency          char(3)     not null,
    issued_at         timestamptz not null,
    issued_by         uuid,
    print_count       integer     not null default 1 check (print_count > 0),
    last_printed_at   timestamptz not null,
    voided_at         timestamptz,
    checked_in_at     timestamptz,
    checked_in_by     uuid,
    checked_in_by_name text,
    checked_in_on     uuid,
    unique (organisation_id, number)
);
-- One live ticket per place of a line; a voided one (line cancelled) leaves room for none other.
create unique index ticket_place on documents.ticket (organisation_id, line_id, place) where voided_at is null;
create index ticket_session on documents.ticket (organisation_id, session_id, number);
create index ticket_dossier on documents.ticket (organisation_id, dossier_number, number);
create index ticket_event on documents.ticket (organisation_id, event_id, number);
create index ticket_list on documents.ticket (organisation_id, number desc);
-- Attendance counts check-ins per session without reading every ticket of it.
create index ticket_checked_in on documents.ticket (organisation_id, session_id) where checked_in_at is not null;

create table documents.ticket_secret (
    organisation_id uuid        not null,
    secret_hash     bytea       not null,
    ticket_id       uuid        not null references documents.ticket (id),
    issued_at       timestamptz not null,
    replaced_at     timestamptz,
    primary key (organisation_id, secret_hash)
);
create index ticket_secret_ticket on documents.ticket_secret (organisation_id, ticket_id) where replaced_at is null;
