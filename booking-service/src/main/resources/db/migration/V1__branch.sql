-- A branch ("succursale") of the business. Its address is the business's, not personal data.
create table branch
(
    id          uuid primary key,
    code        text        not null check (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
    name        text        not null check (length(name) between 1 and 100),
    street      text        not null,
    city        text        not null,
    province    char(2)     not null
        check (province in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
    -- Always stored normalised (upper case, one space), as Canada Post prints it.
    postal_code char(7)     not null check (postal_code ~ '^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$'),
    -- Appointments are booked in the branch's local time (20-minute slots such as 4:30 pm-4:50 pm).
    timezone    text        not null default 'America/Montreal',
    active      boolean     not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0
);
create unique index branch_code_uk on branch (code);

