-- A pet's vaccination records (issue 10): what the client or staff entered, the proof document
-- (document-service id) and staff's verification. The clinic's name is a Tink AEAD ciphertext;
-- vaccine and dates are facts booking needs (a service may require a current rabies vaccine).
create table pet_vaccination
(
    id                uuid primary key,
    pet_id            uuid        not null references pet (id) on delete cascade,
    client_id         uuid        not null references client (id) on delete cascade,
    vaccine           text        not null check (vaccine in ('RABIES', 'DHPP', 'FVRCP', 'BORDETELLA', 'OTHER')),
    other_name        text check (length(other_name) <= 100),
    given_on          date        not null,
    valid_until       date        not null,
    clinic            bytea,
    proof_document_id uuid,
    verified_by       uuid,
    verified_at       timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check (valid_until >= given_on),
    -- OTHER names its vaccine; a listed vaccine has no other name.
    check ((vaccine = 'OTHER') = (other_name is not null)),
    -- Verified means by someone at some time: both or neither.
    check ((verified_by is null) = (verified_at is null))
);
create index pet_vaccination_pet_idx on pet_vaccination (pet_id, given_on);
