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
 * (or {@code 输入：}) followed by a line {@code Output: ""} (or {@code 输出：}). For a design problem the
 * {@code Input:} line may be empty and followed by two lines, the operations and their arguments, and the
 * {@code Output:} line by the line of results, as LeetCode shows them.
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
            int outputLine = -1;
            for (int j = i + 1; j < lines.length && output == null; j++) {
                output = after(lines[j], "Output:", "输出：", "输出:");
                outputLine = j;
            }
            if (output == null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": an Input line without an Output line");
            }
            try {
                List<Value> args;
                if (sig.isDesign() && input.isEmpty()) {
                    // LeetCode's way for design problems: the operations and the arguments on the next two lines.
                    List<String> values = valueLines(lines, i + 1, outputLine, 2);
                    args = List.of(ValueFormat.parse(values.get(0)), ValueFormat.parse(values.get(1)));
                } else {
                    args = arguments(input, sig, i + 1);
                }
                if (output.isEmpty()) {
                    output = valueLines(lines, outputLine + 1, lines.length, 1).get(0);
                }
                examples.add(new Example(args, ValueFormat.parse(output.strip()), i + 1));
            } catch (ValueFormatException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return examples;
    }

    /** The first {@code n} lines from {@code from} (before {@code to}) that hold a value: not blank, no fence. */
    private static List<String> valueLines(String[] lines, int from, int to, int n) {
        List<String> values = new ArrayList<>();
        for (int j = from; j < to && values.size() < n; j++) {
            String t = lines[j].strip();
            if (!t.isEmpty() && !t.startsWith("```")) {
                values.add(t);
            }
        }
        if (values.size() < n) {
            throw new IllegalArgumentException("line " + from + ": expected " + n + " line(s) of values here");
        }
        return values;
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
