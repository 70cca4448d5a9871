package judge.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import judge.problem.Api;
import judge.problem.Param;
import judge.value.Value;

/**
 * The checker of a problem with a judge-provided API: the problem's own checker decides the answer, and
 * {@link #tooManyCalls} turns a call count past the API's {@code maxCalls}, where the problem states one, into
 * Wrong Answer with a message that says so, as LeetCode judges a problem whose statement limits the calls.
 */
public final class ApiCallLimit implements Checker {
    private final Checker answers;
    private final Api api;
    private final List<Param> params;

    public ApiCallLimit(Checker answers, Api api, List<Param> params) {
        this.answers = answers;
        this.api = api;
        this.params = List.copyOf(params);
    }

    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        return answers.check(input, expected, output);
    }

    /** The most calls allowed on {@code input}; {@link Long#MAX_VALUE} where the problem states no limit. */
    public long maxCalls(List<Value> input) {
        if (api.maxCalls() == null) {
            return Long.MAX_VALUE;
        }
        Map<String, Value> byName = new HashMap<>();
        for (int i = 0; i < params.size() && i < input.size(); i++) {
            byName.put(params.get(i).name(), input.get(i));
        }
        return api.maxCalls().of(byName);
    }

    /** Why {@code calls} calls of the API are too many on {@code input}, or {@code null} when they are not. */
    public String tooManyCalls(List<Value> input, long calls) {
        long max = maxCalls(input);
        if (calls <= max) {
            return null;
        }
        return api.function() + " was called " + calls + " times; at most " + max + " calls are allowed here ("
                + api.maxCalls().describe() + ")";
    }
}
