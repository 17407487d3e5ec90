-- The overview's own compact facts, filled by listeners of the questions, training and plan events (in the
-- publisher's transaction). Never written by the other features; never read by them. Months are stored as
-- yyyymm integers so both HSQLDB and PostgreSQL group by them without date functions.

create table overview_question_fact (
    question_id bigint primary key,
    asker_id bigint not null,
    unit_id bigint,
    organisation_id bigint,
    cluster_id bigint,
    sector varchar(20),
    topic_code varchar(40) not null,
    asked_at timestamp(6) with time zone not null,
    asked_day date not null,
    asked_month int not null,
    due_at timestamp(6) with time zone not null,
    first_answer_at timestamp(6) with time zone,
    -- seconds from asking to the first answer, computed once when the first answer arrives
    first_answer_seconds bigint,
    first_answer_by_bearer boolean,
    answer_count int default 0 not null,
    escalated_at timestamp(6) with time zone,
    status varchar(20) default 'OPEN' not null
);
create index oqf_unit_day_idx on overview_question_fact (unit_id, asked_day);
create index oqf_day_idx on overview_question_fact (asked_day);

-- The last attendance mark per (session, person); attended = ATTENDED or PARTLY.
create table overview_attendance_fact (
    session_id bigint not null,
    person_id bigint not null,
    session_type varchar(40) not null,
    day date not null,
    month int not null,
    status varchar(20) not null,
    attended boolean not null,
    primary key (session_id, person_id)
);
create index oaf_person_day_idx on overview_attendance_fact (person_id, day);

create table overview_log_fact (
    entry_id bigint primary key,
    entry_type varchar(40) not null,
    day date not null,
    month int not null,
    unit_id bigint not null,
    logged_by bigint not null,
    head_count int not null,
    minutes int not null
);
create index olf_unit_day_idx on overview_log_fact (unit_id, day);

create table overview_log_participant (
    entry_id bigint not null,
    person_id bigint not null,
    day date not null,
    month int not null,
    primary key (entry_id, person_id)
);
create index olp_person_day_idx on overview_log_participant (person_id, day);

create table overview_session_fact (
    session_id bigint primary key,
    session_type varchar(40) not null,
    start_at timestamp(6) with time zone not null,
    end_at timestamp(6) with time zone not null,
    start_day date not null,
    cluster_id bigint,
    organisation_id bigint,
    unit_id bigint,
    capacity int not null,
    approved_count int not null,
    cancelled boolean not null
);
create index osf_day_idx on overview_session_fact (start_day);

create table overview_plan_activity (
    organisation_id bigint not null,
    activity_id bigint not null,
    phase varchar(60) not null,
    done boolean not null,
    changed_at timestamp(6) with time zone not null,
    primary key (organisation_id, activity_id)
);

create table overview_plan_total (
    organisation_id bigint primary key,
    total_activities int not null,
    changed_at timestamp(6) with time zone not null
);
