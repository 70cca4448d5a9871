package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import judge.TestPackages;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's answers reach the judge while later calls of the batch still run. */
class BatchAnswersTest {
    @TempDir Path classes;

    @Test
    void anAnswerDoesNotWaitBehindALongCallThatFollowsIt() throws Exception {
        Source slowOnX = Source.of(Path.of("Solution.java"), """
                class Solution {
                    static volatile long spins;
                    public String minWindow(String s, String t) {
                        while (s.equals("X") && spins >= 0) spins++; // runs until the CPU limit kills it
                        return s;
                    }
                }
                """);
        var problem = TestPackages.p76();
        CompileResult compiled = TestPackages.judge().compile(problem, slowOnX, Files.createDirectories(classes));
        assertInstanceOf(CompileResult.Compiled.class, compiled);
        try (Child child = Child.start(Judge.childSpec(problem, classes))) {
            List<Value> fast = List.of(new Value.Str("a"), new Value.Str("a"));
            List<Value> slow = List.of(new Value.Str("X"), new Value.Str("a"));
            // The second answer comes within the runner's 10 ms of the first, so it is buffered, not flushed;
            // the third call then spins. Without a flush meanwhile, the judge would blame the second call.
            List<Answer> answers = child.callBatch(List.of(fast, fast, slow), Duration.ofMillis(1500));
            assertEquals(3, answers.size(), answers.toString());
            assertInstanceOf(Answer.Returned.class, answers.get(0));
            assertInstanceOf(Answer.Returned.class, answers.get(1), answers.toString());
            assertInstanceOf(Answer.TimedOut.class, answers.get(2));
        }
    }
}
