-- A deleted file's bytes are erased from storage after a retention (DeletedFilesPurge); its row stays, marked.
alter table document add column purged_at timestamptz;
alter table document add constraint document_purged_after_deleted check (purged_at is null or deleted_at is not null);
create index document_purge_idx on document (deleted_at) where deleted_at is not null and purged_at is null;
