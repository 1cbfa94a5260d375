-- The client copy from the registry's contact endpoint (ADR 0029): when it was last read; null means billing has no
-- fresh copy and reads the contact once, synchronously, when it next bills the client.
alter table customer add column contact_refreshed_at timestamptz;

-- A Stripe refund is recorded on an order once: whether we made it (its id saved with our refund) or Stripe's
-- dashboard did (its webhook records it under the same id).
create unique index order_payment_once_per_refund on order_payment (refund_id) where refund_id is not null;
