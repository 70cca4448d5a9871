package judge.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Raw HTTP/1.1 requests to a test's server: a socket, so a test can send any header (a foreign Host or Origin,
 * no token) that the JDK's clients would not let it send.
 */
final class Http {
    /** An answer: its status, its headers (names lower-cased, the last of each), its body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Http() {}

    static Answer get(int port, String path, String... headers) throws IOException {
        return send(port, "GET", path, null, headers);
    }

    static Answer postJson(int port, String path, String json, String... headers) throws IOException {
        String[] all = new String[headers.length + 1];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Content-Type: application/json";
        return send(port, "POST", path, json, all);
    }

    /** Sends one request; {@code headers} are "Name: value" lines, a Host header among them replaces the default. */
    static Answer send(int port, String method, String path, String body, String... headers) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        boolean host = List.of(headers).stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("host:"));
        if (!host) {
            request.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        request.append("Connection: close\r\n");
        if (body != null) {
            request.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(300_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                map.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Answer(status, map, text.substring(end + 4));
        }
    }
}
