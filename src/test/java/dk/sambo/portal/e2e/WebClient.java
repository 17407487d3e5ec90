package dk.sambo.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for end-to-end tests: java.net.http with its own cookie jar, redirects followed by
 * hand so a test can see every hop, and {@code Accept: text/html} on every request (identity providers send only
 * browsers to their login form). One instance is one browser; use a new one for another person.
 */
public final class WebClient {

    private static final int MAX_REDIRECTS = 20;
    private static final Pattern HIDDEN_CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /**
     * Cookies per host name, as browsers keep them (ports do not separate cookies). A jar of its own instead of
     * java.net.CookieManager, which files cookies of a dotless host such as "localhost" under "localhost.local".
     */
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One answer, with the hops that led to it when redirects were followed (first request first). */
    public record Response(URI uri, int status, String body, Optional<String> location, List<URI> hops) {

        public boolean isRedirect() {
            return status >= 300 && status < 400 && location.isPresent();
        }

        /** The redirect target, resolved against this response's URI. */
        public URI redirectTarget() {
            return uri.resolve(location.orElseThrow(() -> new IllegalStateException("No redirect: " + this)));
        }

        /** The value of the hidden {@code _csrf} input of the form on this page (Spring Security's forms). */
        public String csrfInput() {
            var matcher = HIDDEN_CSRF.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No _csrf input on " + uri + ":\n" + body);
            }
            return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }

        @Override
        public String toString() {
            return status + " " + uri + location.map(l -> " -> " + l).orElse("");
        }
    }

    public Response get(String url) {
        return get(URI.create(url));
    }

    public Response get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), List.of());
    }

    public Response postForm(URI uri, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), List.of());
    }

    /** Follows redirects from {@code response} until an answer that is not a redirect. */
    public Response followRedirects(Response response) {
        var hops = new ArrayList<URI>(response.hops());
        hops.add(response.uri());
        var current = response;
        for (int i = 0; current.isRedirect(); i++) {
            if (i == MAX_REDIRECTS) {
                throw new IllegalStateException("Too many redirects: " + hops);
            }
            current = send(HttpRequest.newBuilder(current.redirectTarget()).GET(), List.of());
            hops.add(current.uri());
        }
        hops.remove(hops.size() - 1);
        return new Response(current.uri(), current.status(), current.body(), current.location(), List.copyOf(hops));
    }

    /** The value of a cookie this browser holds for a host (e.g. the session id), if any. */
    public Optional<String> cookie(String host, String name) {
        return Optional.ofNullable(cookies.getOrDefault(host, Map.of()).get(name));
    }

    /** Puts a cookie into this browser's jar, e.g. an old session id kept from before a change. */
    public void setCookie(String host, String name, String value) {
        cookies.computeIfAbsent(host, h -> new ConcurrentHashMap<>()).put(name, value);
    }

    private Response send(HttpRequest.Builder request, List<URI> hops) {
        try {
            request.header("Accept", "text/html,application/xhtml+xml")
                    .header("Accept-Language", "da")
                    .timeout(Duration.ofSeconds(60));
            var host = request.build().uri().getHost();
            var jar = cookies.getOrDefault(host, Map.of());
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            var built = request.build();
            var response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(header -> store(host, header));
            return new Response(built.uri(), response.statusCode(), response.body(),
                    response.headers().firstValue("Location"), hops);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void store(String host, String setCookie) {
        var parts = setCookie.split(";");
        var nameValue = parts[0].split("=", 2);
        if (nameValue.length < 2) {
            return;
        }
        var name = nameValue[0].strip();
        boolean expired = Arrays.stream(parts).skip(1).map(String::strip)
                .anyMatch(a -> a.equalsIgnoreCase("Max-Age=0") || a.toLowerCase(java.util.Locale.ROOT)
                        .startsWith("expires=thu, 01 jan 1970"));
        var jar = cookies.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
        if (expired) {
            jar.remove(name);
        } else {
            jar.put(name, nameValue[1].strip());
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Form fields in the order given, for readability at the call site. */
    public static Map<String, String> form(String... keysAndValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }
}
