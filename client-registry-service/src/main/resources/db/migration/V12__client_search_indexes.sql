-- Staff search on 50,000+ clients (docs/benchmarks-search.md has the plans and figures).
-- Matches found through the token tables are ordered and filtered without reading the wide,
-- encrypted rows: the newest-first page is chosen from this covering index, then only its rows
-- are read.
create index client_search_cover_idx on client (id) include (created_at, status, preferred_branch_id);
-- The list filtered by status and/or branch, newest first, stops after one page; the counts read
-- these indexes alone.
create index client_status_branch_created_idx on client (status, preferred_branch_id, created_at desc, id);
create index client_branch_created_idx on client (preferred_branch_id, created_at desc, id);
-- The unfiltered and status-only lists walk the newest first and test the filters in the index.
create index client_list_idx on client (created_at desc, id) include (status, preferred_branch_id);
