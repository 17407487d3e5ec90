package dk.sambo.portal.organisation;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.PersonIdentity;
import dk.sambo.portal.organisation.domain.PersonIdentityRepository;
import dk.sambo.portal.organisation.domain.PersonRepository;

/**
 * An administrator's links between identity-provider accounts (issuer, subject) and people who already exist: for
 * an access request whose e-mail belongs to a person (the provider did not vouch for the e-mail, or the person
 * logs in through a new provider). Audited as {@code IDENTITY_LINKED} on the person.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class IdentityLinks {

    private final PersonRepository people;
    private final PersonIdentityRepository identities;
    private final AuditLog audit;
    private final Clock clock;

    IdentityLinks(PersonRepository people, PersonIdentityRepository identities, AuditLog audit, Clock clock) {
        this.people = people;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person who has this e-mail address (compared without case), if any. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> personWithEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return people.findByEmailIgnoreCase(email.strip().toLowerCase(Locale.ROOT)).map(PersonSummary::of);
    }

    /**
     * Links (issuer, subject) to the person, so their next login through that provider finds them. Refused when
     * the account already belongs to someone else.
     */
    public void link(long personId, String issuer, String subject, String reason) {
        var person = people.findById(personId).orElseThrow();
        var existing = identities.findByIssuerAndSubject(issuer, subject);
        if (existing.isPresent()) {
            if (existing.get().getPerson().id() == person.id()) {
                return;
            }
            throw new IllegalStateException("Identity already linked to another person");
        }
        identities.save(new PersonIdentity(person, issuer, subject, clock.instant()));
        audit.record("IDENTITY_LINKED", "Person", person.id(), "issuer=" + issuer + " " + reason);
    }
}
