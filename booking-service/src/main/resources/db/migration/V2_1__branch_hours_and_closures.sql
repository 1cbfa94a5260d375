-- Opening hours of a branch per weekday, in the branch's local time (its time zone): 0..n ranges a day, none = closed
-- that day. ISO day numbers: 1 = Monday … 7 = Sunday. Ranges of one day never overlap (checked by the service).
create table branch_hours
(
    branch_id   uuid     not null references branch (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    opens       time     not null,
    closes      time     not null,
    primary key (branch_id, day_of_week, opens),
    check (opens < closes)
);

-- A day the branch is closed whatever its hours say (a holiday): no slot that day, in store or at home.
create table branch_closure
(
    id         uuid primary key,
    branch_id  uuid        not null references branch (id) on delete cascade,
    date       date        not null,
    reason     text        not null check (length(reason) between 1 and 200),
    created_at timestamptz not null default now(),
    unique (branch_id, date)
);
