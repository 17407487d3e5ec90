package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;

/**
 * Issue 12 over real HTTP on one node: a request with a session id this node never had (the session lived on a node
 * that died) is sent to {@code /login?moved}; a session this node ended itself gets the ordinary login page. The
 * two-node version with a killed node and a browser is {@code e2e.cluster.EventsTwoNodesIT}.
 */
@PortalServerTest
class SessionMovedIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleAdministration people;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @Test
    void a_page_request_with_a_session_id_from_another_node_is_sent_to_the_login_page_that_says_it_moved() {
        var portal = new PortalHttp(port);
        var browser = new WebClient();
        browser.setCookie(portal.host(), "JSESSIONID", unknownSessionId());

        var answer = browser.get(portal.uri("/spoergsmaal"));

        assertThat(answer.isRedirect()).as(answer.toString()).isTrue();
        assertThat(answer.redirectTarget()).isEqualTo(portal.uri("/login?moved"));
        // The login page itself is served (no loop), and the next login works.
        assertThat(browser.get(answer.redirectTarget()).status()).isEqualTo(200);
        assertThat(portal.loginLocally(browser, "sygeplejerske", "demo").redirectTarget())
                .isEqualTo(portal.uri("/"));
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    @Test
    void a_vaadin_round_trip_with_a_foreign_session_marks_the_next_page_load_for_the_moved_notice() {
        var portal = new PortalHttp(port);
        var browser = new WebClient();
        browser.setCookie(portal.host(), "JSESSIONID", unknownSessionId());

        browser.postForm(portal.uri("/?v-r=uidl&v-uiId=0"), java.util.Map.of());

        assertThat(browser.cookie(portal.host(), SessionMovedFilter.MARKER)).contains("1");
        var next = browser.get(portal.uri("/"));
        assertThat(next.redirectTarget()).isEqualTo(portal.uri("/login?moved"));
        assertThat(browser.cookie(portal.host(), SessionMovedFilter.MARKER)).isEmpty();
    }

    @Test
    void a_session_this_node_ended_itself_gets_the_ordinary_login_page() {
        var portal = new PortalHttp(port);
        var username = "moved-test-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var personId = asAdmin(() -> {
            var unitId = people.search("Mette Sørensen", PageRequest.of(0, 1)).getFirst().unitId();
            var person = people.createPerson(new PeopleAdministration.NewPerson("Test " + username, "Sygeplejerske",
                    null, unitId, KnowledgeTarget.OVERALL), null, null);
            people.setLocalPassword(person.id(), username, "Lang sætning til flyttetesten, nummer 1");
            return person.id();
        });
        var browser = new WebClient();
        portal.loginLocally(browser, username, "Lang sætning til flyttetesten, nummer 1");
        assertThat(portal.reachesStartPage(browser)).isTrue();

        asAdmin(() -> {
            people.deactivate(personId);
            return null;
        });

        var answer = browser.get(portal.uri("/"));
        assertThat(answer.redirectTarget()).isEqualTo(portal.uri("/login"));
    }

    private static String unknownSessionId() {
        var bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        AuthenticatedAs.login(users, "admin");
        try {
            return work.get();
        } finally {
            AuthenticatedAs.logout();
        }
    }
}
