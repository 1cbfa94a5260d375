-- Staff may change an unpaid appointment's service or pets (appointment-changed): its order is then cancelled (a
-- credit note for its invoice) and marked replaced, and a new order is placed for the same appointment. Each
-- appointment still has one current order: the unique index leaves the replaced ones out.
alter table customer_order add column replaced_at timestamptz;
alter table customer_order drop constraint customer_order_appointment_id_key;
create unique index customer_order_current_appointment on customer_order (appointment_id) where replaced_at is null;
