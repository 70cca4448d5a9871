package judge.judging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.SavedTests;
import judge.problem.TestCase;
import judge.value.Value;

/**
 * What a long-lived judge ({@code watch}) keeps between submits of one problem: the loaded and checked tests, and
 * the reference's answers and times on them. Both are a function of the package's files (and the user's saved
 * tests), so an entry is keyed by those files' names, sizes and modification times, and a package edited on disk
 * is loaded and timed again. A cold judge has no such cache: its time limits come from the reference timed in
 * the same run; a warm one's from the reference timed in the first submit of the session.
 */
final class WarmCache {
    /** The reference's times and answers on a problem's tests, without its child (a new one runs each submit). */
    record ReferenceTimes(List<Long> nanos, List<Value> outputs) {}

    private record Entry(String stamp, List<TestCase> tests, ReferenceTimes reference) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The submit's tests (examples, hidden, saved), loaded and checked once per version of the files. */
    List<TestCase> tests(Problem problem, Path savedTests, Supplier<List<TestCase>> load) {
        String stamp = stamp(problem, savedTests);
        Entry e = entries.get(problem.dir());
        if (e != null && e.stamp().equals(stamp)) {
            return e.tests();
        }
        List<TestCase> tests = List.copyOf(load.get());
        entries.put(problem.dir(), new Entry(stamp, tests, null));
        return tests;
    }

    /** The reference's times and answers on exactly {@code tests}, if they were recorded. */
    ReferenceTimes reference(Problem problem, List<TestCase> tests) {
        Entry e = entries.get(problem.dir());
        return e != null && e.tests() == tests ? e.reference() : null;
    }

    void remember(Problem problem, List<TestCase> tests, ReferenceTimes times) {
        entries.computeIfPresent(problem.dir(), (dir, e) -> e.tests() == tests ? new Entry(e.stamp(), tests, times) : e);
    }

    private static String stamp(Problem problem, Path savedTests) {
        List<Path> files = new ArrayList<>();
        files.add(problem.dir().resolve("problem.json"));
        files.add(problem.referenceSource());
        files.add(problem.dir().resolve("tests").resolve("examples.json"));
        files.addAll(ProblemLoader.jsonFiles(problem.dir().resolve("tests").resolve("hidden")));
        if (savedTests != null) {
            files.addAll(ProblemLoader.jsonFiles(SavedTests.userDir(savedTests, problem)));
        }
        StringBuilder stamp = new StringBuilder();
        for (Path f : files) {
            stamp.append(f).append(':');
            try {
                stamp.append(Files.size(f)).append(':').append(Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                stamp.append("missing");
            }
            stamp.append('\n');
        }
        return stamp.toString();
    }
}
