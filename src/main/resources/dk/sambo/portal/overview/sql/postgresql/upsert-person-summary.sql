-- A person's summary row: parameters person_id, last_day, step1_day, step2_day, local_last_day, run_start_day.
insert into overview_person_summary (person_id, last_day, step1_day, step2_day, local_last_day, run_start_day)
values (?, ?, ?, ?, ?, ?)
on conflict (person_id) do update set last_day = excluded.last_day, step1_day = excluded.step1_day,
  step2_day = excluded.step2_day, local_last_day = excluded.local_last_day, run_start_day = excluded.run_start_day
