import java.util.HashMap;
import java.util.List;
import java.util.Map;
import judge.check.InputValidator;
import judge.value.Value;

/** Input rule of 136. Single Number: exactly one value occurs once, every other value exactly twice. */
public final class PairsAndOneSingle implements InputValidator {

    public PairsAndOneSingle() {}

    @Override
    public String violation(List<Value> input) {
        Map<Long, Integer> count = new HashMap<>();
        for (Value v : ((Value.Arr) input.get(0)).items()) {
            count.merge(((Value.Int) v).value(), 1, Integer::sum);
        }
        int singles = 0;
        for (Map.Entry<Long, Integer> e : count.entrySet()) {
            if (e.getValue() == 1) {
                singles++;
            } else if (e.getValue() != 2) {
                return e.getKey() + " occurs " + e.getValue() + " times; every value but one must occur exactly twice";
            }
        }
        return singles == 1 ? null : "expected exactly one value that occurs once, found " + singles;
    }
}
