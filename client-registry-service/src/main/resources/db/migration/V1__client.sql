-- Every personal value is a Tink AEAD ciphertext (bytea); look-ups go through keyed hashes.
create table client
(
    id                   uuid primary key, -- the client's Keycloak user id
    first_name           bytea       not null,
    last_name            bytea       not null,
    display_name         bytea       not null,
    email                bytea       not null,
    email_hash           char(64)    not null,
    status               text        not null default 'ACTIVE'
        check (status in ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'BANNED')),
    registration_channel text        not null check (registration_channel in ('PORTAL', 'STAFF')),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0
);
create unique index client_email_hash_uk on client (email_hash);
create index client_created_at_idx on client (created_at desc, id);

-- Prefix search without plaintext: one keyed hash per (normalised word prefix) of a client's names.
create table client_search_token
(
    client_id uuid     not null references client (id) on delete cascade,
    token     char(64) not null,
    primary key (token, client_id)
);
create index client_search_token_client_idx on client_search_token (client_id);
