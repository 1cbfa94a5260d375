-- Files: the catalogue of issue 5 becomes the real thing. No API could write the old table (rows could only be
-- inserted by hand and had no content to download), so it is replaced rather than altered.
drop table document;

create table document
(
    id                uuid primary key,
    client_id         uuid        not null, -- the client's Keycloak user id
    purpose           text        not null check (purpose in ('SHARED_FILE', 'FORM_SUBMISSION', 'PROFILE_PHOTO',
                                                              'PET_PHOTO', 'VACCINATION_PROOF', 'ATTACHMENT')),
    visibility        text        not null check (visibility in ('CLIENT_VISIBLE', 'STAFF_ONLY')),
    -- The original name, for display only (may be personal: "Vaccins de Moka.pdf"), encrypted bound to its cell.
    name              bytea       not null,
    -- The name downloads are offered under: no path, no control character, length capped.
    safe_name         text        not null check (length(safe_name) between 1 and 255),
    content_type      text        not null,
    size_bytes        bigint      not null check (size_bytes >= 0),
    sha256            text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    has_thumbnail     boolean     not null default false,
    uploaded_by       uuid        not null,
    uploaded_by_staff boolean     not null,
    uploaded_at       timestamptz not null,
    pet_id            uuid,
    ticket_id         uuid,
    submission_id     uuid,
    deleted_at        timestamptz,
    deleted_by        uuid,
    version           bigint      not null default 0,
    check ((deleted_at is null) = (deleted_by is null)),
    check (purpose <> 'ATTACHMENT' or ticket_id is not null),
    check (purpose not in ('PET_PHOTO', 'VACCINATION_PROOF') or pet_id is not null)
);
create index document_client_idx on document (client_id, uploaded_at desc, id) where deleted_at is null;
create index document_ticket_idx on document (ticket_id, uploaded_at desc, id) where ticket_id is not null;
