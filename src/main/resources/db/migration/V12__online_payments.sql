-- Online payments (billing.online): each organisation's payment-provider account, the checkouts
-- it created, and the provider's events already handled.

-- The organisation's own provider account: its secret API key and the signing secret of its
-- webhook endpoint. Written by an administrator, never returned by the API (only the last four
-- characters), never logged; encrypted ('aesgcm:…') when resa.online-payments.secrets-key is set.
-- The return pages are the organisation's own website's.
create table billing.online_account (
    organisation_id uuid primary key,
    provider        text        not null check (provider in ('STRIPE')),
    secret_key      text        not null,
    webhook_secret  text        not null,
    success_url     text        not null,
    cancel_url      text        not null,
    version         bigint      not null,
    modified_at     timestamptz not null,
    modified_by     uuid
);

-- A payment link sent for a dossier: what was asked, and what became of it. The provider's
-- reference (a Checkout Session id) is unique per organisation; the payment it led to is
-- recorded once, by the conditional update that moves it to PAID.
create table billing.online_checkout (
    id                uuid primary key,
    organisation_id   uuid           not null,
    dossier_id        uuid           not null,
    provider          text           not null,
    reference         text           not null,
    url               text           not null,
    amount            numeric(14, 4) not null check (amount > 0),
    currency          char(3)        not null,
    status            text           not null check (status in ('OPEN', 'PAID', 'FAILED', 'UNAPPLIED')),
    payment_reference text,
    payment_id        uuid,
    refunded          numeric(14, 4) not null default 0 check (refunded >= 0),
    note              text,
    created_at        timestamptz    not null,
    created_by        uuid,
    modified_at       timestamptz    not null
);
create unique index online_checkout_reference on billing.online_checkout (organisation_id, reference);
create index online_checkout_payment on billing.online_checkout (organisation_id, payment_reference);
create index online_checkout_dossier on billing.online_checkout (organisation_id, dossier_id, created_at desc);

-- Every provider event handled, by its id: a redelivered event finds its row and does nothing.
-- Inserted in the same transaction as what the event writes.
create table billing.online_event (
    organisation_id uuid        not null,
    event_id        text        not null,
    type            text        not null,
    outcome         text        not null,
    received_at     timestamptz not null,
    primary key (organisation_id, event_id)
);
