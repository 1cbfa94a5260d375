-- The inbox's counts per status (same filters, any status) over 100,000+ tickets, read from this narrow index alone
-- instead of the ticket rows (which carry the encrypted texts): a whole-index scan for the plain counts, and a join
-- on id with the search tokens (themselves ordered by ticket id for one hash) when a search matches many tickets.
create unique index ticket_counts_idx on ticket (id)
    include (status, visible_to_client, type, channel, category_id, assignee_id, branch_id, client_id, created_at);
