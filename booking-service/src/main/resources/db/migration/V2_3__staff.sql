-- A staff member who gives services, keyed by their Keycloak user id. Name and work e-mail are the business contact
-- information clients see on their appointments (Quebec's private-sector Act leaves it out of its scope), so they are
-- not encrypted. The base point is where home-visit rounds start (a branch or a depot), not a home address.
create table staff_member
(
    id              uuid primary key,
    name            text        not null check (length(name) between 1 and 100),
    email           text check (length(email) <= 254),
    active          boolean     not null default true,
    base_latitude   numeric(9, 6) check (base_latitude between -90 and 90),
    base_longitude  numeric(9, 6) check (base_longitude between -180 and 180),
    radius_km       numeric(5, 1) check (radius_km > 0 and radius_km <= 500),
    -- First characters of the postal codes covered for home visits ("H2J"), upper case, no space.
    postal_prefixes text[]      not null default '{}',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    check ((base_latitude is null) = (base_longitude is null))
);

-- Weekly working hours per branch, in that branch's local time; ISO day numbers (1 = Monday).
create table staff_hours
(
    staff_id    uuid     not null references staff_member (id) on delete cascade,
    branch_id   uuid     not null references branch (id),
    day_of_week smallint not null check (day_of_week between 1 and 7),
    starts      time     not null,
    ends        time     not null,
    primary key (staff_id, day_of_week, starts),
    check (starts < ends)
);

-- Who gives which service: edited from either side (the service's staff, the staff member's services).
create table service_staff
(
    service_id uuid not null references service (id) on delete cascade,
    staff_id   uuid not null references staff_member (id) on delete cascade,
    primary key (service_id, staff_id)
);
create index service_staff_staff on service_staff (staff_id);

-- Unavailable (vacation, sick day, training), whatever the weekly hours say. The reason may be about health:
-- encrypted (Tink, platform FieldEncryptor).
create table staff_time_off
(
    id         uuid primary key,
    staff_id   uuid        not null references staff_member (id) on delete cascade,
    starts     timestamptz not null,
    ends       timestamptz not null,
    reason     bytea,
    created_at timestamptz not null default now(),
    check (starts < ends)
);
create index staff_time_off_staff on staff_time_off (staff_id, starts);

-- Available outside the weekly hours on one date (an extra Saturday), at a branch, in its local time.
create table staff_extra_hours
(
    id         uuid primary key,
    staff_id   uuid        not null references staff_member (id) on delete cascade,
    branch_id  uuid        not null references branch (id),
    date       date        not null,
    starts     time        not null,
    ends       time        not null,
    created_at timestamptz not null default now(),
    check (starts < ends)
);
create index staff_extra_hours_staff on staff_extra_hours (staff_id, date);
