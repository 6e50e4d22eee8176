-- Extensions the later modules need (trigram search, exclusion constraints on periods).
create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- API conventions: the kept answers of idempotent requests.
create schema if not exists shared;
create table shared.idempotent_request (
    organisation_id uuid        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    status          integer,
    content_type    text,
    location        text,
    etag            text,
    body            bytea,
    created_at      timestamptz not null,
    primary key (organisation_id, idempotency_key)
);
create index idempotent_request_created_at on shared.idempotent_request (created_at);

create schema if not exists organisation;

create table organisation.organisation (
    id               uuid primary key,
    name             text        not null,
    time_zone        text        not null,
    default_language text        not null,
    currency         char(3)     not null,
    created_at       timestamptz not null
);

create table organisation.branch (
    id              uuid primary key,
    organisation_id uuid        not null references organisation.organisation (id),
    name            text        not null,
    created_at      timestamptz not null,
    unique (organisation_id, name)
);

create table organisation.point_of_sale (
    id              uuid primary key,
    organisation_id uuid        not null references organisation.organisation (id),
    branch_id       uuid        not null references organisation.branch (id),
    name            text        not null,
    created_at      timestamptz not null,
    unique (organisation_id, name)
);

create table organisation.app_user (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation.organisation (id),
    -- Usernames are unique across organisations: the login form does not ask for one.
    username         text        not null unique,
    password_hash    text        not null,
    display_name     text        not null,
    role             text        not null check (role in ('ADMIN', 'MANAGER', 'AGENT', 'VIEWER')),
    language         text,
    point_of_sale_id uuid references organisation.point_of_sale (id),
    enabled          boolean     not null default true,
    version          bigint      not null,
    created_at       timestamptz not null,
    created_by       uuid,
    modified_at      timestamptz not null,
    modified_by      uuid
);
create index app_user_organisation on organisation.app_user (organisation_id, username);

create table organisation.api_key (
    id              uuid primary key,
    organisation_id uuid        not null references organisation.organisation (id),
    name            text        not null,
    -- The public part of the key, used to find it; only a hash of the secret part is stored.
    prefix          text        not null unique,
    secret_hash     text        not null,
    role            text        not null check (role in ('ADMIN', 'MANAGER', 'AGENT', 'VIEWER')),
    created_at      timestamptz not null,
    created_by      uuid,
    revoked_at      timestamptz,
    revoked_by      uuid
);
create index api_key_organisation on organisation.api_key (organisation_id, created_at);
