package dk.sambo.portal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;

/**
 * The same persistence checks on every database the portal runs on: the schema from Flyway (shared and
 * database-specific scripts) matches the entities, the demo data loads, and the queries behind the profile, the
 * people search and the scope checks give the same answers. Extended once per database.
 */
abstract class PersistenceChecks {

    @Autowired
    Flyway flyway;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationService organisation;

    @Autowired
    PeopleAdministration people;

    @Autowired
    AccessControl access;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    /** The JDBC product name, e.g. "PostgreSQL". */
    abstract String databaseProduct();

    /** The folder of this database's own migrations, e.g. "postgresql". */
    abstract String vendorFolder();

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void every_migration_ran_including_this_databases_own_and_hibernate_accepted_the_schema() {
        assertThat(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()))
                .isEqualTo(databaseProduct());
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).allSatisfy(m -> assertThat(m.getState().isFailed()).as(m.getScript()).isFalse());
        assertThat(Arrays.stream(info.applied()).filter(m -> m.getVersion() != null)
                .map(m -> m.getVersion().getVersion())).contains("1.1", "1.2", "1.3");
        assertThat(Arrays.stream(info.applied()).map(MigrationInfo::getPhysicalLocation))
                .anyMatch(location -> location.contains("db/migration/" + vendorFolder() + "/"));
        // The context started with ddl-auto=validate, so Hibernate found every entity's table and columns.
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void a_demo_nurse_sees_her_own_profile_with_unit_cluster_leader_and_culture_bearer() {
        AuthenticatedAs.login(users, "sygeplejerske");

        var profile = organisation.myProfile();

        assertThat(profile.person().name()).isEqualTo("Mette Sørensen");
        assertThat(profile.person().unitName()).isEqualTo("Sygeplejen Kolding");
        assertThat(profile.person().organisationName()).isEqualTo("Kolding Kommune");
        assertThat(profile.clusterNames()).containsExactly("Lillebælt");
        assertThat(profile.has(Role.STAFF)).isTrue();
        assertThat(profile.lineManagers()).extracting(PersonSummary::name).containsExactly("Birgitte Holm");
        assertThat(profile.cultureBearers()).extracting(PersonSummary::name).contains("Hanne Kjær");
    }

    @Test
    void people_search_ignores_case_also_for_danish_letters_and_counts_what_it_finds() {
        var found = asAdmin(() -> people.search("SØRENSEN", PageRequest.of(0, 200)));
        long counted = asAdmin(() -> people.count("sørensen"));

        assertThat(found).extracting(PersonSummary::name).contains("Mette Sørensen");
        assertThat(found).allSatisfy(p -> assertThat(String.join(" ", p.name(), p.email(), p.jobTitle(),
                p.unitName(), p.organisationName())).containsIgnoringCase("sørensen"));
        assertThat(counted).isEqualTo(found.size());
        assertThat(asAdmin(() -> people.search("kolding-kommune.example", PageRequest.of(0, 5)))).hasSize(5);
    }

    @Test
    void scope_checks_follow_unit_organisation_cluster_and_region_grants() {
        long koldingNursing = unitOf("sygeplejerske");
        long aabenraaNursing = unitOf("kulturbaerer2");

        assertThat(coversAs("leder", Role.LINE_MANAGER, koldingNursing)).isTrue();
        assertThat(coversAs("leder", Role.LINE_MANAGER, aabenraaNursing)).isFalse();
        assertThat(coversAs("direktoer", Role.SENIOR_MANAGER, koldingNursing)).isTrue();
        assertThat(coversAs("direktoer", Role.SENIOR_MANAGER, aabenraaNursing)).isFalse();
        assertThat(coversAs("strategisk", Role.STRATEGIC, koldingNursing)).isTrue();
        assertThat(coversAs("strategisk", Role.STRATEGIC, aabenraaNursing)).isFalse();
        assertThat(coversAs("region", Role.STRATEGIC, aabenraaNursing)).isTrue();
        assertThat(coversAs("sygeplejerske", Role.LINE_MANAGER, koldingNursing)).isFalse();
    }

    @Test
    void the_audit_trail_keeps_the_moment_to_the_microsecond_and_refuses_update_and_delete() {
        var moment = Instant.parse("2026-11-23T08:15:30.123456Z");
        clock.set(moment);
        var marker = UUID.randomUUID().toString();
        audit.record("PERSISTENCE_CHECK", "PersistenceCheck", marker, null);
        var id = jdbc.queryForObject("select id from audit_event where object_type = 'PersistenceCheck' "
                + "and object_id = ?", Long.class, marker);

        var stored = asAdmin(() -> audit.forObject("PersistenceCheck", marker, 1)).getFirst();
        assertThat(stored.getOccurredAt()).isEqualTo(moment);
        assertThat(stored.getActor()).isEqualTo("system");

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from audit_event where id = ?", String.class, id))
                .isEqualTo("system");
    }

    private long unitOf(String username) {
        AuthenticatedAs.login(users, username);
        try {
            return organisation.myProfile().person().unitId();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private boolean coversAs(String username, Role role, long unitId) {
        AuthenticatedAs.login(users, username);
        try {
            return access.coversUnit(role, unitId);
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private <T> T asAdmin(Supplier<T> work) {
        AuthenticatedAs.login(users, "admin");
        try {
            return work.get();
        } finally {
            AuthenticatedAs.logout();
        }
    }

}
