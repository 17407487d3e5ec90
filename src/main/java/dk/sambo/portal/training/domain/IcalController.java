package dk.sambo.portal.training.domain;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves private calendar subscriptions at {@code /ical/<token>.ics} to calendar programs, which cannot log in:
 * the long random token is the secret (the path is open in the security configuration). An unknown or revoked
 * token gets 404, the same as a token that never existed.
 */
@RestController
class IcalController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFiles files;

    IcalController(CalendarFiles files) {
        this.files = files;
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<byte[]> subscription(@PathVariable String token) {
        if (token.length() < 20 || token.length() > 64) {
            return ResponseEntity.notFound().build();
        }
        return files.subscription(token)
                .map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
