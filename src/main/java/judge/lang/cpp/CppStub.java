package judge.lang.cpp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import judge.problem.Design;
import judge.problem.Param;
import judge.problem.Signature;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.problem.TypeSpec;
import judge.value.ValueFormat;

/**
 * The {@code solution.cpp} a user starts from, as LeetCode's C++ editor shows it: {@code class Solution
 * { public: ... };} with the method in LeetCode's C++ types ({@code vector<int>&}, {@code ListNode*}), the
 * commented {@code ListNode}/{@code TreeNode} definition when the problem uses one, and for a design problem the
 * class with its constructor, every method and the "instantiated and called as such" comment. Each body returns
 * an empty value, so the first run is a Wrong Answer rather than a Compile Error.
 */
final class CppStub {
    static final String FILE_NAME = "solution.cpp";

    private static final String LIST_NODE = """
            /**
             * Definition for singly-linked list.
             * struct ListNode {
             *     int val;
             *     ListNode *next;
             *     ListNode() : val(0), next(nullptr) {}
             *     ListNode(int x) : val(x), next(nullptr) {}
             *     ListNode(int x, ListNode *next) : val(x), next(next) {}
             * };
             */
            """;
    private static final String TREE_NODE = """
            /**
             * Definition for a binary tree node.
             * struct TreeNode {
             *     int val;
             *     TreeNode *left;
             *     TreeNode *right;
             *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
             *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
             *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
             * };
             */
            """;

    private CppStub() {}

    static String stub(Problem p) {
        StringBuilder out = new StringBuilder();
        header(p, out);
        Design design = p.signature().design();
        List<TypeSpec> types = new ArrayList<>();
        if (design == null) {
            p.signature().params().forEach(param -> types.add(param.type()));
            types.add(p.signature().returns());
        } else {
            design.constructor().forEach(param -> types.add(param.type()));
            for (Design.Method m : design.methods()) {
                m.params().forEach(param -> types.add(param.type()));
                if (m.returns() != null) {
                    types.add(m.returns());
                }
            }
        }
        if (types.stream().anyMatch(t -> t.javaName().contains("ListNode"))) {
            out.append(LIST_NODE);
        }
        if (types.stream().anyMatch(t -> t.javaName().contains("TreeNode"))) {
            out.append(TREE_NODE);
        }
        if (design == null) {
            Signature s = p.signature();
            if (s.api() != null) {
                out.append("// The API ").append(s.api().function()).append(" is defined for you.\n// bool ")
                        .append(s.api().function()).append("(int version);\n\n");
            }
            // The method's own parameters (not the API's hidden state); an in-place answer returns nothing.
            out.append("class ").append(s.className()).append(" {\npublic:\n    ")
                    .append(method(s.method(), s.methodParams(), s.isInPlace() ? null : s.returns()))
                    .append("\n};\n");
            return out.toString();
        }
        out.append("class ").append(design.className()).append(" {\npublic:\n    ").append(design.className())
                .append('(').append(params(design.constructor())).append(") {\n        \n    }\n");
        for (Design.Method m : design.methods()) {
            out.append("    \n    ").append(method(m.name(), m.params(), m.returns())).append('\n');
        }
        out.append("};\n\n/**\n * Your ").append(design.className())
                .append(" object will be instantiated and called as such:\n * ").append(design.className())
                .append("* obj = new ").append(design.className()).append('(').append(names(design.constructor()))
                .append(");\n");
        for (int i = 0; i < design.methods().size(); i++) {
            Design.Method m = design.methods().get(i);
            out.append(" * ").append(m.returns() == null || m.returns().javaName().equals("void") ? ""
                    : CppDriver.stubType(m.returns(), false) + " param_" + (i + 1) + " = ").append("obj->")
                    .append(m.name()).append('(').append(names(m.params())).append(");\n");
        }
        return out.append(" */\n").toString();
    }

    private static String method(String name, List<Param> params, TypeSpec returns) {
        boolean isVoid = returns == null || returns.javaName().equals("void");
        return (isVoid ? "void" : CppDriver.stubType(returns, false)) + " " + name + "(" + params(params) + ") {\n"
                + (isVoid ? "        \n" : "        return {};\n") + "    }";
    }

    private static String params(List<Param> params) {
        return params.stream().map(p -> CppDriver.stubType(p.type(), true) + " " + p.name())
                .collect(Collectors.joining(", "));
    }

    private static String names(List<Param> params) {
        return params.stream().map(Param::name).collect(Collectors.joining(","));
    }

    private static void header(Problem p, StringBuilder out) {
        out.append("// ").append(p.id()).append(". ").append(oneLine(p.title())).append(" (").append(p.difficulty())
                .append(")\n");
        List<TestCase> examples = ProblemLoader.examples(p);
        List<Param> params = p.signature().params();
        for (int i = 0; i < examples.size(); i++) {
            TestCase example = examples.get(i);
            out.append("//\n// Example ").append(i + 1).append(":\n//   Input: ");
            for (int j = 0; j < params.size() && j < example.input().size(); j++) {
                out.append(j == 0 ? "" : ", ").append(params.get(j).name()).append(" = ")
                        .append(oneLine(ValueFormat.format(example.input().get(j))));
            }
            out.append('\n');
            if (example.expected() != null) {
                out.append("//   Output: ").append(oneLine(ValueFormat.format(example.expected()))).append('\n');
            }
        }
        String id = String.valueOf(p.id());
        out.append("//\n// ./judge show ").append(id).append("                       the statement\n");
        out.append("// ./judge run ").append(id).append(' ').append(FILE_NAME).append("        the examples\n");
        out.append("// ./judge submit ").append(id).append(' ').append(FILE_NAME).append("     every test\n");
        out.append("// ./judge watch ").append(id).append(' ').append(FILE_NAME).append("      both, on every save\n");
        out.append('\n');
    }

    private static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " ");
    }
}
