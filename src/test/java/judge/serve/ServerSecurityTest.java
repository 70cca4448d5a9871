package judge.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server lets in only the holder of this run's token, from this machine, and never answers another site. */
class ServerSecurityTest {
    @TempDir static Path dir;
    static ServeFixture serve;

    @BeforeAll
    static void start() throws IOException {
        serve = new ServeFixture(dir);
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void aRequestWithoutTheTokenIsRefused() throws IOException {
        for (String path : List.of("/", "/index.html", "/api/problems", "/api/problems/76", "/api/problems/76/file",
                "/api/history", "/api/history/1", "/api/stats", "/api/events", "/static/app.js", "/static/style.css",
                "/static/highlight.js", "/no-such-page")) {
            Http.Answer get = Http.get(serve.port(), path);
            assertEquals(403, get.status(), path);
            assertFalse(get.body().contains("function") || get.body().contains("{\"problems\""), path + ": " + get.body());
            assertEquals(403, Http.send(serve.port(), "HEAD", path, null).status(), "HEAD " + path);
        }
        for (String path : List.of("/api/run", "/api/submit", "/api/fuzz", "/api/problems/1/file")) {
            assertEquals(403, Http.postJson(serve.port(), path, "{\"problem\":\"1\",\"code\":\"x\"}").status(), path);
        }
        assertFalse(Files.exists(serve.workspace.resolve("0001-two-sum")), "a refused request wrote a file");
    }

    @Test
    void aWrongTokenIsRefusedWhereverItIsSent() throws IOException {
        String wrong = "0".repeat(serve.server.token().length());
        assertEquals(403, Http.get(serve.port(), "/?token=" + wrong).status());
        assertEquals(403, Http.get(serve.port(), "/api/problems", Server.TOKEN_HEADER + ": " + wrong).status());
        assertEquals(403, Http.get(serve.port(), "/api/problems", "Cookie: judge-token-" + serve.port() + "=" + wrong)
                .status());
    }

    @Test
    void thePrintedUrlSetsAnHttpOnlyStrictCookieAndDropsTheTokenFromTheAddress() throws IOException {
        String url = serve.server.url().toString();
        assertTrue(url.startsWith("http://127.0.0.1:" + serve.port() + "/?token="), url);
        Http.Answer a = Http.get(serve.port(), url.substring(url.indexOf("/", 7)));
        assertEquals(303, a.status());
        assertEquals("/", a.header("Location"));
        String cookie = a.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        Http.Answer page = Http.get(serve.port(), "/", "Cookie: " + pair);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/static/app.js"), page.body());
        assertEquals(200, Http.get(serve.port(), "/api/problems", "Cookie: other=1; " + pair).status());
    }

    @Test
    void noAnswerCarriesCorsHeadersAndPagesForbidFramingAndInlineScript() throws IOException {
        for (Http.Answer a : List.of(Http.get(serve.port(), "/api/problems", serve.token(), "Origin: http://evil.example"),
                Http.send(serve.port(), "OPTIONS", "/api/submit", null, serve.token(), "Origin: http://evil.example",
                        "Access-Control-Request-Method: POST"),
                Http.get(serve.port(), "/", serve.token()))) {
            for (String name : a.headers().keySet()) {
                assertFalse(name.startsWith("access-control-"), name + " in " + a.headers());
            }
            assertEquals("DENY", a.header("X-Frame-Options"));
            assertTrue(a.header("Content-Security-Policy").contains("default-src 'self'"));
            assertFalse(a.header("Content-Security-Policy").contains("script-src"), "inline scripts stay forbidden");
        }
    }

    @Test
    void statesChangeOnlyByPostOfJsonFromThisOrigin() throws IOException {
        String body = "{\"language\":\"java\",\"code\":\"class Solution {}\"}";
        assertEquals(415, Http.send(serve.port(), "POST", "/api/problems/76/file", body, serve.token(),
                "Content-Type: text/plain").status(), "a form-like body");
        assertEquals(403, Http.postJson(serve.port(), "/api/problems/76/file", body, serve.token(),
                "Origin: http://evil.example").status());
        assertEquals(405, Http.send(serve.port(), "PUT", "/api/problems/76/file", body, serve.token()).status());
        assertFalse(Files.exists(serve.workspace.resolve("0076-minimum-window-substring")), "a refused request wrote");
        Http.Answer ok = Http.postJson(serve.port(), "/api/problems/76/file", body, serve.token(),
                "Origin: http://127.0.0.1:" + serve.port());
        assertEquals(200, ok.status(), ok.body());
        assertEquals("class Solution {}", Files.readString(serve.workspace.resolve("0076-minimum-window-substring")
                .resolve("Solution.java")));
    }

    @Test
    void anotherHostNameIsRefusedAgainstDnsRebinding() throws IOException {
        assertEquals(403, Http.get(serve.port(), "/api/problems", serve.token(), "Host: evil.example:" + serve.port())
                .status());
        assertEquals(200, Http.get(serve.port(), "/api/problems", serve.token(), "Host: localhost:" + serve.port())
                .status());
    }

    @Test
    void staticFilesComeOnlyFromTheJarsListOfNames() throws IOException {
        assertEquals(200, Http.get(serve.port(), "/static/app.js", serve.token()).status());
        assertEquals("text/javascript; charset=utf-8", Http.get(serve.port(), "/static/app.js", serve.token())
                .header("Content-Type"));
        for (String path : List.of("/static/../../pom.xml", "/static/%2e%2e/Api.class", "/static/Api.class",
                "/pom.xml", "/static/", "/judge/serve/app.js")) {
            assertEquals(404, Http.get(serve.port(), path, serve.token()).status(), path);
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws IOException {
        assertTrue(serve.server.address().getAddress().isLoopbackAddress());
        InetAddress other = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof Inet4Address) {
                    other = a;
                }
            }
        }
        if (other != null) {
            InetAddress target = other;
            try (Socket s = new Socket(target, serve.port())) {
                throw new AssertionError("reachable on " + target);
            } catch (ConnectException expected) {
                // refused: nothing listens there
            }
        }
    }

