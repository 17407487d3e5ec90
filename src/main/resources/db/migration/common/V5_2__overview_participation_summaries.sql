-- Per-person summaries of the training facts, kept by the same listeners, so an overview of thousands of people
-- probes one small index per person instead of scanning each person's attendance and log rows.

-- The days on which a person took part (attended or partly attended a session, or named in a log entry).
create table overview_participation_day (
    person_id bigint not null,
    day date not null,
    primary key (person_id, day)
);

-- The months (yyyymm) in which a person took part, for the monthly run chart.
create table overview_participation_month (
    person_id bigint not null,
    month int not null,
    primary key (person_id, month)
);
create index opm_month_idx on overview_participation_month (month);

-- The first day a person attended a session of a course type (cross-sector step 1 and step 2).
create table overview_person_course (
    person_id bigint not null,
    session_type varchar(40) not null,
    first_day date not null,
    primary key (person_id, session_type)
);
