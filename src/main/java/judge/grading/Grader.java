package judge.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import judge.judging.Judge;
import judge.judging.JudgeVersion;
import judge.judging.Result;
import judge.judging.Verdict;
import judge.problem.Problem;

/**
 * Grades submissions as {@code submit} judges each one (the same tests, limits and property phase), up to
 * {@code jobs} at once: one judge process with one warm compiler, and per submission its own sandboxed child
 * JVMs, so that a submission that crashes, hangs or attacks its sandbox ends only its own children.
 *
 * <p>Each grade goes to the {@link GradeLog} as soon as it is known. A submission the judge could not grade
 * (Internal Error) is reported but not logged, so that {@code --resume} tries it again.
 */
public final class Grader {
    private final Judge judge;
    private final int jobs;

    /** Hears of progress, from the grading threads. */
    public interface Listener {
        void started(Submission submission);

        void finished(Grade grade, boolean resumed);
    }

    public Grader(Judge judge, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs " + jobs);
        }
        this.judge = judge;
        this.jobs = jobs;
    }

    /**
     * Grades {@code submissions}, taking from {@code earlier} (a resumed log) the grades that still stand, and
     * returns every grade in the submissions' order.
     */
    public List<Grade> grade(List<Submission> submissions, List<Grade> earlier, GradeLog log, Listener listener) {
        String version = JudgeVersion.current();
        Map<Integer, String> packageHashes = new HashMap<>();
        for (Submission s : submissions) {
            packageHashes.computeIfAbsent(s.problem().id(), id -> Hashes.packageSha256(s.problem().dir()));
        }
        Grade[] grades = new Grade[submissions.size()];
        List<Integer> toJudge = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission s = submissions.get(i);
            Grade resumed = latestMatching(earlier, s, packageHashes.get(s.problem().id()), version);
            if (resumed != null) {
                resumed = resumed.at(s.file().toString());
                grades[i] = resumed;
                if (log != null) {
                    log.append(resumed);
                }
                listener.finished(resumed, true);
            } else {
                toJudge.add(i);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, toJudge.size())), r -> {
            Thread t = new Thread(r, "grade");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i : toJudge) {
                Submission s = submissions.get(i);
                running.add(pool.submit(() -> {
                    listener.started(s);
                    Grade g = Grade.of(s, judgeOne(s), packageHashes.get(s.problem().id()), version);
                    if (log != null && g.verdict() != Verdict.INTERNAL_ERROR) {
                        log.append(g);
                    }
                    grades[i] = g;
                    listener.finished(g, false);
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(grades);
    }

    /** Submit's verdict; whatever goes wrong inside the judge is this submission's Internal Error, not the run's. */
    private Result judgeOne(Submission s) {
        Problem p = s.problem();
        try {
            return judge.submit(p, s.source());
        } catch (RuntimeException e) {
            return new Result("submit", new Result.ProblemRef(p.id(), p.slug(), p.title()), s.file().toString(),
                    Verdict.INTERNAL_ERROR, 0, 0, 0, null, null, List.of(), null, List.of(),
                    e.getMessage() == null ? e.toString() : e.getMessage(), List.of(), null, s.source().language());
        }
    }

    private static Grade latestMatching(List<Grade> earlier, Submission s, String packageSha256, String version) {
        Grade found = null;
        for (Grade g : earlier) {
            if (g.matches(s, packageSha256, version)) {
                found = g;
            }
        }
        return found;
    }
}
