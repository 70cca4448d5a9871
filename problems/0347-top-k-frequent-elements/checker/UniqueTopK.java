import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The rules of 347. Top K Frequent Elements across its two parameters: k is at most the number of distinct
 * values in nums, and the answer is unique, that is the k-th largest count is larger than the (k+1)-th
 * (when there are more than k distinct values). Counting is O(n), sorting the counts O(d log d).
 */
public final class UniqueTopK implements InputValidator {

    public UniqueTopK() {}

    @Override
    public String violation(List<Value> input) {
        if (input.size() != 2 || !(input.get(0) instanceof Value.Arr nums) || !(input.get(1) instanceof Value.Int k)) {
            return "expected an array nums and an integer k";
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Value v : nums.items()) {
            if (!(v instanceof Value.Int x)) {
                return "nums holds " + v.kind() + ", not only integers";
            }
            counts.merge(x.value(), 1, Integer::sum);
        }
        List<Integer> sorted = new ArrayList<>(counts.values());
        sorted.sort((a, b) -> Integer.compare(b, a));
        int distinct = sorted.size();
        if (k.value() < 1 || k.value() > distinct) {
            return "k = " + k.value() + " is not between 1 and the number of distinct values, " + distinct;
        }
        int kth = (int) k.value();
        if (kth < distinct && sorted.get(kth - 1).equals(sorted.get(kth))) {
            return "the answer is not unique: the " + kth + "-th and " + (kth + 1) + "-th most frequent values both occur "
                + sorted.get(kth) + " times";
        }
        return null;
    }
}
