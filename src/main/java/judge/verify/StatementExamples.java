package judge.verify;

import java.util.ArrayList;
import java.util.List;
import judge.problem.Param;
import judge.problem.Signature;
import judge.value.Value;
import judge.value.ValueFormat;
import judge.value.ValueFormatException;

/**
 * Reads the examples out of a statement written the LeetCode way: a line {@code Input: s = "a", t = "aa"}
 * (or {@code 输入：}) followed by a line {@code Output: ""} (or {@code 输出：}).
 */
final class StatementExamples {
    record Example(List<Value> input, Value output, int line) {}

    private StatementExamples() {}

    static List<Example> read(String statement, Signature sig) {
        List<Example> examples = new ArrayList<>();
        String[] lines = statement.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String input = after(lines[i], "Input:", "输入：", "输入:");
            if (input == null) {
                continue;
            }
            String output = null;
            for (int j = i + 1; j < lines.length && output == null; j++) {
                output = after(lines[j], "Output:", "输出：", "输出:");
            }
            if (output == null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": an Input line without an Output line");
            }
            try {
                examples.add(new Example(arguments(input, sig, i + 1), ValueFormat.parse(output.strip()), i + 1));
            } catch (ValueFormatException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return examples;
    }

    private static String after(String line, String... labels) {
        String t = line.strip();
        for (String label : labels) {
            if (t.startsWith(label)) {
                return t.substring(label.length()).strip();
            }
        }
        return null;
    }

    /** {@code s = "a", t = "aa"}: each parameter's value runs up to ", next =" or the end of the line. */
    private static List<Value> arguments(String text, Signature sig, int line) {
        List<Param> params = sig.params();
        List<Value> values = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < params.size(); k++) {
            String head = params.get(k).name() + " = ";
            int start = text.indexOf(head, at);
            if (start < 0) {
                throw new IllegalArgumentException("line " + line + ": no \"" + head.strip() + "\" in the Input line");
            }
            start += head.length();
            int end = text.length();
            if (k + 1 < params.size()) {
                end = text.indexOf(", " + params.get(k + 1).name() + " = ", start);
                if (end < 0) {
                    throw new IllegalArgumentException("line " + line + ": no \"" + params.get(k + 1).name()
                            + " = \" after " + params.get(k).name());
                }
            }
            values.add(ValueFormat.parse(text.substring(start, end).strip()));
            at = end;
        }
        return values;
    }
}
