package dk.sambo.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationService;

@PortalTest
@RecordApplicationEvents
class PlanServiceTest {

    @Autowired PlanService plan;
    @Autowired PlanEditing editing;
    @Autowired OrganisationService organisation;
    @Autowired UserDetailsService users;
    @Autowired AuditLog audit;
    @Autowired ApplicationEvents applicationEvents;
    @Autowired TestClock clock;

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void the_current_phase_is_the_one_under_way_that_began_last() {
        AuthenticatedAs.login(users, "implementering");
        // November 2026: competence development (from March 2025), realisation (from 19 May 2025) and change
        // management (from June 2025) all run on; change management began last.
        assertThat(plan.currentPhase()).map(PlanService.Phase::code).hasValue("CHANGE");
        clock.set(day(2025, 4, 2));
        assertThat(plan.currentPhase()).map(PlanService.Phase::code).hasValue("COMPETENCE");
        clock.set(day(2025, 5, 5));
        assertThat(plan.currentPhase()).map(PlanService.Phase::code).hasValue("LAUNCH");
        clock.set(day(2025, 3, 1));
        assertThat(plan.currentPhase()).isEmpty();
    }

    private static java.time.Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).atZone(TestClock.ZONE).toInstant();
    }

    @Test
    void the_plan_of_seed_000_has_four_phases_and_activities_for_every_target_group() {
        AuthenticatedAs.login(users, "sygeplejerske");
        assertThat(plan.phases()).extracting(PlanService.Phase::nameDa)
                .containsExactly("Lancering", "Kompetenceudvikling", "Forandringsledelse", "Virkeliggørelse");
        assertThat(plan.activities()).extracting(PlanService.Activity::targetGroup)
                .contains(TargetGroup.values());
        assertThat(plan.activities().stream().filter(PlanService.Activity::tracked).count()).isEqualTo(10);
    }

    @Test
    void director_ticks_an_activity_for_his_organisation_and_the_overview_is_told() {
        AuthenticatedAs.login(users, "direktoer");
        var kolding = kolding();
        var open = plan.activities().stream().filter(PlanService.Activity::tracked)
                .filter(a -> !plan.statusOf(kolding).containsKey(a.id()) || !plan.statusOf(kolding).get(a.id()).done())
                .findFirst().orElseThrow();
        plan.setStatus(kolding, open.id(), true, LocalDate.of(2026, 11, 20));

        var status = plan.statusOf(kolding).get(open.id());
        assertThat(status.done()).isTrue();
        assertThat(status.doneOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(status.changedBy()).isEqualTo("Henrik Lauridsen");
        var event = applicationEvents.stream(PlanActivityStatusChanged.class).toList().getLast();
        assertThat(event.organisationId()).isEqualTo(kolding);
        assertThat(event.activityId()).isEqualTo(open.id());
        assertThat(event.done()).isTrue();
        assertThat(event.totalActivities()).isEqualTo(10);
        AuthenticatedAs.login(users, "admin");
        assertThat(audit.forObject("PlanActivity", open.id(), 5)).anyMatch(e -> e.getAction().equals("PLAN_ACTIVITY_DONE"));

        AuthenticatedAs.login(users, "direktoer");
        plan.setStatus(kolding, open.id(), false, null);
        assertThat(plan.statusOf(kolding).get(open.id()).done()).isFalse();
        assertThat(applicationEvents.stream(PlanActivityStatusChanged.class).toList().getLast().done()).isFalse();
    }

    @Test
    void director_cannot_tick_for_another_organisation_and_staff_cannot_tick_at_all() {
        AuthenticatedAs.login(users, "direktoer");
        var vejle = organisation.organisations().stream().filter(o -> o.code().equals("VEJLE_KOMMUNE"))
                .findFirst().orElseThrow().id();
        var activity = plan.activities().stream().filter(PlanService.Activity::tracked).findFirst().orElseThrow();
        assertThatThrownBy(() -> plan.setStatus(vejle, activity.id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        AuthenticatedAs.login(users, "sygeplejerske");
        assertThatThrownBy(() -> plan.setStatus(kolding(), activity.id(), true, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_strategic_level_edits_the_plan() {
        AuthenticatedAs.login(users, "direktoer");
        var phase = plan.phases().getFirst();
        assertThatThrownBy(() -> editing.updatePhase(phase.id(), phase.version(),
                new PlanService.PhaseText("x", "x", "x", "x", phase.startsOn(), phase.endsOn()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.saveActivity(null, 0, phase.id(), TargetGroup.POLITICAL,
                new PlanService.ActivityText("x", "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);

        AuthenticatedAs.login(users, "strategisk");
        var id = editing.saveActivity(null, 0, phase.id(), TargetGroup.POLITICAL,
                new PlanService.ActivityText("Politisk orientering i klyngen", "Political briefing in the cluster", null,
                        null));
        assertThat(plan.activities()).anyMatch(a -> a.id() == id && a.textEn().equals("Political briefing in the cluster"));
        AuthenticatedAs.login(users, "admin");
        assertThat(audit.forObject("PlanActivity", id, 5)).anyMatch(e -> e.getAction().equals("PLAN_ACTIVITY_ADDED"));
    }

    private long kolding() {
        return organisation.organisations().stream().filter(o -> o.code().equals("KOLDING_KOMMUNE")).findFirst()
                .orElseThrow().id();
    }
}
