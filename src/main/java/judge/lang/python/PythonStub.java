package judge.lang.python;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import judge.problem.Design;
import judge.problem.ForbiddenPython;
import judge.problem.Param;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.problem.TypeSpec;
import judge.value.ValueFormat;

/**
 * The {@code solution.py} a user starts from, as LeetCode's Python 3 editor shows it: {@code class Solution:}
 * with the typed method ({@code List[int]}, {@code Optional[TreeNode]}), the commented definition of
 * {@code ListNode} or {@code TreeNode} when the problem uses one, and for a design problem the class with
 * {@code __init__}, every method and LeetCode's "instantiated and called as such" comment. Each body is
 * {@code pass}, so the first run is a Wrong Answer rather than a Compile Error. The statement's examples and
 * the judge's commands come first, in a comment, as in the Java stub.
 */
public final class PythonStub {
    /** The file name {@code new --lang python} writes. */
    public static final String FILE_NAME = "solution.py";

    private static final String LIST_NODE = """
            # Definition for singly-linked list.
            # class ListNode:
            #     def __init__(self, val=0, next=None):
            #         self.val = val
            #         self.next = next
            """;
    private static final String TREE_NODE = """
            # Definition for a binary tree node.
            # class TreeNode:
            #     def __init__(self, val=0, left=None, right=None):
            #         self.val = val
            #         self.left = left
            #         self.right = right
            """;

    private PythonStub() {}

    public static String stub(Problem p) {
        StringBuilder out = new StringBuilder();
        header(p, out);
        Design design = p.signature().design();
        List<TypeSpec> types = new ArrayList<>();
        if (design == null) {
            p.signature().methodParams().forEach(param -> types.add(param.type()));
            types.add(p.signature().declaredReturns());
        } else {
            design.constructor().forEach(param -> types.add(param.type()));
            for (Design.Method m : design.methods()) {
                m.params().forEach(param -> types.add(param.type()));
                types.add(m.returns());
            }
        }
        if (types.stream().anyMatch(t -> uses(t, false))) {
            out.append(LIST_NODE);
        }
        if (types.stream().anyMatch(t -> uses(t, true))) {
            out.append(TREE_NODE);
        }
        if (p.signature().codec() != null) {
            Param value = p.signature().params().get(0);
            String name = p.signature().className();
            out.append("class ").append(name).append(":\n\n");
            out.append("    ").append(declaration(p.signature().method(), List.of(value),
                    p.signature().declaredReturns(), false)).append('\n');
            out.append("        \"\"\"Encodes a ").append(value.type().javaName()).append(" to a single string.\"\"\"\n");
            out.append("        pass\n\n");
            out.append("    ").append(declaration(p.signature().codec().decode(), List.of(new Param("data",
                    new TypeSpec.Scalar(TypeSpec.Kind.STRING, true), null)), p.signature().returns(), false))
                    .append('\n');
            out.append("        \"\"\"Decodes your encoded data to a ").append(p.signature().returns().javaName())
                    .append(".\"\"\"\n        pass\n\n\n");
            out.append("# Your ").append(name).append(" object will be instantiated and called as such:\n");
            out.append("# ser = ").append(name).append("()\n# deser = ").append(name).append("()\n");
            out.append("# ans = deser.").append(p.signature().codec().decode()).append("(ser.")
                    .append(p.signature().method()).append('(').append(value.name()).append("))\n");
            return out.toString();
        }
        if (design == null) {
            if (p.signature().api() != null) {
                out.append("# The ").append(p.signature().api().function()).append(" API is already defined for you.\n")
                        .append("# def ").append(p.signature().api().function()).append("(version: int) -> bool:\n\n");
            }
            out.append("class ").append(p.signature().className()).append(":\n");
            out.append("    ").append(declaration(p.signature().method(), p.signature().methodParams(),
                    p.signature().declaredReturns(), false)).append('\n');
            if (p.signature().isInPlace()) {
                out.append("        \"\"\"\n        Do not return anything, modify ").append(p.signature().answerParam())
                        .append(" in-place instead.\n        \"\"\"\n");
            }
            out.append("        pass\n");
            return out.toString();
        }
        out.append("class ").append(design.className()).append(":\n\n");
        out.append("    ").append(declaration("__init__", design.constructor(), null, true)).append('\n');
        out.append("        pass\n");
        for (Design.Method m : design.methods()) {
            out.append("\n    ").append(declaration(m.name(), m.params(), m.returns(), false)).append('\n');
            out.append("        pass\n");
        }
        out.append("\n\n# Your ").append(design.className())
                .append(" object will be instantiated and called as such:\n");
        out.append("# obj = ").append(design.className()).append('(').append(names(design.constructor()))
                .append(")\n");
        for (int i = 0; i < design.methods().size(); i++) {
            Design.Method m = design.methods().get(i);
            out.append("# ").append(m.returns() == null ? "" : "param_" + (i + 1) + " = ").append("obj.")
                    .append(m.name()).append('(').append(names(m.params())).append(")\n");
        }
        return out.toString();
    }

