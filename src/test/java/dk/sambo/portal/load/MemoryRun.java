package dk.sambo.portal.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory mode: the server's heap after a forced full GC with no sessions of ours, after {@code users} people
 * logged in and stopped on the start page with the push connection open, after each walked on to the question
 * list, calendar and overview (the strategic journey), and after they all logged out. Prints KB per session.
 */
final class MemoryRun {

    private final LoadRun.Settings settings;
    private final ServerProbe server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    MemoryRun(LoadRun.Settings settings, ServerProbe server) {
        this.settings = settings;
        this.server = server;
    }

    String run() {
        int users = settings.users();
        long baseline = server.heapAfterGc();
        var sessions = new ArrayList<UidlSession>();
        var journeys = new ArrayList<Journey>();
        int failed = 0;
        try {
            for (int u = 0; u < users; u++) {
                var session = new UidlSession(settings.base(), http);
                var journey = new Journey(session);
                try {
                    journey.run(Journey.Step.LOGIN, "strategisk");
                    journey.run(Journey.Step.START, "strategisk");
                    sessions.add(session);
                    journeys.add(journey);
                } catch (RuntimeException e) {
                    failed++;
                    session.close();
                }
            }
            long start = server.heapAfterGc();
            for (var journey : journeys) {
                for (var step : List.of(Journey.Step.QUESTIONS, Journey.Step.CALENDAR, Journey.Step.OVERVIEW)) {
                    journey.run(step, "strategisk");
                }
            }
            long walked = server.heapAfterGc();
            for (var session : sessions) {
                session.logout();
            }
            long after = server.heapAfterGc();
            int n = Math.max(1, sessions.size());
            return String.format("memory: %d sessions (%d failed); heap after GC: baseline %.1f MB, start page "
                    + "(push open) %.1f MB = %.0f KB per session, after question list + calendar + overview "
                    + "%.1f MB = %.0f KB per session, after logout %.1f MB%n", sessions.size(), failed, mb(baseline),
                    mb(start), (start - baseline) / 1024.0 / n, mb(walked), (walked - baseline) / 1024.0 / n,
                    mb(after));
        } finally {
            sessions.forEach(UidlSession::close);
        }
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
