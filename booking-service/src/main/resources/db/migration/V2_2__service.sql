-- A service offered ("Taille des griffes", "Visites à domicile"): the catalogue clients book from. Prices are CAD
-- before taxes; an appointment lasts duration_minutes × pets (PER_PET) or duration_minutes (PER_VISIT).
create table service
(
    id                    uuid primary key,
    code                  text          not null check (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
    name_fr               text          not null check (length(name_fr) between 1 and 100),
    name_en               text          not null check (length(name_en) between 1 and 100),
    description_fr        text          not null default '' check (length(description_fr) <= 2000),
    description_en        text          not null default '' check (length(description_en) <= 2000),
    duration_minutes      integer       not null check (duration_minutes between 5 and 480),
    price                 numeric(10, 2) not null check (price >= 0),
    taxable               boolean       not null,
    place                 text          not null check (place in ('IN_STORE', 'HOME')),
    pricing               text          not null check (pricing in ('PER_PET', 'PER_VISIT')),
    buffer_before_minutes integer       not null default 0 check (buffer_before_minutes between 0 and 120),
    buffer_after_minutes  integer       not null default 0 check (buffer_after_minutes between 0 and 120),
    active                boolean       not null default true,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               bigint        not null default 0
);
create unique index service_code_uk on service (code);

-- Where a service is given (in store: at the branch; at home: by that branch's staff).
create table service_branch
(
    service_id uuid not null references service (id) on delete cascade,
    branch_id  uuid not null references branch (id),
    primary key (service_id, branch_id)
);
create index service_branch_branch on service_branch (branch_id);

-- Vaccines a pet must hold, current on the appointment's day, for this service (e.g. rabies for a home visit).
create table service_vaccine
(
    service_id uuid not null references service (id) on delete cascade,
    vaccine    text not null check (vaccine in ('RABIES', 'DHPP', 'FVRCP', 'BORDETELLA')),
    primary key (service_id, vaccine)
);
