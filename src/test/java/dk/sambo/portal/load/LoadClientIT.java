package dk.sambo.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.load.StepStats.Timer;

/**
 * The load benchmark's client kept from rotting: a short run (one user alone, then 2 users, one pass each, no
 * think time) against the test server, every answer checked. No timing assertions: figures come from
 * {@link LoadBenchmark} against the production jar (docs/benchmarks-load.md).
 */
@PortalServerTest
class LoadClientIT {

    @LocalServerPort
    int port;

    @Test
    void the_client_walks_the_journey_through_vaadins_protocol_and_every_answer_holds_its_heading()
            throws Exception {
        var settings = new LoadRun.Settings(URI.create("http://127.0.0.1:" + port), 2, 1, 0, 1, Duration.ZERO,
                Duration.ZERO, Duration.ofMinutes(3));
        try (var server = ServerProbe.attach(ProcessHandle.current().pid())) {
            var result = new LoadRun(settings, server).run();
            System.out.print(LoadRun.report(settings, result, LoadBenchmark.conditions()));

            assertThat(result.stats().firstErrors()).isEmpty();
            assertThat(result.stats().count(Timer.LOGIN)).as("one solo login and two users").isEqualTo(3);
            for (var timer : new Timer[] {Timer.QUESTIONS, Timer.SEARCH, Timer.QUESTION, Timer.CALENDAR,
                    Timer.OVERVIEW}) {
                assertThat(result.stats().count(timer)).as(timer.name()).isEqualTo(3);
            }
            assertThat(result.stats().count(Timer.INIT)).as("the users' start page loads").isEqualTo(2);
            assertThat(result.loadSteps()).isEqualTo(2 * 6);
        }
    }

    @Test
    void a_step_whose_answer_lacks_its_heading_is_an_error() {
        var failure = org.assertj.core.api.Assertions.catchThrowable(() -> Journey.heading("no.such.key"));
        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(Journey.heading("start.heading")).isEqualTo("Velkommen, ");
    }

    @Test
    void the_benchmark_refuses_any_host_but_this_machine() {
        var failure = org.assertj.core.api.Assertions.catchThrowable(() -> new LoadRun.Settings(
                URI.create("http://portal.example"), 1, 1, 0, 1, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1)));
        assertThat(failure).isInstanceOf(IllegalArgumentException.class);
    }
}
