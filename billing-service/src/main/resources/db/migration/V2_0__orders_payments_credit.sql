-- Orders, payments and the credit ledger (issue 11, part A; ADR 0020).

-- Billing's own copy of each client (fed by the registry's events): standing, discount, language, and the name and
-- billing address printed on orders and invoices (Tink-encrypted, bound to their cell).
create table customer
(
    client_id        uuid primary key,
    status           text          not null default 'ACTIVE'
        check (status in ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'BANNED')),
    discount_percent numeric(5, 2) not null default 0 check (discount_percent between 0 and 100),
    discount_ends_on date,
    language         text          not null default 'fr' check (language in ('fr', 'en')),
    name             bytea,
    address          bytea,
    updated_at       timestamptz   not null
);

-- Public order numbers ("#1514"): short and increasing; a rolled-back order leaves a gap, which orders may have.
create sequence order_number_seq start with 1500;

create table customer_order
(
    id               uuid primary key,
    number           bigint         not null unique,
    kind             text           not null check (kind in ('APPOINTMENT', 'SHOP', 'IN_STORE')),
    client_id        uuid           not null,
    appointment_id   uuid unique,
    status           text           not null
        check (status in ('PENDING_PAYMENT', 'PAID', 'COMPLETED', 'CANCELLED', 'REFUNDED')),
    language         text           not null,
    bill_to_name     bytea,
    bill_to_address  bytea,
    subtotal         numeric(12, 2) not null check (subtotal >= 0),
    discount         numeric(12, 2) not null check (discount >= 0),
    taxable_subtotal numeric(12, 2) not null check (taxable_subtotal >= 0),
    gst              numeric(12, 2) not null check (gst >= 0),
    qst              numeric(12, 2) not null check (qst >= 0),
    total            numeric(12, 2) not null check (total >= 0),
    amount_paid      numeric(12, 2) not null default 0 check (amount_paid >= 0),
    amount_refunded  numeric(12, 2) not null default 0 check (amount_refunded >= 0),
    amount_cancelled numeric(12, 2) not null default 0 check (amount_cancelled >= 0),
    placed_by        uuid,
    placed_at        timestamptz    not null,
    paid_at          timestamptz,
    service_done_at  timestamptz,
    closed_at        timestamptz,
    version          bigint         not null,
    -- Never charged more than the order, never refunded more than was paid.
    check (amount_paid <= total),
    check (amount_refunded <= amount_paid)
);
create index customer_order_by_client on customer_order (client_id, placed_at desc, number desc);

create table order_line
(
    order_id         uuid           not null references customer_order (id),
    position         int            not null,
    description_fr   text           not null,
    description_en   text           not null,
    service_id       uuid,
    product_id       uuid,
    pet_id           uuid,
    quantity         int            not null check (quantity > 0),
    unit_price       numeric(12, 2) not null check (unit_price >= 0),
    discount_percent numeric(5, 2)  not null,
    discount         numeric(12, 2) not null,
    amount           numeric(12, 2) not null,
    taxable          boolean        not null,
    primary key (order_id, position)
);

-- Money in (PAYMENT) and out (REFUND) of an order, with how it moved.
create table order_payment
(
    id                uuid primary key,
    order_id          uuid           not null references customer_order (id),
    client_id         uuid           not null,
    direction         text           not null check (direction in ('PAYMENT', 'REFUND')),
    method            text           not null check (method in ('CASH', 'INTERAC', 'CARD_TERMINAL', 'CARD', 'CREDIT')),
    amount            numeric(12, 2) not null check (amount > 0),
    reference         bytea,
    payment_intent_id text,
    refund_id         text,
    recorded_by       uuid,
    recorded_at       timestamptz    not null
);
create index order_payment_by_order on order_payment (order_id, recorded_at);
-- A card payment Stripe confirmed is recorded once, however often the confirmation arrives.
create unique index order_payment_once_per_intent on order_payment (payment_intent_id)
    where direction = 'PAYMENT' and payment_intent_id is not null;

-- The credit ledger: the balance is the sum of the entries; balance_after is that running sum, checked never to go
-- below zero, and (client_id, seq) unique so that two concurrent entries cannot both follow the same one.
create table credit_entry
(
    id            uuid primary key,
    client_id     uuid           not null,
    seq           int            not null check (seq > 0),
    amount        numeric(12, 2) not null check (amount <> 0),
    balance_after numeric(12, 2) not null check (balance_after >= 0),
    kind          text           not null
        check (kind in ('REFUND', 'ADJUSTMENT', 'PAYMENT', 'OVERPAYMENT')),
    order_id      uuid,
    reason        bytea,
    recorded_by   uuid,
    recorded_at   timestamptz    not null,
    unique (client_id, seq)
);
