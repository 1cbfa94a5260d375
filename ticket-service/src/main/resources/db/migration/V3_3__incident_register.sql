-- The register of confidentiality incidents (Quebec: Act respecting the protection of personal information
-- in the private sector, s. 3.8; Regulation respecting confidentiality incidents, s. 7). One entry per
-- INCIDENT call. Every free text may describe people or their information: encrypted (Tink AEAD bound to
-- table, column and row id), so bytea. Dates are calendar days (the register speaks of dates and periods).
create table incident
(
    id                     uuid primary key,
    ticket_id              uuid        not null,
    ticket_number          integer     not null,
    client_id              uuid        not null,
    personal_information   bytea,
    undescribable_reason   bytea,
    circumstances          bytea,
    occurred_from          date        not null,
    occurred_to            date check (occurred_to >= occurred_from),
    learned_from           date        not null,
    learned_to             date check (learned_to >= learned_from),
    persons_concerned      integer check (persons_concerned >= 0),
    persons_approximate    boolean     not null default false,
    risk_sensitivity       bytea,
    risk_malicious_uses    bytea,
    risk_consequences      bytea,
    risk_likelihood        bytea,
    serious_risk           boolean,
    commission_notified_on date,
    persons_notified_on    date,
    public_notice          boolean     not null default false,
    public_notice_reason   bytea,
    measures               bytea,
    -- s. 7 of the Regulation: kept at least 5 years after the date or period the business learned of it.
    retained_until         date generated always as ((learned_from + interval '5 years')::date) stored,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);
create unique index incident_ticket_uk on incident (ticket_id);
create index incident_learned_idx on incident (learned_from desc, created_at desc);
create index incident_client_idx on incident (client_id);

-- No code path deletes an entry, and the API has no DELETE. This trigger also stops a script or a
-- console session from erasing one before its retention ends; after it, an operator may purge.
create function incident_refuse_early_delete() returns trigger
    language plpgsql as
$$
begin
    if old.retained_until > current_date then
        raise exception 'incident % is kept until % (confidentiality incident register, 5 years)',
            old.id, old.retained_until
            using errcode = 'P0001';
    end if;
    return old;
end;
$$;
create trigger incident_refuse_early_delete
    before delete
    on incident
    for each row
execute function incident_refuse_early_delete();

-- TRUNCATE skips row triggers: refuse it outright on the register.
create function incident_refuse_truncate() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the confidentiality incident register cannot be truncated' using errcode = 'P0001';
end;
$$;
create trigger incident_refuse_truncate
    before truncate
    on incident
    for each statement
execute function incident_refuse_truncate();
