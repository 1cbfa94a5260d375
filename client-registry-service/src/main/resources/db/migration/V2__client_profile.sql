-- Profile (issue 3): phones (E.164, encrypted, with keyed look-up hashes), language, bio; staff notes.
alter table client
    add column mobile_phone       bytea,
    add column mobile_phone_hash  char(64),
    add column home_phone         bytea,
    add column home_phone_hash    char(64),
    add column preferred_language text not null default 'fr' check (preferred_language in ('fr', 'en')),
    add column bio                bytea,
    add column notes              bytea;
create index client_mobile_phone_hash_idx on client (mobile_phone_hash);
create index client_home_phone_hash_idx on client (home_phone_hash);
