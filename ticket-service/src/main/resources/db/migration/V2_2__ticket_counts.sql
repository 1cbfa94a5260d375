-- The inbox's counts per status (same filters, any status) over 100,000+ tickets: one index-only scan of this narrow
-- index, filters tested inside it, instead of reading every ticket row (which carries the encrypted texts).
create index ticket_counts_idx on ticket (status)
    include (visible_to_client, type, channel, category_id, assignee_id, branch_id, client_id, created_at);
