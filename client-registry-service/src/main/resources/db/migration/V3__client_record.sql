-- The rest of the record (issue 3). Personal values are Tink AEAD ciphertexts (bytea): address
-- parts, coordinates, the status reason and the name of the staff member who set the status.
alter table client
    add column billing_line1          bytea,
    add column billing_line2          bytea,
    add column billing_city           bytea,
    add column billing_province       bytea,
    add column billing_postal_code    bytea,
    add column shipping_line1         bytea,
    add column shipping_line2         bytea,
    add column shipping_city          bytea,
    add column shipping_province      bytea,
    add column shipping_postal_code   bytea,
    add column latitude               bytea,
    add column longitude              bytea,
    add column preferred_branch_id    uuid, -- a booking-service branch id
    add column discount_percent       numeric(5, 2) check (discount_percent > 0 and discount_percent <= 100),
    add column discount_ends_on       date check (discount_ends_on is null or discount_percent is not null),
    add column newsletter             boolean not null default false, -- privacy by default: off
    add column sms                    boolean not null default false,
    add column status_reason          bytea,
    add column status_changed_at      timestamptz,
    add column status_changed_by      uuid,
    add column status_changed_by_name bytea;
create index client_preferred_branch_idx on client (preferred_branch_id, created_at desc);

-- Consent history (Law 25): each change of an option, by whom, when, through which screen.
create table client_consent
(
    id             uuid primary key,
    client_id      uuid        not null references client (id) on delete cascade,
    consent_option text        not null check (consent_option in ('NEWSLETTER', 'SMS', 'TWO_FACTOR')),
    granted        boolean     not null,
    changed_at     timestamptz not null,
    changed_by     uuid        not null,
    channel        text        not null check (channel in ('PORTAL', 'ADMIN'))
);
create index client_consent_client_idx on client_consent (client_id, changed_at desc);
