package dk.sambo.portal.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;

/**
 * The way in for the first administrator of an empty installation: {@code portal.bootstrap.admins} lists e-mail
 * addresses; on an OIDC login with one of them, <em>verified</em> by the identity provider, while no active
 * administrator exists, that person becomes administrator (region scope). If no person has that e-mail, one is
 * created (name from the identity provider, no unit, no other role). Audited as {@code BOOTSTRAP_ADMIN_GRANTED}.
 * Once any active administrator exists this does nothing, so the property may stay set.
 */
@Service
@Transactional
public class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Set<String> emails;
    private final OrgDataQueries queries;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;
    private final AuditLog audit;
    private final Clock clock;

    AdminBootstrap(@Value("${portal.bootstrap.admins:}") List<String> emails, OrgDataQueries queries,
            PersonRepository people, RoleAssignmentRepository assignments, AuditLog audit, Clock clock) {
        this.emails = emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.queries = queries;
        this.people = people;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the person logging in administrator if the bootstrap applies to them; true if it did. The login then
     * links the identity by the verified e-mail as for anyone else.
     */
    public boolean claim(@Nullable String email, boolean emailVerified, @Nullable String name, String issuer) {
        if (emails.isEmpty() || email == null || !emailVerified) {
            return false;
        }
        var normalised = email.strip().toLowerCase(Locale.ROOT);
        if (!emails.contains(normalised) || queries.countActiveAdmins() > 0) {
            return false;
        }
        var person = people.findByEmailIgnoreCase(normalised).orElse(null);
        boolean created = person == null;
        if (created) {
            var displayName = name == null || name.isBlank() ? normalised : name.strip();
            person = people.save(new Person(displayName, null, normalised, null, KnowledgeTarget.NONE));
        } else if (!person.isActive()) {
            person.setActive(true);
        }
        assignments.save(new RoleAssignment(person, Role.ADMIN, ScopeType.REGION, null, null, clock.instant()));
        audit.record(person.id(), person.getName(), "BOOTSTRAP_ADMIN_GRANTED", "Person", person.id(),
                "portal.bootstrap.admins, issuer=" + issuer + (created ? ", person created" : ""));
        LOG.warn("First administrator granted to the person with e-mail {} (portal.bootstrap.admins)", normalised);
        return true;
    }
}
