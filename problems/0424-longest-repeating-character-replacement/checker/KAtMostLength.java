import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * Input rule of 424. Longest Repeating Character Replacement that per-parameter constraints cannot say:
 * {@code 0 <= k <= s.length} (the lower bound is also declared on k itself).
 */
public final class KAtMostLength implements InputValidator {

    public KAtMostLength() {}

    @Override
    public String violation(List<Value> input) {
        if (input.size() != 2 || !(input.get(0) instanceof Value.Str s) || !(input.get(1) instanceof Value.Int k)) {
            return "expected s (a string) and k (an integer)";
        }
        int n = s.value().length();
        if (k.value() < 0 || k.value() > n) {
            return "k = " + k.value() + " must be from 0 to s.length = " + n;
        }
        return null;
    }
}
