package judge.problem;

import java.util.List;
import java.util.stream.Collectors;
import judge.value.Value;

/**
 * The class and method a solution must declare: {@code class Solution { String minWindow(String s, String t) }}.
 * For a design problem {@code design} is set, {@code method} and {@code returns} are {@code null}, and the
 * parameters are the two every design test has: {@code operations} and {@code arguments}.
 *
 * <p>An in-place problem ({@code "returns": "void", "answer": {"param": "nums"}}) has {@code answerParam} set:
 * the method returns nothing and the answer is that argument after the call; {@code returns} is then the
 * answer's type (the parameter's), which is what tests store and checkers compare.
 */
public record Signature(String className, String method, List<Param> params, TypeSpec returns, Design design,
        String answerParam, Api api, Cycle cycle, NodeRefs nodes, Codec codec) {
    public Signature {
        params = List.copyOf(params);
    }

    public Signature(String className, String method, List<Param> params, TypeSpec returns, Design design,
            String answerParam, Api api, Cycle cycle) {
        this(className, method, params, returns, design, answerParam, api, cycle, null, null);
    }

    public Signature(String className, String method, List<Param> params, TypeSpec returns, Design design) {
        this(className, method, params, returns, design, null, null, null);
    }

    public Signature(String className, String method, List<Param> params, TypeSpec returns) {
        this(className, method, params, returns, null, null, null, null);
    }

    /** The same signature with the judge's {@code api} (whose state parameters the method does not take). */
    public Signature withApi(Api api) {
        return new Signature(className, method, params, returns, design, answerParam, api, cycle, nodes, codec);
    }

    /**
     * The same signature with a list that may end in a cycle; a method returning a node of it is answered by
     * the node's index, an int.
     */
    public Signature withCycle(Cycle cycle) {
        return new Signature(className, method, params, cycle.returnsNode() ? new TypeSpec.Scalar(TypeSpec.Kind.INT,
                false) : returns, design, answerParam, api, cycle, nodes, codec);
    }

    /**
     * The same signature with arguments that are nodes of a tree argument; a method returning a node is
     * answered by the value the node had, an int.
     */
    public Signature withNodes(NodeRefs nodes) {
        return new Signature(className, method, params, nodes.returnsNode() ? new TypeSpec.Scalar(TypeSpec.Kind.INT,
                false) : returns, design, answerParam, api, cycle, nodes, codec);
    }

    /** The same signature judged as an encoder ({@link #method}) and decoder by their round trip. */
    public Signature withCodec(Codec codec) {
        return new Signature(className, method, params, returns, design, answerParam, api, cycle, nodes, codec);
    }

    /** Whether parameter {@code name} is a node of the tree argument, given in tests by its value. */
    public boolean isNodeRef(String name) {
        return nodes != null && nodes.refs().contains(name);
    }

    /**
     * The parameters the solution's method declares: every parameter but an API's state (which only the judge's
     * API reads) and a cycle's {@code pos}; a node reference is declared as the {@code TreeNode} it is passed
     * as. Tests hold a value for each of {@link #params}.
     */
    public List<Param> methodParams() {
        return params.stream().filter(p -> (api == null || !api.isState(p.name()))
                && (cycle == null || !cycle.pos().equals(p.name())))
                .map(p -> isNodeRef(p.name()) ? new Param(p.name(), new TypeSpec.Node(true), p.constraints(), p.hint())
                        : p).toList();
    }

    /** An in-place problem: the method returns nothing, its answer is the argument {@code answerParam} after the call. */
    public static Signature inPlace(String className, String method, List<Param> params, String answerParam) {
        TypeSpec answer = params.stream().filter(p -> p.name().equals(answerParam)).findFirst().orElseThrow().type();
        return new Signature(className, method, params, answer, null, answerParam, null, null, null, null);
    }

    /** Whether the answer is an argument after the call rather than the returned value. */
    public boolean isInPlace() {
        return answerParam != null;
    }

    /** The index of the in-place answer's parameter, or -1 when the returned value is the answer. */
    public int answerIndex() {
        for (int i = 0; answerParam != null && i < params.size(); i++) {
            if (params.get(i).name().equals(answerParam)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The type the solution's method returns, as it declares it: {@code null} (void) for an in-place problem, a
     * {@code ListNode} for a list with a cycle answered by a node, a {@code TreeNode} for a node of a tree
     * argument, the encoding ({@code String}) for a codec; else {@link #returns}.
     */
    public TypeSpec declaredReturns() {
        if (isInPlace()) {
            return null;
        }
        if (cycle != null && cycle.returnsNode()) {
            return new TypeSpec.Node(false);
        }
        if (nodes != null && nodes.returnsNode()) {
            return new TypeSpec.Node(true);
        }
        return codec != null ? new TypeSpec.Scalar(TypeSpec.Kind.STRING, true) : returns;
    }

    /** The return type the solution's method declares: {@code void} for an in-place problem. */
    public String returnsJavaName() {
        return isInPlace() ? "void" : declaredReturns().javaName();
    }

    /** A codec's decoder as a LeetCode template shows it: {@code public TreeNode deserialize(String data)}. */
    public String decodeDeclaration() {
        return "public " + returns.javaName() + " " + codec.decode() + "(String data)";
    }

    public static Signature of(Design design) {
        return new Signature(design.className(), null, design.inputParams(), null, design);
    }

    public boolean isDesign() {
        return design != null;
    }

    /**
     * The method as a LeetCode template shows it: {@code public String minWindow(String s, String t)}; for a
     * codec, the encoder (the decoder is {@link #decodeDeclaration()}).
     */
    public String declaration() {
        if (design != null) {
            return design.declaration();
        }
        return "public " + returnsJavaName() + " " + method + "(" + methodParams().stream()
                .map(p -> p.type().javaName() + " " + p.name()).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The first way {@code input} (one value per parameter) breaks the declared types and constraints, or
     * {@code null}. The path starts with the parameter's name ({@code /nums/3}, {@code /arguments/2/0}); the
     * message ends by naming the parameter.
     */
    public Violation violation(List<Value> input) {
        if (design != null) {
            return design.violation(input);
        }
        java.util.Map<String, Value> byName = new java.util.HashMap<>();
        for (int i = 0; i < params.size() && i < input.size(); i++) {
            byName.put(params.get(i).name(), input.get(i));
        }
        for (int i = 0; i < params.size(); i++) {
            Param param = params.get(i);
            Violation v = Violation.of(input.get(i), param.type(), param.constraints(), byName);
            if (v != null) {
                return new Violation("/" + param.name() + v.path(), v.message() + " (parameter " + param.name()
                        + " of " + method + ")");
            }
        }
        return nodes == null ? null : nodeRefViolation(byName);
    }

    /** Each node reference must be the value of a node of the tree, and the references different nodes. */
    private Violation nodeRefViolation(java.util.Map<String, Value> byName) {
        java.util.Set<Value> values = new java.util.HashSet<>();
        if (byName.get(nodes.tree()) instanceof Value.Arr tree) {
            tree.items().stream().filter(v -> !(v instanceof Value.Null)).forEach(values::add);
        }
        java.util.Map<Value, String> named = new java.util.HashMap<>();
        for (String ref : nodes.refs()) {
            Value v = byName.get(ref);
            if (!values.contains(v)) {
                return new Violation("/" + ref, "expected the value of a node of " + nodes.tree() + ", found "
                        + (v == null ? "nothing" : v.format()) + " (parameter " + ref + " of " + method + ")");
            }
            String other = named.putIfAbsent(v, ref);
            if (other != null) {
                return new Violation("/" + ref, "expected another node than " + other + "'s, found " + v.format()
                        + " again (parameter " + ref + " of " + method + ")");
            }
        }
        return null;
    }

    /** The first way an expected answer to {@code input} breaks the return type, or {@code null}. */
    public Violation outputViolation(List<Value> input, Value output) {
        if (design != null) {
            return design.outputViolation(input.get(0), output);
        }
        Violation v = Violation.ofAnswer(output, returns);
        if (v != null && !(output instanceof Value.Null)) {
            return new Violation(v.path(), v.message() + (isInPlace() ? " (the answer is " + answerParam + " after the call, a "
                    + returns.javaName() + ")" : " (the return type is " + returns.javaName() + ")"));
        }
        return null;
    }
}
