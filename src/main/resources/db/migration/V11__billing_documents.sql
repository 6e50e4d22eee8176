-- Billing documents and the counter: invoices and credit notes (numbered without gaps, never
-- changed once issued), cash registers and their sessions, the waiting account, payment schedules.

-- The last number given, per organisation, series and year. It is incremented by one upsert in
-- the transaction that inserts the document, so a rollback gives the number back: no gap (a
-- sequence would leave one), and the row lock makes concurrent issues queue: no duplicate.
create table billing.document_counter (
    organisation_id uuid    not null,
    series          text    not null check (series in ('INVOICE', 'CREDIT_NOTE')),
    year            integer not null,
    last_number     bigint  not null check (last_number > 0),
    primary key (organisation_id, series, year)
);

-- An invoice or a credit note as issued: a snapshot of the seller, the buyer, the lines and the
-- totals, never updated nor deleted (the trigger below refuses it).
create table billing.invoice (
    id                  uuid primary key,
    organisation_id     uuid          not null,
    kind                text          not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    year                integer       not null,
    sequence            bigint        not null check (sequence > 0),
    number              text          not null,
    dossier_id          uuid          not null,
    dossier_number      bigint        not null,
    folio_id            uuid          not null references billing.folio (id),
    credited_invoice_id uuid references billing.invoice (id),
    currency            char(3)       not null,
    net                 numeric(14, 4) not null,
    tax                 numeric(14, 4) not null,
    gross               numeric(14, 4) not null,
    seller_name         text          not null,
    buyer_contact_id    uuid,
    buyer_name          text,
    buyer_address       text,
    buyer_vat_number    text,
    reason              text,
    issued_at           timestamptz   not null,
    issued_by           uuid,
    issued_on           uuid,
    check (gross = net + tax),
    check ((kind = 'CREDIT_NOTE') = (credited_invoice_id is not null)),
    unique (organisation_id, kind, year, sequence),
    unique (organisation_id, number)
);
create index invoice_list on billing.invoice (organisation_id, issued_at desc, id);
create index invoice_dossier on billing.invoice (organisation_id, dossier_id);
create index invoice_credited on billing.invoice (organisation_id, credited_invoice_id) where credited_invoice_id is not null;

-- Lines are written before their header (the counter is taken last, see InvoiceIssuing), hence
-- the deferred foreign key. Amounts are positive on both kinds; the kind gives the sign.
create table billing.invoice_line (
    id               uuid primary key,
    organisation_id  uuid          not null,
    invoice_id       uuid          not null references billing.invoice (id) deferrable initially deferred,
    position         integer       not null,
    charge_id        uuid          not null references billing.charge (id),
    credited_line_id uuid references billing.invoice_line (id) deferrable initially deferred,
    description      text          not null,
    quantity         integer       not null check (quantity > 0),
    unit_price       numeric(14, 4) not null,
    discount         numeric(14, 4) not null,
    net              numeric(14, 4) not null,
    tax              numeric(14, 4) not null,
    gross            numeric(14, 4) not null,
    tax_name         text,
    tax_rate         numeric(7, 4) not null,
    unique (organisation_id, invoice_id, position)
);
-- A charge is invoiced once, and an invoice line credited once, even by concurrent requests.
create unique index invoice_line_charge on billing.invoice_line (organisation_id, charge_id) where credited_line_id is null;
create unique index invoice_line_credited on billing.invoice_line (organisation_id, credited_line_id) where credited_line_id is not null;

create function billing.refuse_change_of_issued() returns trigger language plpgsql as $$
begin
    raise exception 'an issued % is never changed: issue a credit note', tg_table_name;
end
$$;
create trigger invoice_immutable before update or delete on billing.invoice
    for each row execute function billing.refuse_change_of_issued();
create trigger invoice_line_immutable before update or delete on billing.invoice_line
    for each row execute function billing.refuse_change_of_issued();

