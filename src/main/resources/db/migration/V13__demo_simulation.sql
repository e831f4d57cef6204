-- The living demo (profile demo only): records that the first start simulated a quarter through the
-- processes, or found data already and left it alone. Written in the same transaction as everything the
-- simulation created, so a start that crashed midway leaves no row and the next start simulates again;
-- a row means a restart adds nothing. Delete the database (./data) to simulate afresh.

create table demo_simulation (
    name             varchar(40)   primary key,
    -- SIMULATED: the quarter was simulated; SKIPPED: the database held Samverkan data already
    outcome          varchar(16)   not null,
    simulated_from   timestamp with time zone,
    simulated_until  timestamp with time zone,
    recorded_at      timestamp with time zone not null,
    -- what was created, in words, for the log and for whoever looks
    summary          varchar(2000),
    constraint demo_simulation_outcome_check check (outcome in ('SIMULATED', 'SKIPPED'))
);
