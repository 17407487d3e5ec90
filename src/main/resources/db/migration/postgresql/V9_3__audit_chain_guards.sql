-- TRUNCATE bypasses row triggers: a statement-level BEFORE TRUNCATE trigger refuses it on every audit table
-- (also when the foreign keys of V9_1 are side-stepped with TRUNCATE ... CASCADE or by naming all tables).
create function audit_event_refuse_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_truncate();
create trigger audit_event_subject_no_truncate before truncate on audit_event_subject
    for each statement execute function audit_event_refuse_truncate();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_event_refuse_truncate();
-- The subjects are append-only like the events; the chain head row is never removed.
create trigger audit_event_subject_no_update before update or delete on audit_event_subject
    for each row execute function audit_event_refuse_change();
create trigger audit_chain_head_no_delete before delete on audit_chain_head
    for each row execute function audit_event_refuse_change();
