package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.StatementCounter;

/** Issue 15: the nearest line managers of many people in a few reads, the same as asking for each person. */
@PortalTest
class LineManagersOfPeopleTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void end() {
        AuthenticatedAs.logout();
    }

    @Test
    void every_demo_person_gets_the_managers_the_one_person_lookup_gives() {
        AuthenticatedAs.login(users, "admin");
        var ids = jdbc.queryForList("select id from person", Long.class);
        var all = organisation.lineManagersOfPeople(ids);
        assertThat(all).hasSize(ids.size());
        int withManagers = 0;
        for (var id : ids) {
            var one = organisation.lineManagersOfPerson(id);
            assertThat(all.get(id)).as("line managers of person " + id).isEqualTo(one);
            withManagers += one.isEmpty() ? 0 : 1;
        }
        assertThat(withManagers).as("people in the demo data with a line manager").isGreaterThan(10);
    }

    @Test
    void many_people_cost_a_few_statements_not_some_per_person() {
        AuthenticatedAs.login(users, "admin");
        var ids = jdbc.queryForList("select id from person", Long.class);
        assertThat(ids).hasSizeGreaterThan(20);
        assertThat(StatementCounter.count(() -> organisation.lineManagersOfPeople(ids))).isLessThanOrEqualTo(10);
    }
}
