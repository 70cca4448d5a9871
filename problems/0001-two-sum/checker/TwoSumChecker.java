import java.util.List;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.value.Value;

/**
 * Checker for 1. Two Sum. An input may hold several pairs that add up to target, and the indices may come
 * in either order, so any answer [i, j] is accepted when i and j are two different positions of nums and
 * nums[i] + nums[j] == target. The stored expected answer is not consulted: the verdict is worked out from
 * the input alone. Sums are taken in long, so no overflow can make a wrong pair look right.
 */
public final class TwoSumChecker implements Checker {

    public TwoSumChecker() {}

    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        if (input.size() != 2 || !(input.get(0) instanceof Value.Arr nums) || !(input.get(1) instanceof Value.Int target)) {
            throw new IllegalArgumentException("twoSum takes an array nums and an integer target; the test has " + input);
        }
        if (!(output instanceof Value.Arr answer)) {
            return CheckResult.reject("returned " + output.kind() + ", but an array of two indices was expected");
        }
        if (answer.items().size() != 2) {
            return CheckResult.reject("returned " + answer.items().size() + " numbers, but exactly two indices were expected");
        }
        int n = nums.items().size();
        long[] index = new long[2];
        for (int k = 0; k < 2; k++) {
            if (!(answer.items().get(k) instanceof Value.Int i)) {
                return CheckResult.reject("element " + k + " of the answer is " + answer.items().get(k).kind()
                    + ", not an index");
            }
            if (i.value() < 0 || i.value() >= n) {
                return CheckResult.reject("index " + i.value() + " is outside nums, whose indices are 0 to " + (n - 1));
            }
            index[k] = i.value();
        }
        if (index[0] == index[1]) {
            return CheckResult.reject("both indices are " + index[0] + ": a position cannot be used twice");
        }
        long a = value(nums, index[0]);
        long b = value(nums, index[1]);
        if (a + b != target.value()) {
            return CheckResult.reject("nums[" + index[0] + "] + nums[" + index[1] + "] = " + a + " + " + b + " = "
                + (a + b) + ", not the target " + target.value());
        }
        return CheckResult.accept();
    }

    private static long value(Value.Arr nums, long index) {
        if (!(nums.items().get((int) index) instanceof Value.Int v)) {
            throw new IllegalArgumentException("nums holds a value that is not an integer at index " + index);
        }
        return v.value();
    }
}
