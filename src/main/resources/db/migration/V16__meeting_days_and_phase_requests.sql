-- The day a meeting meets, set as its agenda is compiled: an ordinary meeting on the day its timer called it
-- (the day the calendars show), an extra one some working days after it was asked for. The bodies' decision
-- tasks of the meeting are due that day.
alter table meeting add column meets_on date;

-- Whether a member of the steering group asked to decide the coordination group's phase at an extra meeting
-- (its ordinary meetings always decide it), as the security unit noted when preparing the agenda.
alter table meeting add column phase_requested boolean default false not null;

-- Existing meetings: the day they were called; an extra one two calendar days later (new ones count working days).
update meeting set meets_on = cast(called_at as date) where kind = 'ORDINARY';
update meeting set meets_on = cast(called_at + interval '2' day as date) where kind = 'EXTRA';
