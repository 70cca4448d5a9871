package judge.check;

import java.util.List;
import judge.value.Value;

/**
 * Numbers equal within a tolerance, at any depth of the value (a number, an array of numbers...): a number
 * is right when {@code |output - expected| <= absolute} or {@code <= relative * |expected|}. Non-finite
 * numbers (where a problem allows them) match only themselves: an expected NaN only a NaN, an expected
 * +Infinity only +Infinity, -Infinity only -Infinity; a NaN or infinite output never matches a finite number.
 */
public final class FloatChecker implements Checker {
    private final double absolute;
    private final double relative;

    public FloatChecker(double absolute, double relative) {
        this.absolute = absolute;
        this.relative = relative;
    }

    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        String problem = compare(expected, output, "");
        return problem == null ? CheckResult.accept() : CheckResult.reject(problem);
    }

    private String compare(Value expected, Value output, String where) {
        Double e = number(expected);
        if (e != null) {
            Double o = number(output);
            if (o == null) {
                return "expected a number" + where + ", got " + output.kind();
            }
            if (!Double.isFinite(e) || !Double.isFinite(o)) {
                boolean same = Double.isNaN(e) ? Double.isNaN(o) : e.doubleValue() == o.doubleValue();
                return same ? null : output.format() + where + " is not the expected " + expected.format()
                        + " (NaN matches only NaN, an infinity only the same infinity)";
            }
            double diff = Math.abs(o - e);
            if (Double.isNaN(o) || !(diff <= absolute || diff <= relative * Math.abs(e))) {
                return String.format("%s%s differs from the expected %s by %.2e, more than the tolerance"
                        + " (absolute %.0e, relative %.0e)", output.format(), where, expected.format(), diff, absolute,
                        relative);
            }
            return null;
        }
        if (expected instanceof Value.Arr exp && output instanceof Value.Arr out) {
            if (exp.items().size() != out.items().size()) {
                return "expected " + exp.items().size() + " elements" + where + ", got " + out.items().size();
            }
            for (int i = 0; i < exp.items().size(); i++) {
                String problem = compare(exp.items().get(i), out.items().get(i), where + " at index " + i);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        return expected.equals(output) ? null : "expected " + expected.format() + where + ", got " + output.format();
    }

    private static Double number(Value v) {
        if (v instanceof Value.Dbl d) {
            return d.value();
        }
        if (v instanceof Value.Int i) {
            return (double) i.value();
        }
        return null;
    }
}