-- Cash registers: a drawer at a point of sale.
create table billing.cash_register (
    id               uuid primary key,
    organisation_id  uuid        not null,
    point_of_sale_id uuid        not null,
    name             text        not null,
    created_at       timestamptz not null,
    created_by       uuid,
    unique (organisation_id, name)
);
create index cash_register_point_of_sale on billing.cash_register (organisation_id, point_of_sale_id);

-- A session from opening (with its float) to closing (with what was counted). One open session
-- per register and per point of sale: the payments of a counter go to exactly one drawer.
create table billing.cash_session (
    id               uuid primary key,
    organisation_id  uuid          not null,
    register_id      uuid          not null references billing.cash_register (id),
    point_of_sale_id uuid          not null,
    currency         char(3)       not null,
    opening_float    numeric(14, 4) not null check (opening_float >= 0),
    opened_at        timestamptz   not null,
    opened_by        uuid,
    closed_at        timestamptz,
    closed_by        uuid,
    closing_note     text
);
create unique index cash_session_open_register on billing.cash_session (organisation_id, register_id) where closed_at is null;
create unique index cash_session_open_point_of_sale on billing.cash_session (organisation_id, point_of_sale_id) where closed_at is null;
create index cash_session_list on billing.cash_session (organisation_id, opened_at desc, id);
create index payment_cash_session on billing.payment (organisation_id, cash_session_id) where cash_session_id is not null;

-- What was expected and counted per method at closing.
create table billing.cash_count (
    organisation_id uuid          not null,
    session_id      uuid          not null references billing.cash_session (id),
    method          text          not null,
    expected        numeric(14, 4) not null,
    counted         numeric(14, 4) not null,
    primary key (organisation_id, session_id, method)
);

-- Money taken at a counter (cash, card, cheque) belongs to the open session of that counter.
-- Done here rather than in every Java path that records money (payments, settlements, refunds,
-- the waiting account): none can forget it. "for share" makes a closing (which locks the session
-- "for update") wait for the payment, or the payment see the session closed.
create function billing.link_cash_session() returns trigger language plpgsql as $$
begin
    if new.cash_session_id is null and new.point_of_sale_id is not null
       and new.method in ('CASH', 'CARD', 'CHEQUE') then
        select id into new.cash_session_id from billing.cash_session
         where organisation_id = new.organisation_id and point_of_sale_id = new.point_of_sale_id
           and closed_at is null
           for share;
    end if;
    return new;
end
$$;
create trigger payment_cash_session before insert on billing.payment
    for each row execute function billing.link_cash_session();

-- The waiting account: money received that no dossier can be matched to yet.
create table billing.waiting_payment (
    id               uuid primary key,
    organisation_id  uuid          not null,
    amount           numeric(14, 4) not null check (amount > 0),
    currency         char(3)       not null,
    method           text          not null check (method in ('CASH', 'CARD', 'CHEQUE', 'BANK_TRANSFER', 'ONLINE')),
    reference        text,
    note             text,
    received_at      timestamptz   not null,
    received_by      uuid,
    received_on      uuid,
    assigned_at      timestamptz,
    assigned_by      uuid,
    dossier_id       uuid,
    payment_id       uuid,
    check ((assigned_at is null) = (dossier_id is null))
);
create index waiting_payment_list on billing.waiting_payment (organisation_id, received_at desc, id);
create index waiting_payment_unassigned on billing.waiting_payment (organisation_id, received_at desc) where assigned_at is null;

-- A dossier's payment schedule: instalments with due dates. Paid or not is computed from the
-- dossier's payments (oldest instalment first), never stored, so it cannot go stale.
create table billing.instalment (
    id              uuid primary key,
    organisation_id uuid          not null,
    dossier_id      uuid          not null,
    position        integer       not null,
    due_on          date          not null,
    amount          numeric(14, 4) not null check (amount > 0),
    currency        char(3)       not null,
    created_at      timestamptz   not null,
    created_by      uuid,
    unique (organisation_id, dossier_id, position)
);
create index instalment_due on billing.instalment (organisation_id, due_on);
