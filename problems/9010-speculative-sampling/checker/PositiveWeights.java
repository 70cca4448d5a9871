import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The rules of 9010 that the declarations cannot state: every row of target and draft has a positive
 * sum (it is a distribution), and every drafted token has positive draft weight (it was drawn from it).
 * The shapes (gamma + 1 target rows, gamma draft rows, gamma tokens, gamma + 1 uniforms, one vocabulary
 * size V, tokens below V) are declared in problem.json and drawn that way.
 */
public final class PositiveWeights implements InputValidator {

    public PositiveWeights() {}

    @Override
    public String violation(List<Value> input) {
        for (int p = 0; p < 2; p++) {
            List<Value> rows = ((Value.Arr) input.get(p)).items();
            for (int k = 0; k < rows.size(); k++) {
                long sum = 0;
                for (Value w : ((Value.Arr) rows.get(k)).items()) {
                    sum += ((Value.Int) w).value();
                }
                if (sum <= 0) {
                    return (p == 0 ? "target" : "draft") + "[" + k + "] sums to 0: it is not a distribution";
                }
            }
        }
        List<Value> draft = ((Value.Arr) input.get(1)).items();
        List<Value> tokens = ((Value.Arr) input.get(2)).items();
        for (int k = 0; k < tokens.size() && k < draft.size(); k++) {
            int x = (int) ((Value.Int) tokens.get(k)).value();
            List<Value> row = ((Value.Arr) draft.get(k)).items();
            if (x < row.size() && ((Value.Int) row.get(x)).value() == 0) {
                return "tokens[" + k + "] = " + x + " has draft weight 0: the draft could not have drawn it";
            }
        }
        return null;
    }
}
