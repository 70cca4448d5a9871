package judge.verify.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import judge.check.Checker;
import judge.grading.Hashes;
import judge.judging.Evaluation;
import judge.judging.Jobs;
import judge.judging.Judge;
import judge.judging.JudgeException;
import judge.judging.JudgeVersion;
import judge.judging.TestResult;
import judge.judging.TimeLimits;
import judge.judging.Verdict;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.problem.TextFiles;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.Fuzzer;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.Leftovers;
import judge.sandbox.RuntimeFiles;
import judge.value.Value;

/**
 * Measures how strong a package's tests are: every mutant of the reference ({@link MutantGenerator}) is judged
 * in its own sandboxed child on the package's tests (the examples, then the hidden tests, as {@code submit} runs
 * them, without its property phase), under the time limits the reference's own timing gives, stopping at the
 * first failing test. A mutant that some test rejects (wrong answer, crash, time limit, memory) is killed. Each
 * survivor is then handed to the property engine, which looks for the smallest input that tells it from the
 * reference, so that the author sees which test to add.
 *
 * <p>The runner loads its solution class once per child and the wire protocol has no message to load another,
 * so each mutant gets a fresh child; mutants run in parallel, {@code jobs} at a time. Results are cached by the
 * package's fingerprint (problem.json, tests, reference, checker, the declarations), the compiled reference's
 * bytes and the judge's version; the package's declarations of equivalent mutants are not part of the key, so
 * declaring one costs no new measurement.
 *
 * <p>{@link #testsOnly()} leaves out the property search of survivors: the score is the same (only the tests kill),
 * at a fraction of the time, which is what the suite checks every package with.
 */
public final class MutationTesting {
    /** Changes whenever what a mutant is or how it is judged changes, so older cache entries are not reused. */
    static final String ENGINE_VERSION = "2";
    /** The property engine's budget per survivor: small inputs, a few hundred tries, a few seconds. */
    static final int SURVIVOR_TRIES = 300;
    static final Duration SURVIVOR_BUDGET = Duration.ofSeconds(20);
    static final Duration SURVIVOR_SHRINK = Duration.ofSeconds(5);
    static final long SURVIVOR_SEED = 17;
    /** A batch of tests sent to a child at once: at most this many calls and about this many input characters. */
    private static final int BATCH_CALLS = 64;
    private static final long BATCH_CHARS = 1 << 20;
    private static final Duration REFERENCE_DEADLINE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Judge judge;
    private final int jobs;
    private final Path cacheRoot;
    private final boolean searchSurvivors;

    /**
     * @param cacheRoot where results are kept between runs ({@code <cache>/mutants/}), or {@code null} for none
     */
    public MutationTesting(Judge judge, int jobs, Path cacheRoot) {
        this(judge, jobs, cacheRoot, true);
    }

    private MutationTesting(Judge judge, int jobs, Path cacheRoot, boolean searchSurvivors) {
        this.judge = judge;
        this.jobs = Math.max(1, jobs);
        this.cacheRoot = cacheRoot;
        this.searchSurvivors = searchSurvivors;
    }

    /**
     * The same measurement without the property engine's search for an input that tells a survivor from the
     * reference: the score and the declarations a test refutes are the same, the survivors come without an input
     * and a declaration only the property engine could refute goes unchecked. Most of a package's time is that
     * search (up to {@link #SURVIVOR_BUDGET} per survivor, and every declared equivalent mutant is one), so the
     * suite holds every package to its threshold this way; {@code verify --mutants} searches. Its results are
     * cached apart, so that they never stand for a search that was not made.
     */
    public MutationTesting testsOnly() {
        return new MutationTesting(judge, jobs, cacheRoot, false);
    }

