-- Canned replies: answers staff save once and insert into a reply, in both languages. They are
-- templates written by staff, not personal information: stored in clear, bodies already sanitised.
create table ticket_canned_reply
(
    id         uuid primary key,
    title_fr   text        not null check (length(title_fr) between 1 and 120),
    title_en   text        not null check (length(title_en) between 1 and 120),
    body_fr    text        not null check (length(body_fr) between 1 and 20000),
    body_en    text        not null check (length(body_en) between 1 and 20000),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);
