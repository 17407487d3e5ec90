-- Tamper-evident audit trail (issue 9, part 3). Every event gets a place in one chain (chain_seq 1, 2, 3, ...)
-- and a SHA-256 hash over its canonical fields and the previous event's hash. The one-row chain head holds the
-- last place and hash; appends lock it, so the chain has one order even with many threads or nodes writing.
-- V9_2 (a Java migration, AuditChainMigration) hashes the rows from before this migration in id order.
alter table audit_event add column chain_seq bigint;
alter table audit_event add column hash varchar(64);
create unique index audit_event_chain_seq_idx on audit_event (chain_seq);

-- The people an event is about beyond its object (e.g. everyone on a participant list that was read), so an
-- access-log request finds "who read my data" by person. Part of the hashed canonical form.
create table audit_event_subject (
    event_id bigint not null references audit_event (id),
    person_id bigint not null,
    primary key (event_id, person_id)
);
create index audit_event_subject_person_idx on audit_event_subject (person_id);
create index audit_event_actor_idx on audit_event (actor_id);
create index audit_event_occurred_idx on audit_event (occurred_at);

-- The chain head. Its column truncate_guard is always null: its foreign key only makes TRUNCATE TABLE audit_event
-- fail (HSQLDB and PostgreSQL refuse to truncate a table another table references, rows or not).
create table audit_chain_head (
    id int primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null,
    truncate_guard bigint references audit_event (id),
    constraint audit_chain_head_one_row check (id = 1)
);