    /**
     * The package's score. What each mutant did is taken from the cache when nothing that decides it changed;
     * the declarations of {@code equivalent-mutants.json} are applied afresh each time.
     */
    public PackageScore score(Path dir) {
        long start = System.nanoTime();
        Problem problem = ProblemLoader.load(dir);
        List<Equivalents.Declared> declared = Equivalents.read(dir);
        Path reference = judge.referenceClasses(problem);
        List<Mutant> mutants = MutantGenerator.generate(reference);
        String key = cacheKey(dir, reference);
        Measured measured = readCache(key);
        boolean cached = measured != null && mutants.stream().allMatch(m -> measured.outcomes().containsKey(m.id()));
        Measured run = cached ? measured : measure(problem, reference, mutants, start);
        if (!cached) {
            writeCache(key, run);
        }
        List<String> lines = TextFiles.readUtf8(problem.referenceSource(),
                ProblemLoader.shown(problem.referenceSource())).lines().toList();
        Map<String, Equivalents.Declared> byId = new LinkedHashMap<>();
        declared.forEach(d -> byId.put(d.mutant(), d));
        List<String> errors = new ArrayList<>();
        int killed = 0;
        int equivalent = 0;
        List<PackageScore.Survivor> survivors = new ArrayList<>();
        for (Mutant m : mutants) {
            Outcome o = run.outcomes().get(m.id());
            Equivalents.Declared d = byId.remove(m.id());
            if (d != null) {
                equivalent++;
                if (o.killedBy() != null) {
                    errors.add(Equivalents.FILE + ": \"" + m.id() + "\" is declared equivalent, but test "
                            + o.killedBy() + " kills it: it is a real difference");
                } else if (o.distinguished() != null) {
                    errors.add(Equivalents.FILE + ": \"" + m.id() + "\" is declared equivalent, but the input "
                            + String.join(", ", o.distinguished().input()) + " tells it from the reference (expected "
                            + o.distinguished().expected() + ", mutant " + (o.distinguished().output() == null
                            ? o.distinguished().verdict() : o.distinguished().output()) + ")");
                }
                continue;
            }
            if (o.killedBy() != null) {
                killed++;
            } else {
                String source = m.line() > 0 && m.line() <= lines.size() ? lines.get(m.line() - 1).strip() : "";
                survivors.add(new PackageScore.Survivor(m.id(), m.className(), m.method(), m.line(), m.operator(),
                        m.description(), source, o.distinguished()));
            }
        }
        for (String unknown : byId.keySet()) {
            errors.add(Equivalents.FILE + ": \"" + unknown + "\" is not a mutant of the reference (did the reference"
                    + " change? verify --mutants lists the survivors' ids)");
        }
        int counted = mutants.size() - equivalent;
        double score = counted == 0 ? 1 : (double) killed / counted;
        return new PackageScore(dir.getFileName().toString(), mutants.size(), killed, equivalent, score,
                run.seconds(), cached, survivors, declared, errors, searchSurvivors);
    }

    /**
     * Every mutant judged: what the cache keeps.
     *
     * @param seconds  how long judging them took
     * @param outcomes by mutant id
     */
    record Measured(double seconds, Map<String, Outcome> outcomes) {}

    private Measured measure(Problem problem, Path reference, List<Mutant> mutants, long start) {
        List<TestCase> tests = new ArrayList<>(ProblemLoader.examples(problem));
        tests.addAll(ProblemLoader.hidden(problem));
        Checker checker = judge.checker(problem);
        List<List<Integer>> batches = batches(tests);
        TimeLimits limits = TimeLimits.forReference(problem.limits(), referenceNanos(problem, reference, tests,
                batches));
        Suite suite = new Suite(problem, reference, tests, batches, limits, checker);
        List<Outcome> outcomes = runAll(mutants, suite);
        Map<String, Outcome> byId = new LinkedHashMap<>();
        for (int i = 0; i < mutants.size(); i++) {
            byId.put(mutants.get(i).id(), outcomes.get(i));
        }
        return new Measured((System.nanoTime() - start) / 1e9, byId);
    }

    /** Everything a mutant is judged with, the same for every mutant of a package. */
    private record Suite(Problem problem, Path reference, List<TestCase> tests, List<List<Integer>> batches,
            TimeLimits limits, Checker checker) {}

    /**
     * What became of one mutant: the test that killed it (its name and verdict), or {@code null} with, for a
     * survivor (declared equivalent or not: a declaration the engine refutes is an error), the input that tells it
     * from the reference if the property engine found one.
     */
    record Outcome(String killedBy, PackageScore.Distinguishing distinguished) {}

    private List<Outcome> runAll(List<Mutant> mutants, Suite suite) {
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (Mutant m : mutants) {
            tasks.add(() -> judgeMutant(m, suite));
        }
        return Jobs.inOrder(tasks, jobs, "judge-mutant");
    }

    /**
     * Judges one mutant in a child of its own, on its own thread (under bubblewrap a child dies with the thread
     * that started it, and this one ends it before returning).
     */
    private Outcome judgeMutant(Mutant mutant, Suite suite) throws IOException {
        Path classes = Leftovers.tempFolder("judge-mutant-");
        try {
            copyTree(suite.reference(), classes);
            Files.write(classes.resolve(mutant.classFile()), mutant.bytes());
            ChildSpec spec = Judge.childSpec(suite.problem(), classes);
            String killedBy = runTests(spec, suite);
            if (killedBy != null) {
                return new Outcome(killedBy, null);
            }
            return new Outcome(null, searchSurvivors ? distinguish(spec, suite) : null);
        } finally {
            RuntimeFiles.deleteTree(classes);
        }
    }

