package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.materials.LaunchCascade.OrganisationStatus;
import dk.sambo.portal.materials.LaunchCascade.State;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.RuleViolation;

/**
 * The launch package's cascade at the service level on the demo data (issue 13, seed 000): status per cluster with
 * the missing ones first, forwarding with notices to the organisation's leaders, the two confirmations (each once,
 * each audited) and the reminders with a fixed clock. Each test runs in a transaction that is rolled back, so the
 * demo's cascade stays as {@link LaunchCascadeDemoData} made it.
 */
@PortalTest
@Transactional
class LaunchCascadeTest {

    @Autowired LaunchCascade cascade;
    @Autowired LaunchCascadeRepository rows;
    @Autowired LaunchCascadeNotices notices;
    @Autowired OrganisationService organisation;
    @Autowired OrganisationLeaders leaders;
    @Autowired PersonAccounts accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    CascadeFixture f;
    long lillebaelt;
    long sonderjylland;
    long kolding;

    @BeforeEach
    void setUp() {
        clock.reset();
        f = new CascadeFixture(organisation, leaders, accounts, users, jdbc);
        lillebaelt = f.cluster("LILLEBAELT");
        sonderjylland = f.cluster("SOENDERJYLLAND");
        kolding = f.org("KOLDING_KOMMUNE");
    }

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void the_implementing_level_sees_every_organisation_of_its_cluster_with_the_missing_ones_first() {
        f.login("implementering");
        var status = cascade.status(lillebaelt);
        // Lillebælt: Sygehus Lillebælt, the four municipalities, psychiatry and general practice (seed 000).
        assertThat(status).extracting(OrganisationStatus::organisationName).containsExactly(
                "Kolding Kommune", // not forwarded
                "Almen praksis (PLO Syddanmark)", "Fredericia Kommune", // forwarded, not confirmed
                "Psykiatrien i Region Syddanmark", "Vejle Kommune", // received only
                "Middelfart Kommune", "Sygehus Lillebælt"); // passed on locally
        assertThat(status).extracting(OrganisationStatus::state).containsExactly(State.NOT_FORWARDED,
                State.FORWARDED, State.FORWARDED, State.RECEIVED, State.RECEIVED, State.PASSED_ON, State.PASSED_ON);
        var vejle = status.stream().filter(s -> s.organisationName().equals("Vejle Kommune")).findFirst().orElseThrow();
        assertThat(vejle.forwardedBy()).isEqualTo("Trine Nørgaard");
        assertThat(vejle.receivedAt()).isEqualTo(TestClock.START.minus(Duration.ofDays(38)));
        assertThat(vejle.receivedByRole()).isEqualTo(Role.LINE_MANAGER);
        assertThat(vejle.missing()).isTrue();
        // The director is Kolding Kommune's manager of managers; its five units' line managers lead too.
        var koldingStatus = status.getFirst();
        assertThat(koldingStatus.receivers()).isEqualTo(5);
        assertThat(cascade.canManage(lillebaelt)).isTrue();
        assertThat(cascade.canManage(sonderjylland)).isFalse();
    }

    @Test
    void forwarding_tells_the_organisations_leaders_in_the_bell_and_is_audited() {
        f.login("implementering");
        var rowId = cascade.forward(lillebaelt, kolding);
        var director = f.personId("direktoer");
        var leader = f.personId("leder");
        assertThat(f.notices(rowId)).contains(director + ":materials.cascade.notify.forwarded",
                leader + ":materials.cascade.notify.forwarded").hasSize(5);
        assertThat(f.auditActions(rowId)).containsExactly("LAUNCH_PACKAGE_FORWARDED");
        assertThat(cascade.status(lillebaelt).stream().filter(s -> s.organisationId() == kolding).findFirst()
                .orElseThrow().state()).isEqualTo(State.FORWARDED);
        assertThatThrownBy(() -> cascade.forward(lillebaelt, kolding)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("materials.cascade.error.already-forwarded"));
    }

