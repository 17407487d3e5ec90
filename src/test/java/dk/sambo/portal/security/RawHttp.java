package dk.sambo.portal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request over a plain socket, with any {@code Host} header: Java's {@code HttpClient} refuses to set
 * {@code Host}, and a forged one is exactly what the open-redirect tests send. Reads the status line and headers.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers) {

        Optional<String> location() {
            return Optional.ofNullable(headers.get("location"));
        }

        /** The value of the cookie this answer sets, if it sets it. */
        Optional<String> cookie(String name) {
            return headers.getOrDefault("set-cookie", "").lines().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .findFirst();
        }
    }

    private RawHttp() {
    }

    /** {@code headers} as name, value, name, value...; a {@code Host} among them replaces the real one. */
    static Answer send(int port, String method, String path, String body, String... headers) throws IOException {
        var request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (int i = 0; i < headers.length; i += 2) {
            host |= headers[i].equalsIgnoreCase("Host");
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (!host) {
            request.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n");
        }
        request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            var statusLine = in.readLine();
            if (statusLine == null) {
                throw new IOException("No answer to " + method + " " + path);
            }
            var answerHeaders = new LinkedHashMap<String, String>();
            for (var line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                // A header sent several times (Set-Cookie): its values one per line.
                answerHeaders.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), answerHeaders);
        }
    }
}
