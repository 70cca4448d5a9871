package judge.check;

import java.util.List;
import judge.value.Value;

/** Accepts exactly the expected value: same type, same content, same order. */
public final class ExactChecker implements Checker {
    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        if (output.equals(expected)) {
            return CheckResult.accept();
        }
        if (!output.kind().equals(expected.kind())) {
            return CheckResult.reject("expected " + expected.kind() + ", got " + output.kind());
        }
        return CheckResult.reject("the output differs from the expected answer");
    }
}
