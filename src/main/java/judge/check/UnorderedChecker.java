package judge.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import judge.value.Value;

/**
 * For answers LeetCode accepts "in any order": the output must hold the same elements as the expected
 * array, each as often, in whatever order. Elements themselves compare exactly.
 */
public final class UnorderedChecker implements Checker {
    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        if (!(output instanceof Value.Arr out)) {
            return CheckResult.reject("expected an array, got " + output.kind());
        }
        if (!(expected instanceof Value.Arr exp)) {
            return new ExactChecker().check(input, expected, output);
        }
        if (out.items().size() != exp.items().size()) {
            return CheckResult.reject("expected " + exp.items().size() + " elements, got " + out.items().size());
        }
        List<String> a = sorted(exp.items());
        List<String> b = sorted(out.items());
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return CheckResult.reject("the elements differ (in any order): " + b.get(i) + " is not expected as often");
            }
        }
        return CheckResult.accept();
    }

    private static List<String> sorted(List<Value> items) {
        List<String> out = new ArrayList<>(items.size());
        items.forEach(v -> out.add(v.format()));
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
