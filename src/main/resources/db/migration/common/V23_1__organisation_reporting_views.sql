-- The organisation module's reporting interface: what read-only reports of other modules (the overview) may read
-- of organisation's tables, as views. Organisation owns them: a change to its tables keeps these columns (or
-- changes this contract on purpose); ReportingViewsContractTest fails when a view loses a column the overview
-- reads. Other modules read these views, never the tables behind them.

-- Health clusters (the 2027 reform adds rows, not columns).
create view reporting_cluster as
    select id, code, name, active from health_cluster;

-- Organisations and the clusters each serves.
create view reporting_organisation as
    select id, code, name, sector from organisation;

create view reporting_organisation_cluster as
    select organisation_id, cluster_id from organisation_cluster;

-- Units: the tree by path (ids from the root down, e.g. /3/17/) and the one cluster a unit works in where set.
create view reporting_unit as
    select id, organisation_id, parent_id, cluster_id, name, path from org_unit;

-- People: where they belong now, whether active, and their knowledge target (IN_DEPTH, OVERALL, NONE). No names.
create view reporting_person as
    select id, unit_id, active, knowledge_target from person;

-- Roles held, whatever their scope (the overview counts leaders by role).
create view reporting_role as
    select person_id, role from role_assignment;

-- Culture-bearer appointments, one row per appointment and unit covered.
create view reporting_culture_bearer as
    select a.id appointment_id, a.person_id, a.valid_from, a.valid_to, cbu.unit_id
    from culture_bearer_appointment a join culture_bearer_unit cbu on cbu.appointment_id = a.id;
