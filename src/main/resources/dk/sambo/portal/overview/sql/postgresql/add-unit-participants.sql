-- Adds to a unit's participants of a month, creating the row: parameters unit_id, month, delta.
insert into overview_unit_participation_month (unit_id, month, participants) values (?, ?, ?)
on conflict (unit_id, month) do update
  set participants = overview_unit_participation_month.participants + excluded.participants
