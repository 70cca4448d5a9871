package judge.check;

import java.util.List;
import judge.value.Value;

/**
 * Decides whether a solution's answer to one test is right. Runs in the judge's own process, never in the
 * sandboxed child, so a solution cannot see or influence it.
 *
 * <p>A problem package whose answers are not unique ships its own implementation under {@code checker/}.
 */
public interface Checker {

    /**
     * @param input    the test's arguments, in the order of the method's parameters
     * @param expected the stored answer, or the reference solution's answer for the same input
     * @param output   what the solution returned
     */
    CheckResult check(List<Value> input, Value expected, Value output);
}
