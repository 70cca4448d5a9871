package judge.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.JudgingProgress;
import judge.judging.Result;
import judge.judging.TestResult;
import judge.lang.Language;
import judge.lang.Languages;
import judge.practice.History;
import judge.practice.HistoryException;
import judge.practice.Progress;
import judge.practice.Recorder;
import judge.practice.Statements;
import judge.practice.Submission;
import judge.problem.CustomInput;
import judge.problem.PackageException;
import judge.problem.Param;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;
import judge.problem.SavedTests;
import judge.problem.TestCase;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.PropertyRun;
import judge.report.FuzzReport;
import judge.report.JsonOutput;
import judge.report.JsonReport;
import judge.sandbox.Sandbox;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * The JSON API behind the page, documented in {@code docs/api.md}. Run, submit and fuzz answer exactly the
 * objects {@code run}, {@code submit} and {@code fuzz} print with {@code --format json} (the same writers);
 * the other answers are this API's own. Bad input is a 4xx answer {@code {"schemaVersion":1,"error":"..."}}
 * that says what was wrong, never a stack trace.
 *
 * <p>One judging at a time: a judging waits for the one before it to end (a fair lock, so in the order they
 * came), and the page disables its buttons while one runs. Two judgings of one user never run at once.
 */
public final class Api {
    private static final ObjectMapper MAPPER = JsonOutput.pretty();
    private static final Duration DEFAULT_FUZZ_TIME = Duration.ofSeconds(10);
    private static final Duration MAX_FUZZ_TIME = Duration.ofMinutes(5);

    /** What one request answers: an HTTP status and a JSON text. */
    public record Response(int status, String json) {}

    /** A request the API refuses, with the status and message to answer. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final ProblemRepository problems;
    private final Workspace workspace;
    private final Path historyFile;
    private final Recorder recorder;
    private final Judge judge;
    private final Judge fuzzJudge;
    private final Path savedTests;
    private final Sandbox sandbox;
    private final ReentrantLock judging = new ReentrantLock(true);
    /** Judgings running or waiting for the one before them. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong judgingNumbers = new AtomicLong();
    private final JudgingEvents events = new JudgingEvents();

    /**
     * @param judge       the warm judge every run and submit goes through ({@link Judge#keepingWarm()})
     * @param savedTests  where fuzz keeps a counterexample the user keeps ({@link SavedTests#defaultRoot()})
     */
    public Api(ProblemRepository problems, Workspace workspace, Path historyFile, Recorder recorder, Judge judge,
            Judge fuzzJudge, Path savedTests, Sandbox sandbox) {
        this.problems = problems;
        this.workspace = workspace;
        this.historyFile = historyFile;
        this.recorder = recorder;
        this.judge = judge;
        this.fuzzJudge = fuzzJudge;
        this.savedTests = savedTests;
        this.sandbox = sandbox;
    }

    /** Where the judgings' progress is published, for {@code GET /api/events}. */
    JudgingEvents events() {
        return events;
    }

    /** Answers one request; {@code body} is the POST's body, or {@code null}. */
    public Response handle(String method, String path, String query, byte[] body) {
        try {
            List<String> parts = List.of(path.substring("/api/".length()).split("/"));
            String first = parts.get(0);
            boolean get = !method.equals("POST");
            if (get && first.equals("problems") && parts.size() == 1) {
                return ok(problemList());
            }
            if (get && first.equals("problems") && parts.size() == 2) {
                return ok(problem(find(parts.get(1))));
            }
            if (first.equals("problems") && parts.size() == 3 && parts.get(2).equals("file")) {
                Problem p = find(parts.get(1));
                if (get) {
                    return ok(file(p, language(queryParam(query, "language"))));
                }
                JsonNode req = parse(body);
                Language lang = language(text(req, "language", false));
                workspace.save(p, lang, text(req, "code", true));
                return ok(file(p, lang));
            }
            if (!get && (first.equals("run") || first.equals("submit") || first.equals("fuzz")) && parts.size() == 1) {
                return judgeRequest(first, parse(body));
            }
            if (get && first.equals("history") && parts.size() == 1) {
                return ok(history(queryParam(query, "problem"), queryParam(query, "limit")));
            }
            if (get && first.equals("history") && parts.size() == 2) {
                return ok(oneJudging(parts.get(1)));
            }
            if (get && first.equals("stats") && parts.size() == 1) {
                return ok(stats());
            }
            throw new Refused(404, "no such API call: " + method + " " + path + " (see docs/api.md)");
        } catch (Refused e) {
            return new Response(e.status, error(e.getMessage()));
        } catch (PackageException | HistoryException e) {
            return new Response(400, error(e.getMessage()));
        }
    }

