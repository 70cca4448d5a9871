import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * Input rule of 239. Sliding Window Maximum that per-parameter constraints cannot say: the window fits
 * in the array, {@code 1 <= k <= nums.length} (the lower bound is also declared on k itself).
 */
public final class WindowFitsInArray implements InputValidator {

    public WindowFitsInArray() {}

    @Override
    public String violation(List<Value> input) {
        if (input.size() != 2 || !(input.get(0) instanceof Value.Arr nums) || !(input.get(1) instanceof Value.Int k)) {
            return "expected nums (an array) and k (an integer)";
        }
        int n = nums.items().size();
        if (k.value() < 1 || k.value() > n) {
            return "k = " + k.value() + " must be from 1 to nums.length = " + n;
        }
        return null;
    }
}
