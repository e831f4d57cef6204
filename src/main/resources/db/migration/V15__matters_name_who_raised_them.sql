-- A matter EST's weekly cycle raised beyond EST's mandate names the EST members who analysed and judged its
-- problem (their user ids, separated by commas) instead of "system": the asynchronous step that raises it
-- runs without a signed-in user. Matters raised so far take the analyst of the problem they rest on and the
-- member who wrote that week's summary (V14 filled the analyst from the summary where it was not stored).

update matter
set raised_by = (select case
                            when p.analysed_by is null then s.analysed_by
                            when s.analysed_by is null or s.analysed_by = p.analysed_by then p.analysed_by
                            when length(p.analysed_by) + length(s.analysed_by) >= 255 then p.analysed_by
                            else p.analysed_by || ',' || s.analysed_by
                        end
                 from picture_problem p join situational_picture s on s.id = p.picture_id
                 where p.id = matter.problem_id)
where origin = 'EST' and raised_by = 'system' and problem_id is not null
  and exists (select 1 from picture_problem p join situational_picture s on s.id = p.picture_id
              where p.id = matter.problem_id and coalesce(p.analysed_by, s.analysed_by) is not null);
