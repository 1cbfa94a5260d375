-- "Service(s) souhaité(s)": services a client may name when opening a ticket, kept by staff until the
-- bookings issue provides the catalogue. Same shape as ticket_category (business vocabulary, in clear).
create table ticket_service_option
(
    id         uuid primary key,
    code       text        not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    label_fr   text        not null check (length(label_fr) between 1 and 80),
    label_en   text        not null check (length(label_en) between 1 and 80),
    active     boolean     not null default true,
    created_at timestamptz not null default now(),
    version    bigint      not null default 0
);
create unique index ticket_service_option_code_uk on ticket_service_option (code);

-- The services seen in the seeds (client portal guide, brief's glossary).
insert into ticket_service_option (id, code, label_fr, label_en)
values ('7a2d1e4f-9c4b-4c7f-8b68-1d7f3c2e0001', 'home-visit', 'Visites à domicile', 'Home visits'),
       ('7a2d1e4f-9c4b-4c7f-8b68-1d7f3c2e0002', 'nail-trim', 'Taille des griffes', 'Nail trim');
