-- Categories a client picks when opening a ticket ("Catégorie" in the portal's ticket list).
-- Labels are business vocabulary, not personal data: stored in clear, one per language.
create table ticket_category
(
    id         uuid primary key,
    code       text        not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    label_fr   text        not null check (length(label_fr) between 1 and 80),
    label_en   text        not null check (length(label_en) between 1 and 80),
    active     boolean     not null default true,
    created_at timestamptz not null default now(),
    version    bigint      not null default 0
);
create unique index ticket_category_code_uk on ticket_category (code);

-- The two categories seen in the client portal guide.
insert into ticket_category (id, code, label_fr, label_en)
values ('6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0001', 'general', 'Général', 'General'),
       ('6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0002', 'nail-trim', 'Taille des griffes', 'Nail trim');
