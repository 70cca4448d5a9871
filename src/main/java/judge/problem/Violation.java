package judge.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import judge.value.Value;

/**
 * Where a value breaks its parameter's type or constraints: {@code path} is a JSON pointer relative to the
 * value ("" for the value itself, "/3" for its fourth element), {@code message} says what was expected and
 * what was found.
 */
public record Violation(String path, String message) {

    /** The first way {@code value} breaks {@code type} and {@code constraints}, or {@code null} if none. */
    public static Violation of(Value value, TypeSpec type, Constraints constraints) {
        return of(value, type, constraints, null);
    }

    /**
     * The same, with the other parameters' values by name ({@code null} when unknown), against which bounds
     * tied to another parameter ({@code "max": "scores.length"}, {@code "shape": "imageEmb"}) are checked.
     */
    public static Violation of(Value value, TypeSpec type, Constraints constraints, Map<String, Value> args) {
        List<Violation> found = new ArrayList<>(1);
        check(value, type, constraints == null ? Constraints.NONE : constraints, "", found,
                new Context(args, -1, false));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The first way an answer breaks the return type, or {@code null}. Unlike an argument, an answer may be
     * NaN or ±Infinity (the float checker matches them only with themselves).
     */
    public static Violation ofAnswer(Value value, TypeSpec type) {
        List<Violation> found = new ArrayList<>(1);
        check(value, type, Constraints.NONE, "", found, new Context(null, -1, true));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The other parameters' values, the index in its outermost array of the element being checked, and
     * whether the value is an answer rather than an argument.
     */
    private record Context(Map<String, Value> args, int index, boolean answer) {
        Long resolve(Ref ref) {
            return args == null || ref == null ? null : ref.resolve(args, index);
        }

        Context at(int i) {
            return index < 0 ? new Context(args, i, answer) : this;
        }
    }

    private static boolean check(Value value, TypeSpec type, Constraints c, String path, List<Violation> found,
            Context ctx) {
        if (type instanceof TypeSpec.Scalar scalar) {
            return checkScalar(value, scalar, c, path, found, ctx);
        }
        if (type instanceof TypeSpec.Node node) {
            return checkNodes(value, node, c, path, found);
        }
        if (type instanceof TypeSpec.CallArguments) {
            // Each list's types depend on its operation: Design checks them, with the operations beside them.
            boolean lists = value instanceof Value.Arr a && a.items().stream().allMatch(x -> x instanceof Value.Arr);
            if (!lists) {
                found.add(new Violation(path, "expected " + type.describe() + ", found " + value.kind()));
            }
            return lists;
        }
        if (!(value instanceof Value.Arr array)) {
            found.add(new Violation(path, "expected " + type.describe() + ", found " + value.kind()));
            return false;
        }
        if (c.length() != null && !c.length().contains(array.items().size())) {
            found.add(new Violation(path, "expected between " + c.length().min() + " and " + c.length().max()
                    + " elements, found " + array.items().size()));
            return false;
        }
        String tied = tiedLength(array.items().size(), c.extras(), ctx);
        if (tied != null) {
            found.add(new Violation(path, tied + " elements, found " + array.items().size()));
            return false;
        }
        TypeSpec element = type instanceof TypeSpec.ArrayOf a ? a.element() : ((TypeSpec.ListOf) type).element();
        Constraints ec = c.element() == null ? Constraints.NONE : c.element();
        for (int i = 0; i < array.items().size(); i++) {
            if (!check(array.items().get(i), element, ec, path + "/" + i, found, ctx.at(i))) {
                return false;
            }
        }
        return checkOrder(array.items(), c, path, found) && checkShape(array, c.extras(), path, found, ctx);
    }

    /** "expected N (scores.length)" when a length tied to another parameter is not met, else {@code null}. */
    private static String tiedLength(long n, Constraints.Extras x, Context ctx) {
        Long min = ctx.resolve(x.minLength());
        Long max = ctx.resolve(x.maxLength());
        if (min != null && max != null && x.minLength().equals(x.maxLength()) && n != min) {
            return "expected " + min + " (" + x.minLength() + ")";
        }
        if (min != null && n < min) {
            return "expected at least " + min + " (" + x.minLength() + ")";
        }
        if (max != null && n > max) {
            return "expected at most " + max + " (" + x.maxLength() + ")";
        }
        return null;
    }

    /** {@code rectangular}, {@code shape} and {@code totalMax} of a nested array. */
    private static boolean checkShape(Value.Arr array, Constraints.Extras x, String path, List<Violation> found,
            Context ctx) {
        if (x.rectangular()) {
            String bad = rectangular(array, path);
            if (bad != null) {
                found.add(new Violation(bad.substring(0, bad.indexOf(' ')), bad.substring(bad.indexOf(' ') + 1)));
                return false;
            }
        }
        if (x.shape() != null && ctx.args() != null && ctx.args().get(x.shape()) instanceof Value.Arr other) {
            String bad = sameShape(array, other, path, x.shape());
            if (bad != null) {
                found.add(new Violation(bad.substring(0, bad.indexOf(' ')), bad.substring(bad.indexOf(' ') + 1)));
                return false;
            }
        }
        if (x.totalMax() > 0) {
            long total = leaves(array);
            if (total > x.totalMax()) {
                found.add(new Violation(path, "expected at most " + x.totalMax() + " numbers in all, found " + total));
                return false;
            }
        }
        return true;
    }

    /** Level by level, every array has the length of the first one at its level; "path message" or null. */
    private static String rectangular(Value.Arr top, String path) {
        List<Value.Arr> level = List.of(top);
        List<String> paths = List.of(path);
        while (true) {
            List<Value.Arr> next = new ArrayList<>();
            List<String> nextPaths = new ArrayList<>();
            int width = -1;
            for (int r = 0; r < level.size(); r++) {
                List<Value> items = level.get(r).items();
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof Value.Arr row)) {
                        return null;
                    }
                    String at = paths.get(r) + "/" + i;
                    if (width < 0) {
                        width = row.items().size();
                    } else if (row.items().size() != width) {
                        return at + " expected every row to have " + width + " elements (the array is declared"
                                + " rectangular), found " + row.items().size();
                    }
                    next.add(row);
                    nextPaths.add(at);
                }
            }
            if (next.isEmpty()) {
                return null;
            }
            level = next;
            paths = nextPaths;
        }
    }

    private static String sameShape(Value.Arr a, Value.Arr b, String path, String name) {
        if (a.items().size() != b.items().size()) {
            return path + " expected " + b.items().size() + " elements, the shape of " + name + ", found "
                    + a.items().size();
        }
        for (int i = 0; i < a.items().size(); i++) {
            if (a.items().get(i) instanceof Value.Arr x && b.items().get(i) instanceof Value.Arr y) {
                String bad = sameShape(x, y, path + "/" + i, name);
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }

    /** How many non-array values a nested array holds. */
    public static long leaves(Value v) {
        if (v instanceof Value.Arr a) {
            long n = 0;
            for (Value item : a.items()) {
                n += item instanceof Value.Arr ? leaves(item) : 1;
            }
            return n;
        }
        return 1;
    }

    /** {@code sorted} and {@code distinct}: each element against the one before it, and against all before. */
    private static boolean checkOrder(List<Value> items, Constraints c, String path, List<Violation> found) {
        if (c.sorted() != null) {
            for (int i = 1; i < items.size(); i++) {
                if (!c.sorted().allows(compare(items.get(i - 1), items.get(i)))) {
                    found.add(new Violation(path + "/" + i, "expected the elements in " + c.sorted().meaning
                            + " order, found " + items.get(i).format() + " after " + items.get(i - 1).format()));
                    return false;
                }
            }
        }
        if (c.distinct()) {
            java.util.Map<Value, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Integer first = seen.putIfAbsent(normal(items.get(i)), i);
                if (first != null) {
                    found.add(new Violation(path + "/" + i, "expected distinct elements, found "
                            + items.get(i).format() + " again (first at index " + first + ")"));
                    return false;
                }
            }
        }
        return true;
    }

    /** Orders numbers by value and strings as Java does; the loader allows sorted only on those. */
    public static int compare(Value a, Value b) {
        if (a instanceof Value.Str x && b instanceof Value.Str y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof Value.Int x && b instanceof Value.Int y) {
            return Long.compare(x.value(), y.value());
        }
        return Double.compare(number(a), number(b));
    }

    private static double number(Value v) {
        return v instanceof Value.Int i ? i.value() : v instanceof Value.Dbl d ? d.value() : Double.NaN;
    }

    /** 2 and 2.0 are the same number for distinctness. */
    private static Value normal(Value v) {
        return v instanceof Value.Dbl d && d.value() == Math.rint(d.value()) && Math.abs(d.value()) < 1e18
                ? new Value.Int((long) d.value()) : v;
    }

    /**
     * A list: an array of integers. A tree: level order, integers or null, the first not null, and no more
     * entries than the nodes above them have child slots. The length constraint counts nodes.
     */
    private static boolean checkNodes(Value value, TypeSpec.Node type, Constraints c, String path,
            List<Violation> found) {
        if (!(value instanceof Value.Arr array)) {
            found.add(new Violation(path, "expected " + type.describe() + ", found " + value.kind()));
            return false;
        }
        List<Value> items = array.items();
        int nodes = 0;
        int slots = 1; // child slots open for the next entries: the root's, then two per node placed
        for (int i = 0; i < items.size(); i++) {
            Value item = items.get(i);
            String at = path + "/" + i;
            if (type.tree()) {
                if (slots == 0) {
                    found.add(new Violation(at, "this entry has no parent: every node above is placed and all"
                            + " their child slots are filled"));
                    return false;
                }
                slots--;
                if (item instanceof Value.Null) {
                    if (i == 0) {
                        found.add(new Violation(at, "the root may not be null; write [] for an empty tree"));
                        return false;
                    }
                    continue;
                }
                slots += 2;
            }
            if (!(item instanceof Value.Int n) || n.value() < Integer.MIN_VALUE || n.value() > Integer.MAX_VALUE) {
                found.add(new Violation(at, "expected a 32-bit integer" + (type.tree() ? " or null" : "") + ", found "
                        + item.kind()));
                return false;
            }
            Constraints ec = c.element();
            if (ec != null && ec.values() != null && !ec.values().contains(n.value())) {
                found.add(new Violation(at, "expected a node value in " + ec.values() + ", found " + n.value()));
                return false;
            }
            nodes++;
        }
        if (c.length() != null && !c.length().contains(nodes)) {
            found.add(new Violation(path, "expected " + c.length().min() + " to " + c.length().max() + " nodes, found "
                    + nodes));
            return false;
        }
        if (type.tree()) {
            // A tree's values can only be declared distinct (its nodes are named by value); nulls are no nodes.
            return !c.distinct() || checkOrder(items.stream().filter(v -> !(v instanceof Value.Null)).toList(),
                    new Constraints(null, null, null, null, null, true), path + " (its values in level order)", found);
        }
        return checkOrder(items, c, path, found);
    }

    private static boolean checkScalar(Value value, TypeSpec.Scalar type, Constraints c, String path,
            List<Violation> found, Context ctx) {
        if (value instanceof Value.Null && type.boxed() && type.kind() != TypeSpec.Kind.STRING) {
            return true;
        }
        String problem = switch (type.kind()) {
            case STRING -> value instanceof Value.Str s ? checkString(s.value(), c) : mismatch(type, value);
            case CHAR -> value instanceof Value.Str s && s.value().length() == 1
                    ? checkChars(s.value(), c) : mismatch(type, value);
            case INT, LONG -> {
                if (!(value instanceof Value.Int i)) {
                    yield mismatch(type, value);
                }
                if (type.kind() == TypeSpec.Kind.INT && (i.value() < Integer.MIN_VALUE || i.value() > Integer.MAX_VALUE)) {
                    yield "expected a 32-bit integer, found " + i.value();
                }
                if (c.values() != null && !c.values().contains(i.value())) {
                    yield "expected an integer in " + c.values() + ", found " + i.value();
                }
                Long min = ctx.resolve(c.extras().min());
                Long max = ctx.resolve(c.extras().max());
                if (min != null && i.value() < min) {
                    yield "expected an integer of at least " + min + " (" + c.extras().min() + "), found " + i.value();
                }
                yield max != null && i.value() > max
                        ? "expected an integer of at most " + max + " (" + c.extras().max() + "), found " + i.value()
                        : null;
            }
            case DOUBLE, FLOAT -> {
                double d;
                if (value instanceof Value.Int i) {
                    d = i.value();
                } else if (value instanceof Value.Dbl x) {
                    d = x.value();
                } else {
                    yield mismatch(type, value);
                }
                if (type.kind() == TypeSpec.Kind.FLOAT && !Double.isNaN(d) && (double) (float) d != d) {
                    yield "expected a float (a number exact in 32-bit binary floating point), found " + d
                            + " (the nearest float is " + (float) d + ")";
                }
                Constraints.Real real = c.extras().real();
                if (real != null) {
                    yield real.contains(d) ? null : "expected a " + (real.nonFinite() ? "" : "finite ")
                            + "number in " + real + ", found " + d;
                }
                if (!ctx.answer() && (Double.isNaN(d) || Double.isInfinite(d))) {
                    yield "expected a finite number, found " + d;
                }
                yield c.values() != null && (d < c.values().min() || d > c.values().max())
                        ? "expected a number in " + c.values() + ", found " + d : null;
            }
            case BOOLEAN -> value instanceof Value.Bool ? null : mismatch(type, value);
        };
        if (problem != null) {
            found.add(new Violation(path, problem));
            return false;
        }
        return true;
    }

    private static String mismatch(TypeSpec type, Value value) {
        return "expected " + type.describe() + ", found " + value.kind();
    }

    private static String checkString(String s, Constraints c) {
        if (c.length() != null && !c.length().contains(s.length())) {
            return "expected a string of length " + c.length().min() + " to " + c.length().max()
                    + ", found length " + s.length();
        }
        return checkChars(s, c);
    }

    private static String checkChars(String s, Constraints c) {
        if (c.chars() == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!c.chars().contains(s.charAt(i))) {
                return "character " + describeChar(s.charAt(i)) + " at index " + i + " is not in [" + c.chars().spec() + "]";
            }
        }
        return null;
    }

    private static String describeChar(char ch) {
        return ch >= 0x20 && ch < 0x7f ? "'" + ch + "'" : String.format("U+%04X", (int) ch);
    }
}
