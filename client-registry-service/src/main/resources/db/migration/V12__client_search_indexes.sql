-- Staff search on 50,000+ clients (docs/benchmarks-search.md has the plans and figures). Every
-- list is newest first and stops after one page; counts read indexes alone.
-- Unfiltered, status-only and name/pet queries walk this one, testing status and branch in it.
create index client_list_idx on client (created_at desc, id) include (status, preferred_branch_id);
-- Status and branch together, or the branch alone.
create index client_status_branch_created_idx on client (status, preferred_branch_id, created_at desc, id);
create index client_branch_created_idx on client (preferred_branch_id, created_at desc, id);
