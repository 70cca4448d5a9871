package judge.problem;

import java.util.List;
import java.util.Map;
import judge.value.Value;

/**
 * A function the judge provides and the solution calls, as LeetCode's First Bad Version provides
 * {@code isBadVersion}: {@code "api": {"class": "VersionControl", "state": ["bad"]}}. The parameters named in
 * {@code state} are the test's hidden state: they are in every test and reach the judge's API in the child, never
 * the solution's method. The runners count the calls; where the problem states a limit ({@code "maxCalls": 1000},
 * or {@code {"log2": "n", "plus": 1}}), more calls are Wrong Answer, with a message that says so, as LeetCode
 * judges a problem whose statement limits the calls. {@code maxCalls} is {@code null} where there is no limit
 * (LeetCode's First Bad Version states none: a search that asks too often is too slow, not wrong).
 *
 * <p>The APIs themselves are part of the runners (a Java superclass in the child's class path, a Python global),
 * listed in {@link #KNOWN} with the functions they offer.
 */
public record Api(String className, List<String> state, MaxCalls maxCalls) {

    /** The APIs the runners provide: the class a Java solution extends, and the function it calls. */
    public static final Map<String, String> KNOWN = Map.of("VersionControl", "isBadVersion");

    public Api {
        state = List.copyOf(state);
    }

    /** The function a solution calls ({@code isBadVersion}). */
    public String function() {
        return KNOWN.get(className);
    }

    /**
     * At most {@code plus} calls, plus ⌈log2(the value of parameter {@code log2})⌉ when {@code log2} is set:
     * {@code {"log2": "n", "plus": 1}} lets a binary search over 1..n call {@code ⌈log2 n⌉ + 1} times.
     */
    public record MaxCalls(String log2, long plus) {
        /** The most calls allowed on {@code input} (the test's values by parameter name). */
        public long of(Map<String, Value> input) {
            if (log2 == null) {
                return plus;
            }
            long n = input.get(log2) instanceof Value.Int i ? i.value() : 1;
            long bits = n <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(n - 1);
            return bits + plus;
        }

        public String describe() {
            return log2 == null ? String.valueOf(plus) : "⌈log2(" + log2 + ")⌉ + " + plus;
        }
    }

    /** Whether the method's parameter list leaves out {@code param} (it is the API's state). */
    public boolean isState(String param) {
        return state.contains(param);
    }
}
