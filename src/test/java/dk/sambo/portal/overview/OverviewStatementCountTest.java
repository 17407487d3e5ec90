package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.plan.PlanService;
import dk.sambo.portal.qa.QuestionAnswered;
import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.TrainingLogged;

/**
 * A cluster overview costs the same number of SQL statements whatever the amount of data: the overview's queries
 * run through a DataSource wrapper that counts every statement prepared or created on its connections (the
 * wrapper hands out the transaction's own connection, so it sees the test's uncommitted fixtures).
 */
@PortalTest
@Transactional
class OverviewStatementCountTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired AccessControl access;
    @Autowired OrganisationService organisation;
    @Autowired PlanService plan;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    final AtomicInteger statements = new AtomicInteger();

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    DataSource counting(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        var connection = DataSourceUtils.getConnection(real);
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> {
                                    switch (m.getName()) {
                                        case "prepareStatement", "createStatement", "prepareCall" ->
                                            statements.incrementAndGet();
                                        case "close" -> {
                                            DataSourceUtils.releaseConnection(connection, real);
                                            return null;
                                        }
                                        default -> {
                                        }
                                    }
                                    try {
                                        return m.invoke(connection, a);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void statements_of_a_cluster_overview_do_not_grow_with_data_size() {
        var fx = new OverviewFixture(jdbc);
        long cluster = fx.cluster("STMTX");
        fx.organisation("STMT_A", "KOMMUNE", "STMTX");
        fx.unit("U0", "STMT_A", null);
        fx.person("q0", "U0", "IN_DEPTH", true);
        AuthenticatedAs.login(users, "region");
        var service = new OverviewService(new OverviewQueries(counting(dataSource)), new StatementRunner(1), access,
                organisation, plan, clock);
        var period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31));

        statements.set(0);
        var small = service.overview(Area.cluster(cluster), period);
        int smallCount = statements.get();
        assertThat(small.total().people()).isEqualTo(1);

        // Ten times the organisations, units and people, with attendance, log entries and questions.
        var people = new ArrayList<Long>();
        for (int o = 1; o <= 10; o++) {
            fx.organisation("STMT_O" + o, "KOMMUNE", "STMTX");
            for (int u = 1; u <= 3; u++) {
                var unit = "U" + o + "_" + u;
                fx.unit(unit, "STMT_O" + o, u == 1 ? null : "U" + o + "_1");
                for (int p = 1; p <= 5; p++) {
                    people.add(fx.person("q" + o + "_" + u + "_" + p, unit, p % 2 == 0 ? "OVERALL" : "IN_DEPTH",
                            true));
                }
            }
        }
        var day = LocalDate.of(2026, 3, 1);
        for (int i = 0; i < people.size(); i++) {
            events.publishEvent(new AttendanceRecorded(9_000 + i % 7, people.get(i), "CROSS_SECTOR_STEP1",
                    day.plusDays(i % 200), "ATTENDED"));
            var asked = day.plusDays(i % 200).atStartOfDay(OverviewQueries.zone()).toInstant();
            var unitId = jdbc.queryForObject("select unit_id from person where id = ?", Long.class, people.get(i));
            events.publishEvent(new QuestionAsked(90_000 + i, people.get(i), unitId, null, cluster, "KOMMUNE",
                    "MEDICIN", asked, asked.plusSeconds(48 * 3600)));
            events.publishEvent(new QuestionAnswered(90_000 + i, 1, people.get(0), true, asked.plusSeconds(3600 * i)));
        }
        events.publishEvent(new TrainingLogged(9_999, "PEER_COACHING", day, fx.id("U1_1"), people.get(0),
                List.copyOf(people.subList(0, 20)), 20, 45));

        statements.set(0);
        var large = service.overview(Area.cluster(cluster), period);
        int largeCount = statements.get();
        assertThat(large.total().people()).isEqualTo(1 + people.size());
        assertThat(large.total().asked()).isEqualTo(people.size());
        assertThat(large.rows()).hasSize(11);
        assertThat(largeCount).isEqualTo(smallCount);
        // names, figures (5), questions by topic and sector, training (2), monthly (2)
        assertThat(largeCount).isLessThanOrEqualTo(12);
    }
}
