package judge.problem;

import java.util.ArrayList;
import java.util.List;
import judge.value.Value;
import judge.value.ValueFormat;
import judge.value.ValueFormatException;

/**
 * Custom test input in LeetCode's format: one value per parameter, one per line (any white space between
 * values will do), several cases one after another. Checked against the problem's constraints as LeetCode
 * checks its custom input, so that a run never judges an input the problem does not allow.
 */
public final class CustomInput {
    private CustomInput() {}

    /** Parses {@code text} from {@code origin} (a file name, or "--case 2") into test cases without answers. */
    public static List<TestCase> parse(Problem problem, String text, String origin) {
        Signature sig = problem.signature();
        List<ValueFormat.Located> values;
        try {
            values = ValueFormat.parseLocated(text);
        } catch (ValueFormatException e) {
            throw new PackageException(origin + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
        int n = sig.params().size();
        if (values.isEmpty()) {
            throw new PackageException(origin + ": no input; expected " + n + " value(s) per case, one per line: "
                    + names(sig));
        }
        if (values.size() % n != 0) {
            throw new PackageException(origin + ": found " + values.size() + " value(s), but each case takes " + n
                    + " (" + names(sig) + "); the last case is incomplete");
        }
        List<TestCase> cases = new ArrayList<>();
        for (int start = 0; start < values.size(); start += n) {
            List<Value> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(values.get(start + i).value());
            }
            Violation violation = sig.violation(args);
            if (violation != null) {
                // The path starts with the parameter's name: its value's line is where the error is.
                String[] parts = violation.path().split("/", 3);
                int index = 0;
                while (index < n - 1 && !sig.params().get(index).name().equals(parts[1])) {
                    index++;
                }
                String inner = parts.length > 2 ? "/" + parts[2] : "";
                throw new PackageException(origin + ":" + values.get(start + index).line() + ": "
                        + violation.message() + (inner.isEmpty() ? "" : " at " + inner));
            }
            int number = start / n + 1;
            cases.add(new TestCase("case-" + number, args, null, origin));
        }
        return cases;
    }

    private static String names(Signature sig) {
        return String.join(", ", sig.params().stream().map(p -> p.name() + " (" + p.type().javaName() + ")").toList());
    }
}
