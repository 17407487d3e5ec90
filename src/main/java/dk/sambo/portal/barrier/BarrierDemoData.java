package dk.sambo.portal.barrier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.ContactDirectory;
import dk.sambo.portal.organisation.ContactDirectory.DirectoryFilter;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.UnitSummary;

/**
 * A few barriers in each populated cluster, in the words of seed 001's examples, owned by the unit's line manager,
 * with due dates relative to the clock (one overdue, so follow-up shows).
 */
@Component
@Profile("demo")
@Order(53)
class BarrierDemoData implements ApplicationRunner {

    private final BarrierRepository barriers;
    private final OrganisationService organisation;
    private final OrganisationFigures figures;
    private final ContactDirectory directory;
    private final Clock clock;

    BarrierDemoData(BarrierRepository barriers, OrganisationService organisation, OrganisationFigures figures,
            ContactDirectory directory, Clock clock) {
        this.barriers = barriers;
        this.organisation = organisation;
        this.figures = figures;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (barriers.count() > 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("demo-data", null, List.of()));
        try {
            var today = LocalDate.now(clock);
            for (var cluster : organisation.clusters()) {
                var units = figures.unitsInCluster(cluster.id());
                switch (cluster.code()) {
                    case "LILLEBAELT" -> {
                        add(units, "Sygeplejen Kolding", BarrierKind.PRACTICAL,
                                "Det er ikke muligt at kalenderbooke medarbejderne til praksistræning.",
                                "Fast træningstid 2 × 30 minutter om ugen på teammødet.", today.plusDays(14),
                                BarrierStatus.IN_PROGRESS);
                        add(units, "Sygeplejen Kolding", BarrierKind.COMPETENCE,
                                "Svært at overskue træningen i en travl hverdag.",
                                "Kulturbæreren laver en månedsplan for træningen.", today.minusDays(5),
                                BarrierStatus.OPEN);
                        add(units, "Akutteamet Kolding", BarrierKind.LEADERSHIP,
                                "Ny leder fra 1. maj; træningstiderne er ikke bemandet i ledelsesforum.", null,
                                today.plusDays(30), BarrierStatus.OPEN);
                        add(units, "Medicinsk Sengeafsnit M1, Kolding", BarrierKind.CULTURAL,
                                "Vanen er at ringe i stedet for at sende en korrespondancemeddelelse.",
                                "Gennemgang af grundprincip 4 på tavlemøder i fire uger.", today.minusDays(20),
                                BarrierStatus.RESOLVED);
                        add(units, "Hjemmeplejen Vejle Midt", BarrierKind.PRACTICAL,
                                "Ikke muligt at træne nattevagterne.",
                                "Nattevagter trænes på fælles morgenmøde hver anden måned.", today.plusDays(45),
                                BarrierStatus.OPEN);
                    }
                    case "SOENDERJYLLAND" -> {
                        add(units, "Hjemmeplejen Aabenraa Centrum", BarrierKind.COMPETENCE,
                                "Nye medarbejdere kender ikke reglerne for udskrivning i weekenden.",
                                "Introduktion til SAM:BO i introforløbet.", today.plusDays(21),
                                BarrierStatus.IN_PROGRESS);
                        add(units, "Akutafdelingen, Aabenraa", BarrierKind.LEADERSHIP,
                                "SAM:BO er ikke på dagsordenen i afdelingens ledelsesmøder.",
                                "Fast punkt hver måned.", today.minusDays(2), BarrierStatus.OPEN);
                        add(units, "Sygeplejen Aabenraa", BarrierKind.CULTURAL,
                                "Tvivlsspørgsmål afklares mundtligt og deles ikke.", null, null,
                                BarrierStatus.OPEN);
                    }
                    default -> {
                        // clusters without demo people get no barriers
                    }
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void add(List<UnitSummary> units, String unitName, BarrierKind kind, String description,
            @Nullable String action, @Nullable LocalDate due, BarrierStatus status) {
        var unit = units.stream().filter(u -> u.name().equals(unitName)).findFirst().orElse(null);
        if (unit == null) {
            return;
        }
        var owner = directory.find(new DirectoryFilter(null, Role.LINE_MANAGER, null, null, unit.id(), null),
                PageRequest.of(0, 20)).stream().filter(c -> c.scopeId() != null && c.scopeId() == unit.id()).findFirst().orElse(null);
        var barrier = new Barrier(unit.id(), null, clock.instant());
        barrier.describe(kind, description, action, owner == null ? null : owner.personId(), due, status);
        barriers.save(barrier);
    }
}
