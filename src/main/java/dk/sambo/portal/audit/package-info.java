/**
 * The append-only audit trail: who did what to which object, and every login success and failure.
 * Other features call {@link dk.sambo.portal.audit.AuditLog}; nothing ever updates or deletes a row.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.audit;
