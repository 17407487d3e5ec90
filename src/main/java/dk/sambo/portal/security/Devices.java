package dk.sambo.portal.security;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A short label of the browser and operating system a session came from ("Edge · Windows"), for the person's own
 * session list. Only the label is stored, never the whole User-Agent header. A dozen families are enough to tell
 * one's own devices apart; what is not recognised is labelled by what is (or left empty: "unknown device").
 */
final class Devices {

    private record Family(String token, String name) {
    }

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", Android also says "Linux".
    private static final List<Family> BROWSERS = List.of(new Family("edg/", "Edge"), new Family("opr/", "Opera"),
            new Family("firefox/", "Firefox"), new Family("chrome/", "Chrome"), new Family("chromium/", "Chromium"),
            new Family("safari/", "Safari"));
    private static final List<Family> SYSTEMS = List.of(new Family("windows", "Windows"),
            new Family("iphone", "iPhone"), new Family("ipad", "iPad"), new Family("android", "Android"),
            new Family("mac os x", "macOS"), new Family("cros", "ChromeOS"), new Family("linux", "Linux"));

    private Devices() {
    }

    /** "Browser · System", either part alone when only it is known, or "" when neither is. */
    static String describe(@Nullable String userAgent) {
        if (userAgent == null) {
            return "";
        }
        var ua = userAgent.toLowerCase(Locale.ROOT);
        var browser = BROWSERS.stream().filter(f -> ua.contains(f.token())).map(Family::name).findFirst();
        var system = SYSTEMS.stream().filter(f -> ua.contains(f.token())).map(Family::name).findFirst();
        if (browser.isPresent() && system.isPresent()) {
            return browser.get() + " · " + system.get();
        }
        return browser.or(() -> system).orElse("");
    }
}
