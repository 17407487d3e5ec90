package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.audit.AuditLog;

/**
 * Setting a local password goes through the policy (issue 10, ASVS 5.0 V6.2): a weak one is refused and nothing is
 * stored; a long one is hashed whole (PBKDF2, no 72-byte truncation) and logs in; the demo accounts' seeded
 * {@code demo} and hashes stored before (BCrypt) keep working.
 */
@PortalTest
class LocalPasswordTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    PeopleAdministration people;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserDetailsService users;
    @Autowired
    DaoAuthenticationProvider localAuthenticationProvider;
    @Autowired
    AuditLog audit;

    /** The people made here are committed in Sygeplejen Kolding of the shared test database. */
    private final java.util.List<Long> created = new java.util.ArrayList<>();

    @AfterEach
    void deactivateTheTestPeopleAndLogout() {
        // Deactivated, so the unit's head counts the other tests assert (18 people in Sygeplejen Kolding) stay true.
        AuthenticatedAs.login(users, "admin");
        created.forEach(people::deactivate);
        AuthenticatedAs.logout();
    }

    @Test
    void a_weak_password_is_refused_with_its_reasons_and_nothing_is_stored() {
        var person = newPerson();
        AuthenticatedAs.login(users, "admin");
        assertThatThrownBy(() -> people.setLocalPassword(person, "svag-" + person, "sommer2026"))
                .isInstanceOf(LocalPasswordPolicy.WeakPasswordException.class)
                .satisfies(e -> assertThat(((LocalPasswordPolicy.WeakPasswordException) e).messageKeys())
                        .contains("password.too-short"));
        assertThatThrownBy(() -> people.setLocalPassword(person, "svag-" + person, "iloveyou12345678"))
                .isInstanceOf(LocalPasswordPolicy.WeakPasswordException.class);
        var account = accounts.byId(person).orElseThrow();
        assertThat(account.username()).isNull();
        assertThat(account.passwordHash()).isNull();
        assertThat(audit.forObject("Person", person, 20)).noneMatch(e -> e.getAction().equals("LOCAL_PASSWORD_SET"));
    }

    @Test
    void a_long_password_is_hashed_whole_and_a_change_after_the_72nd_byte_does_not_log_in() {
        var person = newPerson();
        var username = "lang-" + person;
        // Danish letters take two bytes each: well past the 72 bytes after which BCrypt stops reading.
        var password = "ærø møn fanø læsø ".repeat(4).substring(0, 60) + " og så videre";
        assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        AuthenticatedAs.login(users, "admin");
        people.setLocalPassword(person, username, password);
        AuthenticatedAs.logout();

        var hash = accounts.byId(person).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{pbkdf2}");
        assertThat(localAuthenticationProvider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                username, password)).isAuthenticated()).isTrue();
        var changedAtTheEnd = password.substring(0, password.length() - 1) + "x";
        assertThatThrownBy(() -> localAuthenticationProvider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, changedAtTheEnd)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void the_demo_accounts_seeded_password_and_hashes_stored_before_still_match() {
        assertThat(localAuthenticationProvider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "leder", "demo")).isAuthenticated()).as("demo data, not set through the policy").isTrue();
        var before = new BCryptPasswordEncoder().encode("en gammel adgangskode fra før");
        assertThat(encoder.matches("en gammel adgangskode fra før", before)).isTrue();
        assertThat(encoder.matches("en anden adgangskode fra før", before)).isFalse();
    }

    private long newPerson() {
        AuthenticatedAs.login(users, "admin");
        try {
            var unitId = people.search("Mette Sørensen", PageRequest.of(0, 1)).getFirst().unitId();
            long id = people.createPerson(new PeopleAdministration.NewPerson("Test adgang " + SEQUENCE.incrementAndGet(),
                    "Sygeplejerske", null, unitId, KnowledgeTarget.OVERALL), null, null).id();
            created.add(id);
            return id;
        } finally {
            AuthenticatedAs.logout();
        }
    }
}