    /** The name and verdict of the first test the classes in {@code spec} fail, or {@code null}. */
    private String runTests(ChildSpec spec, Suite suite) {
        Child child = Child.start(spec, judge.sandbox());
        try {
            double runtimeMs = 0;
            for (List<Integer> batch : suite.batches()) {
                long deadline = 0;
                List<List<Value>> inputs = new ArrayList<>();
                for (int i : batch) {
                    deadline = Math.max(deadline, suite.limits().forTest(i));
                    inputs.add(suite.tests().get(i).input());
                }
                List<Answer> answers = child.callBatch(inputs, Duration.ofMillis(deadline + Judge.graceMs(deadline)));
                for (int j = 0; j < answers.size(); j++) {
                    TestCase test = suite.tests().get(batch.get(j));
                    TestResult r = evaluate(test, answers.get(j), suite.limits().forTest(batch.get(j)), suite);
                    if (!r.verdict().isAccepted()) {
                        return test.name() + " (" + r.verdict().name() + ")";
                    }
                    runtimeMs += r.runtimeMs() == null ? 0 : r.runtimeMs();
                    if (runtimeMs > suite.limits().totalMs()) {
                        return test.name() + " (TIME_LIMIT_EXCEEDED: the whole run's limit)";
                    }
                }
            }
            return null;
        } finally {
            child.close();
        }
    }

    private TestResult evaluate(TestCase test, Answer answer, long limitMs, Suite suite) {
        try {
            return Evaluation.of(test, answer, limitMs, suite.checker(), "Solution.java",
                    suite.problem().limits().memoryMb());
        } catch (JudgeException e) {
            // The runner could not go on with what the mutant did (its answer broke the runner's own code): the
            // mutant is rejected, not the package.
            return new TestResult(test.name(), Verdict.RUNTIME_ERROR, null, limitMs, List.of(), null,
                    null, e.getMessage(), null);
        }
    }

    /** The property engine's smallest input on which the mutant fails against the reference, or {@code null}. */
    private PackageScore.Distinguishing distinguish(ChildSpec spec, Suite suite) {
        FuzzConfig config = new FuzzConfig(SURVIVOR_SEED, SURVIVOR_TRIES, SURVIVOR_BUDGET,
                FuzzConfig.DEFAULT_MAX_SIZE, SURVIVOR_SHRINK);
        try (Fuzzer fuzzer = new Fuzzer(suite.problem(), suite.checker(), judge.validator(suite.problem()), spec,
                Judge.childSpec(suite.problem(), suite.reference()), judge.sandbox(), "Solution.java", null, null)) {
            FuzzResult r = fuzzer.run(config, done -> { });
            if (r.status() != FuzzResult.Status.FALSIFIED || r.counterexample() == null) {
                return null;
            }
            TestResult c = r.counterexample();
            return new PackageScore.Distinguishing(c.input(), c.expected(), c.output(), c.verdict().name());
        }
    }

    /** The reference's CPU time on each test, in a cold child as each mutant's: the mutants' time limits. */
    private List<Long> referenceNanos(Problem problem, Path reference, List<TestCase> tests,
            List<List<Integer>> batches) {
        List<Long> nanos = new ArrayList<>();
        Child child = Child.start(Judge.childSpec(problem, reference), judge.sandbox());
        try {
            for (List<Integer> batch : batches) {
                List<List<Value>> inputs = batch.stream().map(i -> tests.get(i).input()).toList();
                List<Answer> answers = child.callBatch(inputs, REFERENCE_DEADLINE);
                for (int j = 0; j < batch.size(); j++) {
                    if (j >= answers.size() || !(answers.get(j) instanceof Answer.Returned r)) {
                        throw new JudgeException("the reference solution failed on test "
                                + tests.get(batch.get(j)).name() + " while timing it for the mutants");
                    }
                    nanos.add(r.nanos());
                }
            }
        } finally {
            child.close();
        }
        return nanos;
    }

    /** The tests' indices cut into batches, in order. */
    private static List<List<Integer>> batches(List<TestCase> tests) {
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < tests.size(); i++) {
            long size = tests.get(i).input().stream().mapToLong(v -> v.format().length()).sum();
            if (!current.isEmpty() && (current.size() >= BATCH_CALLS || chars + size > BATCH_CHARS)) {
                batches.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(i);
            chars += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // ---- the cache ----

    private String cacheKey(Path dir, Path reference) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String engine = ENGINE_VERSION + (searchSurvivors ? "" : " tests only");
            sha.update((engine + "\0" + JudgeVersion.current() + "\0" + Runtime.version() + "\0"
                    + Hashes.packageSha256(dir) + "\0").getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> all = Files.walk(reference)) {
                for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                    sha.update(("\0" + reference.relativize(p) + "\0").getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(p));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private Path cacheFile(String key) {
        return cacheRoot.resolve("mutants").resolve(key + ".json");
    }

    /** The cached measurement, or {@code null}: an unreadable entry is measured again, never an error. */
    private Measured readCache(String key) {
        if (cacheRoot == null) {
            return null;
        }
        Path file = cacheFile(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), Measured.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the entry through a temporary file, so a reader never sees half of one; a failure only loses it. */
    private void writeCache(String key, Measured measured) {
        if (cacheRoot == null) {
            return;
        }
        try {
            Path file = cacheFile(key);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "entry-", ".tmp");
            JSON.writeValue(tmp.toFile(), measured);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the cache only saves time
        }
    }
}
