-- Tickets: the client's "Mes messages" and staff call tracking (ADR 0016). Everything a person typed
-- (subject, bodies, names, e-mail addresses, attachment names, call summaries) is encrypted per cell
-- (bytea); filters, sort keys and ids stay in clear so the inbox is answered from indexes alone.
create table ticket
(
    id                 uuid primary key,
    number             integer     not null check (number > 0),
    client_id          uuid        not null,
    client_name        bytea,
    subject            bytea       not null,
    category_id        uuid        not null references ticket_category (id),
    type               text        not null check (type in ('MESSAGE', 'QUESTION', 'REQUEST', 'COMPLAINT', 'INCIDENT')),
    channel            text        not null check (channel in ('PORTAL', 'PHONE', 'IN_PERSON', 'EMAIL')),
    status             text        not null check (status in ('WAITING_ON_STAFF', 'WAITING_ON_CLIENT', 'CLOSED')),
    visible_to_client  boolean     not null,
    assignee_id        uuid,
    branch_id          uuid,
    beneficiaries      bytea,
    service_option_ids uuid[]      not null default '{}',
    duration_minutes   integer check (duration_minutes between 0 and 600),
    follow_up_on       date,
    opened_by          uuid        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    closed_at          timestamptz,
    -- Start of the current wait for the client (auto-close counts from it) and whether its warning left.
    waiting_since      timestamptz,
    close_warned       boolean     not null default false,
    version            bigint      not null
);
-- The public number people quote: random, unique (a clash is retried).
create unique index ticket_number_uk on ticket (number);
-- The inbox's default order (updated desc) and its filters; each index ends with the sort key so a
-- page stops after its rows.
create index ticket_updated_idx on ticket (updated_at desc, id) include (status, visible_to_client);
create index ticket_created_idx on ticket (created_at desc, id);
create index ticket_client_updated_idx on ticket (client_id, updated_at desc, id) include (status, visible_to_client);
create index ticket_status_updated_idx on ticket (status, updated_at desc, id);
create index ticket_assignee_updated_idx on ticket (assignee_id, updated_at desc, id);
create index ticket_category_updated_idx on ticket (category_id, updated_at desc, id);
create index ticket_branch_updated_idx on ticket (branch_id, updated_at desc, id) where branch_id is not null;
-- The auto-close job reads only tickets waiting on the client, oldest wait first.
create index ticket_waiting_idx on ticket (waiting_since) where status = 'WAITING_ON_CLIENT';

create table ticket_message
(
    id          uuid primary key,
    ticket_id   uuid        not null references ticket (id),
    author_id   uuid        not null,
    author_name bytea,
    author_role text        not null check (author_role in ('CLIENT', 'STAFF', 'SYSTEM')),
    internal    boolean     not null,
    body        bytea       not null,
    bcc         bytea,
    -- JSON list of {documentId, name, contentType, size}, encrypted as a whole (names are personal).
    attachments bytea,
    created_at  timestamptz not null
);
create index ticket_message_ticket_idx on ticket_message (ticket_id, created_at desc, id);

-- Search: every prefix (3 to 20 letters) of every word of a ticket's subject, bodies, client name and
-- number, as a keyed hash (platform BlindIndex); staff_only marks words found only in internal notes or
-- in a staff-only call, which a client's search must not reach.
create table ticket_search_token
(
    token_hash text    not null,
    ticket_id  uuid    not null references ticket (id),
    staff_only boolean not null,
    primary key (token_hash, ticket_id, staff_only)
);
create index ticket_search_token_ticket_idx on ticket_search_token (ticket_id);

-- Staff members this service has seen (from their tokens), for the assignee list and names.
create table ticket_staff
(
    id         uuid primary key,
    name       bytea,
    seen_at    timestamptz not null,
    version    bigint      not null
);

-- Clients' standing, copied from the registry's client-status-changed events; absent = ACTIVE.
create table client_standing
(
    client_id  uuid primary key,
    status     text        not null check (status in ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'BANNED')),
    changed_at timestamptz not null
);
