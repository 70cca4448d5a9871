import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.value.Value;

/**
 * Checker for 15. 3Sum. The triplets may come in any order and so may the three numbers inside each, so
 * the answer is compared as a set of multisets. Every returned triplet is checked against the input itself:
 * three integers that add up to 0 (in long) and that nums holds as often as the triplet uses them; no two
 * triplets may hold the same three numbers. A set of distinct valid triplets as large as the expected one
 * (all of them) is then the same set; a smaller one is missing one, which the rejection names.
 */
public final class TripletsChecker implements Checker {

    public TripletsChecker() {}

    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        if (input.size() != 1 || !(input.get(0) instanceof Value.Arr nums)) {
            throw new IllegalArgumentException("threeSum takes one array nums; the test has " + input);
        }
        Map<Long, Integer> available = new HashMap<>();
        for (Value v : nums.items()) {
            available.merge(((Value.Int) v).value(), 1, Integer::sum);
        }
        if (!(output instanceof Value.Arr answer)) {
            return CheckResult.reject("returned " + output.kind() + ", but a list of triplets was expected");
        }
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < answer.items().size(); t++) {
            if (!(answer.items().get(t) instanceof Value.Arr triplet) || triplet.items().size() != 3) {
                return CheckResult.reject("element " + t + " of the answer is " + answer.items().get(t).format()
                    + ", not a triplet of three numbers");
            }
            long[] v = new long[3];
            for (int k = 0; k < 3; k++) {
                if (!(triplet.items().get(k) instanceof Value.Int i)) {
                    return CheckResult.reject("triplet " + triplet.format() + " holds " + triplet.items().get(k).kind()
                        + ", not an integer");
                }
                v[k] = i.value();
            }
            Arrays.sort(v);
            if (v[0] + v[1] + v[2] != 0) {
                return CheckResult.reject("triplet " + triplet.format() + " adds up to " + (v[0] + v[1] + v[2]) + ", not 0");
            }
            for (int k = 0; k < 3; k++) {
                long value = v[k];
                int uses = (int) Arrays.stream(v).filter(x -> x == value).count();
                int has = available.getOrDefault(value, 0);
                if (uses > has) {
                    return CheckResult.reject("triplet " + triplet.format() + " uses " + value + " " + times(uses)
                        + ", but nums holds it " + times(has));
                }
            }
            String key = key(v);
            if (!seen.add(key)) {
                return CheckResult.reject("the triplet " + key + " is returned more than once (in some order)");
            }
        }
        Set<String> wanted = keys(expected);
        if (seen.size() < wanted.size()) {
            for (String w : wanted) {
                if (!seen.contains(w)) {
                    return CheckResult.reject("returned " + seen.size() + " triplets of the " + wanted.size()
                        + " that add up to 0; missing, for one: " + w);
                }
            }
        }
        for (String s : seen) {
            if (!wanted.contains(s)) {
                return CheckResult.reject("the triplet " + s + " is not among the expected ones");
            }
        }
        return CheckResult.accept();
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String key(long[] sorted) {
        return "[" + sorted[0] + "," + sorted[1] + "," + sorted[2] + "]";
    }

    private static Set<String> keys(Value expected) {
        Set<String> out = new HashSet<>();
        if (expected instanceof Value.Arr arr) {
            for (Value t : arr.items()) {
                long[] v = ((Value.Arr) t).items().stream().mapToLong(x -> ((Value.Int) x).value()).toArray();
                Arrays.sort(v);
                out.add(key(v));
            }
        }
        return out;
    }
}
