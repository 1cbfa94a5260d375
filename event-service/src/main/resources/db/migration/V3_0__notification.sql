-- Notifications (issue 12, ADR 0024): the outbox of notifications. One row per (trigger event, template, channel,
-- recipient): the unique key makes a redelivered or replayed event a no-op, so nothing is sent twice. No address is
-- stored: the recipient's e-mail and phone are read from the registry when the row is sent. params holds the facts
-- the template shows (numbers, dates, amounts), copied from the trigger event, which carries no personal data.
create table notification (
    id               uuid primary key,
    trigger_event_id text        not null,
    trigger_type     text        not null,
    template         text        not null,
    channel          text        not null check (channel in ('EMAIL', 'SMS')),
    client_id        uuid        not null,
    params           jsonb       not null default '{}'::jsonb,
    state            text        not null check (state in ('QUEUED', 'SENT', 'FAILED', 'SKIPPED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text,
    language         text,
    subject          text,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    constraint notification_once unique (trigger_event_id, template, channel, client_id)
);

-- The sender's query: due queued rows, oldest first.
create index notification_due on notification (next_attempt_at) where state = 'QUEUED';
-- The admin screen: newest first, by state.
create index notification_by_state on notification (state, created_at desc);
create index notification_by_client on notification (client_id, created_at desc);

-- A reminder 24 h before each booked appointment: created on appointment-booked, moved on -rescheduled, removed on
-- -cancelled; the reminder job turns a due row into notifications and deletes it, in one transaction.
create table notification_reminder (
    appointment_id uuid primary key,
    client_id      uuid        not null,
    starts_at      timestamptz not null,
    remind_at      timestamptz not null,
    params         jsonb       not null default '{}'::jsonb
);

create index notification_reminder_due on notification_reminder (remind_at);
