package judge.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import judge.value.Value;

/**
 * A bound written in terms of another parameter, as {@code problem.json} spells it: {@code "scores.length"},
 * {@code "tokens.length + 1"}, {@code "logits[i].length - 1"} (the row with the same index as the element
 * being bounded), {@code "logits[0][0].length"} or {@code "n"} (the value of an int parameter).
 *
 * @param param  the parameter it reads
 * @param path   indices into that parameter, outermost first; {@link #SAME_INDEX} is {@code [i]}
 * @param length whether it reads a length ({@code .length}) rather than a number
 * @param offset added to what it reads
 */
public record Ref(String param, List<Integer> path, boolean length, long offset) {
    /** {@code [i]}: the index, in its own outermost array, of the element this bound applies to. */
    public static final int SAME_INDEX = -1;

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*([A-Za-z_$][A-Za-z0-9_$]*)((?:\\[(?:i|\\d+)])*)(\\.length)?\\s*(?:([+-])\\s*(\\d{1,9}))?\\s*");

    public Ref {
        path = List.copyOf(path);
    }

    /** Parses a bound expression; throws {@link IllegalArgumentException} with what is expected. */
    public static Ref parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a parameter's length or value, optionally plus or minus a"
                    + " whole number (\"scores.length\", \"tokens.length + 1\", \"logits[i].length - 1\","
                    + " \"logits[0][0].length\", \"n\"), found \"" + text + "\"");
        }
        List<Integer> path = new ArrayList<>();
        Matcher index = Pattern.compile("\\[(i|\\d+)]").matcher(m.group(2));
        while (index.find()) {
            path.add(index.group(1).equals("i") ? SAME_INDEX : Integer.parseInt(index.group(1)));
        }
        if (path.indexOf(SAME_INDEX) > 0) {
            throw new IllegalArgumentException("[i] may only be the first index (the element's own index), in \""
                    + text + "\"");
        }
        long offset = m.group(5) == null ? 0 : Long.parseLong(m.group(5)) * (m.group(4).equals("-") ? -1 : 1);
        return new Ref(m.group(1), path, m.group(3) != null, offset);
    }

    /** Whether this bound reads {@code [i]}, so it only makes sense for an element of an array. */
    public boolean perElement() {
        return path.contains(SAME_INDEX);
    }

    /**
     * The bound's value given the parameters' values by name and the index {@code i} of the element it
     * bounds; {@code null} when what it reads does not exist (an index past the end, a missing parameter):
     * then the bound does not apply, and the missing value is reported in its own place.
     */
    public Long resolve(Map<String, Value> args, int i) {
        Value v = args.get(param);
        for (int index : path) {
            int at = index == SAME_INDEX ? i : index;
            if (!(v instanceof Value.Arr a) || at < 0 || at >= a.items().size()) {
                return null;
            }
            v = a.items().get(at);
        }
        if (length) {
            if (v instanceof Value.Arr a) {
                return a.items().size() + offset;
            }
            if (v instanceof Value.Str s) {
                return s.value().length() + offset;
            }
            return null;
        }
        return v instanceof Value.Int n ? n.value() + offset : null;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(param);
        for (int index : path) {
            out.append('[').append(index == SAME_INDEX ? "i" : String.valueOf(index)).append(']');
        }
        if (length) {
            out.append(".length");
        }
        if (offset != 0) {
            out.append(offset > 0 ? " + " : " - ").append(Math.abs(offset));
        }
        return out.toString();
    }
}
