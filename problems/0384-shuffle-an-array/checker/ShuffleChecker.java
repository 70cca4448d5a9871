import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.check.Uniformity;
import judge.value.Value;

/**
 * Judges 384. Shuffle an Array from the input alone (the stored answer is only one possible run):
 *
 * <ul>
 *   <li>every {@code reset()} must return the original array, and every {@code shuffle()} a permutation of it,
 *       else Wrong Answer at once, naming the call;</li>
 *   <li>a test made only of shuffles, at least {@value #STATISTICAL_CALLS} of them, is also a test of
 *       uniformity ({@link Uniformity}, false-reject rate {@value #ALPHA} per test): over the n! orders when
 *       n &lt;= {@value #MAX_N_BY_ORDER}, else over the n² pairs "value v at index i". The message names the most
 *       surprising order or pair and its count against the expected one.</li>
 * </ul>
 *
 * Generated property tests mix resets and shuffles, so they never reach the statistics: only the package's
 * few statistical tests add to the false-reject rate (docs/authoring.md, "Randomised answers").
 */
public final class ShuffleChecker implements Checker {
    static final int STATISTICAL_CALLS = 20_000;
    static final double ALPHA = 1e-7;
    static final int MAX_N_BY_ORDER = 6;

    public ShuffleChecker() {}

    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        List<Value> ops = ((Value.Arr) input.get(0)).items();
        List<Value> args = ((Value.Arr) input.get(1)).items();
        long[] original = ints(((Value.Arr) args.get(0)).items().get(0));
        if (!(output instanceof Value.Arr out)) {
            return CheckResult.reject("expected one entry per operation (" + ops.size() + "), got " + output.format());
        }
        if (out.items().size() != ops.size()) {
            return CheckResult.reject("expected one entry per operation (" + ops.size() + "), got "
                    + out.items().size());
        }
        List<long[]> shuffles = new ArrayList<>();
        for (int i = 1; i < ops.size(); i++) {
            String op = ((Value.Str) ops.get(i)).value();
            Value entry = out.items().get(i);
            long[] got = ints(entry);
            String call = "call " + i + ", " + op + "(): returned " + entry.format();
            if (got == null) {
                return CheckResult.reject(call + ", expected an array of " + original.length + " integers");
            }
            if (op.equals("reset")) {
                if (!Arrays.equals(got, original)) {
                    return CheckResult.reject(call + ", expected the original array " + format(original));
                }
            } else {
                String wrong = notAPermutation(got, original);
                if (wrong != null) {
                    return CheckResult.reject(call + ", which is not a permutation of " + format(original) + ": "
                            + wrong);
                }
                shuffles.add(got);
            }
        }
        if (shuffles.size() == ops.size() - 1 && shuffles.size() >= STATISTICAL_CALLS && original.length > 1) {
            String bias = original.length <= MAX_N_BY_ORDER ? byOrder(original, shuffles)
                    : byIndexAndValue(original, shuffles);
            if (bias != null) {
                return CheckResult.reject("shuffle() is not uniform: over " + shuffles.size() + " calls, " + bias
                        + " (a uniform shuffle strays that far with probability below " + ALPHA + ")");
            }
        }
        return CheckResult.accept();
    }

    /** Counts each of the n! orders (by its rank among the permutations of the original's indices). */
    private static String byOrder(long[] original, List<long[]> shuffles) {
        int n = original.length;
        Map<Long, Integer> index = indexOf(original);
        long[] counts = new long[factorial(n)];
        int[] perm = new int[n];
        for (long[] s : shuffles) {
            for (int i = 0; i < n; i++) {
                perm[i] = index.get(s[i]);
            }
            counts[rank(perm)]++;
        }
        Uniformity.Finding f = Uniformity.test(counts, 1.0 / counts.length, shuffles.size(), ALPHA);
        if (!f.rejected()) {
            return null;
        }
        int[] worst = unrank(f.cell(), n);
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = original[worst[i]];
        }
        return "the order " + format(order) + " came " + f.countAgainstExpected() + " (one of the " + counts.length
                + " orders of " + format(original) + ")";
    }

    /** Counts, for every index i and original position j, how often the value at j landed at i. */
    private static String byIndexAndValue(long[] original, List<long[]> shuffles) {
        int n = original.length;
        Map<Long, Integer> index = indexOf(original);
        long[] counts = new long[n * n];
        for (long[] s : shuffles) {
            for (int i = 0; i < n; i++) {
                counts[i * n + index.get(s[i])]++;
            }
        }
        Uniformity.Finding f = Uniformity.test(counts, 1.0 / n, shuffles.size(), ALPHA);
        if (!f.rejected()) {
            return null;
        }
        int at = f.cell() / n;
        int from = f.cell() % n;
        return "the value " + original[from] + " (index " + from + " of the original) landed at index " + at + " "
                + f.countAgainstExpected();
    }

    private static Map<Long, Integer> indexOf(long[] original) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < original.length; i++) {
            index.put(original[i], i);
        }
        return index;
    }

    /** Why {@code got} is not a rearrangement of the original, or null when it is: a missing value first. */
    private static String notAPermutation(long[] got, long[] original) {
        if (got.length != original.length) {
            return "it has " + got.length + " elements, the original " + original.length;
        }
        Map<Long, Integer> times = new HashMap<>();
        for (long x : got) {
            times.merge(x, 1, Integer::sum);
        }
        for (long x : original) {
            if (!times.containsKey(x)) {
                return x + " is missing";
            }
        }
        Map<Long, Integer> index = indexOf(original);
        for (long x : got) {
            if (!index.containsKey(x)) {
                return x + " is not in the original";
            }
            if (times.get(x) > 1) {
                return x + " appears " + times.get(x) + " times";
            }
        }
        return null;
    }

    /** The Lehmer rank of a permutation of 0..n-1: 0 for the identity, n!-1 for the reverse. */
    static int rank(int[] perm) {
        int n = perm.length;
        int r = 0;
        for (int i = 0; i < n; i++) {
            int smaller = 0;
            for (int j = i + 1; j < n; j++) {
                if (perm[j] < perm[i]) {
                    smaller++;
                }
            }
            r = r * (n - i) + smaller;
        }
        return r;
    }

    static int[] unrank(int r, int n) {
        int[] digits = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            digits[i] = r % (n - i);
            r /= n - i;
        }
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            left.add(i);
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = left.remove(digits[i]);
        }
        return perm;
    }

    private static int factorial(int n) {
        int f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** The integers of an array value, or null when it is not an array of integers. */
    private static long[] ints(Value v) {
        if (!(v instanceof Value.Arr a)) {
            return null;
        }
        long[] out = new long[a.items().size()];
        for (int i = 0; i < out.length; i++) {
            if (!(a.items().get(i) instanceof Value.Int x)) {
                return null;
            }
            out[i] = x.value();
        }
        return out;
    }

    private static String format(long[] a) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            b.append(i == 0 ? "" : ",").append(a[i]);
        }
        return b.append(']').toString();
    }
}
