package judge.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import judge.TestPackages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/events} streams each judging's progress as it goes (queued, started, compiled, each test, the
 * property phase, finished), and the events show that two judgings never run at once.
 */
class ServeEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCEPTED_76 = TestPackages.read(TestPackages.P76.resolve("reference/Solution.java"));

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

    /** An open event stream: its events, one JSON object each, in the order they came. */
    private static final class Events implements AutoCloseable {
        final HttpResponse<Stream<String>> response;
        final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

        Events(ServeFixture server) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                    .header(Server.TOKEN_HEADER, server.server.token()).build();
            // send returns once the headers came: by then the server has opened the stream's queue.
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() == 200) {
                CompletableFuture.runAsync(() -> response.body().forEach(line -> {
                    if (line.startsWith("data: ")) {
                        try {
                            events.add(JSON.readTree(line.substring(6)));
                        } catch (IOException e) {
                            events.add(JSON.createObjectNode().put("event", "unreadable: " + line));
                        }
                    }
                }));
            }
        }

        /** The events until {@code count} judgings have finished. */
        List<JsonNode> untilFinished(int count) throws InterruptedException {
            List<JsonNode> seen = new ArrayList<>();
            int finished = 0;
            while (finished < count) {
                JsonNode e = events.poll(5, TimeUnit.MINUTES);
                if (e == null) {
                    throw new AssertionError("no event within 5 minutes; so far " + names(seen));
                }
                seen.add(e);
                if (e.get("event").asText().equals("finished")) {
                    finished++;
                }
            }
            return seen;
        }

        @Override
        public void close() {
            if (response.statusCode() == 200) {
                response.body().close();
            }
        }
    }

    private static JsonNode post(String mode, String code, String tag) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("problem", "76").put("code", code).put("progress", tag);
        Http.Answer a = Http.postJson(serve.port(), "/api/" + mode, body.toString(), serve.token());
        assertEquals(200, a.status(), a.body());
        return JSON.readTree(a.body());
    }

    private static List<String> names(List<JsonNode> events) {
        return events.stream().map(e -> e.get("event").asText()).toList();
    }

    @Test
    void aSubmitsProgressGoesFromQueuedThroughEveryTestToItsVerdict() throws Exception {
        try (Events stream = new Events(serve)) {
            assertEquals(200, stream.response.statusCode());
            assertEquals("text/event-stream; charset=utf-8", stream.response.headers().firstValue("Content-Type")
                    .orElse(null));
            JsonNode result = post("submit", ACCEPTED_76, "first");
            List<JsonNode> events = stream.untilFinished(1);
            int tests = result.get("total").asInt() - 1; // the property phase counts as one more test
            List<String> expected = new ArrayList<>(List.of("queued", "started", "compiled"));
            for (int i = 0; i < tests; i++) {
                expected.add("tested");
            }
            expected.addAll(List.of("property", "finished"));
            assertEquals(expected, names(events));
            for (int i = 0; i < tests; i++) {
                JsonNode tested = events.get(3 + i);
                assertEquals(i + 1, tested.get("done").asInt());
                assertEquals(tests, tested.get("total").asInt());
            }
            long judging = events.get(0).get("judging").asLong();
            for (JsonNode e : events) {
                assertEquals("first", e.get("progress").asText(), e.toString());
                assertEquals(judging, e.get("judging").asLong(), e.toString());
                assertEquals("submit", e.get("mode").asText());
                assertEquals(76, e.get("problemId").asInt());
            }
            assertEquals("ACCEPTED", events.get(events.size() - 1).get("verdict").asText());
        }
    }

    @Test
    void aRunTellsEachExampleAndACompileErrorEndsWithoutTests() throws Exception {
        try (Events stream = new Events(serve)) {
            JsonNode run = post("run", ACCEPTED_76, "run");
            List<JsonNode> events = stream.untilFinished(1);
            List<String> expected = new ArrayList<>(List.of("queued", "started", "compiled"));
            for (int i = 0; i < run.get("total").asInt(); i++) {
                expected.add("tested");
            }
            expected.add("finished");
            assertEquals(expected, names(events));

            post("run", "class Solution { nope }", "broken");
            List<JsonNode> broken = stream.untilFinished(1);
            assertEquals(List.of("queued", "started", "finished"), names(broken));
            assertEquals("COMPILE_ERROR", broken.get(2).get("verdict").asText());
        }
    }

    @Test
    void fuzzTellsItsTriesAndEndsWithItsStatus() throws Exception {
        try (Events stream = new Events(serve)) {
            ObjectNode body = JSON.createObjectNode().put("problem", "76").put("code", ACCEPTED_76)
                    .put("progress", "fuzz").put("seed", 3).put("tries", 50).put("seconds", 120);
            Http.Answer a = Http.postJson(serve.port(), "/api/fuzz", body.toString(), serve.token());
            assertEquals(200, a.status(), a.body());
            assertEquals("PASSED", JSON.readTree(a.body()).get("status").asText(), a.body());
            List<JsonNode> events = stream.untilFinished(1);
            List<String> names = names(events);
            assertEquals(List.of("queued", "started"), names.subList(0, 2));
            assertEquals("finished", names.get(names.size() - 1));
            assertEquals("PASSED", events.get(events.size() - 1).get("verdict").asText());
            List<JsonNode> tried = events.stream().filter(e -> e.get("event").asText().equals("tried")).toList();
            assertFalse(tried.isEmpty(), "the first batch's tries are told: " + names);
            assertTrue(tried.stream().allMatch(e -> e.get("tries").asInt() >= 1 && e.get("tries").asInt() <= 50),
                    tried.toString());
            assertEquals(names.size(), 3 + tried.size(), "fuzz tells only its tries: " + names);
        }
    }

    @Test
    void twoJudgingsAtOnceRunOneAfterTheOther() throws Exception {
        try (Events stream = new Events(serve)) {
            CompletableFuture<JsonNode> a = CompletableFuture.supplyAsync(() -> postUnchecked("a"));
            CompletableFuture<JsonNode> b = CompletableFuture.supplyAsync(() -> postUnchecked("b"));
            assertEquals("ACCEPTED", a.get(5, TimeUnit.MINUTES).get("verdict").asText());
            assertEquals("ACCEPTED", b.get(5, TimeUnit.MINUTES).get("verdict").asText());
            List<JsonNode> events = stream.untilFinished(2);
            String running = null;
            List<String> order = new ArrayList<>();
            String summary = events.stream().filter(e -> !e.get("event").asText().equals("tested"))
                    .map(e -> e.get("event").asText() + " " + e.get("progress").asText()).toList().toString();
            for (JsonNode e : events) {
                String tag = e.get("progress").asText();
                switch (e.get("event").asText()) {
                    case "started" -> {
                        assertEquals(null, running, "started while " + running + " ran: " + summary);
                        running = tag;
                        order.add(tag);
                    }
                    case "finished" -> {
                        assertEquals(running, tag, summary);
                        running = null;
                    }
                    case "queued" -> { }
                    default -> assertEquals(running, tag, "an event of a judging that is not running: " + e);
                }
            }
            assertEquals(2, order.size(), summary);
            assertFalse(order.get(0).equals(order.get(1)));
        }
    }

    private static JsonNode postUnchecked(String tag) {
        try {
            return post("submit", ACCEPTED_76 + "\n// " + tag + "\n", tag);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theStreamNeedsTheTokenAndOnlyAFewAreOpenAtOnce() throws Exception {
        assertEquals(403, Http.get(serve.port(), "/api/events").status());
        try (ServeFixture other = new ServeFixture(dir.resolve("other"))) {
            List<Events> open = new ArrayList<>();
            try {
                for (int i = 0; i < JudgingEvents.MAX_STREAMS; i++) {
                    open.add(new Events(other));
                    assertEquals(200, open.get(i).response.statusCode());
                }
                Events refused = new Events(other);
                assertEquals(503, refused.response.statusCode());
            } finally {
                open.forEach(Events::close);
            }
        }
        ObjectNode tooLong = JSON.createObjectNode().put("problem", "76").put("progress", "x".repeat(101));
        Http.Answer a = Http.postJson(serve.port(), "/api/run", tooLong.toString(), serve.token());
        assertEquals(400, a.status());
        assertTrue(a.body().contains("/progress: expected at most 100 characters"), a.body());
    }
}
