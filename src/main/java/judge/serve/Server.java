package judge.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local web server of {@code judge serve}: the JDK's own HTTP server (no dependency), bound to loopback
 * unless told otherwise, guarding every request with a secret made for this run.
 *
 * <p>The secret reaches the browser once, in the URL the judge prints ({@code /?token=...}); that request gets
 * it back as an HttpOnly, SameSite=Strict cookie and is redirected to the same page without it, so the token
 * leaves the address bar. Every later request must carry the cookie (or, for scripts, an {@code X-Judge-Token}
 * header); anything else is refused with 403. There are no CORS headers, so another site's page cannot read an
 * answer; calls that change anything are POSTs with a JSON body (a cross-site form cannot send one without a
 * preflight that is never granted), an {@code Origin}, when sent, must be this server's own, and on loopback
 * the {@code Host} must be a loopback name (against DNS rebinding). Static files come only from the jar, by a
 * fixed list of names.
 */
public final class Server implements AutoCloseable {
    /** Requests bodies above this are refused: a source is at most 1 MiB. */
    static final int MAX_BODY_BYTES = 4 << 20;
    static final String TOKEN_HEADER = "X-Judge-Token";
    static final int KEEP_ALIVE_SECONDS = 15;

    /** The files of the page, by the name they are served under. */
    private static final Map<String, String> STATIC = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "highlight.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8",
            "index.html", "text/html; charset=utf-8");

    private final HttpServer http;
    private final ExecutorService threads;
    private final String token;
    private final String cookieName;
    private final boolean loopback;
    private final Api api;

    private Server(HttpServer http, ExecutorService threads, String token, Api api) {
        this.http = http;
        this.threads = threads;
        this.token = token;
        this.api = api;
        this.cookieName = "judge-token-" + http.getAddress().getPort();
        this.loopback = http.getAddress().getAddress().isLoopbackAddress();
    }

    /**
     * Starts serving {@code api} on {@code bind}:{@code port} ({@code 0}: any free port).
     *
     * @throws IOException when the address cannot be bound (the port is taken)
     */
    public static Server start(InetAddress bind, int port, Api api) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 32);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8, task -> {
            Thread t = new Thread(task, "judge-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        Server server = new Server(http, threads, HexFormat.of().formatHex(secret), api);
        http.createContext("/", server::handle);
        http.setExecutor(threads);
        http.start();
        return server;
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** This run's secret. */
    public String token() {
        return token;
    }

    /** The URL to open: the page, with the token that lets the browser in. */
    public URI url() {
        InetAddress a = http.getAddress().getAddress();
        String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/?token=" + token);
    }

    /** Stops listening at once; a judging under way finishes in its own thread (the JVM is ending anyway). */
    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Headers out = ex.getResponseHeaders();
            out.set("Cache-Control", "no-store");
            out.set("X-Content-Type-Options", "nosniff");
            out.set("Referrer-Policy", "no-referrer");
            out.set("X-Frame-Options", "DENY");
            out.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'"
                    + " 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
            String path = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod();
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 403, Api.error("this server answers only to 127.0.0.1 or localhost"));
                return;
            }
            String query = ex.getRequestURI().getRawQuery();
            String given = Api.queryParam(query, "token");
            if (given != null && method.equals("GET") && !path.startsWith("/api/")) {
                if (!matches(given)) {
                    sendPage(ex, 403, "The token is not this server's. Open the URL that ./judge serve printed.");
                    return;
                }
                out.add("Set-Cookie", cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
                out.set("Location", path);
                ex.sendResponseHeaders(303, -1);
                return;
            }
            if (!authorised(ex.getRequestHeaders())) {
                if (path.startsWith("/api/")) {
                    send(ex, 403, Api.error("no token: open the URL that ./judge serve printed, or send the"
                            + " token in the " + TOKEN_HEADER + " header"));
                } else {
                    sendPage(ex, 403, "This page needs the token of this run: open the URL that ./judge serve"
                            + " printed (it ends in ?token=...).");
                }
                return;
            }
            if (method.equals("POST")) {
                String origin = ex.getRequestHeaders().getFirst("Origin");
                if (origin != null && !sameOrigin(origin, ex.getRequestHeaders().getFirst("Host"))) {
                    send(ex, 403, Api.error("cross-origin request refused"));
                    return;
                }
                String type = ex.getRequestHeaders().getFirst("Content-Type");
                if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                    send(ex, 415, Api.error("send the body as application/json"));
                    return;
                }
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                out.set("Allow", "GET, POST");
                send(ex, 405, Api.error(method + " is not allowed"));
                return;
            }
            if (path.equals("/api/events") && !method.equals("POST")) {
                streamEvents(ex);
                return;
            }
            if (path.startsWith("/api/")) {
                byte[] body = method.equals("POST") ? readBody(ex.getRequestBody()) : null;
                if (body == null && method.equals("POST")) {
                    send(ex, 413, Api.error("the request body is larger than " + (MAX_BODY_BYTES >> 20) + " MiB"));
                    return;
                }
                Api.Response r = api.handle(method, path, query, body);
                send(ex, r.status(), r.json());
                return;
            }
            if (method.equals("GET") && (path.equals("/") || path.equals("/index.html"))) {
                serveStatic(ex, "index.html");
                return;
            }
            if (method.equals("GET") && path.startsWith("/static/") && STATIC.containsKey(path.substring(8))) {
                serveStatic(ex, path.substring(8));
                return;
            }
            send(ex, 404, Api.error("no such page: " + path));
        } catch (RuntimeException e) {
            // A bug of ours: the page shows the message; the stack stays out of the answer.
            try {
                send(ex, 500, Api.error("internal error: " + e));
            } catch (IOException | RuntimeException ignored) {
                // the answer was already under way
            }
        }
    }

    /**
     * {@code GET /api/events}: the judgings' progress as server-sent events, one JSON object per event, with a
     * comment line every {@link #KEEP_ALIVE_SECONDS} seconds so that a closed page is noticed. Ends when the
     * client goes or the server stops.
     */
    private void streamEvents(HttpExchange ex) throws IOException {
        BlockingQueue<String> queue = api.events().open();
        if (queue == null) {
            send(ex, 503, Api.error("at most " + JudgingEvents.MAX_STREAMS + " event streams at once; close a page"));
            return;
        }
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            // The stream is open (the client hears it before any judging it starts next can publish).
            out.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                out.write((event == null ? ": keep-alive\n\n" : "data: " + event + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        } catch (IOException e) {
            // the page went away
        } finally {
            api.events().close(queue);
        }
    }

    private boolean hostAllowed(String host) {
        if (!loopback) {
            return true; // --bind: the user chose to be reached by other names; the token still guards
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && !h.endsWith("]")) {
            h = h.substring(0, colon);
        }
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]");
    }

    private static boolean sameOrigin(String origin, String host) {
        return host != null && origin.equalsIgnoreCase("http://" + host);
    }

    private boolean authorised(Headers headers) {
        String header = headers.getFirst(TOKEN_HEADER);
        if (header != null) {
            return matches(header);
        }
        for (String line : headers.getOrDefault("Cookie", java.util.List.of())) {
            for (String part : line.split(";")) {
                String p = part.strip();
                if (p.startsWith(cookieName + "=") && matches(p.substring(cookieName.length() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** The body, or {@code null} when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private void serveStatic(HttpExchange ex, String name) throws IOException {
        try (InputStream in = Server.class.getResourceAsStream("/judge/serve/" + name)) {
            if (in == null) {
                send(ex, 404, Api.error("the jar lacks judge/serve/" + name));
                return;
            }
            byte[] bytes = in.readAllBytes();
            ex.getResponseHeaders().set("Content-Type", STATIC.get(name));
            write(ex, 200, bytes);
        }
    }

    private static void sendPage(HttpExchange ex, int status, String message) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        write(ex, status, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        write(ex, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpExchange ex, int status, byte[] bytes) throws IOException {
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        }
    }
}