    @Test
    void forwarding_to_all_reaches_only_the_organisations_that_have_not_had_it() {
        f.login("admin");
        // Fyn has no demo rows: every organisation serving it gets the package, psychiatry and practice included.
        long fyn = f.cluster("FYN");
        int served = organisation.organisationsServing(fyn).size();
        assertThat(cascade.forwardToAll(fyn)).isEqualTo(served);
        assertThat(cascade.forwardToAll(fyn)).isZero();
        assertThat(cascade.status(fyn)).allMatch(s -> s.state() == State.FORWARDED);
        // Lillebælt: only Kolding Kommune was missing.
        assertThat(cascade.forwardToAll(lillebaelt)).isEqualTo(1);
    }

    @Test
    void the_organisations_leader_confirms_receipt_and_then_passing_on_each_once_and_audited() {
        f.login("implementering");
        var rowId = cascade.forward(lillebaelt, kolding);
        f.login("direktoer");
        var arrival = cascade.myArrivals().stream().filter(a -> a.rowId() == rowId).findFirst().orElseThrow();
        assertThat(arrival.state()).isEqualTo(State.FORWARDED);
        assertThat(arrival.clusterName()).isEqualTo("Lillebælt");
        assertThatThrownBy(() -> cascade.confirmPassedOn(rowId)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("materials.cascade.error.not-received"));

        clock.advance(Duration.ofDays(2));
        cascade.confirmReceived(rowId);
        assertThatThrownBy(() -> cascade.confirmReceived(rowId)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("materials.cascade.error.already-received"));
        clock.advance(Duration.ofDays(5));
        cascade.confirmPassedOn(rowId);
        assertThatThrownBy(() -> cascade.confirmPassedOn(rowId)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("materials.cascade.error.already-passed-on"));

        var row = rows.findById(rowId).orElseThrow();
        assertThat(row.receivedAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(2)));
        assertThat(row.receivedBy()).isEqualTo(f.personId("direktoer"));
        assertThat(row.passedOnAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(7)));
        assertThat(f.auditActions(rowId)).containsExactly("LAUNCH_PACKAGE_FORWARDED", "LAUNCH_PACKAGE_RECEIVED",
                "LAUNCH_PACKAGE_PASSED_ON");

        f.login("implementering");
        var status = cascade.status(lillebaelt).stream().filter(s -> s.organisationId() == kolding).findFirst()
                .orElseThrow();
        assertThat(status.state()).isEqualTo(State.PASSED_ON);
        assertThat(status.receivedBy()).isEqualTo("Henrik Lauridsen");
        assertThat(status.receivedByRole()).isEqualTo(Role.SENIOR_MANAGER);
        // Passed on: no longer among the missing, listed last.
        assertThat(cascade.status(lillebaelt).getLast().state()).isEqualTo(State.PASSED_ON);
        assertThatThrownBy(() -> cascade.remind(lillebaelt, kolding)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void psychiatry_confirms_to_each_cluster_through_its_leaders_in_that_cluster() {
        f.login("admin");
        long psychiatry = f.org("PSYKIATRIEN_I_REGION_SYDDANMARK");
        var sjRow = cascade.forward(sonderjylland, psychiatry);
        var lbRow = rows.findByClusterIdAndOrganisationId(lillebaelt, psychiatry).orElseThrow().id();
        // Only the Aabenraa ward's leader is told by Sønderjylland, not the Vejle ward's.
        var aabenraa = f.lineManagerOfUnit("Psykiatrisk Afdeling Aabenraa");
        var vejle = f.lineManagerOfUnit("Psykiatrisk Afdeling Vejle");
        assertThat(f.notices(sjRow)).containsExactly(aabenraa + ":materials.cascade.notify.forwarded");

        f.loginPerson(vejle);
        assertThatThrownBy(() -> cascade.confirmReceived(sjRow)).isInstanceOf(AccessDeniedException.class);
        cascade.confirmPassedOn(lbRow); // Lillebælt's row was received in the demo
        f.loginPerson(aabenraa);
        cascade.confirmReceived(sjRow);
        assertThat(cascade.myArrivals()).extracting(LaunchCascade.Arrival::clusterName).containsExactly("Sønderjylland");
    }

    @Test
    void the_job_reminds_the_organisations_that_have_not_confirmed_at_most_once_per_interval() {
        // Demo rows were forwarded 45 days before the test clock's start; the forwarded-only ones were reminded
        // 10 days before. With the defaults (14 days, then every 7) all six unconfirmed rows of Lillebælt and
        // Sønderjylland are due: Fredericia, general practice, Haderslev (confirm receipt), Vejle, psychiatry,
        // Aabenraa (pass it on). Kolding Kommune is forwarded now: not due for 14 days.
        f.login("implementering");
        var koldingRow = cascade.forward(lillebaelt, kolding);
        AuthenticatedAs.logout();
        var job = new LaunchPackageReminders(rows, notices, transactions, clock, 14, 7);
        assertThat(job.sendDueReminders()).isEqualTo(6);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        var fredericia = rows.findByClusterIdAndOrganisationId(lillebaelt, f.org("FREDERICIA_KOMMUNE")).orElseThrow();
        assertThat(fredericia.lastRemindedAt()).isEqualTo(TestClock.START);
        assertThat(f.notices(fredericia.id())).isNotEmpty()
                .allMatch(n -> n.endsWith(":materials.cascade.notify.remind-receive"));
        var vejleRow = rows.findByClusterIdAndOrganisationId(lillebaelt, f.org("VEJLE_KOMMUNE")).orElseThrow();
        assertThat(f.notices(vejleRow.id())).isNotEmpty()
                .allMatch(n -> n.endsWith(":materials.cascade.notify.remind-pass-on"));
        assertThat(f.auditActions(fredericia.id())).containsExactly("LAUNCH_PACKAGE_REMINDED");

        assertThat(job.sendDueReminders()).isZero();
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(job.sendDueReminders()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(job.sendDueReminders()).isEqualTo(6);
        // 14 days after forwarding Kolding is due as well, beside the six again (7 days after their last).
        clock.set(TestClock.START.plus(Duration.ofDays(14)));
        assertThat(job.sendDueReminders()).isEqualTo(7);
        assertThat(rows.findById(koldingRow).orElseThrow().lastRemindedAt())
                .isEqualTo(TestClock.START.plus(Duration.ofDays(14)));
    }

    @Test
    void the_days_before_the_first_reminder_and_between_reminders_are_configurable() {
        f.login("implementering");
        var koldingRow = cascade.forward(lillebaelt, kolding);
        AuthenticatedAs.logout();
        var job = new LaunchPackageReminders(rows, notices, transactions, clock, 3, 30);
        // Demo rows: forwarded-only ones were reminded 10 days ago (< 30): not due; received ones never: due.
        assertThat(job.sendDueReminders()).isEqualTo(3);
        clock.advance(Duration.ofDays(3));
        assertThat(job.sendDueReminders()).isEqualTo(1); // Kolding
        assertThat(rows.findById(koldingRow).orElseThrow().lastRemindedAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofDays(21));
        assertThat(job.sendDueReminders()).isEqualTo(3); // the forwarded-only ones, 34 days after their last
    }

    @Test
    void a_reminder_by_hand_goes_out_now_and_stamps_the_row_so_the_job_waits_its_interval() {
        f.login("implementering");
        long fredericia = f.org("FREDERICIA_KOMMUNE");
        int told = cascade.remind(lillebaelt, fredericia);
        assertThat(told).isPositive();
        var row = rows.findByClusterIdAndOrganisationId(lillebaelt, fredericia).orElseThrow();
        assertThat(row.lastRemindedAt()).isEqualTo(TestClock.START);
        assertThat(f.auditActions(row.id())).containsExactly("LAUNCH_PACKAGE_REMINDED");
        AuthenticatedAs.logout();
        var job = new LaunchPackageReminders(rows, notices, transactions, clock, 14, 7);
        assertThat(job.sendDueReminders()).isEqualTo(5);
        assertThat(rows.findById(row.id()).orElseThrow().lastRemindedAt()).isEqualTo(TestClock.START);
        assertThatThrownBy(() -> {
            f.login("implementering");
            cascade.remind(lillebaelt, kolding);
        }).isInstanceOfSatisfying(RuleViolation.class,e -> assertThat(e.messageKey()).isEqualTo("materials.cascade.error.not-forwarded"));
    }
}
