-- ShedLock's lease table (ADR 0033): one row per scheduled job name; the replica that holds a row's lease
-- (lock_until in the future, database time) runs the job, the others skip that run.
create table if not exists shedlock
(
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
