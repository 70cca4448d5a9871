package judge.check;

import java.util.List;
import java.util.stream.Collectors;
import judge.value.Value;

/**
 * The exact checker of a design problem, whose answer is one entry per operation: it says which call went
 * wrong, {@code call 4, get(1): returned -1, expected 1}, rather than that two long lists differ.
 */
final class CallsChecker implements Checker {
    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        if (output.equals(expected)) {
            return CheckResult.accept();
        }
        if (!(output instanceof Value.Arr out) || !(expected instanceof Value.Arr exp)) {
            return new ExactChecker().check(input, expected, output);
        }
        if (out.items().size() != exp.items().size()) {
            return CheckResult.reject("expected one entry per operation (" + exp.items().size() + "), got "
                    + out.items().size());
        }
        List<Value> ops = ((Value.Arr) input.get(0)).items();
        List<Value> args = ((Value.Arr) input.get(1)).items();
        for (int i = 0; i < exp.items().size(); i++) {
            if (!out.items().get(i).equals(exp.items().get(i))) {
                String call = ((Value.Str) ops.get(i)).value() + "(" + ((Value.Arr) args.get(i)).items().stream()
                        .map(Value::format).collect(Collectors.joining(", ")) + ")";
                return CheckResult.reject("call " + i + ", " + call + ": returned " + out.items().get(i).format()
                        + ", expected " + exp.items().get(i).format());
            }
        }
        return CheckResult.reject("the output differs from the expected answer");
    }
}
