-- A client's pets. Every text value is a Tink AEAD ciphertext (bytea); species, sex, birth date,
-- weight and the flags are facts about the animal, kept in clear for validation and reporting.
create table pet
(
    id                 uuid primary key,
    client_id          uuid        not null references client (id) on delete cascade,
    name               bytea       not null,
    species            text        not null check (species in ('DOG', 'CAT', 'RABBIT', 'BIRD', 'OTHER')),
    breed              bytea,
    sex                text        not null default 'UNKNOWN' check (sex in ('MALE', 'FEMALE', 'UNKNOWN')),
    birth_date         date,
    weight_kg          numeric(4, 1) check (weight_kg > 0 and weight_kg <= 200),
    neutered           boolean     not null default false,
    veterinarian_name  bytea,
    veterinarian_phone bytea,
    behaviour_notes    bytea,
    medical_notes      bytea,
    photo_reference    bytea,
    archived           boolean     not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null default 0
);
create index pet_client_idx on pet (client_id, created_at, id);

-- Staff search by pet name prefix, as for the client's names (client_search_token): one keyed hash
-- per normalised word prefix of each pet that is not archived. client_id is in the key so the
-- search reads the index alone.
create table pet_search_token
(
    token     char(64) not null,
    client_id uuid     not null references client (id) on delete cascade,
    pet_id    uuid     not null references pet (id) on delete cascade,
    primary key (token, client_id, pet_id)
);
create index pet_search_token_pet_idx on pet_search_token (pet_id);
