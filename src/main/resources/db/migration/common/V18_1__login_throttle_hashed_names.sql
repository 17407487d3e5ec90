-- Issue 10: the login throttle no longer keeps the login name as typed (a CPR number typed into the user-name field
-- would have been stored). Its rows are keyed by an HMAC-SHA256 of the name with a secret from configuration
-- (portal.security.login-name-secret) or, when none is configured, one generated once and kept in
-- login_name_secret, so every node computes the same key. V18_2 (Java) re-keys the rows written before.
-- A name that belongs to a local account keeps the account's person id, so the administrator's lock list can
-- name the account; for any other name only the hash is left ("ukendt login").
create table login_name_secret (
    id int primary key,
    secret varchar(100) not null
);
alter table login_throttle add column person_id bigint;
update login_throttle set person_id = (select min(p.id) from person p where lower(p.username) = login_throttle.username_key);
