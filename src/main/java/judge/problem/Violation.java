package judge.problem;

import java.util.ArrayList;
import java.util.List;
import judge.value.Value;

/**
 * Where a value breaks its parameter's type or constraints: {@code path} is a JSON pointer relative to the
 * value ("" for the value itself, "/3" for its fourth element), {@code message} says what was expected and
 * what was found.
 */
public record Violation(String path, String message) {

    /** The first way {@code value} breaks {@code type} and {@code constraints}, or {@code null} if none. */
    public static Violation of(Value value, TypeSpec type, Constraints constraints) {
        List<Violation> found = new ArrayList<>(1);
        check(value, type, constraints == null ? Constraints.NONE : constraints, "", found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean check(Value value, TypeSpec type, Constraints c, String path, List<Violation> found) {
        if (type instanceof TypeSpec.Scalar scalar) {
            return checkScalar(value, scalar, c, path, found);
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
        TypeSpec element = type instanceof TypeSpec.ArrayOf a ? a.element() : ((TypeSpec.ListOf) type).element();
        Constraints ec = c.element() == null ? Constraints.NONE : c.element();
        for (int i = 0; i < array.items().size(); i++) {
            if (!check(array.items().get(i), element, ec, path + "/" + i, found)) {
                return false;
            }
        }
        return checkOrder(array.items(), c, path, found);
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
        return type.tree() || checkOrder(items, c, path, found);
    }

    private static boolean checkScalar(Value value, TypeSpec.Scalar type, Constraints c, String path,
            List<Violation> found) {
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
                yield c.values() != null && !c.values().contains(i.value())
                        ? "expected an integer in " + c.values() + ", found " + i.value() : null;
            }
            case DOUBLE -> {
                double d;
                if (value instanceof Value.Int i) {
                    d = i.value();
                } else if (value instanceof Value.Dbl x) {
                    d = x.value();
                } else {
                    yield mismatch(type, value);
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
