-- The staff list filters on the preferred branch. The record's preferred branch is added by the
-- client-profile migrations; "if not exists" lets this script run before or after them alike.
alter table client add column if not exists preferred_branch_id uuid;
