package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.ui.Formats;

/**
 * Demo calendar and training record (profile {@code demo}): the four step-1 sessions by Revisionsgruppen
 * (25 March to 10 April 2025), step-2 sessions in the populated clusters from May 2025 until a few months ahead
 * (past ones with attendance, coming ones with sign-ups, a full one with a waitlist, one needing approval with
 * requests waiting for the demo leader), local practice training in the calendar, and a year of training-log
 * entries by the culture bearers. Everything goes through the services (or their import path for what already
 * happened), so the overview receives the same events as from real use. Deterministic; runs once.
 *
 * <p>Long because it is one scripted story of the demo year, read top to bottom, with no logic
 * that other code depends on.
 */
@Component
@Profile("demo")
@Order(40)
class TrainingDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingDemoData.class);

    private final TrainingSessions trainingSessions;
    private final SignUps signUps;
    private final TrainingImports imports;
    private final TrainingLog log;
    private final OrganisationService organisation;
    private final PersonAccounts accounts;
    private final TopicService topics;
    private final Clock clock;
    private final Random random = new Random(4040);

    TrainingDemoData(TrainingSessions trainingSessions, SignUps signUps, TrainingImports imports, TrainingLog log,
            OrganisationService organisation, PersonAccounts accounts, TopicService topics, Clock clock) {
        this.trainingSessions = trainingSessions;
        this.signUps = signUps;
        this.imports = imports;
        this.log = log;
        this.organisation = organisation;
        this.accounts = accounts;
        this.topics = topics;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = accounts.byUsername("admin").orElse(null);
        if (admin == null) {
            return;
        }
        ActingPerson.run(admin.personId(), admin.name(), () -> {
            if (imports.sessionCount() > 0) {
                return;
            }
            create(admin.personId());
        });
    }

    private void create(long adminId) {
        var today = LocalDate.ofInstant(clock.instant(), Formats.zone());
        var clusters = organisation.clusters();
        var peopleByCluster = new LinkedHashMap<Long, List<PersonSummary>>();
        var unitsByCluster = new LinkedHashMap<Long, List<UnitSummary>>();
        for (var o : organisation.organisations()) {
            for (var u : organisation.unitsOf(o.id())) {
                for (var clusterId : u.clusterIds()) {
                    unitsByCluster.computeIfAbsent(clusterId, k -> new ArrayList<>()).add(u);
                }
            }
        }
        for (var c : clusters) {
            var people = new ArrayList<PersonSummary>();
            var seen = new java.util.HashSet<Long>();
            for (var u : unitsByCluster.getOrDefault(c.id(), List.of())) {
                organisation.activePeopleIn(u.id()).stream().filter(p -> p.unitId() != null && p.unitId() == u.id())
                        .filter(p -> seen.add(p.id())).forEach(people::add);
            }
            peopleByCluster.put(c.id(), people);
        }
        long region = accounts.byUsername("region").map(PersonAccounts.Account::personId).orElse(adminId);
        long implementing = accounts.byUsername("implementering").map(PersonAccounts.Account::personId)
                .orElse(adminId);

        // Step 1: Revisionsgruppen in each cluster, weeks 13-15 2025 (the implementation plan).
        var step1Days = List.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27), LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 4, 8));
        var step1Places = Map.of("FYN", "Odense Universitetshospital, Auditorium 1",
                "LILLEBAELT", "Sygehus Lillebælt, Kolding, Store Auditorium",
                "SYDVESTJYLLAND", "Sydvestjysk Sygehus, Esbjerg, Kursuscentret",
                "SOENDERJYLLAND", "Sygehus Sønderjylland, Aabenraa, Auditoriet");
        int sessions = 0;
        int i = 0;
        for (var c : clusters) {
            var day = step1Days.get(i++ % step1Days.size());
            var data = new SessionData(SessionType.CROSS_SECTOR_STEP1,
                    "Den nye SAM:BO-aftale – tværsektoriel undervisning, trin 1 (" + c.name() + ")",
                    "Revisionsgruppen gennemgår den nye SAM:BO-aftale: grundprincipperne, ansvarsfordelingen ved "
                            + "indlæggelse og udskrivning og de typiske tvivlsspørgsmål. For udvalgte medarbejdere "
                            + "og ledere fra sygehus, psykiatri, kommuner og almen praksis i klyngen.",
                    at(day, 9, 0), at(day, 15, 0), step1Places.getOrDefault(c.code(), c.name()), null,
                    SessionScope.CLUSTER, c.id(), EnumSet.of(Audience.STAFF_IN_DEPTH, Audience.LEADERS,
                            Audience.CULTURE_BEARERS), 60, at(day.minusDays(14), 12, 0), false, List.of(region));
            var id = imports.importSession(data, region);
            pastParticipants(id, sample(peopleByCluster.get(c.id()), 45, p -> p.knowledgeTarget()
                    == KnowledgeTarget.IN_DEPTH), at(day.minusDays(30), 10, 0), region);
            sessions++;
        }

        // Step 2: via the clusters, every six weeks from May 2025 until four months ahead.
        var step2Places = Map.of("LILLEBAELT", List.of("Kolding Rådhus, Mødesal 2", "Vejle Sygehus, Undervisningslokale 3",
                "Fredericia Sundhedshus", "Middelfart Rådhus, Byrådssalen"),
                "SOENDERJYLLAND", List.of("Aabenraa Sundhedshus", "Sønderborg Sygehus, Auditoriet",
                        "Haderslev Rådhus", "Tønder Sundhedscenter"));
        for (var c : clusters) {
            var people = peopleByCluster.get(c.id());
            if (people.isEmpty()) {
                continue;
            }
            long organiser = "LILLEBAELT".equals(c.code()) ? implementing : adminId;
            var places = step2Places.getOrDefault(c.code(), List.of(c.name()));
            int n = 0;
            for (var day = LocalDate.of(2025, 5, 6).plusDays(c.id() % 3 * 2); day.isBefore(today.plusMonths(4));
                    day = day.plusWeeks(6)) {
                n++;
                var start = at(day, n % 2 == 0 ? 13 : 9, 0);
                boolean past = start.isBefore(clock.instant());
                boolean approval = !past && n % 3 == 0;
                var data = new SessionData(SessionType.CROSS_SECTOR_STEP2,
                        "SAM:BO i praksis – trin 2, hold " + n + " (" + c.name() + ")",
                        "Tværsektoriel undervisning for medarbejdere: udskrivelsesforløbet fra indlæggelsesrapport "
                                + "til udskrivningsrapport, plejeforløbsplaner og korrespondancemeddelelser. Vi arbejder "
                                + "med cases fra klyngens egne afdelinger og kommuner.",
                        start, start.plus(Duration.ofHours(3)), places.get(n % places.size()), null,
                        SessionScope.CLUSTER, c.id(), EnumSet.of(Audience.STAFF_IN_DEPTH, Audience.STAFF_OVERALL),
                        30, start.minus(Duration.ofDays(7)), approval, List.of());
                sessions++;
                if (past) {
                    var id = imports.importSession(data, organiser);
                    pastParticipants(id, sample(people, 24 + random.nextInt(7), p -> true),
                            start.minus(Duration.ofDays(40)), organiser);
                } else {
                    var id = ActingPerson.as(organiser, "demo", () -> trainingSessions.create(data).id());
                    // The next one fills up and gets a waitlist; later ones are partly booked.
                    int wanted = n % 3 == 1 ? 34 : 8 + random.nextInt(12);
                    for (var p : sample(people, wanted, x -> true)) {
                        signUp(id, p);
                    }
                }
            }
        }

        // Step 2 with the leader's approval, in Lillebælt, with requests from Sygeplejen Kolding.
        var leader = accounts.byUsername("leder").orElse(null);
        var nurse = accounts.byUsername("sygeplejerske").orElse(null);
        var lillebaelt = clusters.stream().filter(c -> "LILLEBAELT".equals(c.code())).findFirst().orElse(null);
        if (leader != null && lillebaelt != null) {
            var leaderUnit = organisation.person(leader.personId()).map(PersonSummary::unitId).orElse(null);
            var day = today.plusDays(17).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            var data = new SessionData(SessionType.CROSS_SECTOR_STEP2,
                    "Udskrivning af den komplekse borger – trin 2 med casearbejde",
                    "Heldagsundervisning med sygehus og kommune om komplekse udskrivninger. Kræver leders "
                            + "godkendelse, da afdelingen skal dække vagterne.",
                    at(day, 8, 30), at(day, 15, 30), "Sygehus Lillebælt, Kolding, Undervisningscentret", null,
                    SessionScope.CLUSTER, lillebaelt.id(), EnumSet.of(Audience.STAFF_IN_DEPTH), 25, null, true,
                    List.of());
            var id = ActingPerson.as(implementing, "demo", () -> trainingSessions.create(data).id());
            sessions++;
            if (leaderUnit != null) {
                var colleagues = new ArrayList<>(organisation.activePeopleIn(leaderUnit).stream()
                        .filter(p -> p.id() != leader.personId()).toList());
                colleagues.sort(java.util.Comparator.comparing(p -> nurse != null && p.id() == nurse.personId() ? 0
                        : 1));
                colleagues.stream().limit(4).forEach(p -> signUp(id, p));
            }
        }

        // Local practice training and peer coaching in the calendar, by the demo culture bearer and leader.
        var bearer = accounts.byUsername("kulturbaerer").orElse(null);
        if (bearer != null && leader != null) {
            var unitId = organisation.person(bearer.personId()).map(PersonSummary::unitId).orElse(null);
            if (unitId != null) {
                var staff = organisation.activePeopleIn(unitId);
                for (int w = -10; w <= 6; w += 2) {
                    var day = today.plusWeeks(w).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
                    var type = w % 4 == 0 ? SessionType.PEER_COACHING : SessionType.PRACTICE_TRAINING;
                    var start = at(day, 14, 0);
                    var data = new SessionData(type, type == SessionType.PRACTICE_TRAINING
                            ? "Praksistræning: " + PRACTICE[Math.floorMod(w, PRACTICE.length)]
                            : "Sparring om svære udskrivninger", null, start, start.plus(Duration.ofMinutes(45)),
                            "Sygeplejen Kolding, mødelokalet", null, SessionScope.UNIT, unitId,
                            EnumSet.of(Audience.STAFF_IN_DEPTH, Audience.STAFF_OVERALL), 12, null, false, List.of());
                    sessions++;
                    if (start.isBefore(clock.instant())) {
                        var id = imports.importSession(data, bearer.personId());
                        pastParticipants(id, sample(staff, 6 + random.nextInt(5), p -> true),
                                start.minus(Duration.ofDays(10)), bearer.personId());
                    } else {
                        var id = ActingPerson.as(bearer.personId(), "demo", () -> trainingSessions.create(data).id());
                        for (var p : sample(staff, 3 + random.nextInt(6), p -> p.id() != bearer.personId())) {
                            signUp(id, p);
                        }
                    }
                }
                var day = today.plusDays(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
                var leaders = new SessionData(SessionType.LEADER_SESSION, "Ledersparring: rammer for praksistræning",
                        "Hvordan sikrer vi tid til praksistræning og sparring i hverdagen?", at(day, 10, 0),
                        at(day, 11, 30), null, "https://moede.sambo-portal.example/ledersparring", SessionScope.UNIT,
                        unitId, EnumSet.of(Audience.LEADERS), 10, null, false, List.of(bearer.personId()));
                ActingPerson.run(leader.personId(), leader.name(), () -> trainingSessions.create(leaders));
                sessions++;
            }
        }

        int entries = trainingLog(today);
        LOG.info("Training demo data: {} sessions, {} training-log entries", sessions, entries);
    }

    private static final String[] PRACTICE = {"Plejeforløbsplanen trin for trin", "Indlæggelsesrapporten",
            "Meddelelse om færdigbehandling", "Korrespondancemeddelelsen", "Udskrivning i weekenden",
            "Den gode telefonoverlevering", "Medicinlisten ved udskrivning"};

    private static final String[] NOTES = {"Morgenmøde", "Gennemgang af en konkret udskrivning", "Tavlemøde",
            "Efter overlevering med sygehuset", "Nye kolleger", "Opfølgning på tvivlsspørgsmål", null, null};

    /** A year of the culture bearers' training log, weekly for the demo bearers and now and then for the rest. */
    private int trainingLog(LocalDate today) {
        var topicCodes = topics.active().stream().map(t -> t.code()).toList();
        var bearers = new LinkedHashMap<Long, PersonSummary>();
        for (var o : organisation.organisations()) {
            for (var u : organisation.unitsOf(o.id())) {
                organisation.cultureBearersCovering(u.id(), null).forEach(p -> bearers.putIfAbsent(p.id(), p));
            }
        }
        var named = Set.of("kulturbaerer", "kulturbaerer2").stream().map(accounts::byUsername)
                .flatMap(java.util.Optional::stream).map(PersonAccounts.Account::personId).toList();
        int count = 0;
        for (var bearer : bearers.values()) {
            boolean demo = named.contains(bearer.id());
            count += ActingPerson.as(bearer.id(), bearer.name(), () -> {
                var units = log.myLogUnits();
                if (units.isEmpty()) {
                    return 0;
                }
                int added = 0;
                int stepDays = demo ? 5 : 21;
                var colleaguesByUnit = new java.util.HashMap<Long, List<PersonSummary>>();
                for (var day = today.minusDays(360); !day.isAfter(today); day = day.plusDays(stepDays
                        + random.nextInt(4) - 1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        day = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                        if (day.isAfter(today)) {
                            break;
                        }
                    }
                    var unit = units.get(random.nextInt(units.size()));
                    var colleagues = colleaguesByUnit.computeIfAbsent(unit.id(), id -> log.peopleOf(id).stream()
                            .filter(p -> p.id() != bearer.id()).toList());
                    var roll = random.nextInt(10);
                    var type = roll < 5 ? SessionType.PRACTICE_TRAINING : roll < 8 ? SessionType.PEER_COACHING
                            : SessionType.KNOWLEDGE_SHARING;
                    List<Long> participants = colleagues.isEmpty() || random.nextInt(6) == 0 ? List.of()
                            : sample(colleagues, type == SessionType.PEER_COACHING ? 1 + random.nextInt(2)
                                    : 3 + random.nextInt(6), p -> true).stream().map(PersonSummary::id).toList();
                    int minutes = type == SessionType.PEER_COACHING ? 20 + 5 * random.nextInt(5)
                            : 10 + 5 * random.nextInt(7);
                    var chosenTopics = topicCodes.isEmpty() ? Set.<String>of()
                            : Set.of(topicCodes.get(random.nextInt(topicCodes.size())));
                    log.add(new LogEntryData(type, day, minutes, unit.id(), chosenTopics, participants,
                            participants.isEmpty() ? 4 + random.nextInt(8) : 0, NOTES[random.nextInt(NOTES.length)]));
                    added++;
                }
                return added;
            });
        }
        return count;
    }

    private void pastParticipants(long sessionId, List<PersonSummary> people, Instant signedUpAt, long organiser) {
        int k = 0;
        for (var p : people) {
            var status = imports.importRegistration(sessionId, p.id(), signedUpAt.plus(Duration.ofMinutes(7L * k++)));
            if (status != RegistrationStatus.APPROVED) {
                continue;
            }
            int roll = random.nextInt(20);
            var attendance = roll < 16 ? AttendanceStatus.ATTENDED : roll < 17 ? AttendanceStatus.PARTLY
                    : roll < 19 ? AttendanceStatus.EXCUSED : AttendanceStatus.NO_SHOW;
            imports.importAttendance(sessionId, p.id(), attendance, organiser);
        }
    }

    private void signUp(long sessionId, PersonSummary person) {
        try {
            ActingPerson.run(person.id(), person.name(), () -> signUps.signUp(sessionId));
        } catch (RuleViolation e) {
            LOG.debug("Demo sign-up skipped: {}", e.getMessage());
        }
    }

    private List<PersonSummary> sample(List<PersonSummary> people, int n,
            java.util.function.Predicate<PersonSummary> filter) {
        var pool = new ArrayList<>(people.stream().filter(filter).toList());
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(n, pool.size()));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Formats.zone()).toInstant();
    }
}
