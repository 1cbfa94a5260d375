-- Appointments (ADR 0019). No double booking is the database's job: the exclusion constraint below refuses two
-- live appointments of one staff member whose blocked times overlap, whatever the application checked before.
create extension if not exists btree_gist;

-- Public numbers people quote ("1515" in the seed's "Réservations passées"): sequential, as the seed shows.
create sequence appointment_number_seq start with 1001;

create table appointment
(
    id               uuid primary key,
    number           integer     not null,
    client_id        uuid        not null,
    -- Display copies (booking cannot read the registry at request time): the client's and pets' names as the
    -- booking said them, encrypted like every name.
    client_name      bytea,
    pet_ids          uuid[]      not null check (cardinality(pet_ids) between 1 and 6),
    pet_names        bytea,
    service_id       uuid        not null,
    place            text        not null check (place in ('IN_STORE', 'HOME')),
    branch_id        uuid        not null,
    staff_id         uuid        not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    -- [start - buffer before - travel, end + buffer after): what the staff member cannot give to anyone else.
    blocked_from     timestamptz not null,
    blocked_until    timestamptz not null,
    blocked          tstzrange generated always as (tstzrange(blocked_from, blocked_until, '[)')) stored,
    travel_minutes   integer     not null default 0 check (travel_minutes >= 0),
    -- HOME visits: {street, city, postalCode, latitude, longitude} as JSON, encrypted (an address is personal).
    location         bytea,
    notes            bytea,
    -- [{description, quantity, unitPrice, amount, taxable}]: what billing prices (no personal data).
    lines            jsonb       not null,
    status           text        not null check (status in ('UNPAID', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    series_id        uuid,
    order_id         uuid,
    order_number     text,
    order_status     text,
    booked_by        uuid        not null,
    booked_by_role   text        not null check (booked_by_role in ('CLIENT', 'STAFF', 'SYSTEM')),
    cancelled_at     timestamptz,
    cancelled_by     uuid,
    cancelled_by_role text check (cancelled_by_role in ('CLIENT', 'STAFF', 'SYSTEM')),
    cancel_reason    bytea,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null,
    check (ends_at > starts_at),
    check (blocked_from <= starts_at and blocked_until >= ends_at),
    constraint appointment_no_overlap
        exclude using gist (staff_id with =, blocked with &&) where (status <> 'CANCELLED')
);
create unique index appointment_number_uk on appointment (number);
-- A client's lists ("à venir" soonest first, "passées" newest first) and the timesheet's views.
create index appointment_client_start_idx on appointment (client_id, starts_at, id);
create index appointment_staff_start_idx on appointment (staff_id, starts_at, id);
create index appointment_branch_start_idx on appointment (branch_id, starts_at, id);
create index appointment_start_idx on appointment (starts_at, id);
create index appointment_series_idx on appointment (series_id) where series_id is not null;

-- One report card per pet of an appointment: what was done, nails, behaviour, notes (typed by staff about a
-- client's pet: encrypted), photos (document-service ids), and whether the client sees it.
create table report_card
(
    id                  uuid primary key,
    appointment_id      uuid        not null references appointment (id),
    pet_id              uuid        not null,
    client_id           uuid        not null,
    done                bytea,
    nails               text check (nails ~ '^[A-Z_]{1,20}$'),
    behaviour           bytea,
    notes_for_next_time bytea,
    photo_document_ids  uuid[]      not null default '{}' check (cardinality(photo_document_ids) <= 6),
    shared              boolean     not null,
    shared_at           timestamptz,
    updated_by          uuid        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null,
    unique (appointment_id, pet_id)
);
create index report_card_client_pet_idx on report_card (client_id, pet_id, created_at desc);
