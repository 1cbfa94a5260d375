-- Who may read a ticket's attachments, copied from the ticket service's ticket-opened events: document-service
-- decides from its own data, it does not trust a caller to say whose ticket it is.
create table ticket_reader
(
    ticket_id uuid primary key,
    client_id uuid not null
);
