package dk.sambo.portal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationService;

/**
 * The implementation plan of seed 000 (phases, purposes, timing and each target group's activities, in Danish
 * with an English translation) and, for the demo, progress for the populated clusters' organisations.
 * The plan itself is the real plan; only the statuses are invented (deterministically, relative to the clock).
 */
@Component
@Profile("demo")
@Order(50)
class PlanDemoData implements ApplicationRunner {

    private final PlanPhaseRepository phases;
    private final PlanActivityRepository activities;
    private final PlanStatusRepository statuses;
    private final OrganisationService organisation;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanDemoData(PlanPhaseRepository phases, PlanActivityRepository activities, PlanStatusRepository statuses,
            OrganisationService organisation, Clock clock, ApplicationEventPublisher events) {
        this.phases = phases;
        this.activities = activities;
        this.statuses = statuses;
        this.organisation = organisation;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (phases.count() > 0) {
            return;
        }
        // The organisation service answers authenticated callers only; demo data runs as the system.
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "demo-data", null, List.of()));
        try {
            createPlan();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private void createPlan() {
        var launch = phase("LAUNCH", 1, "Lancering", "Launch",
                "Formålet med lanceringen er at informere om, at der er godkendt en ny version af SAM:BO-aftalen, som træder i kraft 19. maj 2025.",
                "The purpose of the launch is to announce that a new version of the SAM:BO agreement has been approved, taking effect on 19 May 2025.",
                "Maj 2025", "May 2025", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
        var competence = phase("COMPETENCE", 2, "Kompetenceudvikling", "Competence development",
                "Formålet med kompetenceudviklingen er, at medarbejdere og ledere har den nødvendige viden om og færdigheder i brugen af SAM:BO-aftalen i relation til egen opgave og rolle.",
                "The purpose of competence development is that staff and leaders have the knowledge and skills they need to use the SAM:BO agreement in their own task and role.",
                "Uge 13, 14 og 15, 2025 – herefter fortløbende", "Weeks 13, 14 and 15, 2025 – then ongoing",
                LocalDate.of(2025, 3, 25), null);
        var change = phase("CHANGE", 3, "Forandringsledelse", "Change management",
                "Formålet med forandringsledelse er, at lederne giver rammer til at anvende den nye viden og de nye færdigheder.",
                "The purpose of change management is that leaders provide the frame for using the new knowledge and skills.",
                "Påbegyndes juni 2025, herefter fortløbende", "Starts June 2025, then ongoing",
                LocalDate.of(2025, 6, 1), null);
        var realisation = phase("REALISATION", 4, "Virkeliggørelse", "Realisation",
                "Formålet med virkeliggørelsen er at understøtte løbende kompetenceudvikling og forandringsledelse for til stadighed at sikre en solid implementering af SAM:BO-aftalen.",
                "The purpose of realisation is to support continuous competence development and change management, so the SAM:BO agreement stays solidly implemented.",
                "Løbende", "Ongoing", LocalDate.of(2025, 5, 19), null);

        var launchDa = "Der udsendes en lanceringspakke til sundhedsklyngerne med forskelligt materiale. Sundhedsklyngerne skal viderebringe materialet til organisationerne. Den enkelte organisation formidler materialet lokalt.";
        var launchEn = "A launch package with various materials is sent to the health clusters. The clusters pass the material on to the organisations. Each organisation spreads it locally.";
        var stepTwoDa = "Medarbejderne modtager tværsektoriel undervisning via sundhedsklyngerne.";
        var stepTwoEn = "Staff receive cross-sector teaching through the health clusters.";

        // Staff with in-depth knowledge
        activity(launch, TargetGroup.STAFF_IN_DEPTH, launchDa, launchEn,
                "Lanceringspakken er modtaget og formidlet lokalt", "Launch package received and passed on locally");
        activity(competence, TargetGroup.STAFF_IN_DEPTH,
                "Step 1: Udvalgte medarbejdere og ledere modtager tværsektoriel undervisning fra Revisionsgruppen. Der afholdes en undervisningsseance i hver af de fire sundhedsklynger i perioden 25. marts 2025 til 10. april 2025.",
                "Step 1: Selected staff and leaders receive cross-sector teaching from the revision group. One teaching session is held in each of the four health clusters between 25 March 2025 and 10 April 2025.",
                "Deltagere til step 1 er udpeget", "Step 1 participants named");
        activity(competence, TargetGroup.STAFF_IN_DEPTH, "Step 2: " + stepTwoDa, "Step 2: " + stepTwoEn,
                "Medarbejdere er tilmeldt undervisning via sundhedsklyngen (step 2)",
                "Staff signed up for teaching through the cluster (step 2)");
        activity(change, TargetGroup.STAFF_IN_DEPTH,
                "Organisationen udpeger medarbejdere, der skal fungere som frontpersoner og kulturbærere, der sikrer og fastholder en vedvarende implementering og efterlevelse af aftalen i eget område. Det gør de bl.a. ved løbende kompetenceudvikling af kollegaer og som kontaktperson i forhold til tvivlsspørgsmål.",
                "The organisation appoints staff to act as champions and culture bearers who secure and sustain lasting implementation of and compliance with the agreement in their own area, among other things through continuous competence development of colleagues and as the contact for doubt questions.",
                "Kulturbærere blandt medarbejderne er udpeget", "Culture bearers among staff appointed");
        // Staff with overall knowledge
        activity(launch, TargetGroup.STAFF_OVERALL, launchDa, launchEn, null, null);
        activity(competence, TargetGroup.STAFF_OVERALL, stepTwoDa, stepTwoEn, null, null);
        // Line managers
        activity(launch, TargetGroup.LINE_MANAGERS, launchDa, launchEn, null, null);
        activity(competence, TargetGroup.LINE_MANAGERS,
                "Ledere med direkte personaleansvar modtager tværsektoriel undervisning via sundhedsklyngerne.",
                "Line managers receive cross-sector teaching through the health clusters.",
                "Ledere med personaleansvar har modtaget undervisning", "Line managers have received teaching");
        activity(change, TargetGroup.LINE_MANAGERS,
                "I forhold til medarbejderne har lederen ansvaret for at sikre rammerne for den nødvendige kompetenceudvikling. Dette sker bl.a. ved praksistræning, sparring og vidensdeling.",
                "Towards staff, the leader is responsible for the frame for the necessary competence development, among other things through practice training, peer coaching and knowledge sharing.",
                "Rammer for praksistræning, sparring og vidensdeling er sat", "Frame for practice training, peer coaching and knowledge sharing set");
        activity(change, TargetGroup.LINE_MANAGERS,
                "Lederen skal efterleve kulturen i grundprincipperne og indgå i det daglige tværsektorielle samarbejde. Det betyder f.eks., at lederen tager direkte kontakt til lederkolleger i situationer, hvor forhold i planlægningen af borgerforløbet kræver ledelsesinvolvering, og at lederen ved, hvem i egen organisation der kan løfte generelle emner og spørgsmål op i sundhedsklyngen.",
                "The leader must live the culture of the basic principles and take part in daily cross-sector cooperation. For example, the leader contacts leader colleagues directly when planning a citizen's course needs leadership involvement, and knows who in their own organisation can lift general issues and questions to the health cluster.",
                null, null);
        activity(realisation, TargetGroup.LINE_MANAGERS,
                "Organisationen udpeger ledere som kulturbærere, der sikrer og fastholder en vedvarende implementering og efterlevelse af aftalen.",
                "The organisation appoints leaders as culture bearers who secure and sustain lasting implementation of and compliance with the agreement.",
                "Ledere er udpeget som kulturbærere", "Leaders appointed as culture bearers");
        activity(realisation, TargetGroup.LINE_MANAGERS,
                "Den enkelte organisation sikrer, at aftalens indhold afspejles i procedurer og arbejdsgange.",
                "Each organisation ensures that the content of the agreement is reflected in its procedures and workflows.",
                "Aftalen afspejles i lokale procedurer og arbejdsgange", "Agreement reflected in local procedures and workflows");
        // Managers of managers and directors
        for (var group : List.of(TargetGroup.MANAGERS_OF_MANAGERS, TargetGroup.DIRECTORS)) {
            boolean first = group == TargetGroup.MANAGERS_OF_MANAGERS;
            activity(competence, group,
                    "Skal have kendskab til grundprincipperne og implementeringsplanen. Som udgangspunkt ingen undervisning.",
                    "Must know the basic principles and the implementation plan. As a rule no teaching.",
                    first ? "Ledere af ledere kender grundprincipperne og planen" : null,
                    first ? "Managers of managers know the basic principles and the plan" : null);
            activity(change, group,
                    "Skal understøtte kulturen i grundprincipperne og indgå i det tværsektorielle samarbejde.",
                    "Must support the culture of the basic principles and take part in cross-sector cooperation.",
                    null, null);
        }
        // Health clusters
        activity(launch, TargetGroup.POLITICAL, launchDa, launchEn, null, null);
        activity(competence, TargetGroup.STRATEGIC,
                "Fagligt strategisk niveau sikrer en struktur for organiseringen af SAM:BO-arbejdet i sundhedsklyngen. Strukturen skal sikre rammerne for den nødvendige kompetenceudvikling på tværs af sektorerne, rammerne for at kunne efterleve kulturen i grundprincipperne, en organisering, der rummer mulighed for at drøfte samarbejdet samt generelle emner og spørgsmål relateret til aftalen, og en løbende monitorering af aftalen.",
                "The professional-strategic level ensures a structure for organising the SAM:BO work in the health cluster. The structure must secure the frame for the necessary competence development across sectors, the frame for living the culture of the basic principles, an organisation where cooperation and general issues and questions about the agreement can be discussed, and continuous monitoring of the agreement.",
                null, null);
        activity(realisation, TargetGroup.STRATEGIC,
                "Sikrer, at der til stadighed er en organisering, som fastholder en vedvarende implementering og efterlevelse af aftalen.",
                "Ensures that there is always an organisation that sustains lasting implementation of and compliance with the agreement.",
                null, null);
        activity(competence, TargetGroup.IMPLEMENTING,
                "Behovet for kompetenceudvikling vurderes og afklares lokalt.",
                "The need for competence development is assessed and clarified locally.",
                "Lokalt behov for kompetenceudvikling er vurderet", "Local need for competence development assessed");
        activity(change, TargetGroup.IMPLEMENTING,
                "Det implementerende niveau skal sikre etablering af den struktur for organiseringen af SAM:BO-arbejdet, som er besluttet på fagligt strategisk niveau.",
                "The implementing level establishes the structure for organising the SAM:BO work decided at the professional-strategic level.",
                null, null);

        demoStatuses();
    }

    /** Progress for the populated clusters' organisations: earlier checkpoints more often done. */
    private void demoStatuses() {
        var random = new Random(5000);
        var today = LocalDate.now(clock);
        var tracked = activities.findAllOrdered().stream().filter(PlanActivity::tracked).toList();
        var orgs = organisation.clusters().stream().flatMap(c -> organisation.organisationsServing(c.id()).stream())
                .filter(o -> !organisation.unitsOf(o.id()).isEmpty()).map(OrganisationSummary::id).distinct().toList();
        for (var orgId : orgs) {
            var o = organisation.organisation(orgId).orElseThrow();
            // Kolding Kommune is the worked example: far along, procedures still missing.
            boolean kolding = "KOLDING_KOMMUNE".equals(o.code());
            for (int i = 0; i < tracked.size(); i++) {
                var activity = tracked.get(i);
                boolean done = kolding ? i < tracked.size() - 2 : random.nextInt(100) < 85 - i * 9;
                if (!done) {
                    continue;
                }
                var status = new PlanStatus(orgId, activity.id());
                var day = activity.phase().toView().startsOn().plusDays(14 + random.nextInt(60));
                status.set(true, day.isAfter(today) ? today : day, null, "Demodata", clock.instant());
                statuses.save(status);
                // As PlanService does for every tick: the overview counts plan progress from this event.
                events.publishEvent(new PlanActivityStatusChanged(orgId, activity.id(), activity.phase().code(), true,
                        tracked.size(), clock.instant()));
            }
        }
    }

    private PlanPhase phase(String code, int order, String nameDa, String nameEn, String purposeDa, String purposeEn,
            String timingDa, String timingEn, LocalDate starts, @Nullable LocalDate ends) {
        var phase = new PlanPhase(code, order, nameDa, nameEn);
        phase.describe(purposeDa, purposeEn, timingDa, timingEn, starts, ends);
        return phases.save(phase);
    }

    private void activity(PlanPhase phase, TargetGroup group, String da, String en, @Nullable String checkDa,
            @Nullable String checkEn) {
        int order = (int) activities.findAll().stream()
                .filter(a -> a.phase().id() == phase.id() && a.toView().targetGroup() == group).count() + 1;
        var activity = new PlanActivity(phase, group, order);
        activity.describe(da, en, checkDa, checkEn);
        activities.save(activity);
    }
}