    /** {@code {"schemaVersion":1,"error":message}}: the CLI's own JSON error object. */
    static String error(String message) {
        return JsonReport.error(message);
    }

    // ---- problems

    private ObjectNode problemList() {
        ObjectNode root = MAPPER.createObjectNode();
        Map<Integer, Progress.Status> statuses = null;
        try {
            statuses = Progress.statuses(History.readAll(historyFile));
        } catch (HistoryException e) {
            root.put("warning", "statuses unknown: " + e.getMessage());
        }
        ArrayNode list = root.putArray("problems");
        int[] counts = new int[3];
        for (Path dir : problems.packages()) {
            Problem p = ProblemLoader.load(dir);
            ObjectNode n = summary(p);
            if (statuses == null) {
                n.putNull("status");
            } else {
                Progress.Status st = Progress.status(statuses, p.id());
                counts[st.ordinal()]++;
                n.put("status", st.name().toLowerCase(java.util.Locale.ROOT));
            }
            list.add(n);
        }
        ObjectNode c = root.putObject("counts");
        c.put("solved", counts[0]);
        c.put("attempted", counts[1]);
        c.put("untouched", counts[2]);
        return root;
    }

    private static ObjectNode summary(Problem p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", p.id());
        n.put("slug", p.slug());
        n.put("title", p.title());
        n.put("titleZh", p.titleZh());
        n.put("difficulty", p.difficulty());
        ArrayNode tags = n.putArray("tags");
        p.tags().forEach(tags::add);
        return n;
    }

    private ObjectNode problem(Problem p) {
        ObjectNode n = summary(p);
        ObjectNode statement = n.putObject("statement");
        for (Statements.Lang lang : Statements.Lang.values()) {
            statement.put(lang.name(), StatementHtml.render(p, lang));
        }
        ArrayNode params = n.putArray("params");
        for (Param param : p.signature().params()) {
            params.add(param.name());
        }
        ArrayNode examples = n.putArray("examples");
        for (TestCase t : ProblemLoader.examples(p)) {
            ObjectNode e = examples.addObject();
            ArrayNode input = e.putArray("input");
            t.input().forEach(v -> input.add(ValueFormat.format(v)));
            e.put("expected", t.expected() == null ? null : ValueFormat.format(t.expected()));
        }
        ArrayNode langs = n.putArray("languages");
        // Java first: the judge's default language, so the page's picker starts on it; then the others by name.
        List<Language> ordered = new ArrayList<>(Languages.all());
        ordered.sort(Comparator.comparing((Language l) -> !l.name().equals("java")).thenComparing(Language::name));
        for (Language lang : ordered) {
            ObjectNode l = langs.addObject();
            l.put("name", lang.name());
            l.put("title", lang.title());
            l.put("stub", lang.stub(p));
            l.put("file", workspace.shown(p, lang));
            l.put("available", Languages.refusal(lang, sandbox, false) == null);
        }
        return n;
    }

