package judge.judging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Judgings run side by side: {@code jobs} at a time, each on a daemon thread, their results in the tasks' order. */
public final class Jobs {
    private Jobs() {}

    /**
     * The results of {@code tasks}, in order, computed at most {@code jobs} at a time on threads named {@code name}.
     * A task's runtime exception is thrown as it is; anything else a task throws, or an interrupt, is a
     * {@link JudgeException}.
     */
    public static <T> List<T> inOrder(List<? extends Callable<T>> tasks, int jobs, String name) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, tasks.size()), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : running) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JudgeException("interrupted while running " + name + " jobs");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new JudgeException(name + " job failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
