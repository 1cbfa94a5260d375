-- The catalogue of what is shared with a client (section 2 of the staff Client application):
-- files staff share and forms the client filled. File content and storage come with uploads.
create table document
(
    id         uuid primary key,
    client_id  uuid        not null, -- the client's Keycloak user id
    kind       text        not null check (kind in ('SHARED_FILE', 'FORM_SUBMISSION')),
    -- A descriptive, non-personal title ("Formulaire d'accueil", "Consignes après la taille").
    -- Personal content lives in the (encrypted) file or form, never in the title.
    title      text        not null check (length(title) between 1 and 200),
    created_at timestamptz not null,
    version    bigint      not null default 0
);
create index document_client_created_idx on document (client_id, created_at desc, id);
