-- Two more summaries kept by the overview's listeners, so a cluster overview reads a row per person and a row per
-- unit and month instead of probing each person's days (measured: people 110 -> 25 ms, monthly chart 81 -> 5 ms
-- for a cluster of 7,400 people; docs/benchmarks-overview.md).

-- Per person: the last day they took part, and the first day they attended cross-sector step 1 and step 2.
-- "Took part in [from, to]" is then: last_day in [from, to]; never when last_day < from; and only when the
-- last day lies after the period does the query look at the person's days.
create table overview_person_summary (
    person_id bigint primary key,
    last_day date,
    step1_day date,
    step2_day date
);
insert into overview_person_summary (person_id, last_day)
select d.person_id, max(d.day) from overview_participation_day d group by d.person_id;
insert into overview_person_summary (person_id)
select distinct c.person_id from overview_person_course c
where not exists (select 1 from overview_person_summary s where s.person_id = c.person_id);
update overview_person_summary set
    step1_day = (select c.first_day from overview_person_course c
                 where c.person_id = overview_person_summary.person_id and c.session_type = 'CROSS_SECTOR_STEP1'),
    step2_day = (select c.first_day from overview_person_course c
                 where c.person_id = overview_person_summary.person_id and c.session_type = 'CROSS_SECTOR_STEP2');

-- The unit a person-month of participation counts in: the person's unit when they first took part that month,
-- if they were active with a knowledge target then (null: not counted). Existing rows take today's unit.
alter table overview_participation_month add column unit_id bigint;
update overview_participation_month set unit_id = (select p.unit_id from person p
    where p.id = overview_participation_month.person_id and p.active = true and p.knowledge_target <> 'NONE');

-- Participants per unit and month, for the monthly run chart: the count of the rows above per (unit_id, month).
create table overview_unit_participation_month (
    unit_id bigint not null,
    month int not null,
    participants int not null,
    primary key (unit_id, month)
);
insert into overview_unit_participation_month (unit_id, month, participants)
select m.unit_id, m.month, count(*) from overview_participation_month m where m.unit_id is not null
group by m.unit_id, m.month;
