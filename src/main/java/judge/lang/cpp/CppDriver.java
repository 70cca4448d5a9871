package judge.lang.cpp;

import java.util.List;
import judge.problem.Design;
import judge.problem.Param;
import judge.problem.Signature;
import judge.problem.TypeSpec;

/**
 * The translation unit g++ compiles for a C++ solution: the judge's prelude ({@code judge_prelude.h}: LeetCode's
 * includes, {@code using namespace std;}, {@code ListNode}, {@code TreeNode} and the driver's runtime), the
 * solution under {@code #line 1} so that diagnostics name the user's own lines, and a short driver generated
 * from the problem's signature, as LeetCode generates one: it builds each argument from its value, calls the
 * method (for a design problem, the constructor and then each operation by name), and writes the result back.
 *
 * <p>A solution's own {@code int main()} (as an IDE writes one) is renamed by a macro around the solution, so
 * it compiles and never runs.
 */
final class CppDriver {
    /** The prelude's file name beside the unit. */
    static final String PRELUDE = "judge_prelude.h";
    /** What the renamed {@code main} of a solution is called. */
    static final String RENAMED_MAIN = "judge_users_own_main";
    /** The file name the generated driver's diagnostics carry. */
    static final String DRIVER_FILE = "judge-driver.cpp";

    private CppDriver() {}

