import java.util.HashSet;
import java.util.List;
import java.util.Set;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The rule of 1. Two Sum that no single parameter can state: some two different positions of nums add up to
 * target. LeetCode promises exactly one such pair; this judge accepts any pair (see TwoSumChecker), so
 * inputs with several pairs are allowed too, and random inputs only have to contain one. O(n) with a set
 * of the values seen so far.
 */
public final class TwoSumValidator implements InputValidator {

    public TwoSumValidator() {}

    @Override
    public String violation(List<Value> input) {
        if (input.size() != 2 || !(input.get(0) instanceof Value.Arr nums) || !(input.get(1) instanceof Value.Int target)) {
            return "expected an array nums and an integer target";
        }
        Set<Long> seen = new HashSet<>();
        for (Value v : nums.items()) {
            if (!(v instanceof Value.Int x)) {
                return "nums holds " + v.kind() + ", not only integers";
            }
            if (seen.contains(target.value() - x.value())) {
                return null;
            }
            seen.add(x.value());
        }
        return "no two different positions of nums add up to target " + target.value();
    }
}
