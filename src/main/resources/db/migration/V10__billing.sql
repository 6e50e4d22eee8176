-- Billing: folios (accounts of charges and payments), tax rates, payments, credit balances.
-- Amounts are numeric with the currency's minor digits at most; signs: a charge is positive, a
-- payment positive, a refund or a transfer to credit negative. Nothing is ever deleted: a charge
-- is voided, a payment is answered by a refund.
create schema if not exists billing;

-- An organisation's tax rates ("TVA 5.5 %", "ДДС 9 %"); at most one is the default, applied to
-- every sale; its inclusive flag says whether the organisation's prices include the tax.
create table billing.tax_rate (
    id              uuid primary key,
    organisation_id uuid         not null,
    name            text         not null,
    rate            numeric(7, 4) not null check (rate >= 0 and rate < 100),
    inclusive       boolean      not null,
    is_default      boolean      not null,
    created_at      timestamptz  not null,
    created_by      uuid,
    unique (organisation_id, name)
);
create unique index tax_rate_default on billing.tax_rate (organisation_id) where is_default;

-- A folio belongs to a dossier: its main folio (one per currency of the dossier), or another one
-- paid by someone else (a company's, a transfer folio).
create table billing.folio (
    id               uuid primary key,
    organisation_id  uuid        not null,
    dossier_id       uuid        not null,
    kind             text        not null check (kind in ('MAIN', 'COMPANY', 'TRANSFER', 'OTHER')),
    name             text,
    currency         char(3)     not null,
    payer_contact_id uuid,
    created_at       timestamptz not null,
    created_by       uuid,
    created_on       uuid
);
create index folio_dossier on billing.folio (organisation_id, dossier_id);
create unique index folio_main on billing.folio (organisation_id, dossier_id, currency) where kind = 'MAIN';

create table billing.charge (
    id              uuid primary key,
    organisation_id uuid          not null,
    folio_id        uuid          not null references billing.folio (id),
    dossier_id      uuid          not null,
    line_id         uuid,
    event_id        uuid,
    description     text          not null,
    quantity        integer       not null check (quantity > 0),
    unit_price      numeric(14, 4) not null,
    discount        numeric(14, 4) not null check (discount >= 0),
    currency        char(3)       not null,
    net             numeric(14, 4) not null,
    tax             numeric(14, 4) not null,
    gross           numeric(14, 4) not null,
    tax_name        text,
    tax_rate        numeric(7, 4) not null,
    tax_inclusive   boolean       not null,
    posted_at       timestamptz   not null,
    posted_by       uuid,
    posted_on       uuid,
    voided_at       timestamptz,
    voided_by       uuid,
    void_reason     text,
    check (gross = net + tax)
);
create index charge_folio on billing.charge (organisation_id, folio_id, posted_at);
create index charge_dossier on billing.charge (organisation_id, dossier_id);
-- A sold line is charged once: a replayed or doubled confirmation cannot post it twice.
create unique index charge_line on billing.charge (organisation_id, line_id) where line_id is not null and voided_at is null;

-- Every move of a charge between folios, so a folio's history is kept.
create table billing.charge_move (
    id              uuid primary key,
    organisation_id uuid        not null,
    charge_id       uuid        not null references billing.charge (id),
    from_folio_id   uuid        not null,
    to_folio_id     uuid        not null,
    reason          text        not null,
    at              timestamptz not null,
    by_user         uuid
);
create index charge_move_charge on billing.charge_move (organisation_id, charge_id, at);

-- Routing: charges of a dossier's chosen line, or of a product (an event), go to another folio.
create table billing.routing_rule (
    id              uuid primary key,
    organisation_id uuid        not null,
    dossier_id      uuid        not null,
    folio_id        uuid        not null references billing.folio (id),
    line_id         uuid,
    event_id        uuid,
    created_at      timestamptz not null,
    created_by      uuid,
    check (line_id is not null or event_id is not null)
);
create index routing_rule_dossier on billing.routing_rule (organisation_id, dossier_id);

create table billing.payment (
    id                 uuid primary key,
    organisation_id    uuid          not null,
    folio_id           uuid          not null references billing.folio (id),
    dossier_id         uuid          not null,
    kind               text          not null check (kind in ('PAYMENT', 'REFUND', 'TO_CREDIT')),
    method             text          not null check (method in ('CASH', 'CARD', 'CHEQUE', 'BANK_TRANSFER', 'CREDIT_BALANCE', 'ONLINE')),
    amount             numeric(14, 4) not null check (amount <> 0),
    currency           char(3)       not null,
    deposit            boolean       not null,
    note               text,
    contact_id         uuid,
    point_of_sale_id   uuid,
    cash_session_id    uuid,
    external_reference text,
    created_at         timestamptz   not null,
    created_by         uuid,
    check ((kind = 'PAYMENT') = (amount > 0))
);
create index payment_folio on billing.payment (organisation_id, folio_id);
create index payment_dossier on billing.payment (organisation_id, dossier_id);
create index payment_list on billing.payment (organisation_id, created_at desc, id);
create index payment_deposit on billing.payment (organisation_id, created_at desc) where deposit;

-- What a contact has in credit, per currency. It never goes below zero: spending it is one
-- conditional update (balance >= amount), and the check refuses any faulty statement.
create table billing.credit_balance (
    organisation_id uuid          not null,
    contact_id      uuid          not null,
    currency        char(3)       not null,
    balance         numeric(14, 4) not null check (balance >= 0),
    modified_at     timestamptz   not null,
    primary key (organisation_id, contact_id, currency)
);

-- The ledger behind each balance: every credit and every spending, with its payment.
create table billing.credit_movement (
    id              uuid primary key,
    organisation_id uuid          not null,
    contact_id      uuid          not null,
    currency        char(3)       not null,
    amount          numeric(14, 4) not null check (amount <> 0),
    payment_id      uuid          not null references billing.payment (id),
    dossier_id      uuid          not null,
    at              timestamptz   not null
);
create index credit_movement_contact on billing.credit_movement (organisation_id, contact_id, currency, at);
