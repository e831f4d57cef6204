-- A decision's basis is a snapshot of everything the body read: the whole cooperation agreement with the
-- steering group's opinion, a district plan's goals, picture and action plan. 4000 characters is too few.
alter table decision_record alter column basis set data type varchar(100000);
