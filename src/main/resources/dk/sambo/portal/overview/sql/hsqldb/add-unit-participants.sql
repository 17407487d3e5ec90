-- Adds to a unit's participants of a month, creating the row: parameters unit_id, month, delta.
merge into overview_unit_participation_month t
using (values (cast(? as bigint), cast(? as int), cast(? as int))) v (unit_id, month, delta)
  on t.unit_id = v.unit_id and t.month = v.month
when matched then update set t.participants = t.participants + v.delta
when not matched then insert (unit_id, month, participants) values (v.unit_id, v.month, v.delta)
