package dk.sambo.portal.spreading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.OrganisationService;

/** Two spreading decisions in Lillebælt: one decided (spread), one still under consideration. */
@Component
@Profile("demo")
@Order(52)
class SpreadingDemoData implements ApplicationRunner {

    private final SpreadingDecisionRepository decisions;
    private final OrganisationService organisation;
    private final Clock clock;

    SpreadingDemoData(SpreadingDecisionRepository decisions, OrganisationService organisation, Clock clock) {
        this.decisions = decisions;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (decisions.count() > 0) {
            return;
        }
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "demo-data", null, java.util.List.of()));
        try {
            var lillebaelt = organisation.clusters().stream().filter(c -> c.code().equals("LILLEBAELT"))
                    .findFirst().orElseThrow().id();
            var today = LocalDate.now(clock);
            var spread = new SpreadingDecision(null);
            spread.apply(new SpreadingDecisions.Draft(lillebaelt,
                    "Fælles udskrivningssamtale ved indlæggelser over 48 timer",
                    "Afprøvet på Medicinsk Afdeling, Kolding, og Sygeplejen Kolding: en kort telefonsamtale mellem afsnit og kommunal sygepleje senest dagen før udskrivning.",
                    "Færre genindlæggelser inden for 30 dage og færre uafklarede spørgsmål om medicin ved udskrivning.",
                    false,
                    "Klyngestyregruppen bakker op; alle kommuner i klyngen har sagt ja til at afprøve.",
                    "Ca. 10 minutter pr. udskrivning i afsnit og kommune; ingen IT-udgifter.",
                    "Forankret i klyngens implementeringsgruppe; afdelingsledelserne er med.",
                    "Sygehus Lillebælt, de fire kommuner i klyngen, almen praksis via PLO.",
                    "Bygger videre på plejeforløbsplanen og SAM:BO-aftalens udskrivningsforløb.",
                    "Samtalen finder sted senest dagen før udskrivning.",
                    "Tidspunkt på dagen aftales lokalt.",
                    "Grundprincippet: udskrivningen begynder ved indlæggelsen.",
                    "Hvem der ringer op, aftales lokalt.",
                    "Kulturbæreren i hver enhed følger op.",
                    "Ingen ændring i kommunens visitation.",
                    EnumSet.of(ImplementationKey.LEADERSHIP, ImplementationKey.PEOPLE_MOVE_PEOPLE,
                            ImplementationKey.DOCUMENTATION),
                    Decision.SPREAD, today.minusDays(40)), clock.instant().minusSeconds(40L * 86400));
            decisions.save(spread);
            var pending = new SpreadingDecision(null);
            pending.apply(new SpreadingDecisions.Draft(lillebaelt,
                    "Tidlig opsporing af begyndende sygdom (TOBS) i hjemmeplejen",
                    "Hjemmeplejen Kolding Syd bruger TOBS-scoreskemaet ved ændringer i borgerens tilstand.",
                    "Forventet færre akutte indlæggelser; vurderet ud fra erfaringer i andre klynger.", false,
                    "Afventer drøftelse i kommunernes ledelser.", null,
                    "Hjemmeplejens ledere er positive; lægerne skal inddrages.",
                    "Hjemmeplejen, akutteams, praktiserende læger.", "Hænger sammen med akutfunktionen.",
                    "TOBS-scoreskemaet.", "Organiseringen af arbejdet med TOBS.", null, null, null,
                    "Hjælpeværktøjer til TOBS tilpasses lokalt.",
                    EnumSet.of(ImplementationKey.GUIDANCE_AND_EDUCATION, ImplementationKey.CONTAGIOUS_STORIES),
                    Decision.PENDING, null), clock.instant().minusSeconds(3L * 86400));
            decisions.save(pending);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
