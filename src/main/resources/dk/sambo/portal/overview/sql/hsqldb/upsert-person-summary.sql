-- A person's summary row: parameters person_id, last_day, step1_day, step2_day, local_last_day, run_start_day.
merge into overview_person_summary t
using (values (cast(? as bigint), cast(? as date), cast(? as date), cast(? as date), cast(? as date),
    cast(? as date))) v (person_id, last_day, step1_day, step2_day, local_last_day, run_start_day)
  on t.person_id = v.person_id
when matched then update set t.last_day = v.last_day, t.step1_day = v.step1_day, t.step2_day = v.step2_day,
  t.local_last_day = v.local_last_day, t.run_start_day = v.run_start_day
when not matched then insert (person_id, last_day, step1_day, step2_day, local_last_day, run_start_day)
  values (v.person_id, v.last_day, v.step1_day, v.step2_day, v.local_last_day, v.run_start_day)
