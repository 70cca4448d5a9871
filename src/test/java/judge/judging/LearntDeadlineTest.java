package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import judge.TestPackages;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call may start before its deadline is known (a submit's limits come from the reference's times as they
 * come): it starts with what is known, and learns the rest, once, when it needs it, before anything ends it.
 */
class LearntDeadlineTest {
    @TempDir Path classes;

    @Test
    void aCallPastTheKnownPartLearnsTheDeadlineAndIsJudgedByIt() throws Exception {
        Source spins = Source.of(Path.of("Solution.java"), """
                class Solution {
                    static volatile long spins;
                    public String minWindow(String s, String t) {
                        long end = System.nanoTime() + Long.parseLong(t) * 1_000_000L; // 0: until it is killed
                        while (t.equals("0") || System.nanoTime() < end) spins++;
                        return s;
                    }
                }
                """);
        var problem = TestPackages.p76();
        CompileResult compiled = TestPackages.judge().compile(problem, spins, Files.createDirectories(classes));
        assertInstanceOf(CompileResult.Compiled.class, compiled);
        try (Child child = Child.start(Judge.childSpec(problem, classes))) {
            assertInstanceOf(Answer.Returned.class, child.call(List.of(new Value.Str("a"), new Value.Str("1")),
                    Duration.ofSeconds(30)));
            // Never ends by itself: the child is killed only past the deadline it learnt, so it must have asked.
            AtomicInteger asked = new AtomicInteger();
            Answer killed = child.call(List.of(new Value.Str("a"), new Value.Str("0")), Duration.ofMillis(1), () -> {
                asked.incrementAndGet();
                return Duration.ofMillis(200);
            });
            assertInstanceOf(Answer.TimedOut.class, killed);
            assertEquals(1, asked.get());
        }
        try (Child child = Child.start(Judge.childSpec(problem, classes))) {
            assertInstanceOf(Answer.Returned.class, child.call(List.of(new Value.Str("a"), new Value.Str("1")),
                    Duration.ofSeconds(30)));
            // 1.5 s of spinning, past the known 1 ms (and the CPU allowance) on a quiet machine: the learnt
            // 60 s lets it return. (On a busy one it may not get past the known part: then it never asks.)
            AtomicInteger asked = new AtomicInteger();
            Answer returned = child.call(List.of(new Value.Str("a"), new Value.Str("1500")), Duration.ofMillis(1),
                    () -> {
                        asked.incrementAndGet();
                        return Duration.ofSeconds(60);
                    });
            assertInstanceOf(Answer.Returned.class, returned, returned::toString);
            assertEquals(true, asked.get() <= 1);
        }
    }
}
