-- Idempotent consumption: one row per (consumer, CloudEvent id) already applied.
create table processed_event
(
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
