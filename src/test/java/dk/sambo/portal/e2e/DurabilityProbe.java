package dk.sambo.portal.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.audit.AuditEvent;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.qa.search.QuestionSearch;
import dk.sambo.portal.qa.search.SearchCriteria;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionReadModel;
import dk.sambo.portal.qa.service.QuestionRow;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.TrainingSessions;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;

/**
 * Test only, for {@link DurabilityIT}: inside a portal started as a separate JVM with
 * {@code portal.test.durability-probe=true}, reads commands from standard input and commits through the real
 * services as the demo accounts would. It prints {@code DONE <key> <id>} only after the service call returned,
 * that is after the commit, so the test kills the JVM exactly when a person would have seen "Du er tilmeldt.".
 * Every command runs in its own thread, so writes can run side by side.
 *
 * <ul>
 * <li>{@code ask <key>}: hjemmehjaelper asks a question whose title carries the key;</li>
 * <li>{@code signup <key>}: implementering creates a session, sygeplejerske signs up for it;</li>
 * <li>{@code grant <key> <n>}: admin grants the n-th person (by name) the political role for the region;</li>
 * <li>{@code check-question|check-signup|check-grant <key> <id>}: prints {@code CHECK <key> ...} with what the
 * database, the audit trail and (for questions) search hold, waiting up to a minute for search to catch up.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "portal.test.durability-probe", havingValue = "true")
class DurabilityProbe {

    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
            true, StandardCharsets.UTF_8);

    private final UserDetailsService users;
    private final Asking asking;
    private final QuestionReadModel readModel;
    private final QuestionSearch search;
    private final TrainingSessions trainingSessions;
    private final SignUps signUps;
    private final PeopleAdministration people;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final java.time.Clock clock;

    DurabilityProbe(UserDetailsService users, Asking asking, QuestionReadModel readModel, QuestionSearch search,
            TrainingSessions trainingSessions, SignUps signUps, PeopleAdministration people,
            OrganisationService organisation, AuditLog audit, java.time.Clock clock) {
        this.users = users;
        this.asking = asking;
        this.readModel = readModel;
        this.search = search;
        this.trainingSessions = trainingSessions;
        this.signUps = signUps;
        this.people = people;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        Thread.ofPlatform().name("durability-probe").daemon().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                print("PROBE READY");
                for (var line = in.readLine(); line != null; line = in.readLine()) {
                    var words = line.trim().split(" ");
                    Thread.ofPlatform().name("probe-" + words[0]).start(() -> run(words));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void run(String[] w) {
        try {
            switch (w[0]) {
                case "ask" -> print("DONE " + w[1] + " " + ask(w[1]));
                case "signup" -> print("DONE " + w[1] + " " + signUp(w[1]));
                case "grant" -> print("DONE " + w[1] + " " + grant(Integer.parseInt(w[2])));
                case "check-question" -> print("CHECK " + w[1] + " " + checkQuestion(w[1], Long.parseLong(w[2])));
                case "check-signup" -> print("CHECK " + w[1] + " " + checkSignUp(Long.parseLong(w[2])));
                case "check-grant" -> print("CHECK " + w[1] + " " + checkGrant(Long.parseLong(w[2])));
                default -> print("FAILED " + String.join(" ", w) + " unknown command");
            }
        } catch (RuntimeException | InterruptedException e) {
            print("FAILED " + String.join(" ", w) + " " + e);
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private long ask(String key) {
        AuthenticatedAs.login(users, "hjemmehjaelper");
        return asking.ask(new QuestionDraft("Holdbarhed " + key + " efter nedbrud",
                "Overlever spørgsmålet " + key + " at serveren dør lige efter?", "OTHER", List.of(), null, null));
    }

    private long signUp(String key) {
        AuthenticatedAs.login(users, "implementering");
        long cluster = organisation.clusters().stream().filter(c -> "LILLEBAELT".equals(c.code())).findFirst()
                .orElseThrow().id();
        var start = clock.instant().plus(Duration.ofDays(20 + Math.floorMod(key.hashCode(), 30)));
        var session = trainingSessions.create(new SessionData(SessionType.CROSS_SECTOR_STEP2, "Holdbarhed " + key, null,
                start, start.plus(Duration.ofHours(2)), "Kolding", null, SessionScope.CLUSTER, cluster,
                Set.of(Audience.STAFF_IN_DEPTH), 20, null, false, List.of()));
        AuthenticatedAs.login(users, "sygeplejerske");
        signUps.signUp(session.id());
        return session.id();
    }

    private long grant(int n) {
        AuthenticatedAs.login(users, "admin");
        var person = people.search("", PageRequest.of(n, 1)).getFirst();
        people.grant(person.id(), Role.POLITICAL, ScopeType.REGION, null);
        return person.id();
    }

    private String checkQuestion(String key, long id) throws InterruptedException {
        AuthenticatedAs.login(users, "hjemmehjaelper");
        boolean stored = readModel.details(id).isPresent();
        List<Long> found = List.of();
        for (int i = 0; stored && i < 120 && !found.contains(id); i++) {
            if (i > 0) {
                Thread.sleep(500);
            }
            found = search.search(SearchCriteria.text(key), 0, 10).stream().map(QuestionRow::id).toList();
        }
        return "db=" + stored + " audit=" + actions("Question", id) + " search=" + found;
    }

    private String checkSignUp(long sessionId) {
        AuthenticatedAs.login(users, "sygeplejerske");
        var registration = signUps.myRegistration(sessionId);
        return "db=" + registration.map(r -> r.status().name()).orElse("none") + " audit="
                + actions("TrainingSession", sessionId);
    }

    private String checkGrant(long personId) {
        AuthenticatedAs.login(users, "admin");
        boolean granted = people.grantsOf(personId).stream()
                .anyMatch(g -> g.role() == Role.POLITICAL && g.scopeType() == ScopeType.REGION);
        return "db=" + granted + " audit=" + actions("Person", personId);
    }

    private List<String> actions(String type, long id) {
        AuthenticatedAs.login(users, "admin");
        return audit.forObject(type, id, 50).stream().map(AuditEvent::getAction).sorted().toList();
    }

    private static synchronized void print(String line) {
        // One write per line, so the line never mixes with a log line written at the same moment.
        OUT.print(line + "\n");
        OUT.flush();
    }

    /**
     * Keeps the other test classes out of the probe JVM's component scan (their test configurations would replace
     * the clock or wipe the database): only this class is picked up from the test output folder. Of the demo data
     * only the organisation's (people, units, demo logins) is loaded: the questions, sessions, plans and materials
     * of the other features take minutes on a loaded build machine and the test makes its own.
     */
    static class OnlyProbe implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("durabilityProbeOnly", new TypeExcludeFilter() {
                @Override
                public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
                    var name = reader.getClassMetadata().getClassName();
                    if (name.endsWith("DemoData") && !name.endsWith(".OrganisationDemoData")) {
                        return true;
                    }
                    return reader.getResource().getURL().toString().contains("/test-classes/")
                            && !name.startsWith(DurabilityProbe.class.getName());
                }

                @Override
                public boolean equals(Object o) {
                    return o == this;
                }

                @Override
                public int hashCode() {
                    return System.identityHashCode(this);
                }
            });
        }
    }
}
