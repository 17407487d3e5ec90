-- A person's open sessions on every node (issue 10, ASVS 7.5.2): the person sees them (device, started, last active,
-- node) and ends any of them. The handle is a random key of the portal's own, never the session id, so this table
-- cannot be used to take over a session. A node deletes its own rows when it starts (its sessions lived in memory).
create table open_session (
    handle varchar(36) primary key,
    person_id bigint not null,
    device varchar(100) not null,
    node varchar(200) not null,
    started_at timestamp(6) with time zone not null,
    last_active_at timestamp(6) with time zone not null
);
create index open_session_person on open_session (person_id);
