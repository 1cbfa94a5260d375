-- Card payments through Stripe (package card, ADR 0022). Card data never reaches us: Stripe holds the cards.

-- The Stripe Customer of each client, created the first time they save a card or pay by card.
create table card_customer (
    client_id          uuid primary key,
    stripe_customer_id text        not null unique,
    created_at         timestamptz not null default now()
);

-- Each PaymentIntent created to pay an order, and what Stripe's webhooks said of it. Its status only moves forward
-- (a late "payment_failed" never undoes "succeeded"); payment_recorded is set once, when the order was told.
create table card_payment_intent (
    payment_intent_id text primary key,
    order_id          uuid        not null,
    client_id         uuid        not null,
    amount_cents      bigint      not null check (amount_cents > 0),
    status            text        not null,
    refunded_cents    bigint      not null default 0 check (refunded_cents >= 0),
    payment_recorded  boolean     not null default false,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);

create index card_payment_intent_order on card_payment_intent (order_id);
