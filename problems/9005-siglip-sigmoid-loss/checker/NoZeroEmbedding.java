import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The one rule of 9005 that the declarations cannot state: no embedding is all zeros (it has no
 * direction, so it cannot be normalised). The shapes (rectangular, textEmb shaped like imageEmb) are
 * declared in problem.json and drawn that way, so random inputs meet this rule almost always.
 */
public final class NoZeroEmbedding implements InputValidator {

    public NoZeroEmbedding() {}

    @Override
    public String violation(List<Value> input) {
        for (int p = 0; p < 2; p++) {
            List<Value> rows = ((Value.Arr) input.get(p)).items();
            for (int i = 0; i < rows.size(); i++) {
                boolean zero = true;
                for (Value x : ((Value.Arr) rows.get(i)).items()) {
                    double d = x instanceof Value.Int n ? n.value() : ((Value.Dbl) x).value();
                    zero &= d == 0;
                }
                if (zero) {
                    return (p == 0 ? "imageEmb" : "textEmb") + "[" + i + "] is all zeros: it cannot be normalised";
                }
            }
        }
        return null;
    }
}
