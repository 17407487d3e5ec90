package dk.sambo.portal.security;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;

/**
 * Pending access requests. Recording happens during login (nobody authenticated yet); everything else is for
 * administrators. Granting creates the person with the STAFF role only and links the identity-provider account.
 */
@Service
@Transactional
public class AccessRequests {

    private final AccessRequestRepository requests;
    private final PeopleAdministration people;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final Clock clock;

    AccessRequests(AccessRequestRepository requests, PeopleAdministration people, CurrentPerson currentPerson,
            AuditLog audit, Clock clock) {
        this.requests = requests;
        this.people = people;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /** Called by the login for an unknown identity: one request per (issuer, subject), counted on repeats. */
    void record(String issuer, String subject, @Nullable String email, @Nullable String name) {
        var now = clock.instant();
        var request = requests.findByIssuerAndSubject(issuer, subject)
                .map(r -> {
                    r.attemptedAgain(now, email, name);
                    return r;
                })
                .orElseGet(() -> requests.save(new AccessRequest(issuer, subject, email, name, now)));
        audit.record(null, name == null ? subject : name, "ACCESS_REQUESTED", "AccessRequest", request.id(),
                "issuer=" + issuer);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccessRequest> pending() {
        return requests.findByStatusOrderByLastAttemptAtDesc(AccessRequest.Status.PENDING);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long pendingCount() {
        return requests.countByStatus(AccessRequest.Status.PENDING);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PersonSummary grant(long requestId, PeopleAdministration.NewPerson person) {
        var request = requests.findById(requestId).orElseThrow();
        var created = people.createPerson(person, request.getIssuer(), request.getSubject());
        request.handle(AccessRequest.Status.GRANTED, currentPerson.id().orElse(null), created.id(),
                clock.instant());
        audit.record("ACCESS_GRANTED", "AccessRequest", requestId, "person=" + created.id());
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void reject(long requestId) {
        requests.findById(requestId).orElseThrow()
                .handle(AccessRequest.Status.REJECTED, currentPerson.id().orElse(null), null, clock.instant());
        audit.record("ACCESS_REJECTED", "AccessRequest", requestId, null);
    }
}
