-- Two more columns of the per-person summary, kept by the overview's listeners, so the staircase's own measures
-- (issue 13) are decided on the summary row like "took part" instead of probing every person's facts
-- (docs/benchmarks-overview.md).
--
-- local_last_day: the last day the person attended a practice-training, sparring (peer coaching) or
--   knowledge-sharing session, or was named in a training-log entry of such a type. "Local training in [from, to]"
--   is then: never when it is null or before from; always when it lies in the period; only when it lies after the
--   period does the query look at the person's facts.
-- run_start_day: the first day of the person's last run of participation days without a gap of more than 180
--   days, i.e. the last participation day with no participation day in the 180 days before it. The first half
--   of any rolling twelve months (at least 181 days long) cannot fall inside a gap of a run, so a person whose
--   last run starts on or before the first half's end and who took part in the second half took part in both
--   halves; otherwise the query looks at the person's days.
alter table overview_person_summary add column local_last_day date;
alter table overview_person_summary add column run_start_day date;

update overview_person_summary set local_last_day = (select max(a.day) from overview_attendance_fact a
    where a.person_id = overview_person_summary.person_id and a.attended = true
      and a.session_type in ('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING'));
update overview_person_summary set local_last_day = (select max(l.day) from overview_log_participant l
      join overview_log_fact lf on lf.entry_id = l.entry_id
    where l.person_id = overview_person_summary.person_id
      and lf.entry_type in ('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING'))
where exists (select 1 from overview_log_participant l join overview_log_fact lf on lf.entry_id = l.entry_id
    where l.person_id = overview_person_summary.person_id
      and lf.entry_type in ('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING')
      and (overview_person_summary.local_last_day is null or l.day > overview_person_summary.local_last_day));

update overview_person_summary set run_start_day = (select max(d.day) from overview_participation_day d
    where d.person_id = overview_person_summary.person_id
      and not exists (select 1 from overview_participation_day e where e.person_id = d.person_id
          and e.day < d.day and e.day >= cast(d.day - interval '180' day as date)));
