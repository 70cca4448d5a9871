import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The rule of 56. Merge Intervals that per-element constraints cannot state: every interval [start, end]
 * has start <= end. (Each bound alone, 0 to 10^4, and the length 2 are declared in problem.json.)
 */
public final class StartNotAfterEnd implements InputValidator {

    public StartNotAfterEnd() {}

    @Override
    public String violation(List<Value> input) {
        if (input.size() != 1 || !(input.get(0) instanceof Value.Arr intervals)) {
            return "expected one array of intervals";
        }
        for (int i = 0; i < intervals.items().size(); i++) {
            if (!(intervals.items().get(i) instanceof Value.Arr pair) || pair.items().size() != 2
                    || !(pair.items().get(0) instanceof Value.Int start) || !(pair.items().get(1) instanceof Value.Int end)) {
                return "interval " + i + " is not a pair of integers [start, end]";
            }
            if (start.value() > end.value()) {
                return "interval " + i + " is [" + start.value() + "," + end.value() + "]: its start is after its end";
            }
        }
        return null;
    }
}