    @Test
    void badRequestsAreClearJsonErrorsNotStackTraces() throws IOException {
        Http.Answer notJson = Http.postJson(serve.port(), "/api/run", "{\"problem\": 76,", serve.token());
        assertEquals(400, notJson.status());
        assertTrue(notJson.body().contains("\"error\" : \"the request body is not JSON"), notJson.body());
        Http.Answer number = Http.postJson(serve.port(), "/api/run", "{\"problem\": 76}", serve.token());
        assertEquals(400, number.status());
        assertTrue(number.body().contains("/problem: expected a string, found number"), number.body());
        Http.Answer unknown = Http.get(serve.port(), "/api/problems/99999", serve.token());
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("unknown problem \\\"99999\\\""), unknown.body());
        Http.Answer lang = Http.get(serve.port(), "/api/problems/76/file?language=cobol", serve.token());
        assertEquals(400, lang.status());
        assertTrue(lang.body().contains("unknown language"), lang.body());
        assertEquals(404, Http.get(serve.port(), "/api/nothing", serve.token()).status());
        for (Http.Answer a : List.of(notJson, number, unknown, lang)) {
            assertFalse(a.body().contains("\tat "), a.body());
        }
    }

    @Test
    void aStatementsHtmlAndUnsafeLinksAreEscapedNotRendered() {
        String html = StatementHtml.markdown("Hi <script>alert(1)</script> and [x](javascript:alert(1))\n\n"
                + "<img src=x onerror=alert(1)>\n");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<script") || html.contains("<img"), html);
    }

    @Test
    void thePageInsertsHtmlOnlyForTheStatement() throws IOException {
        String js = new String(Server.class.getResourceAsStream("/judge/serve/app.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(\\w+)\\.(innerHTML|outerHTML)\\s*=|insertAdjacentHTML|document\\.write").matcher(js);
        List<String> uses = new java.util.ArrayList<>();
        while (m.find()) {
            uses.add(m.group());
        }
        assertEquals(List.of("statement.innerHTML ="), uses);
    }

    @Test
    void theTokenIsLongAndNewEachRun() throws IOException {
        try (ServeFixture other = new ServeFixture(dir.resolve("other"))) {
            assertNotNull(other.server.token());
            assertTrue(other.server.token().length() >= 32);
            assertFalse(other.server.token().equals(serve.server.token()));
            assertEquals(403, Http.get(other.port(), "/api/problems", serve.token()).status());
        }
        assertNull(Api.queryParam("a=1", "token"));
    }
}
