-- Forms staff build and clients fill (issue 8, ADR 0013). A form has numbered versions; each version's
-- definition (titles, descriptions, fields, options: no personal data) is one JSON document, never changed
-- once published: editing a published form starts the next version as a draft.
create table form
(
    id                uuid primary key,
    available_to_all  boolean     not null default false,
    -- The version clients fill; null until the first publication.
    published_version integer,
    latest_version    integer     not null check (latest_version >= 1),
    created_at        timestamptz not null,
    created_by        uuid        not null,
    updated_at        timestamptz not null,
    row_version       bigint      not null default 0,
    check (published_version is null or published_version between 1 and latest_version)
);

create table form_version
(
    id           uuid primary key,
    form_id      uuid        not null references form (id),
    number       integer     not null check (number >= 1),
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    definition   text        not null check (definition::jsonb is not null),
    created_at   timestamptz not null,
    published_at timestamptz,
    unique (form_id, number),
    check ((status = 'PUBLISHED') = (published_at is not null))
);

-- A published version is frozen: submissions point at it and must keep showing what was answered.
create function form_version_frozen() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'form version % of form % is published and cannot change', old.number, old.form_id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger form_version_frozen
    before update or delete
    on form_version
    for each row
execute function form_version_frozen();

create table form_assignment
(
    id          uuid primary key,
    form_id     uuid        not null references form (id),
    client_id   uuid        not null, -- the client's Keycloak user id
    assigned_at timestamptz not null,
    assigned_by uuid        not null,
    unique (form_id, client_id)
);
create index form_assignment_client_idx on form_assignment (client_id);

create table form_submission
(
    id           uuid primary key,
    form_id      uuid        not null,
    form_version integer     not null,
    client_id    uuid        not null,
    status       text        not null check (status in ('DRAFT', 'SUBMITTED')),
    -- The answers as JSON, encrypted (AEAD bound to this cell: table, column, row id). Personal data.
    answers      bytea       not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    submitted_at timestamptz,
    submitted_by uuid,
    -- The PDF among the client's documents (document-service files), stored in the submit transaction.
    document_id  uuid,
    row_version  bigint      not null default 0,
    foreign key (form_id, form_version) references form_version (form_id, number),
    check ((status = 'SUBMITTED') = (submitted_at is not null and submitted_by is not null and document_id is not null))
);
-- One draft and one submission of a form per client: a second submit (or a race of two) is refused.
create unique index form_submission_one_draft on form_submission (form_id, client_id) where status = 'DRAFT';
create unique index form_submission_one_submitted on form_submission (form_id, client_id) where status = 'SUBMITTED';
create index form_submission_client_idx on form_submission (client_id, updated_at desc);

-- A submitted form is immutable: its row is written once, complete with its PDF's id, and never changes.
create function form_submission_immutable() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'SUBMITTED' then
        raise exception 'form submission % is submitted and cannot change', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger form_submission_immutable
    before update or delete
    on form_submission
    for each row
execute function form_submission_immutable();
