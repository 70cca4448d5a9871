package judge.judging;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import judge.problem.Problem;
import judge.problem.TestCase;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;

/**
 * What many submissions of the same problem can share when graded together: the reference's timing and answers
 * on the problem's tests, taken once (by the first submission, in a fresh child, exactly as {@code submit} takes
 * them), and the reference's warm children for the property phase, lent out one per submission at a time.
 *
 * <p>Only the trusted reference is shared; every submission still gets child JVMs of its own. Close this when
 * grading is done, to end the idle children.
 */
public final class SharedReferences implements AutoCloseable {
    private final Map<Path, CompletableFuture<Judge.ReferenceRun>> timings = new ConcurrentHashMap<>();
    private final Map<Path, Deque<Child>> idle = new HashMap<>();
    private boolean closed;

    /**
     * The reference's run on {@code tests}: the first caller for a problem runs {@code fresh} and keeps its
     * child; later callers (waiting for the first if need be) get its times and answers with an idle child, or a
     * new one from {@code start}.
     */
    Judge.ReferenceRun run(Problem problem, List<TestCase> tests, Supplier<Judge.ReferenceRun> fresh,
            Supplier<Child> start, ChildSpec spec) {
        Path key = problem.dir().toAbsolutePath();
        CompletableFuture<Judge.ReferenceRun> mine = new CompletableFuture<>();
        CompletableFuture<Judge.ReferenceRun> first = timings.putIfAbsent(key, mine);
        if (first == null) {
            try {
                Judge.ReferenceRun run = fresh.get();
                mine.complete(new Judge.ReferenceRun(run.nanos(), run.outputs(), null, spec));
                return run;
            } catch (RuntimeException e) {
                timings.remove(key, mine); // the next submission tries again, and reports the same failure
                mine.completeExceptionally(e);
                throw e;
            }
        }
        Judge.ReferenceRun timing;
        try {
            timing = first.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (timing.outputs().size() != tests.size()) {
            throw new IllegalStateException("shared reference timing of " + problem.slug() + " covers "
                    + timing.outputs().size() + " tests, not " + tests.size());
        }
        Child child = borrow(key);
        return new Judge.ReferenceRun(timing.nanos(), timing.outputs(), child != null ? child : start.get(), spec);
    }

    private synchronized Child borrow(Path key) {
        Deque<Child> children = idle.get(key);
        while (children != null && !children.isEmpty()) {
            Child c = children.pop();
            if (c.isAlive()) {
                return c;
            }
            c.close();
        }
        return null;
    }

    /** A reference child the borrower is done with, for the next submission of its problem. */
    void giveBack(Problem problem, Child child) {
        synchronized (this) {
            if (!closed) {
                idle.computeIfAbsent(problem.dir().toAbsolutePath(), k -> new ArrayDeque<>()).push(child);
                return;
            }
        }
        child.close();
    }

    @Override
    public void close() {
        List<Child> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(all::addAll);
            idle.clear();
        }
        all.forEach(Child::close);
    }
}
