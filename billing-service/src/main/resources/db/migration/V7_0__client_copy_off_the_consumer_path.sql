-- ADR 0036: an order for a client of whom billing holds no copy of the registry's contact is placed at once; its
-- invoice (which prints the copy) waits for it, and the copy is read in the background, never on a consumer's path.

-- The order was placed without the client's copy: its invoice is not issued yet.
alter table customer_order add column awaiting_client_copy boolean not null default false;
create index customer_order_awaiting_copy on customer_order (client_id) where awaiting_client_copy;

-- One row per client whose contact billing must read from the registry: tried by ClientCopyFetcher with backoff until
-- the registry answers (a copy, or 404: no such client), then deleted. The copy holds no personal data here.
create table client_copy_request
(
    client_id       uuid primary key,
    requested_at    timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null
);
create index client_copy_request_due on client_copy_request (next_attempt_at);
