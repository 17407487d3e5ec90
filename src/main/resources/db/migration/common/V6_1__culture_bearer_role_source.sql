-- Where a culture-bearer role came from. The register gives the role with an appointment and takes it away again
-- when no appointment of the person still covers the unit; a role an administrator granted by hand is left alone.
alter table role_assignment add column from_appointment boolean default false not null;

-- Culture-bearer roles that already exist on a unit an appointment of the same person covers were given for that
-- appointment (the register was the only way to appoint), so they follow it from now on.
update role_assignment set from_appointment = true
where role = 'CULTURE_BEARER' and scope_type = 'UNIT' and exists (
    select 1 from culture_bearer_appointment a join culture_bearer_unit cu on cu.appointment_id = a.id
    where a.person_id = role_assignment.person_id and cu.unit_id = role_assignment.scope_id);
