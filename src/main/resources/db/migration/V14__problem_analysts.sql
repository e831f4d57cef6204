-- Who analysed each problem of EST's weekly picture, and when: the EST member who completed the problem's
-- analysis task (a matter raised beyond EST's mandate names them). Problems analysed before this was stored
-- name whoever wrote that week's summary, the EST member who completed the week's analysis, at that time.

alter table picture_problem add column analysed_by varchar(255);
alter table picture_problem add column analysed_at timestamp with time zone;

update picture_problem
set analysed_by = (select s.analysed_by from situational_picture s where s.id = picture_problem.picture_id),
    analysed_at = (select s.analysed_at from situational_picture s where s.id = picture_problem.picture_id)
where status <> 'PROPOSED';
