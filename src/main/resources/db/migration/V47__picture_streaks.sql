-- How many weeks in a row, up to and including a compiled week, each district and category (and each place
-- within them, normalised as the picture compares places) had at least one report: what the next week's
-- picture carries on from instead of counting a year of reports again. Only the latest weeks are kept; a week
-- without its previous week's rows (the first week, a week the cycle did not run) counts the reports instead.

create table picture_streak (
    week_start     date          not null,
    district_code  varchar(40)   not null,
    category_code  varchar(40)   not null,
    -- null for the district and category as a whole
    place_key      varchar(200),
    weeks          integer       not null
);

create index picture_streak_week_idx on picture_streak (week_start);
