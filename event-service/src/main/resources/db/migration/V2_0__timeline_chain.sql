-- Issue 12 (timeline, Events application, audit trail, retention): ADR 0026.
-- Each entry gets what the screens filter on (category, actor), the CloudEvent as received (shown to admins),
-- and its place in its client's hash chain. Rows stay append-only: a trigger refuses UPDATE and DELETE, except
-- DELETE by the retention purge, which alone sets the transaction setting clientele.retention_purge.

alter table timeline_entry
    add column category       text,
    add column actor_kind     text,
    add column actor_id       uuid,
    add column envelope       jsonb,
    add column chain_position bigint,
    add column hash           bytea;

-- Rows stored before this version: their category from the type's domain, their actor from the usual data fields.
update timeline_entry
set category   = case
                     when type in ('ca.clientele.client.client-record-accessed',
                                   'ca.clientele.document.document-accessed',
                                   'ca.clientele.ticket.incident-recorded') then 'security'
                     when type like 'ca.clientele.client.%' then 'client'
                     when type like 'ca.clientele.ticket.%' then 'messages'
                     when type like 'ca.clientele.booking.%' then 'appointments'
                     when type like 'ca.clientele.billing.%' then 'billing'
                     when type like 'ca.clientele.document.%' then 'documents'
                     when type like 'ca.clientele.notification.%' then 'notifications'
                     else 'client' end,
    actor_kind = case
                     when coalesce(data ->> 'changedBy', data ->> 'openedBy', data ->> 'authorId', data ->> 'bookedBy',
                                   data ->> 'movedBy', data ->> 'cancelledBy', data ->> 'completedBy',
                                   data ->> 'markedBy', data ->> 'sharedBy', data ->> 'assignedBy') is null
                         then case when data ->> 'channel' = 'PORTAL' and type = 'ca.clientele.client.client-registered'
                                       then 'CLIENT' else 'SYSTEM' end
                     when coalesce(data ->> 'changedBy', data ->> 'openedBy', data ->> 'authorId', data ->> 'bookedBy',
                                   data ->> 'movedBy', data ->> 'cancelledBy', data ->> 'completedBy',
                                   data ->> 'markedBy', data ->> 'sharedBy', data ->> 'assignedBy') = client_id::text
                         then 'CLIENT'
                     else 'STAFF' end;

alter table timeline_entry
    alter column category set not null,
    alter column actor_kind set not null;

-- One row per client: the head of its chain (last position and hash) and, once retention purged the oldest entries,
-- the anchor the remaining chain starts from (the position and hash of the last purged entry).
create table timeline_chain
(
    client_id       uuid primary key,
    head_position   bigint not null,
    head_hash       bytea  not null,
    anchor_position bigint not null default 0,
    anchor_hash     bytea  not null default '\x'::bytea
);

-- The canonical text of an entry that its hash covers. The verifier (TimelineChain) asks the database for the same
-- text, so both always agree on number and JSON formatting (jsonb's own text form).
create function timeline_canonical(p_position bigint, p_event_id text, p_client_id uuid, p_type text, p_source text,
                                   p_occurred_at timestamptz, p_data jsonb, p_envelope jsonb) returns text
    language sql immutable as
$$
select p_position::text || chr(10) || p_event_id || chr(10) || p_client_id::text || chr(10) || p_type || chr(10) ||
       p_source || chr(10) || to_char(p_occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || chr(10) ||
       coalesce(p_data::text, 'null') || chr(10) || coalesce(p_envelope::text, 'null')
$$;

-- Chains an entry in insertion order: the per-client advisory lock serialises concurrent inserts of one client
-- (several replicas, several partitions after a rebalance), then hash = SHA-256(previous hash || canonical entry).
create function timeline_chain_entry() returns trigger
    language plpgsql as
$$
declare
    previous timeline_chain%rowtype;
begin
    perform pg_advisory_xact_lock(hashtext(new.client_id::text));
    select * into previous from timeline_chain where client_id = new.client_id;
    if not found then
        previous.head_position := 0;
        previous.head_hash := '\x'::bytea;
    end if;
    new.chain_position := previous.head_position + 1;
    new.hash := sha256(previous.head_hash || convert_to(timeline_canonical(new.chain_position, new.event_id,
        new.client_id, new.type, new.source, new.occurred_at, new.data, new.envelope), 'UTF8'));
    insert into timeline_chain (client_id, head_position, head_hash)
    values (new.client_id, new.chain_position, new.hash)
    on conflict (client_id) do update set head_position = excluded.head_position, head_hash = excluded.head_hash;
    return new;
end
$$;

-- Chain the rows stored before this version, client by client, in insertion (id) order.
do
$$
    declare
        entry      record;
        last_client uuid := null;
        position   bigint;
        previous   bytea;
    begin
        for entry in select * from timeline_entry order by client_id, id
            loop
                if last_client is distinct from entry.client_id then
                    if last_client is not null then
                        insert into timeline_chain (client_id, head_position, head_hash) values (last_client, position, previous);
                    end if;
                    last_client := entry.client_id;
                    position := 0;
                    previous := '\x'::bytea;
                end if;
                position := position + 1;
                previous := sha256(previous || convert_to(timeline_canonical(position, entry.event_id, entry.client_id,
                    entry.type, entry.source, entry.occurred_at, entry.data, entry.envelope), 'UTF8'));
                update timeline_entry set chain_position = position, hash = previous where id = entry.id;
            end loop;
        if last_client is not null then
            insert into timeline_chain (client_id, head_position, head_hash) values (last_client, position, previous);
        end if;
    end
$$;

alter table timeline_entry
    alter column chain_position set not null,
    alter column hash set not null;
create unique index timeline_entry_chain_uk on timeline_entry (client_id, chain_position);

create trigger timeline_entry_chain
    before insert
    on timeline_entry
    for each row
execute function timeline_chain_entry();

-- Append-only: no UPDATE ever; a DELETE only inside a transaction of the retention purge
-- (set local clientele.retention_purge = 'on'), which deletes a client's oldest entries and moves the anchor.
create function timeline_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' and current_setting('clientele.retention_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'timeline entries are append-only (% refused)', tg_op using errcode = 'P0001';
end
$$;

create trigger timeline_entry_append_only
    before update or delete
    on timeline_entry
    for each row
execute function timeline_append_only();
create trigger timeline_entry_no_truncate
    before truncate
    on timeline_entry
    for each statement
execute function timeline_append_only();

-- Filters of the Events application (all events, newest first, by category, type, actor).
create index timeline_entry_occurred_idx on timeline_entry (occurred_at desc, id desc);
create index timeline_entry_client_category_idx on timeline_entry (client_id, category, occurred_at desc);
create index timeline_entry_actor_idx on timeline_entry (actor_id, occurred_at desc) where actor_id is not null;

-- One retention purge at a time across replicas: the job takes this row's lock (FOR UPDATE SKIP LOCKED) and records
-- its last run.
create table timeline_retention_lease
(
    name     text primary key,
    last_run timestamptz
);
insert into timeline_retention_lease (name) values ('retention');