    /** The whole unit: prelude, the solution as {@code fileName}, then the generated driver. */
    static String unit(Signature signature, String solution, String fileName) {
        StringBuilder out = new StringBuilder();
        if (signature.api() != null) {
            out.append("#define ").append(apiMacro(signature.api().className())).append(" 1\n");
        }
        out.append("#include \"").append(PRELUDE).append("\"\n");
        out.append("#define main ").append(RENAMED_MAIN).append('\n');
        out.append("#line 1 \"").append(fileName.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        out.append(solution);
        if (!solution.endsWith("\n")) {
            out.append('\n');
        }
        out.append("#undef main\n");
        out.append("#line 1 \"" + DRIVER_FILE + "\"\n");
        out.append(driver(signature));
        return out.toString();
    }

    /** The generated driver alone: {@code judge_plain_call} or {@code judge_design_call} for the signature. */
    static String driver(Signature signature) {
        StringBuilder out = new StringBuilder();
        if (!signature.isDesign()) {
            plain(out, signature);
            out.append("judge_rt::PlainCall judge_plain_call = judge_call_;\n");
            out.append("judge_rt::DesignCall judge_design_call = nullptr;\n");
            return out.toString();
        }
        Design design = signature.design();
        String cls = design.className();
        out.append("static std::string judge_call_(const judge_rt::J &judge_ops, const judge_rt::J &judge_all,"
                + " long long &judge_nanos) {\n");
        out.append("    if (judge_ops.kind != judge_rt::J::ARR || judge_all.kind != judge_rt::J::ARR"
                + " || judge_ops.a.size() != judge_all.a.size() || judge_ops.a.empty())\n");
        out.append("        throw judge_rt::BadRequest(\"operations and arguments differ in length\");\n");
        out.append("    std::string judge_out = \"[null\";\n");
        // One clock around the whole sequence, as the Java and Python runners time it: two reads of the CPU
        // clock per operation (system calls, some 2 us each) would add 0.4 s to 200,000 operations.
        out.append("    judge_rt::Timer judge_timer(judge_nanos);\n");
        out.append("    ").append(cls).append(" *judge_object;\n");
        out.append("    {\n");
        arguments(out, design.constructor(), "judge_all.a[0]", "        ");
        out.append("        judge_object = new ").append(cls).append('(').append(argumentList(design.constructor()))
                .append(");\n");
        out.append("    }\n");
        out.append("    for (size_t judge_i = 1; judge_i < judge_ops.a.size(); judge_i++) {\n");
        out.append("        const judge_rt::J &judge_op = judge_ops.a[judge_i];\n");
        out.append("        const judge_rt::J &judge_args = judge_all.a[judge_i];\n");
        out.append("        if (judge_op.kind != judge_rt::J::STR) throw judge_rt::BadRequest(\"an operation is a"
                + " string\");\n");
        out.append("        judge_out += ',';\n");
        String keyword = "if";
        for (Design.Method m : design.methods()) {
            out.append("        ").append(keyword).append(" (judge_op.s == \"").append(m.name()).append("\") {\n");
            arguments(out, m.params(), "judge_args", "            ");
            String call = "judge_object->" + m.name() + "(" + argumentList(m.params()) + ")";
            if (isVoid(m.returns())) {
                out.append("            ").append(call).append(";\n");
                out.append("            judge_out += \"null\";\n");
            } else {
                out.append("            auto judge_result = ").append(call).append(";\n");
                out.append("            judge_out += judge_rt::text_of(judge_result);\n");
            }
            out.append("        }");
            keyword = " else if";
        }
        out.append(" else {\n");
        out.append("            throw judge_rt::BadRequest(\"no such method: \" + judge_op.s);\n");
        out.append("        }\n");
        out.append("        if (judge_out.size() > (size_t)judge_rt::state().limit) judge_rt::output_limit();\n");
        out.append("    }\n");
        out.append("    return judge_out + \"]\";\n}\n");
        out.append("judge_rt::PlainCall judge_plain_call = nullptr;\n");
        out.append("judge_rt::DesignCall judge_design_call = judge_call_;\n");
        return out.toString();
    }

    /**
     * A plain call's driver: every argument built from its value, then around the call what the problem's shape
     * asks, as the Java and Python runners do it: the API's hidden state (278), a list linked into a cycle (142),
     * arguments that are nodes of the tree argument (236), the answer read from an argument (283), or a codec's
     * round trip on two instances (297).
     */
    private static void plain(StringBuilder out, Signature signature) {
        List<Param> params = signature.params();
        out.append("static std::string judge_call_(const judge_rt::J &judge_args, long long &judge_nanos) {\n");
        arguments(out, params, "judge_args", "    ");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i).name();
            boolean state = signature.api() != null && signature.api().isState(name);
            boolean pos = signature.cycle() != null && signature.cycle().pos().equals(name);
            boolean ref = signature.nodes() != null && signature.nodes().refs().contains(name);
            if (state) {
                // The API's hidden state (278's bad version) goes to the prelude's API, not to the method.
                out.append("    judge_api::").append(name).append(" = judge_p").append(i).append(";\n");
            } else if (ref) {
                names.add("judge_n" + i);
            } else if (!pos) {
                names.add("judge_p" + i);
            }
        }
        if (signature.api() != null) {
            out.append("    judge_api::calls = 0;\n");
        }
        if (signature.cycle() != null) {
            out.append("    judge_rt::CycleList judge_cycle(judge_p").append(index(params, signature.cycle().list()))
                    .append(", judge_p").append(index(params, signature.cycle().pos())).append(");\n");
        }
        if (signature.nodes() != null) {
            out.append("    judge_rt::NodeTree judge_tree(judge_p").append(index(params, signature.nodes().tree()))
                    .append(");\n");
            for (String ref : signature.nodes().refs()) {
                int i = index(params, ref);
                out.append("    TreeNode *judge_n").append(i).append(" = judge_tree.node(judge_p").append(i)
                        .append(");\n");
            }
        }
        if (signature.codec() != null) {
            codec(out, signature);
            return;
        }
        out.append("    judge_rt::Timer judge_timer(judge_nanos);\n");
        out.append("    ").append(signature.className()).append(" *judge_object = new ")
                .append(signature.className()).append("();\n");
        String call = "judge_object->" + signature.method() + "(" + String.join(", ", names) + ")";
        int answer = signature.answerIndex();
        if (answer >= 0) {
            // In place (283. Move Zeroes): the method returns nothing; the answer is the argument after it.
            out.append("    ").append(call).append(";\n");
            out.append("    std::string judge_text = judge_rt::text_of(judge_p").append(answer).append(");\n");
        } else {
            out.append("    auto judge_result = ").append(call).append(";\n");
            String text = signature.nodes() != null && signature.nodes().returnsNode() ? "judge_tree.answer(judge_result)"
                    : signature.cycle() != null && signature.cycle().returnsNode() ? "judge_cycle.index_of(judge_result)"
                    : "judge_rt::text_of(judge_result)";
            if (signature.cycle() != null) {
                out.append("    std::string judge_text = judge_cycle.changed();\n");
                out.append("    if (judge_text.empty()) judge_text = ").append(text).append(";\n");
            } else {
                out.append("    std::string judge_text = ").append(text).append(";\n");
            }
        }
        out.append("    delete judge_object;\n");
        if (signature.api() != null) {
            out.append("    judge_rt::state().api_calls = judge_api::calls;\n");
        }
        out.append("    return judge_text;\n}\n");
    }

    /** LeetCode's round trip: {@code deserialize(serialize(root))} on two instances of the codec class. */
    private static void codec(StringBuilder out, Signature signature) {
        String cls = signature.className();
        String encode = signature.method();
        String decode = signature.codec().decode();
        out.append("    auto judge_given = judge_rt::nodes_of(judge_p0);\n");
        out.append("    judge_rt::Timer judge_timer(judge_nanos);\n");
        out.append("    ").append(cls).append(" *judge_encoder = new ").append(cls).append("();\n");
        out.append("    std::string judge_encoded = judge_encoder->").append(encode).append("(judge_p0);\n");
        out.append("    if (judge_encoded.size() > judge_rt::MAX_ENCODED_CHARS)\n");
        out.append("        return judge_rt::text_of(std::string(\"").append(encode)
                .append(" returned \") + std::to_string(judge_encoded.size()) + \" characters, more than the \"\n")
                .append("                + std::to_string(judge_rt::MAX_ENCODED_CHARS) + \" allowed\");\n");
        out.append("    ").append(cls).append(" *judge_decoder = new ").append(cls).append("();\n");
        out.append("    TreeNode *judge_decoded = judge_decoder->").append(decode).append("(judge_encoded);\n");
        out.append("    for (const void *judge_node : judge_rt::nodes_of(judge_decoded))\n");
        out.append("        if (judge_given.count(judge_node) != 0)\n");
        out.append("            return judge_rt::text_of(std::string(\"").append(decode)
                .append(" returned nodes of the value given to ").append(encode)
                .append(", not new ones built from the string\"));\n");
        out.append("    return judge_rt::text_of(judge_decoded);\n}\n");
    }

    private static int index(List<Param> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    private static boolean isVoid(TypeSpec type) {
        return type == null || type.javaName().equals("void");
    }

    private static void arguments(StringBuilder out, List<Param> params, String call, String indent) {
        for (int i = 0; i < params.size(); i++) {
            out.append(indent).append(type(params.get(i).type())).append(" judge_p").append(i)
                    .append(" = judge_rt::From<").append(type(params.get(i).type())).append(">::get(judge_rt::argument(")
                    .append(call).append(", ").append(i).append(", ").append(params.size()).append("));\n");
        }
    }

    /** The macro that compiles the prelude's implementation of the API {@code className} in. */
    static String apiMacro(String className) {
        return "JUDGE_API_" + className.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static String argumentList(List<Param> params) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            out.append(i == 0 ? "" : ", ").append("judge_p").append(i);
        }
        return out.toString();
    }

    /** The C++ type LeetCode's C++ signature uses for a Java type: {@code int[][]} is {@code vector<vector<int>>}. */
    static String type(TypeSpec type) {
        if (type instanceof TypeSpec.Scalar s) {
            return switch (s.javaName()) {
                case "int", "Integer" -> "int";
                case "long", "Long" -> "long long";
                case "double", "Double" -> "double";
                case "float", "Float" -> "float";
                case "boolean", "Boolean" -> "bool";
                case "char", "Character" -> "char";
                default -> "std::string";
            };
        }
        if (type instanceof TypeSpec.ArrayOf a) {
            return "std::vector<" + type(a.element()) + ">";
        }
        if (type instanceof TypeSpec.ListOf l) {
            return "std::vector<" + type(l.element()) + ">";
        }
        if (type instanceof TypeSpec.Node n) {
            return n.tree() ? "TreeNode *" : "ListNode *";
        }
        throw new IllegalArgumentException("no C++ type for " + type.javaName());
    }

    /** The type as LeetCode's C++ stub spells it: {@code vector<vector<int>>&} for parameters. */
    static String stubType(TypeSpec type, boolean parameter) {
        String t = type(type).replace("std::", "").replace(" *", "*");
        return parameter && t.startsWith("vector") ? t + "&" : t;
    }
}