    private ObjectNode file(Problem p, Language lang) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("problemId", p.id());
        n.put("language", lang.name());
        n.put("file", workspace.shown(p, lang));
        Workspace.Saved saved = workspace.read(p, lang);
        n.put("exists", saved != null);
        n.put("code", saved == null ? null : saved.text());
        if (saved == null) {
            n.putNull("modified");
        } else {
            n.put("modified", saved.modified().toString());
        }
        return n;
    }

    // ---- judging

    private Response judgeRequest(String mode, JsonNode req) {
        Problem p = find(text(req, "problem", true));
        Language lang = language(text(req, "language", false));
        String refusal = Languages.refusal(lang, sandbox, false);
        if (refusal != null) {
            throw new Refused(400, refusal);
        }
        String code = text(req, "code", false);
        if (code != null) {
            workspace.save(p, lang, code);
        }
        Path file = workspace.file(p, lang);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new Refused(400, workspace.shown(p, lang) + ": no such file; send \"code\" to write it");
        }
        List<TestCase> custom = mode.equals("run") ? customCases(p, req) : null;
        FuzzConfig fuzz = mode.equals("fuzz") ? fuzzConfig(req) : null;
        Tracker progress = new Tracker(judgingNumbers.incrementAndGet(), progressTag(req), mode, p.id());
        int ahead = inFlight.getAndIncrement();
        String outcome = "ERROR";
        progress.send(JudgingEvents.event("queued").put("ahead", ahead));
        judging.lock();
        try {
            progress.send(JudgingEvents.event("started"));
            Source source = lang.read(file);
            switch (mode) {
                case "run" -> {
                    Result r = judge.run(p, source, custom, progress);
                    recorder.record(r, source);
                    outcome = r.verdict().code();
                    return ok(JsonReport.render(r));
                }
                case "submit" -> {
                    Result r = judge.submit(p, source, progress);
                    recorder.record(r, source);
                    outcome = r.verdict().code();
                    return ok(JsonReport.render(r));
                }
                default -> {
                    FuzzResult r = PropertyRun.fuzz(fuzzJudge, p, source, fuzz, progress::tried);
                    String savedTo = null;
                    if (r.status() == FuzzResult.Status.FALSIFIED && req.path("save").asBoolean(false)) {
                        savedTo = keep(p, r).toString();
                    }
                    recorder.record(r, p, source);
                    outcome = r.status().name();
                    return ok(FuzzReport.json(r, p, savedTo, source.language()));
                }
            }
        } finally {
            // Before the next judging may start, so that its events never mix with this one's.
            inFlight.decrementAndGet();
            progress.send(JudgingEvents.event("finished").put("verdict", outcome));
            judging.unlock();
        }
    }

    /** {@code "progress"}: the caller's name for this judging, repeated in its events; at most 100 characters. */
    private static String progressTag(JsonNode req) {
        String tag = text(req, "progress", false);
        if (tag != null && tag.length() > 100) {
            throw new Refused(400, "/progress: expected at most 100 characters, found " + tag.length());
        }
        return tag;
    }

    /**
     * One judging's events on {@code /api/events}: each names the judging (the server's number and the
     * caller's {@code progress} tag), its mode and problem.
     */
    private final class Tracker implements JudgingProgress {
        /** Fuzz reports its tries after every batch; the page needs a few a second at most. */
        private static final long TRIES_EVERY_NANOS = 200_000_000L;
        private final long number;
        private final String tag;
        private final String mode;
        private final int problemId;
        private long lastTries = System.nanoTime() - TRIES_EVERY_NANOS;

        Tracker(long number, String tag, String mode, int problemId) {
            this.number = number;
            this.tag = tag;
            this.mode = mode;
            this.problemId = problemId;
        }

        void send(ObjectNode event) {
            event.put("judging", number);
            event.put("progress", tag);
            event.put("mode", mode);
            event.put("problemId", problemId);
            events.publish(event);
        }

        @Override
        public void compiled() {
            send(JudgingEvents.event("compiled"));
        }

        @Override
        public void tested(int done, int total) {
            send(JudgingEvents.event("tested").put("done", done).put("total", total));
        }

        @Override
        public void propertyPhase() {
            send(JudgingEvents.event("property"));
        }

        void tried(long tries) {
            long now = System.nanoTime();
            if (now - lastTries >= TRIES_EVERY_NANOS) {
                lastTries = now;
                send(JudgingEvents.event("tried").put("tries", tries));
            }
        }
    }

    private Path keep(Problem p, FuzzResult r) {
        TestResult c = r.counterexample();
        List<Value> input = c.input().stream().map(ValueFormat::parse).toList();
        Value expected = c.expected() == null ? null : ValueFormat.parse(c.expected());
        try {
            return SavedTests.saveForUser(savedTests, p, "fuzz-seed-" + r.seed(), input, expected);
        } catch (IOException e) {
            throw new Refused(500, "cannot keep the counterexample: " + e.getMessage());
        }
    }

    /** {@code "cases"}: custom input in LeetCode's format, as {@code run --input}; absent: the examples. */
    private static List<TestCase> customCases(Problem p, JsonNode req) {
        String text = text(req, "cases", false);
        if (text == null || text.isBlank()) {
            return null;
        }
        List<TestCase> parsed = CustomInput.parse(p, text, "custom input");
        List<TestCase> renamed = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            TestCase c = parsed.get(i);
            renamed.add(new TestCase("case-" + (i + 1), c.input(), null, c.origin()));
        }
        return renamed;
    }

    private static FuzzConfig fuzzConfig(JsonNode req) {
        long seed = req.hasNonNull("seed") ? number(req, "seed", 0, Long.MAX_VALUE)
                : new SecureRandom().nextLong() & 0xFFFFFFFFFFFFL;
        long tries = req.hasNonNull("tries") ? number(req, "tries", 1, 10_000_000) : 10_000;
        Duration time = req.hasNonNull("seconds")
                ? Duration.ofSeconds(number(req, "seconds", 1, MAX_FUZZ_TIME.toSeconds())) : DEFAULT_FUZZ_TIME;
        return new FuzzConfig(seed, tries, time, FuzzConfig.DEFAULT_MAX_SIZE, DEFAULT_FUZZ_TIME);
    }

    // ---- history and progress

    private ObjectNode history(String problem, String limitText) {
        Integer id = problem == null ? null : find(problem).id();
        int limit = 50;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 10_000) {
                throw new Refused(400, "limit must be a number from 1 to 10000, not \"" + limitText + "\"");
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("judgings");
        if (java.nio.file.Files.exists(historyFile)) {
            try (History h = History.open(historyFile)) {
                for (Submission s : h.list(id, limit)) {
                    list.add(submission(s));
                }
            }
        }
        return root;
    }

    private ObjectNode oneJudging(String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new Refused(400, "a judging's id is a number, not \"" + idText + "\"");
        }
        if (!java.nio.file.Files.exists(historyFile)) {
            throw new Refused(404, "no judging " + id + ": the history is empty");
        }
        try (History h = History.open(historyFile)) {
            Submission s = h.find(id).orElseThrow(() -> new Refused(404, "no judging " + id + " in the history"));
            return submission(s);
        }
    }

    private static ObjectNode submission(Submission s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("time", s.time().toString());
        n.put("mode", s.mode());
        n.put("problemId", s.problemId());
        n.put("problem", s.problemSlug());
        n.put("language", s.language());
        n.put("verdict", s.verdict());
        n.put("passed", s.passed());
        n.put("total", s.total());
        n.put("runtimeMs", s.runtimeMs());
        n.put("memoryMb", s.memoryMb());
        n.put("source", s.sourceFile());
        n.put("sourceHash", s.sourceHash());
        n.put("message", s.message());
        if (s.source() != null) {
            n.put("code", s.source());
        }
        return n;
    }

    private ObjectNode stats() {
        ZoneId zone = ZoneId.systemDefault();
        List<Problem> all = new ArrayList<>();
        for (Path dir : problems.packages()) {
            all.add(ProblemLoader.load(dir));
        }
        List<Submission> history = History.readAll(historyFile);
        LocalDate today = LocalDate.now(zone);
        Progress p = Progress.of(all, history, today, zone);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("solved", p.solved());
        root.put("attempted", p.attempted());
        root.put("problems", p.problems());
        root.put("judgings", p.judgings());
        root.put("streakDays", p.streakDays());
        root.put("today", today.toString());
        counts(root.putArray("byDifficulty"), p.byDifficulty());
        counts(root.putArray("byTag"), p.byTag());
        Map<String, Integer> days = new TreeMap<>();
        for (Submission s : history) {
            days.merge(s.time().atZone(zone).toLocalDate().toString(), 1, Integer::sum);
        }
        ObjectNode d = root.putObject("days");
        days.forEach(d::put);
        ArrayNode recent = root.putArray("recent");
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - 10); i--) {
            recent.add(submission(history.get(i)));
        }
        return root;
    }

    private static void counts(ArrayNode out, List<Progress.Count> counts) {
        for (Progress.Count c : counts) {
            ObjectNode n = out.addObject();
            n.put("name", c.name());
            n.put("solved", c.solved());
            n.put("total", c.total());
        }
    }

    // ---- request reading

    private Problem find(String query) {
        if (problems.lookup(query).isEmpty()) {
            throw new Refused(404, "unknown problem \"" + query + "\"; give a number, a slug or a folder name");
        }
        return problems.find(query);
    }

    private static Language language(String name) {
        return name == null || name.isBlank() ? Languages.java() : Languages.named(name);
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new Refused(400, "expected a JSON object as the request body, found nothing");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new Refused(400, "expected a JSON object as the request body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Refused(400, "the request body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Refused(400, "the request body cannot be read: " + e.getMessage());
        }
    }

    private static String text(JsonNode req, String field, boolean required) {
        JsonNode v = req.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Refused(400, "/" + field + ": expected a string, found nothing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Refused(400, "/" + field + ": expected a string, found " + v.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        return v.asText();
    }

    private static long number(JsonNode req, String field, long min, long max) {
        JsonNode v = req.get(field);
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw new Refused(400, "/" + field + ": expected a whole number from " + min + " to " + max + ", found "
                    + v);
        }
        return v.asLong();
    }

    /** The value of {@code name} in a raw query string, decoded; {@code null} when absent. */
    static String queryParam(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Response ok(ObjectNode node) {
        try {
            return new Response(200, MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response ok(String json) {
        return new Response(200, json);
    }
}
