-- Invoices and credit notes (issue 11 part B, ADR 0021).

-- Gapless yearly numbering: one counter row per series and year, incremented under its row lock in the transaction
-- that issues the document. A rollback gives the number back; a database sequence would leave a gap.
create table document_counter
(
    series     text    not null check (series in ('INVOICE', 'CREDIT_NOTE')),
    year       integer not null check (year between 2000 and 9999),
    last_value integer not null check (last_value > 0),
    primary key (series, year)
);

-- An invoice ("Facture") as issued when its order was placed. Never changed, never deleted: corrections are credit
-- notes. The client copy (name, billing address) and the lines (descriptions may name a pet) are encrypted; the
-- seller's identity is copied as printed, so that a later change of configuration never rewrites an issued invoice.
create table invoice
(
    id               uuid primary key,
    number           text          not null unique,
    year             integer       not null,
    sequence         integer       not null check (sequence > 0),
    order_id         uuid          not null unique,
    order_number     bigint        not null,
    order_kind       text          not null check (order_kind ~ '^[A-Z_]{1,20}$'),
    client_id        uuid          not null,
    language         text          not null check (language in ('fr', 'en')),
    bill_to_name     bytea,
    bill_to_address  bytea,
    lines            bytea         not null,
    -- As the order gave them: subtotal before discount; total = what the client owes, taxes included.
    subtotal         numeric(12, 2) not null,
    discount         numeric(12, 2) not null check (discount >= 0),
    taxable_subtotal numeric(12, 2) not null check (taxable_subtotal >= 0),
    gst              numeric(12, 2) not null check (gst >= 0),
    qst              numeric(12, 2) not null check (qst >= 0),
    total            numeric(12, 2) not null check (total >= 0),
    seller_name      text          not null,
    seller_address   text          not null,
    gst_number       text          not null,
    qst_number       text          not null,
    issued_at        timestamptz   not null,
    unique (year, sequence)
);
create index invoice_client_issued_idx on invoice (client_id, issued_at desc, id);
create index invoice_issued_idx on invoice (issued_at, id);

-- A credit note ("Note de crédit"): money or a debt taken back on an invoice, taxes included. What all the credit
-- notes of an invoice take back never exceeds the invoice's total (checked under the invoice's row lock).
create table credit_note
(
    id          uuid primary key,
    number      text          not null unique,
    year        integer       not null,
    sequence    integer       not null check (sequence > 0),
    invoice_id  uuid          not null references invoice (id),
    order_id    uuid          not null,
    client_id   uuid          not null,
    settlement  text          not null check (settlement ~ '^[A-Z_]{1,30}$'),
    -- Staff-facing reason, free text: encrypted like every note.
    reason      bytea,
    subtotal    numeric(12, 2) not null check (subtotal >= 0),
    gst         numeric(12, 2) not null check (gst >= 0),
    qst         numeric(12, 2) not null check (qst >= 0),
    total       numeric(12, 2) not null check (total > 0),
    issued_at   timestamptz   not null,
    unique (year, sequence),
    check (total = subtotal + gst + qst)
);
create index credit_note_invoice_idx on credit_note (invoice_id, issued_at, id);
create index credit_note_client_issued_idx on credit_note (client_id, issued_at desc, id);
create index credit_note_issued_idx on credit_note (issued_at, id);

-- Issued documents are immutable: the database itself refuses to change or delete one, whatever the code does.
create function refuse_issued_document_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% % is issued and cannot be changed or deleted (issue a credit note)', tg_table_name, old.number
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger invoice_immutable
    before update or delete on invoice
    for each row execute function refuse_issued_document_change();
create trigger credit_note_immutable
    before update or delete on credit_note
    for each row execute function refuse_issued_document_change();
