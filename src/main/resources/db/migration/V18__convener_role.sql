-- Who held which role when they acted on a matter that waited too long: the convener of the body (a role
-- an administrator assigns), or an administrator acting in the convener's place. The person stays in
-- matter.convener; the role they acted in is stored beside it, as a group id of the organisation.
alter table matter add column convener_role varchar(64);

-- Before there were conveners of their own, any member of the waiting body chose: that body is the role
-- they acted in. It is the body the matter waited at then: the level it had before a later escalation moved
-- it on, else its level now.
update matter set convener_role = coalesce(
        (select d.body from decision_record d
         where d.subject_type = 'MATTER' and d.subject_id = matter.id and d.outcome = 'ESCALATED'
           and d.decided_at >= matter.convener_alerted_at
         order by d.decided_at, d.id fetch first 1 rows only),
        level)
    where convener is not null;

alter table matter add constraint matter_convener_role_check check (convener_role is null or convener_role in (
    'coordination-group-convener', 'steering-group-convener', 'political-steering-group-convener', 'camunda-admin',
    'coordination-group', 'steering-group', 'political-steering-group'));
