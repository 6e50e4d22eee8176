create schema if not exists contacts;

create table contacts.contact_type (
    id              uuid primary key,
    organisation_id uuid        not null,
    code            text        not null,
    name            text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    unique (organisation_id, code)
);

-- Contact numbers are sequential per organisation; this row is the counter.
create table contacts.contact_number (
    organisation_id uuid primary key,
    last_number     bigint not null
);

create table contacts.contact (
    id                  uuid primary key,
    organisation_id     uuid        not null,
    number              bigint      not null,
    kind                text        not null check (kind in ('PERSON', 'COMPANY')),
    contact_type_id     uuid references contacts.contact_type (id),
    first_name          text,
    last_name           text,
    company_name        text,
    email               text,
    phone               text,
    street              text,
    postal_code         text,
    city                text,
    country             text,
    language            text,
    registration_number text,
    vat_number          text,
    notes               text,
    version             bigint      not null,
    created_at          timestamptz not null,
    created_by          uuid,
    created_on          uuid,
    modified_at         timestamptz not null,
    modified_by         uuid,
    modified_on         uuid,
    display_name        text generated always as (
        case when kind = 'COMPANY' then coalesce(company_name, '')
             else trim(coalesce(last_name, '') || ' ' || coalesce(first_name, '')) end) stored,
    -- What the search box matches: names, e-mail, phone digits, number. Lower-cased once here
    -- so the trigram index serves case-insensitive search.
    search_text         text generated always as (lower(
        coalesce(company_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(first_name, '') || ' ' ||
        coalesce(email, '') || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9+]', '', 'g') || ' ' ||
        coalesce(vat_number, '') || ' #' || number::text)) stored,
    unique (organisation_id, number)
);
create index contact_search on contacts.contact using gin (search_text gin_trgm_ops);
create index contact_list on contacts.contact (organisation_id, display_name, id);
create index contact_email on contacts.contact (organisation_id, lower(email));
