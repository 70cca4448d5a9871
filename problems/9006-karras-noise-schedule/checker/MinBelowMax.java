import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The one rule of 9006 across parameters: sigmaMin < sigmaMax. The bounds of each (exclusive 0, 1000, on a
 * log scale) are declared in problem.json, so half of all random draws meet this rule at once.
 */
public final class MinBelowMax implements InputValidator {

    public MinBelowMax() {}

    @Override
    public String violation(List<Value> input) {
        double lo = number(input.get(1));
        double hi = number(input.get(2));
        return lo < hi ? null : "sigmaMin = " + lo + " is not below sigmaMax = " + hi;
    }

    private static double number(Value v) {
        return v instanceof Value.Int i ? i.value() : ((Value.Dbl) v).value();
    }
}
