package dk.sambo.portal.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin's client protocol: the page (for Spring Security's CSRF token), the
 * {@code ?v-r=init} bootstrap (UI id, Vaadin's security key, push id), the push websocket held open (Atmosphere's
 * length-prefixed messages, {@code len|json}, as Vaadin's client sends them), and router navigation as the
 * {@code ui-navigate} event on the UI's root node, with the {@code syncId}/{@code clientId} bookkeeping of the
 * browser's client. Every answer is checked: no {@code Vaadin-Refresh}/redirect, no {@code appError}, no
 * session expiry. A new page load (login, the start page) is a new {@code init} and a new push connection.
 */
final class UidlSession implements AutoCloseable {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String BROWSER = "&v-sh=768&v-sw=1366&v-wh=768&v-ww=1366&v-bh=768&v-bw=1366"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FCopenhagen&v-wn=&v-td=false"
            + "&v-pr=1&v-np=Linux&v-cs=&v-pv=visible";

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger pushes = new java.util.concurrent.atomic.AtomicInteger();
    private String csrf = "";
    private String securityKey = "";
    private int uiId = -1;
    private final java.util.concurrent.atomic.AtomicInteger syncId = new java.util.concurrent.atomic.AtomicInteger(-1);
    private int clientId;
    private int historyIndex;
    private WebSocket socket;
    private long lastInitNanos;

    UidlSession(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /**
     * Opens the login page as a browser does (page, init, push, the login view) and posts the local login form
     * (the demo accounts) with the page's CSRF token. Returns the login view's UIDL.
     */
    String login(String username, String password) {
        var view = load("login", "");
        if (csrf.isEmpty()) {
            throw new LoadFailure("no CSRF token on the login page");
        }
        var form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        var response = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("/login")) {
            throw new LoadFailure("login refused: " + response.statusCode() + " -> " + location);
        }
        return view;
    }

    /**
     * A full page load of {@code path}: the HTML page, Vaadin's {@code init} request, the push connection, then the
     * router's first navigation. Returns that navigation's UIDL as text (for the expected-text check).
     */
    String load(String path, String query) {
        close();
        var page = get("/" + path + (query.isEmpty() ? "" : "?" + query));
        var matcher = CSRF_META.matcher(page);
        csrf = matcher.find() ? matcher.group(1) : "";
        long started = System.nanoTime();
        var body = get("/?v-r=init&location=" + enc(path) + "&query=" + enc(query) + BROWSER
                + "&v-curdate=" + System.currentTimeMillis());
        lastInitNanos = System.nanoTime() - started;
        var init = JSON.readTree(body);
        var config = init.path("appConfig");
        var uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            throw new LoadFailure("init without UIDL: " + abbreviate(body));
        }
        uiId = config.path("v-uiId").asInt(uidl.path("v-uiId").asInt(0));
        securityKey = uidl.path("Vaadin-Security-Key").asString("");
        syncId.set(uidl.path("syncId").asInt(-1));
        clientId = uidl.path("clientId").asInt(0);
        check(uidl.toString());
        connectPush(uidl.path("Vaadin-Push-ID").asString(""));
        // The client's router then asks for the view itself (Flow.ts sends ui-navigate after init).
        historyIndex = -1;
        return navigate(path, query);
    }

    /** Router navigation inside the open UI (what a click on a menu link does); returns the answer's text. */
    String navigate(String route, String query) {
        var data = JSON.createObjectNode();
        data.put("route", route).put("query", query).put("appShellTitle", "").put("trigger", "link");
        data.putObject("historyState").put("idx", ++historyIndex);
        var event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        return rpc(event);
    }

    /**
     * Sends one RPC as Vaadin 25's client does ({@code alwaysXhrToServer}: client-to-server messages go as an HTTP
     * POST even while the push websocket is open) and returns the answer's UIDL.
     */
    String rpc(ObjectNode invocation) {
        var message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.putArray("rpc").add(invocation);
        message.put("syncId", syncId.get()).put("clientId", clientId);
        var response = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        if (response.statusCode() != 200) {
            throw new LoadFailure("UIDL answered " + response.statusCode());
        }
        var text = unwrap(response.body());
        check(text);
        var uidl = JSON.readTree(text);
        syncId.accumulateAndGet(uidl.path("syncId").asInt(-1), Math::max);
        int next = uidl.path("clientId").asInt(-1);
        if (next != clientId + 1) {
            throw new LoadFailure("clientId " + next + " after " + clientId + ": " + abbreviate(text));
        }
        clientId = next;
        return text;
    }

    private void connectPush(String pushId) {
        var ws = base.resolve("/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + enc(pushId)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + enc("application/json; charset=UTF-8") + "&X-atmo-protocol=true");
        var uri = URI.create(ws.toString().replaceFirst("^http", "ws"));
        socket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(TIMEOUT)
                .buildAsync(uri, new PushListener()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Atmosphere's framing: each message is {@code length|text}, split over frames or several in one frame. */
    private final class PushListener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(buffer.substring(0, bar).strip());
                } catch (NumberFormatException e) {
                    buffer.setLength(0);
                    break;
                }
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                var message = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                var trimmed = message.strip();
                // Atmosphere's own protocol message (uuid|interval|padding) and heartbeats carry no UIDL.
                if (trimmed.startsWith("{") || trimmed.startsWith("for(;;);") || trimmed.startsWith("[")) {
                    var uidl = unwrap(trimmed);
                    check(uidl);
                    pushes.incrementAndGet();
                    syncId.accumulateAndGet(JSON.readTree(uidl).path("syncId").asInt(-1), Math::max);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    private static String unwrap(String message) {
        var text = message.startsWith("for(;;);") ? message.substring(8) : message;
        text = text.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** Vaadin's signs of a broken round trip: a forced reload, an application error, an expired session. */
    private static void check(String uidl) {
        if (uidl.contains("Vaadin-Refresh") || uidl.contains("\"appError\"") || uidl.contains("sessionExpired")
                || uidl.contains("\"redirect\"")) {
            throw new LoadFailure("error answer: " + abbreviate(uidl));
        }
    }

    private String get(String path) {
        var response = send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html,*/*").GET());
        if (response.statusCode() != 200) {
            throw new LoadFailure("GET " + path + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.timeout(TIMEOUT).header("Accept-Language", "da");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::store);
            return response;
        } catch (IOException e) {
            throw new LoadFailure("request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted");
        }
    }

    private void store(String setCookie) {
        var nameValue = setCookie.split(";", 2)[0].split("=", 2);
        if (nameValue.length == 2) {
            if (setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(nameValue[0].strip());
            } else {
                cookies.put(nameValue[0].strip(), nameValue[1].strip());
            }
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** How long the last page load's {@code ?v-r=init} request took, in nanoseconds. */
    long lastInitNanos() {
        return lastInitNanos;
    }

    /** Server pushes received so far (live updates; counted, not required). */
    int pushes() {
        return pushes.get();
    }

    /** "Log ud": Spring Security's logout (POST with the page's CSRF token), then the push connection closes. */
    void logout() {
        var response = send(HttpRequest.newBuilder(base.resolve("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))));
        close();
        if (response.statusCode() != 302) {
            throw new LoadFailure("logout answered " + response.statusCode());
        }
    }

    /** Closes the push connection (as a browser closing the tab); the session stays on the server. */
    @Override
    public void close() {
        if (socket != null) {
            var s = socket;
            socket = null;
            CompletableFuture.runAsync(() -> s.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(2, TimeUnit.SECONDS)
                    .exceptionally(e -> null));
        }
    }

    /** A step that did not get the answer it should: counted as an error, never retried silently. */
    static final class LoadFailure extends RuntimeException {
        LoadFailure(String message) {
            super(message);
        }
    }
}
