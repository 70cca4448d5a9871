package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobsTest {
    @Test
    void resultsComeInTheTasksOrderWhateverOrderTheyFinishIn() {
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        List<Callable<String>> tasks = new ArrayList<>();
        tasks.add(() -> {
            firstMayEnd.await(60, TimeUnit.SECONDS); // ends only after the second has ended
            return "first";
        });
        tasks.add(() -> {
            firstMayEnd.countDown();
            return "second";
        });
        tasks.add(() -> Thread.currentThread().getName());

        assertEquals(List.of("first", "second", "verify"), Jobs.inOrder(tasks, 2, "verify"));
        assertEquals(List.of(), Jobs.inOrder(List.<Callable<String>>of(), 2, "verify"));
    }

    @Test
    void aTasksRuntimeExceptionIsThrownAsItIsAndAnyOtherAsAJudgeException() {
        IllegalStateException thrown = new IllegalStateException("broken package");
        List<Callable<String>> runtime = List.of(() -> "ok", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Jobs.inOrder(runtime, 2, "verify")));

        List<Callable<String>> checked = List.of(() -> {
            throw new IOException("disk full");
        });
        JudgeException e = assertThrows(JudgeException.class, () -> Jobs.inOrder(checked, 1, "judge-mutant"));
        assertEquals("judge-mutant job failed: java.io.IOException: disk full", e.getMessage());
    }
}
