import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * calls × nums.length <= 5 * 10^5: LeetCode's own total (10^4 calls on 50 elements), which keeps every answer
 * well under the judge's 16 MB output limit, while short arrays may take the 5 * 10^4 calls that the
 * statistical tests need.
 */
public final class NumbersReturnedInAll implements InputValidator {
    static final long MAX_NUMBERS = 500_000;

    public NumbersReturnedInAll() {}

    @Override
    public String violation(List<Value> input) {
        List<Value> arguments = ((Value.Arr) input.get(1)).items();
        long calls = arguments.size() - 1;
        long n = ((Value.Arr) ((Value.Arr) arguments.get(0)).items().get(0)).items().size();
        return calls * n <= MAX_NUMBERS ? null : calls + " calls on " + n + " elements return " + calls * n
                + " numbers; at most 500000 (calls × nums.length <= 5 * 10^5)";
    }
}
