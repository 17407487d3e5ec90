package dk.sambo.portal.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonIdentity;
import dk.sambo.portal.organisation.domain.PersonIdentityRepository;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;

/**
 * What the login needs from the organisation model: find a person by local username or by identity-provider
 * account, and their authorities. Runs before anyone is authenticated, so it exposes only login facts.
 */
@Service
@Transactional
public class PersonAccounts {

    private final PersonRepository people;
    private final PersonIdentityRepository identities;
    private final RoleAssignmentRepository assignments;
    private final AuditLog audit;
    private final Clock clock;

    PersonAccounts(PersonRepository people, PersonIdentityRepository identities,
            RoleAssignmentRepository assignments, AuditLog audit, Clock clock) {
        this.people = people;
        this.identities = identities;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Account> byUsername(String username) {
        return people.findByUsernameIgnoreCase(username.strip()).map(this::account);
    }

    /**
     * The person behind an OIDC login: first by (issuer, subject); on a first login by verified e-mail, which
     * then links the account so the e-mail is never needed again.
     */
    public Optional<Account> byIdentity(String issuer, String subject, @Nullable String email,
            boolean emailVerified) {
        var linked = identities.findByIssuerAndSubject(issuer, subject);
        if (linked.isPresent()) {
            return Optional.of(account(linked.get().getPerson()));
        }
        if (email == null || !emailVerified) {
            return Optional.empty();
        }
        return people.findByEmailIgnoreCase(email.toLowerCase(Locale.ROOT)).map(person -> {
            identities.save(new PersonIdentity(person, issuer, subject, clock.instant()));
            audit.record(person.id(), person.getName(), "IDENTITY_LINKED", "Person", person.id(),
                    "issuer=" + issuer);
            return account(person);
        });
    }

    @Transactional(readOnly = true)
    public Optional<Account> byId(long personId) {
        return people.findById(personId).map(this::account);
    }

    private Account account(Person p) {
        var roles = assignments.findActiveByPersonId(p.id()).stream().map(RoleAssignment::getRole).distinct()
                .toList();
        return new Account(p.id(), p.getName(), p.getUsername(), p.getPasswordHash(), p.isActive(), roles,
                p.getPreferredLanguage());
    }

    /** Remembers the language a person chose; it is their own setting. */
    public void setPreferredLanguage(long personId, String language) {
        people.findById(personId).ifPresent(p -> p.setPreferredLanguage("en".equals(language) ? "en" : "da"));
    }

    /** A person as the login sees them. */
    public record Account(long personId, String name, @Nullable String username, @Nullable String passwordHash,
            boolean active, List<Role> roles, String preferredLanguage) {
    }
}
