package judge.report;

import java.util.List;
import judge.compile.CompileError;
import judge.judging.Result;
import judge.judging.TestResult;
import judge.judging.Verdict;
import judge.problem.Param;
import judge.problem.Signature;

/** The report a person reads in a terminal, laid out like LeetCode's result panel. */
public final class TextReport {
    /** Values longer than this are cut in the terminal; {@code --format json} always has them whole. */
    static final int MAX_VALUE_CHARS = 300;

    private TextReport() {}

    public static String render(Result r, Signature signature) {
        StringBuilder out = new StringBuilder();
        out.append(r.verdict().title()).append("   ").append(r.problem().id()).append(". ")
                .append(r.problem().title()).append('\n');
        for (String note : r.notes()) {
            out.append("Note: ").append(HostileText.line(note)).append('\n');
        }
        switch (r.verdict()) {
            case COMPILE_ERROR -> {
                if (r.compileErrors().isEmpty()) {
                    out.append(HostileText.line(r.sourceFile())).append(": ").append(HostileText.block(r.message()))
                            .append('\n');
                }
                for (CompileError e : r.compileErrors()) {
                    out.append(HostileText.block(e.render(r.sourceFile()))).append('\n');
                }
                return out.toString();
            }
            case INTERNAL_ERROR -> {
                out.append(HostileText.block(r.message())).append('\n');
                out.append("This is a fault of the judge or the problem package, not of your solution.\n");
                return out.toString();
            }
            default -> { }
        }
        if (r.mode().equals("run")) {
            renderCases(out, r, signature);
        } else {
            out.append(r.passed()).append(" / ").append(r.total()).append(" testcases passed\n");
            if (r.failure() != null) {
                out.append('\n');
                renderTest(out, r.failure(), signature, true);
            }
        }
        if (r.verdict() == Verdict.ACCEPTED) {
            out.append(String.format("Runtime: %.0f ms", r.runtimeMs()));
            if (r.referenceRuntimeMs() != null) {
                out.append(String.format("   (reference solution: %.0f ms in this run)", r.referenceRuntimeMs()));
            }
            out.append('\n');
            if (r.memoryMb() != null) {
                out.append(String.format("Memory: %.1f MB%n", r.memoryMb()));
            }
        }
        return out.toString();
    }

    private static void renderCases(StringBuilder out, Result r, Signature signature) {
        for (int i = 0; i < r.tests().size(); i++) {
            TestResult t = r.tests().get(i);
            out.append('\n').append("Case ").append(i + 1).append(": ").append(t.verdict().title());
            if (t.runtimeMs() != null) {
                out.append(String.format(" (%.1f ms)", t.runtimeMs()));
            }
            out.append('\n');
            renderTest(out, t, signature, false);
        }
        if (r.tests().size() < r.total()) {
            out.append("\n").append(r.total() - r.tests().size()).append(" more case(s) not run after this failure\n");
        }
        out.append('\n');
    }

    private static void renderTest(StringBuilder out, TestResult t, Signature signature, boolean heading) {
        boolean ranToEnd = t.verdict() == Verdict.ACCEPTED || t.verdict() == Verdict.WRONG_ANSWER;
        section(out, ranToEnd ? "Input" : "Last executed input");
        List<Param> params = signature.params();
        for (int i = 0; i < t.input().size(); i++) {
            String name = i < params.size() ? params.get(i).name() : "arg" + i;
            out.append("  ").append(name).append(" = ").append(cut(t.input().get(i))).append('\n');
        }
        if (t.output() != null) {
            section(out, "Output");
            out.append("  ").append(cut(t.output())).append('\n');
        }
        if (t.expected() != null) {
            section(out, "Expected");
            out.append("  ").append(cut(t.expected())).append('\n');
        }
        if (t.message() != null) {
            section(out, t.verdict() == Verdict.WRONG_ANSWER ? "Why" : "Error");
            out.append(indent(HostileText.block(t.message()))).append('\n');
        }
        if (t.stdout() != null && !t.stdout().isEmpty()) {
            section(out, "Stdout");
            out.append(indent(HostileText.block(cutLines(t.stdout())))).append('\n');
        }
        if (heading) {
            out.append('\n');
        }
    }

    private static void section(StringBuilder out, String title) {
        out.append(title).append('\n');
    }

    /** A value on one line, made safe ({@link HostileText#line}) and cut to {@value #MAX_VALUE_CHARS} characters. */
    static String cut(String value) {
        if (value.length() <= MAX_VALUE_CHARS) {
            return HostileText.line(value);
        }
        return HostileText.line(value.substring(0, MAX_VALUE_CHARS)) + "… (" + value.length()
                + " characters; --format json shows more)";
    }

    private static String cutLines(String text) {
        return text.stripTrailing(); // already cut to TestResult.MAX_STDOUT_CHARS
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
