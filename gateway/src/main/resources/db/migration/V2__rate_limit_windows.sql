-- Fixed-window counters of the gateway's rate limits (ADR 0032), shared by every replica. The key is a
-- SHA-256 of the limit's name and the caller's IP address or session id: neither is stored as such.
CREATE TABLE rate_limit_window (
    bucket_key   text        PRIMARY KEY,
    window_start timestamptz NOT NULL,
    hits         integer     NOT NULL
);

CREATE INDEX rate_limit_window_start ON rate_limit_window (window_start);