    /** {@code def minWindow(self, s: str, t: str) -> str:}; {@code -> None} for a method that returns nothing. */
    public static String declaration(String name, List<Param> params, TypeSpec returns, boolean constructor) {
        StringBuilder out = new StringBuilder("def ").append(name).append("(self");
        for (Param param : params) {
            out.append(", ").append(param.name()).append(": ").append(pythonType(param.type()));
        }
        out.append(')');
        if (!constructor) {
            out.append(" -> ").append(returns == null ? "None" : pythonType(returns));
        }
        return out.append(':').toString();
    }

    /** A problem's type as LeetCode's Python 3 template writes it: {@code List[List[int]]}, {@code Optional[TreeNode]}. */
    public static String pythonType(TypeSpec type) {
        if (type instanceof TypeSpec.Scalar s) {
            return switch (s.kind()) {
                case INT, LONG -> "int";
                case DOUBLE, FLOAT -> "float";
                case BOOLEAN -> "bool";
                case CHAR, STRING -> "str";
            };
        }
        if (type instanceof TypeSpec.ArrayOf a) {
            return "List[" + pythonType(a.element()) + "]";
        }
        if (type instanceof TypeSpec.ListOf l) {
            return "List[" + pythonType(l.element()) + "]";
        }
        if (type instanceof TypeSpec.Node n) {
            return "Optional[" + n.javaName() + "]";
        }
        return "List[List[Any]]";
    }

    /**
     * The configuration {@code check.py} reads for this problem, as JSON: the class, then the method with its
     * parameters and return type, or every member of a design problem (the constructor as {@code __init__}).
     */
    public static String checkConfig(Problem p) {
        StringBuilder out = new StringBuilder("{\"class\":");
        ValueFormat.appendString(out, p.signature().className());
        Design design = p.signature().design();
        if (p.signature().codec() != null) {
            // A codec is checked as a class with two methods, the encoder and the decoder (no __init__ needed).
            Param value = p.signature().params().get(0);
            out.append(",\"design\":[{\"name\":");
            ValueFormat.appendString(out, p.signature().method());
            out.append(",\"params\":").append(paramsJson(List.of(value))).append(",\"returns\":\"str\"},{\"name\":");
            ValueFormat.appendString(out, p.signature().codec().decode());
            out.append(",\"params\":").append(paramsJson(List.of(new Param("data",
                    new TypeSpec.Scalar(TypeSpec.Kind.STRING, true), null)))).append(",\"returns\":");
            ValueFormat.appendString(out, pythonType(p.signature().returns()));
            return out.append("}]}").toString();
        }
        if (design == null) {
            out.append(",\"method\":");
            ValueFormat.appendString(out, p.signature().method());
            out.append(",\"params\":").append(paramsJson(p.signature().methodParams())).append(",\"returns\":");
            ValueFormat.appendString(out, p.signature().isInPlace() ? "None" : pythonType(p.signature().declaredReturns()));
            return forbidden(p, out).append('}').toString();
        }
        out.append(",\"design\":[{\"name\":\"__init__\",\"params\":").append(paramsJson(design.constructor()))
                .append('}');
        for (Design.Method m : design.methods()) {
            out.append(",{\"name\":");
            ValueFormat.appendString(out, m.name());
            out.append(",\"params\":").append(paramsJson(m.params())).append(",\"returns\":");
            ValueFormat.appendString(out, m.returns() == null ? "None" : pythonType(m.returns()));
            out.append('}');
        }
        return forbidden(p, out.append(']')).append('}').toString();
    }

