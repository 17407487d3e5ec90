package dk.sambo.portal.e2e.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * Test only, for the two-node tests ({@link EventsTwoNodesIT}): inside a portal node started as its own JVM with
 * {@code portal.test.cluster-probe=true}, reads commands from standard input and acts through the real services,
 * printing {@code DONE <key> ...} once the service call returned (after the commit):
 * <ul>
 * <li>{@code newperson <key>}: an administrator creates a staff member in Mette Sørensen's unit with the local
 * login {@code cluster-<key>} / {@value #PASSWORD}; prints {@code DONE <key> <personId> <username>};</li>
 * <li>{@code deactivate <key> <personId>}: an administrator deactivates the person;</li>
 * <li>{@code ask <key>}: sygeplejerske asks a question (routed to her unit's culture bearer, kulturbaerer).</li>
 * </ul>
 * Also serves {@code GET /cluster-probe/slow?ms=...} (no login), which prints {@code SLOW STARTED} and answers
 * {@code finished} after the pause: the request a node being stopped must finish.
 */
@Component
@ConditionalOnProperty(name = "portal.test.cluster-probe", havingValue = "true")
class ClusterProbe {

    static final String PASSWORD = "Lang sætning til klyngetesten, ved nummer 1";
    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
            true, StandardCharsets.UTF_8);

    private final UserDetailsService users;
    private final PeopleAdministration people;
    private final Asking asking;

    ClusterProbe(UserDetailsService users, PeopleAdministration people, Asking asking) {
        this.users = users;
        this.people = people;
        this.asking = asking;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        Thread.ofPlatform().name("cluster-probe").daemon().start(() -> {
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
                case "newperson" -> print("DONE " + w[1] + " " + newPerson(w[1]));
                case "deactivate" -> {
                    AuthenticatedAs.login(users, "admin");
                    people.deactivate(Long.parseLong(w[2]));
                    print("DONE " + w[1]);
                }
                case "ask" -> {
                    AuthenticatedAs.login(users, "sygeplejerske");
                    long id = asking.ask(new QuestionDraft("Klyngetest " + w[1] + " om udskrivning",
                            "Når kulturbæreren på den anden server spørgsmålet " + w[1] + "?", "OTHER", List.of(),
                            null, null));
                    print("DONE " + w[1] + " " + id);
                }
                default -> print("FAILED " + String.join(" ", w) + " unknown command");
            }
        } catch (RuntimeException e) {
            print("FAILED " + String.join(" ", w) + " " + e);
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private String newPerson(String key) {
        AuthenticatedAs.login(users, "admin");
        var username = "cluster-" + key;
        var unitId = people.search("Mette Sørensen", PageRequest.of(0, 1)).getFirst().unitId();
        var person = people.createPerson(new PeopleAdministration.NewPerson("Klynge " + key, "Sygeplejerske", null,
                unitId, KnowledgeTarget.OVERALL), null, null);
        people.setLocalPassword(person.id(), username, PASSWORD);
        return person.id() + " " + username;
    }

    static synchronized void print(String line) {
        // One write per line, so the line never mixes with a log line written at the same moment.
        OUT.print(line + "\n");
        OUT.flush();
    }

    /** The request a stopping node must finish; outside the portal's login (its own filter chain). */
    @RestController
    @ConditionalOnProperty(name = "portal.test.cluster-probe", havingValue = "true")
    static class ClusterProbeSlowRequest {

        @GetMapping("/cluster-probe/slow")
        String slow(@RequestParam long ms) throws InterruptedException {
            print("SLOW STARTED");
            Thread.sleep(ms);
            return "finished";
        }

        @Bean
        @Order(1)
        SecurityFilterChain clusterProbeChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/cluster-probe/**").authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .csrf(c -> c.disable());
            return http.build();
        }
    }

    /**
     * Keeps the other test classes out of the node's component scan (their test configurations would replace the
     * clock or wipe the database): only this probe is picked up from the test output folder. Of the demo data only
     * the organisation's (people, units, demo logins) is loaded.
     */
    static class OnlyClusterProbe implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("clusterProbeOnly", new TypeExcludeFilter() {
                @Override
                public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
                    var name = reader.getClassMetadata().getClassName();
                    if (name.endsWith("DemoData") && !name.endsWith(".OrganisationDemoData")) {
                        return true;
                    }
                    return reader.getResource().getURL().toString().contains("/test-classes/")
                            && !name.startsWith(ClusterProbe.class.getName());
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
