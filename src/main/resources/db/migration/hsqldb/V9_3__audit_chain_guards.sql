-- HSQLDB has no TRUNCATE triggers: the foreign keys from audit_chain_head and audit_event_subject (V9_1) make it
-- refuse TRUNCATE TABLE audit_event. The subjects are append-only like the events; the chain head is never removed.
create trigger audit_event_subject_no_update before update on audit_event_subject
    for each row signal sqlstate '45000' set message_text = 'audit_event is append-only';
create trigger audit_event_subject_no_delete before delete on audit_event_subject
    for each row signal sqlstate '45000' set message_text = 'audit_event is append-only';
create trigger audit_chain_head_no_delete before delete on audit_chain_head
    for each row signal sqlstate '45000' set message_text = 'audit_event is append-only';
-- HSQLDB 2.7 recompiles a table's triggers on ALTER TABLE ... ADD COLUMN (V9_1) and loses their SIGNAL message
-- text ("45000 unhandled user-defined exception"): create both guards of V1_3 again.
drop trigger audit_event_no_update;
create trigger audit_event_no_update before update on audit_event
    for each row signal sqlstate '45000' set message_text = 'audit_event is append-only';
drop trigger audit_event_no_delete;
create trigger audit_event_no_delete before delete on audit_event
    for each row signal sqlstate '45000' set message_text = 'audit_event is append-only';
