-- One row per CloudEvent about a client. Rows are never updated: the timeline is a record of facts.
create table timeline_entry
(
    id          bigint generated always as identity primary key,
    event_id    text        not null, -- the CloudEvent id
    client_id   uuid        not null, -- the CloudEvent subject
    type        text        not null,
    source      text        not null,
    occurred_at timestamptz not null, -- the CloudEvent time (the producer's clock)
    received_at timestamptz not null, -- when this service stored it
    data        jsonb                 -- ids and facts only, never personal details (event contract)
);
-- Second guard after the processed_event ledger: a redelivered event can never appear twice.
create unique index timeline_entry_event_id_uk on timeline_entry (event_id);
-- The one query that matters: a client's timeline, newest first.
create index timeline_entry_client_occurred_idx on timeline_entry (client_id, occurred_at desc, id desc);
