package judge.problem;

/**
 * A Java type as a problem declares it for a parameter or a return value ({@code String}, {@code int[]},
 * {@code List<List<Integer>>}), parsed from the same spelling a solution uses.
 */
public sealed interface TypeSpec permits TypeSpec.Scalar, TypeSpec.ArrayOf, TypeSpec.ListOf, TypeSpec.Node,
        TypeSpec.CallArguments {

    enum Kind {
        INT("int", "Integer"), LONG("long", "Long"), DOUBLE("double", "Double"), FLOAT("float", "Float"), BOOLEAN("boolean", "Boolean"),
        CHAR("char", "Character"), STRING("String", "String");

        final String primitive;
        final String boxed;

        Kind(String primitive, String boxed) {
            this.primitive = primitive;
            this.boxed = boxed;
        }
    }

    /** A primitive, its box, or {@code String}; {@code boxed} tells {@code Integer} from {@code int}. */
    record Scalar(Kind kind, boolean boxed) implements TypeSpec {
        @Override
        public String javaName() {
            return boxed ? kind.boxed : kind.primitive;
        }
    }

    record ArrayOf(TypeSpec element) implements TypeSpec {
        @Override
        public String javaName() {
            return element.javaName() + "[]";
        }
    }

    record ListOf(TypeSpec element) implements TypeSpec {
        @Override
        public String javaName() {
            return "List<" + element.javaName() + ">";
        }
    }

    /**
     * LeetCode's {@code ListNode} (written as the array of its values, {@code [1,2,3]}) or {@code TreeNode}
     * (level order with nulls, {@code [1,null,2]}); their values are ints. A length constraint counts nodes,
     * an element constraint bounds their values.
     */
    record Node(boolean tree) implements TypeSpec {
        @Override
        public String javaName() {
            return tree ? "TreeNode" : "ListNode";
        }
    }

    /**
     * The second value of a design problem's input: one argument list per operation, each typed by the
     * operation's own parameters (see {@link Design}). Never declared in {@code problem.json}.
     */
    record CallArguments() implements TypeSpec {
        @Override
        public String javaName() {
            return "List<List<Object>>";
        }

        @Override
        public String describe() {
            return "an array of argument lists, one per operation";
        }
    }

    /** The type as Java source spells it, without package names: {@code List<int[]>}. */
    String javaName();

    /** What a value of this type looks like, for error messages: "a string", "an array of integers". */
    default String describe() {
        if (this instanceof Node n) {
            return n.tree() ? "a tree in level order (an array of integers and nulls)" : "a list (an array of integers)";
        }
        if (this instanceof Scalar s) {
            return switch (s.kind()) {
                case INT, LONG -> "an integer";
                case DOUBLE -> "a number";
                case FLOAT -> "a float (a number exact in 32-bit binary floating point)";
                case BOOLEAN -> "a boolean";
                case CHAR -> "a one-character string";
                case STRING -> "a string";
            };
        }
        TypeSpec element = this instanceof ArrayOf a ? a.element() : ((ListOf) this).element();
        return "an array of " + plural(element);
    }

    private static String plural(TypeSpec element) {
        if (element instanceof Scalar s) {
            return switch (s.kind()) {
                case INT, LONG -> "integers";
                case DOUBLE, FLOAT -> "numbers";
                case BOOLEAN -> "booleans";
                case CHAR -> "characters";
                case STRING -> "strings";
            };
        }
        return "arrays";
    }

    /** Parses a Java type as written in {@code problem.json}; throws {@link IllegalArgumentException}. */
    static TypeSpec parse(String text) {
        String t = text.strip();
        if (t.endsWith("[]")) {
            return new ArrayOf(parse(t.substring(0, t.length() - 2)));
        }
        if (t.startsWith("List<") && t.endsWith(">")) {
            TypeSpec element = parse(t.substring(5, t.length() - 1));
            if (element instanceof Scalar s && !s.boxed() && s.kind() != Kind.STRING) {
                throw new IllegalArgumentException("List<" + s.javaName() + "> is not Java: write List<"
                        + s.kind().boxed + ">");
            }
            return new ListOf(element);
        }
        if (t.equals("ListNode") || t.equals("TreeNode")) {
            return new Node(t.equals("TreeNode"));
        }
        for (Kind kind : Kind.values()) {
            if (t.equals(kind.primitive)) {
                return new Scalar(kind, kind == Kind.STRING);
            }
            if (t.equals(kind.boxed)) {
                return new Scalar(kind, true);
            }
        }
        throw new IllegalArgumentException("unknown type '" + text + "': expected int, long, double, float, boolean, char,"
                + " String, their boxes, an array T[] or List<T> of them, ListNode or TreeNode");
    }
}
