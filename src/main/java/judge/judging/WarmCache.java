package judge.judging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.RuntimeFiles;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.SavedTests;
import judge.problem.TestCase;
import judge.value.Value;

/**
 * What a long-lived judge ({@code watch}) keeps between submits of one problem: the loaded and checked tests,
 * the reference's answers and times on them, and child JVMs booted ahead of the next judging (a spare for the
 * solution never ran anything: it is started with an empty class folder, which the next judging compiles into). Both are a function of the package's files (and the user's saved
 * tests), so an entry is keyed by those files' names, sizes and modification times, and a package edited on disk
 * is loaded and timed again. A cold judge has no such cache: its time limits come from the reference timed in
 * the same run; a warm one's from the reference timed in the first submit of the session.
 */
final class WarmCache implements AutoCloseable {
    /** Children kept booted per problem for the solution (run and submit may each take one) and the reference. */
    private static final int SOLUTION_SPARES = 2;
    private static final int REFERENCE_SPARES = 1;

    /** A child booted ahead of a judging, with the empty folder its class path names for the solution's classes. */
    record Spare(Path classes, Child child) {}

    /**
     * Spare children start on this one long-lived thread: under bubblewrap a child dies with the thread that
     * started it, and a spare must outlive the judging that asked for it.
     */
    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "warm-children");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Deque<Future<Spare>>> spares = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** The reference's times and answers on a problem's tests, without its child. */
    record ReferenceTimes(List<Long> nanos, List<Value> outputs) {}

    /**
     * The one timing of the reference on one version of a problem's tests. The first submit to {@link #claim}
     * it runs the reference and completes it; every other submit, at the same time or later, waits for those
     * times, so that every solution judged by this judge gets the same limits.
     */
    static final class Timing {
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<ReferenceTimes> times = new CompletableFuture<>();

        /** Whether the caller is the first, and must time the reference. */
        boolean claim() {
            return claimed.compareAndSet(false, true);
        }

        void complete(ReferenceTimes t) {
            times.complete(t);
        }

        void fail(RuntimeException e) {
            times.completeExceptionally(e);
        }

        /** The times, once the first submit has them; its failure, if it failed. */
        ReferenceTimes await() {
            try {
                return times.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    private record Entry(String stamp, List<TestCase> tests, Timing timing) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The submit's tests (examples, hidden, saved), loaded and checked once per version of the files. */
    List<TestCase> tests(Problem problem, Path savedTests, Supplier<List<TestCase>> load) {
        String stamp = stamp(problem, savedTests);
        Entry e = entries.get(problem.dir());
        if (e != null && e.stamp().equals(stamp)) {
            return e.tests();
        }
        List<TestCase> tests = List.copyOf(load.get());
        Entry fresh = new Entry(stamp, tests, new Timing());
        // Two submits loading the same version at once keep the first one's entry, so they share its timing.
        Entry kept = entries.merge(problem.dir(), fresh, (old, mine) -> old.stamp().equals(stamp) ? old : mine);
        return kept.tests();
    }

    /** The reference's timing on exactly {@code tests} (as {@link #tests} returned them), or {@code null}. */
    Timing timing(Problem problem, List<TestCase> tests) {
        Entry e = entries.get(problem.dir());
        return e != null && e.tests() == tests ? e.timing() : null;
    }

    /** A healthy child its borrower is done with, for the next one to take; ended if this cache is closed. */
    void giveBack(String key, Child child) {
        if (!closed) {
            spares.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>())
                    .addFirst(CompletableFuture.completedFuture(new Spare(null, child)));
            if (!closed) {
                return;
            }
            // Closed meanwhile: close() may have drained the queue before the child went in. Closing twice is safe.
        }
        child.close();
    }

    /** A booted child for {@code key} (waiting for one still booting), or {@code null} when none is there. */
    Spare takeSpare(String key) {
        Deque<Future<Spare>> queue = spares.get(key);
        Future<Spare> next;
        while (queue != null && (next = queue.pollFirst()) != null) {
            try {
                Spare spare = next.get();
                if (spare != null && spare.child().isAlive()) {
                    return spare;
                }
                discard(spare);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                // that one failed to start; try the next, else start one as usual
            }
        }
        return null;
    }

    /** Boots children for {@code key} in the background until {@code max} are there. */
    void keepSpares(String key, int max, Callable<Spare> start) {
        if (closed) {
            return;
        }
        Deque<Future<Spare>> queue = spares.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
        synchronized (queue) {
            while (queue.size() < max) {
                try {
                    queue.addLast(starter.submit(start));
                } catch (RejectedExecutionException e) {
                    return;
                }
            }
        }
    }

    /** Spares fit one problem as loaded, in one language: a child is told the class, method and heap when it starts. */
    static String solutionKey(Problem problem, judge.lang.Language language) {
        return "solution " + language.name() + " " + problem.dir() + " " + problem.signature() + " " + problem.limits();
    }

    /** ... and the reference's spares, its compiled classes too. */
    static String referenceKey(Problem problem, ChildSpec spec) {
        return "reference " + problem.dir() + " " + spec;
    }

    static int max(String key) {
        return key.startsWith("solution") ? SOLUTION_SPARES : REFERENCE_SPARES;
    }

    /** Children booted and waiting. */
    int spares() {
        int n = 0;
        for (Deque<Future<Spare>> queue : spares.values()) {
            for (Future<Spare> f : queue) {
                n += f.isDone() ? 1 : 0;
            }
        }
        return n;
    }

    private static void discard(Spare spare) {
        if (spare != null) {
            spare.child().close();
            if (spare.classes() != null) {
                RuntimeFiles.deleteTree(spare.classes());
            }
        }
    }

    /** Stops every spare child and the thread that starts them. */
    @Override
    public void close() {
        closed = true;
        starter.shutdown();
        for (Deque<Future<Spare>> queue : spares.values()) {
            Future<Spare> f;
            while ((f = queue.pollFirst()) != null) {
                try {
                    discard(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // never started
                }
            }
        }
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
