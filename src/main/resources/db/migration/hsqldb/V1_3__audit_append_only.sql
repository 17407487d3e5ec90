-- The audit trail is append-only: the database itself refuses to change or remove a line.
create trigger audit_event_no_update before update on audit_event
    for each row signal sqlstate '45000' set message_text = 'audit_event is append-only';
create trigger audit_event_no_delete before delete on audit_event
    for each row signal sqlstate '45000' set message_text = 'audit_event is append-only';