    /** {@code ,"forbidden":[...]} when the package forbids Python APIs: what check.py refuses. */
    private static StringBuilder forbidden(Problem p, StringBuilder out) {
        return p.forbiddenPython().isEmpty() ? out : out.append(",\"forbidden\":").append(forbiddenJson(p));
    }

    /**
     * The Python APIs the package forbids, as check.py and runner.py read them:
     * {@code [{"module":"numpy","reason":"..."},{"module":"math","name":"fsum","reason":"..."},
     * {"module":"struct","format":"e","reason":"..."}]}.
     */
    public static String forbiddenJson(Problem p) {
        StringBuilder out = new StringBuilder("[");
        for (ForbiddenPython f : p.forbiddenPython()) {
            out.append(out.length() > 1 ? "," : "").append("{\"module\":");
            ValueFormat.appendString(out, f.module());
            if (f.name() != null) {
                out.append(",\"name\":");
                ValueFormat.appendString(out, f.name());
            }
            if (f.structFormat() != null) {
                out.append(",\"format\":");
                ValueFormat.appendString(out, f.structFormat());
            }
            out.append(",\"reason\":");
            ValueFormat.appendString(out, f.reason());
            out.append('}');
        }
        return out.append(']').toString();
    }

    private static String paramsJson(List<Param> params) {
        StringBuilder out = new StringBuilder("[");
        for (Param param : params) {
            out.append(out.length() > 1 ? "," : "").append("{\"name\":");
            ValueFormat.appendString(out, param.name());
            out.append(",\"type\":");
            ValueFormat.appendString(out, pythonType(param.type()));
            out.append('}');
        }
        return out.append(']').toString();
    }

    private static void header(Problem p, StringBuilder out) {
        out.append("# ").append(p.id()).append(". ").append(oneLine(p.title())).append(" (").append(p.difficulty())
                .append(")\n");
        List<TestCase> examples = ProblemLoader.examples(p);
        List<Param> params = p.signature().params();
        for (int i = 0; i < examples.size(); i++) {
            TestCase example = examples.get(i);
            out.append("#\n# Example ").append(i + 1).append(":\n#   Input: ");
            for (int j = 0; j < params.size(); j++) {
                out.append(j == 0 ? "" : ", ").append(params.get(j).name()).append(" = ")
                        .append(oneLine(ValueFormat.format(example.input().get(j))));
            }
            out.append('\n');
            if (example.expected() != null) {
                out.append("#   Output: ").append(oneLine(ValueFormat.format(example.expected()))).append('\n');
                if (p.checker() instanceof judge.problem.CheckerSpec.Random) {
                    out.append("#   (one possible output: the answers are random, and judged by statistics)\n");
                }
            }
        }
        String id = String.valueOf(p.id());
        out.append("#\n# ./judge show ").append(id).append("                      the statement\n");
        out.append("# ./judge run ").append(id).append(' ').append(FILE_NAME).append("        the examples\n");
        out.append("# ./judge submit ").append(id).append(' ').append(FILE_NAME).append("     every test\n");
        out.append("# ./judge watch ").append(id).append(' ').append(FILE_NAME).append("      both, on every save\n");
        out.append('\n');
    }

    private static boolean uses(TypeSpec type, boolean tree) {
        if (type instanceof TypeSpec.Node n) {
            return n.tree() == tree;
        }
        if (type instanceof TypeSpec.ArrayOf a) {
            return uses(a.element(), tree);
        }
        if (type instanceof TypeSpec.ListOf l) {
            return uses(l.element(), tree);
        }
        return false;
    }

    private static String names(List<Param> params) {
        return params.stream().map(Param::name).collect(Collectors.joining(","));
    }

    private static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " ");
    }
}
