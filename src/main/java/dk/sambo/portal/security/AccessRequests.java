package dk.sambo.portal.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.IdentityLinks;
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
    private final IdentityLinks identityLinks;

    AccessRequests(AccessRequestRepository requests, PeopleAdministration people, CurrentPerson currentPerson,
            AuditLog audit, Clock clock, IdentityLinks identityLinks) {
        this.requests = requests;
        this.identityLinks = identityLinks;
        this.people = people;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /** Called by the login for an unknown identity: one request per (issuer, subject), counted on repeats. */
    void record(String issuer, String subject, @Nullable String email, boolean emailVerified,
            @Nullable String name) {
        var now = clock.instant();
        var request = requests.findByIssuerAndSubject(issuer, subject)
                .map(r -> {
                    r.attemptedAgain(now, email, emailVerified, name);
                    return r;
                })
                .orElseGet(() -> requests.save(new AccessRequest(issuer, subject, email, emailVerified, name,
                        now)));
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
        var existing = identityLinks.personWithEmail(person.email());
        if (existing.isPresent()) {
            // Creating a second person with this e-mail would break the unique e-mail: link instead.
            throw new EmailBelongsToPerson(existing.get());
        }
        var created = people.createPerson(person, request.getIssuer(), request.getSubject());
        request.handle(AccessRequest.Status.GRANTED, currentPerson.id().orElse(null), created.id(),
                clock.instant());
        audit.record("ACCESS_GRANTED", "AccessRequest", requestId, "person=" + created.id());
        return created;
    }

    /** The existing person whose e-mail the request carries, whom the administrator may link it to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<PersonSummary> personWithSameEmail(long requestId) {
        return identityLinks.personWithEmail(requests.findById(requestId).orElseThrow().getEmail());
    }

    /**
     * Links the request's identity (issuer, subject) to a person who already exists, so their next login through
     * that provider lets them in with the person's roles. Audited on the request and on the person.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void linkToPerson(long requestId, long personId) {
        var request = requests.findById(requestId).orElseThrow();
        identityLinks.link(personId, request.getIssuer(), request.getSubject(), "accessRequest=" + requestId);
        request.handle(AccessRequest.Status.LINKED, currentPerson.id().orElse(null), personId, clock.instant());
        audit.record("ACCESS_LINKED", "AccessRequest", requestId, "person=" + personId);
    }

    /** Refused: the e-mail already belongs to this person; link the request to them instead. */
    public static final class EmailBelongsToPerson extends RuntimeException {

        private final transient PersonSummary person;

        EmailBelongsToPerson(PersonSummary person) {
            super("E-mail belongs to person " + person.id());
            this.person = person;
        }

        public PersonSummary person() {
            return person;
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void reject(long requestId) {
        requests.findById(requestId).orElseThrow()
                .handle(AccessRequest.Status.REJECTED, currentPerson.id().orElse(null), null, clock.instant());
        audit.record("ACCESS_REJECTED", "AccessRequest", requestId, null);
    }
}
