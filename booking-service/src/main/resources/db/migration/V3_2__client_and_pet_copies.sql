-- Booking's own copies of what the registry announces (ADR 0019): a client's status, and each pet's owner,
-- archive flag and vaccinations. Never asked of the registry at request time.

-- Absent = ACTIVE (a client never announced).
create table client_standing
(
    client_id  uuid primary key,
    status     text        not null check (status in ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'BANNED')),
    changed_at timestamptz not null
);

-- A pet this service knows belongs to a client (pet-added, or any later event about it).
create table pet
(
    id         uuid primary key,
    client_id  uuid        not null,
    archived   boolean     not null,
    changed_at timestamptz not null
);
create index pet_client_idx on pet (client_id);

-- The pet's current vaccination facts as the last pet-vaccinations-changed listed them (replaced as a whole).
create table pet_vaccination
(
    pet_id      uuid    not null references pet (id),
    vaccine     text    not null,
    valid_until date    not null,
    verified    boolean not null,
    primary key (pet_id, vaccine, valid_until)
);

-- Waitlist: a client asks to be told when a slot frees up for a service between two dates. Their place in line is
-- the order they joined (a sequence: two joins in one instant still have an order).
create sequence waitlist_line_seq;
create table waitlist_entry
(
    id               uuid primary key,
    line             bigint      not null unique,
    client_id        uuid        not null,
    service_id       uuid        not null,
    branch_id        uuid,
    pet_ids          uuid[]      not null check (cardinality(pet_ids) between 1 and 6),
    earliest         date        not null,
    latest           date        not null,
    status           text        not null check (status in ('WAITING', 'OFFERED')),
    offered_at       timestamptz,
    offered_start    timestamptz,
    offered_staff_id uuid,
    created_at       timestamptz not null,
    version          bigint      not null,
    check (latest >= earliest)
);
-- The first in line for a service: oldest waiting entry first.
create index waitlist_waiting_idx on waitlist_entry (service_id, line) where status = 'WAITING';
create index waitlist_client_idx on waitlist_entry (client_id, created_at);
