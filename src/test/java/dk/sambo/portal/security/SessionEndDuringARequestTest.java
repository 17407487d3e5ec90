package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;

import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.shared.cluster.ClusterChannel;

/**
 * A session ended from another thread (a sixth login of the person, a deactivation, "end session" in Mine
 * sessioner) while one of its requests is being answered: the answer is written first, and the session ends as
 * that request lets go of the Vaadin session's lock. Seen under load before: the request answered Vaadin's
 * "Internal error" ({@code UI.getSession() is null} in {@code MetadataWriter}) because its UI was taken away
 * mid-answer. Karibu's test thread plays the request: it holds the Vaadin session's lock, as Vaadin's request
 * thread does while it answers.
 */
class SessionEndDuringARequestTest {

    SessionTerminator terminator;
    VaadinSession vaadinSession;
    HttpSession httpSession;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        vaadinSession = VaadinSession.getCurrent();
        httpSession = ((WrappedHttpSession) vaadinSession.getSession()).getHttpSession();
        terminator = new SessionTerminator(mock(ClusterChannel.class), mock(PersonAccounts.class),
                mock(OpenSessions.class));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_session_whose_request_is_being_answered_ends_when_that_request_lets_go_of_it() throws Exception {
        assertThat(vaadinSession.hasLock()).as("the test thread is the running request").isTrue();

        int ended = CompletableFuture.supplyAsync(() -> terminator.end(httpSession)).get(10, TimeUnit.SECONDS);

        assertThat(ended).isEqualTo(1);
        assertThat(isValid(httpSession)).as("still answering: the session stays until the answer is out").isTrue();
        assertThat(vaadinSession.getPendingAccessQueue()).hasSize(1);

        vaadinSession.getService().runPendingAccessTasks(vaadinSession);   // what Vaadin's unlock() does

        assertThat(isValid(httpSession)).isFalse();
        assertThat(terminator.endedHere(httpSession.getId())).isTrue();
    }

    @Test
    void an_idle_session_ends_at_once_from_another_thread() throws Exception {
        vaadinSession.unlock();   // no request of the session is running
        try {
            int ended = CompletableFuture.supplyAsync(() -> terminator.end(httpSession)).get(10, TimeUnit.SECONDS);

            assertThat(ended).isEqualTo(1);
            assertThat(isValid(httpSession)).isFalse();
        } finally {
            vaadinSession.lock();
        }
    }

    @Test
    void the_sessions_own_request_ends_it_at_once() {
        assertThat(terminator.end(httpSession)).isEqualTo(1);

        assertThat(isValid(httpSession)).isFalse();
        assertThat(vaadinSession.getPendingAccessQueue()).isEmpty();
    }

    @Test
    void a_session_without_vaadin_ends_at_once_and_an_ended_one_counts_nothing() {
        var plain = new org.springframework.mock.web.MockHttpSession();

        assertThat(terminator.end(plain)).isEqualTo(1);
        assertThat(plain.isInvalid()).isTrue();
        assertThat(terminator.end(plain)).isZero();
    }

    private static boolean isValid(HttpSession session) {
        return ((FakeHttpSession) session).isValid();
    }
}
