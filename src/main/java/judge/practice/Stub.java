package judge.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.problem.Design;
import judge.problem.Param;
import judge.lang.Language;
import judge.lang.Languages;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.problem.TypeSpec;
import judge.value.ValueFormat;

/**
 * The {@code Solution.java} a user starts from: the problem's exact signature with a body that compiles (it
 * returns a placeholder, so the first run is a Wrong Answer rather than a Compile Error) and the statement's
 * examples in a comment.
 */
public final class Stub {
    private Stub() {}

    public static String source(Problem problem) {
        StringBuilder out = new StringBuilder("/*\n");
        out.append(" * ").append(problem.id()).append(". ").append(comment(problem.title())).append(" (")
                .append(problem.difficulty()).append(")\n");
        List<TestCase> examples = ProblemLoader.examples(problem);
        List<Param> params = problem.signature().params();
        for (int i = 0; i < examples.size(); i++) {
            TestCase example = examples.get(i);
            out.append(" *\n * Example ").append(i + 1).append(":\n *   Input: ");
            for (int j = 0; j < params.size(); j++) {
                out.append(j == 0 ? "" : ", ").append(params.get(j).name()).append(" = ")
                        .append(comment(ValueFormat.format(example.input().get(j))));
            }
            out.append('\n');
            if (example.expected() != null) {
                out.append(" *   Output: ").append(comment(ValueFormat.format(example.expected()))).append('\n');
                if (problem.checker() instanceof judge.problem.CheckerSpec.Random) {
                    out.append(" *   (one possible output: the answers are random, and judged by statistics)\n");
                }
            }
        }
        String id = String.valueOf(problem.id());
        String file = problem.signature().className() + ".java";
        out.append(" *\n * ./judge show ").append(id).append("                      the statement\n");
        out.append(" * ./judge run ").append(id).append(" ").append(file).append("        the examples\n");
        out.append(" * ./judge submit ").append(id).append(" ").append(file).append("     every test\n");
        out.append(" * ./judge watch ").append(id).append(" ").append(file).append("      both, on every save\n");
        out.append(" */\n");
        judge.problem.Api api = problem.signature().api();
        if (api != null) {
            out.append("/* The ").append(api.function()).append(" API is defined in the parent class ")
                    .append(api.className()).append(": boolean ").append(api.function()).append("(int version) */\n\n");
        }
        out.append("class ").append(problem.signature().className())
                .append(api == null ? "" : " extends " + api.className()).append(" {\n");
        Design design = problem.signature().design();
        if (problem.signature().codec() != null) {
            // A codec: the encoder and the decoder, with LeetCode's note on how they are called.
            judge.problem.Signature sig = problem.signature();
            Param value = sig.params().get(0);
            out.append("    // Encodes a ").append(value.type().javaName()).append(" to a single string.\n");
            out.append("    public String ").append(sig.method()).append("(").append(value.type().javaName())
                    .append(" ").append(value.name()).append(") {\n        return \"\";\n    }\n\n");
            out.append("    // Decodes your encoded data to a ").append(sig.returns().javaName()).append(".\n");
            out.append("    ").append(sig.decodeDeclaration()).append(" {\n        return ")
                    .append(placeholder(sig.returns())).append(";\n    }\n}\n\n");
            out.append("// Your ").append(sig.className()).append(" object will be instantiated and called as such:\n");
            out.append("// ").append(sig.className()).append(" ser = new ").append(sig.className()).append("();\n");
            out.append("// ").append(sig.className()).append(" deser = new ").append(sig.className()).append("();\n");
            out.append("// ").append(sig.returns().javaName()).append(" ans = deser.").append(sig.codec().decode())
                    .append("(ser.").append(sig.method()).append("(").append(value.name()).append("));\n");
            return out.toString();
        }
        if (design == null) {
            out.append("    ").append(problem.signature().declaration()).append(" {\n");
            if (problem.signature().isInPlace()) {
                out.append("        // change ").append(problem.signature().answerParam()).append(" in place\n");
            } else {
                out.append("        return ").append(placeholder(problem.signature().declaredReturns())).append(";\n");
            }
            out.append("    }\n");
        } else {
            // A design problem: the class's constructor and every method, as LeetCode's editor shows them.
            out.append("    ").append(design.constructorDeclaration()).append(" {\n    }\n");
            for (Design.Method m : design.methods()) {
                out.append("\n    ").append(m.declaration()).append(" {\n");
                if (m.returns() != null) {
                    out.append("        return ").append(placeholder(m.returns())).append(";\n");
                }
                out.append("    }\n");
            }
        }
        out.append("}\n");
        return out.toString();
    }

    /** A value of the type that compiles; never the answer. */
    static String placeholder(TypeSpec type) {
        if (type instanceof TypeSpec.Scalar s) {
            return switch (s.javaName()) {
                case "int", "long", "Integer", "Long" -> s.javaName().startsWith("L") ? "0L" : "0";
                case "double", "Double" -> "0.0";
                case "boolean", "Boolean" -> "false";
                case "char", "Character" -> "'a'";
                default -> "\"\"";
            };
        }
        if (type instanceof TypeSpec.ArrayOf a) {
            String name = a.javaName();
            return "new " + name.substring(0, name.indexOf('[')) + "[0]" + name.substring(name.indexOf('[') + 2);
        }
        if (type instanceof TypeSpec.ListOf) {
            return "new ArrayList<>()";
        }
        return "null";
    }

    private static String comment(String text) {
        return text.replace("*/", "*\\/").replace("\n", " ");
    }

    /**
     * Writes the stub as {@code dir/Solution.java}; never replaces a file that is there, even one that appears
     * while writing (the file is linked into place, which fails when the name exists).
     *
     * @throws FileAlreadyExistsException when {@code dir/Solution.java} exists
     */
    public static Path write(Problem problem, Path dir) throws IOException {
        return write(problem, dir, Languages.java());
    }

    /** {@link #write(Problem, Path)} for a solution in {@code language}: its stub, under its file name. */
    public static Path write(Problem problem, Path dir, Language language) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(language.stubFileName(problem));
        String text = language.stub(problem);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = Files.createTempFile(dir, ".Solution", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | IOException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                Files.writeString(target, text, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
