import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The one rule of 9009 that declarations cannot state: every decision up to the first rejection is clear,
 * |ln p[draft[k]] - ln threshold| >= 1e-9, so that any accurate double computation gives the same count.
 * (Shapes, draft[k] < logits[k].length and 0 < epsilon, delta <= 1 are declared in problem.json.) Random
 * inputs meet it almost always.
 */
public final class ClearDecisions implements InputValidator {

    public ClearDecisions() {}

    @Override
    public String violation(List<Value> input) {
        List<Value> rows = ((Value.Arr) input.get(0)).items();
        List<Value> draft = ((Value.Arr) input.get(1)).items();
        double lnEps = Math.log(number(input.get(2)));
        double lnDelta = Math.log(number(input.get(3)));
        for (int k = 0; k < rows.size() && k < draft.size(); k++) {
            List<Value> row = ((Value.Arr) rows.get(k)).items();
            double[] z = new double[row.size()];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < z.length; j++) {
                z[j] = number(row.get(j));
                max = Math.max(max, z[j]);
            }
            double s = 0;
            for (double x : z) {
                s += Math.exp(x - max);
            }
            double lse = max + Math.log(s);
            double h = 0;
            for (double x : z) {
                h -= Math.exp(x - lse) * (x - lse);
            }
            int d = (int) ((Value.Int) draft.get(k)).value();
            if (d >= z.length) {
                return null; // reported by the declared bound
            }
            double margin = (z[d] - lse) - Math.min(lnEps, lnDelta - h);
            if (Math.abs(margin) < 1e-9) {
                return "the decision for token " + k + " is too close to call: ln p - ln threshold = " + margin;
            }
            if (margin <= 0) {
                return null;
            }
        }
        return null;
    }

    private static double number(Value v) {
        return v instanceof Value.Int i ? i.value() : ((Value.Dbl) v).value();
    }
}
