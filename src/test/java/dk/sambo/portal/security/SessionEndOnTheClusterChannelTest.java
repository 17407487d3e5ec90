package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.organisation.CultureBearerRegister;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.shared.cluster.ClusterChannel;

/**
 * Issue 12: every way a person loses access sends "end their sessions" on the cluster channel, so every node hears
 * it (deactivation, a role revoked by an administrator, a culture-bearer appointment ended in the register, which
 * the hourly job uses too), and only when the change commits. On the single-node default the channel is
 * in-process; the PostgreSQL channel between nodes is {@code shared.cluster.PostgresClusterChannelTest} and
 * {@code e2e.cluster.EventsTwoNodesIT}.
 */
@PortalTest
class SessionEndOnTheClusterChannelTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired ClusterChannel channel;
    @Autowired PeopleAdministration people;
    @Autowired CultureBearerRegister register;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    final List<String> heard = new CopyOnWriteArrayList<>();
    AutoCloseable subscription;

    @BeforeEach
    void listen() {
        subscription = channel.subscribe(SessionTerminator.TOPIC, heard::add);
        AuthenticatedAs.login(users, "admin");
    }

    @AfterEach
    void stop() throws Exception {
        subscription.close();
        // The fixtures are committed in Sygeplejen Kolding of the shared test database: deactivated, so the unit's
        // head counts other tests assert stay true.
        AuthenticatedAs.login(users, "admin");
        for (var id : created) {
            if (people.search("Kanal", PageRequest.of(0, 100)).stream().anyMatch(p -> p.id() == id && p.active())) {
                people.deactivate(id);
            }
        }
        AuthenticatedAs.logout();
    }

    private final List<Long> created = new CopyOnWriteArrayList<>();

    @Test
    void deactivating_a_person_tells_every_node_once_it_commits() {
        var person = fixture();

        people.deactivate(person.id());

        assertThat(heard).containsExactly(Long.toString(person.id()));
    }

    @Test
    void a_deactivation_that_is_rolled_back_tells_nobody() {
        var person = fixture();

        transactions.executeWithoutResult(status -> {
            people.deactivate(person.id());
            status.setRollbackOnly();
        });

        assertThat(heard).isEmpty();
    }

    @Test
    void revoking_a_role_and_ending_a_culture_bearer_appointment_tell_every_node() {
        var person = fixture();
        var grant = people.grant(person.id(), Role.LINE_MANAGER, ScopeType.UNIT, person.unitId());
        people.revoke(grant.assignmentId());
        assertThat(heard).containsExactly(Long.toString(person.id()));

        var today = LocalDate.now(clock);
        var appointment = register.appoint(person.id(), Set.of(person.unitId()), Set.of(), today.minusMonths(2),
                null);
        register.end(appointment, today.minusDays(1));
        assertThat(heard).containsExactly(Long.toString(person.id()), Long.toString(person.id()));
    }

    private PersonSummary fixture() {
        var unitId = people.search("Mette Sørensen", PageRequest.of(0, 1)).getFirst().unitId();
        var person = people.createPerson(new PeopleAdministration.NewPerson("Kanal " + SEQUENCE.incrementAndGet(),
                "Sygeplejerske", null, unitId, KnowledgeTarget.OVERALL), null, null);
        created.add(person.id());
        return person;
    }
}
