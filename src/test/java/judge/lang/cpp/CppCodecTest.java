package judge.lang.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import judge.compile.CompileResult;
import judge.lang.Languages;
import judge.problem.Constraints;
import judge.problem.Param;
import judge.problem.Signature;
import judge.problem.TypeSpec;
import judge.problem.TypeSpec.Kind;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.Sandbox;
import judge.value.Value;
import judge.value.ValueFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated driver and its codec on their own, through one real binary under this machine's sandbox: every
 * parameter type LeetCode's C++ signatures use is built from its value and written back by the runtime's own
 * writer, so what goes in comes out the same, in Java's spelling of doubles, with strings escaped as the judge
 * reads them.
 */
class CppCodecTest {
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final CppLanguage CPP = (CppLanguage) Languages.named("cpp");

    @TempDir static Path dir;

    @BeforeAll
    static void cppRunsHere() {
        assumeTrue(CPP.unavailable() == null, () -> "no C++ compiler here: " + CPP.unavailable());
        assumeTrue(Sandbox.current().isolated(), "C++ runs only under the OS sandbox");
    }

    private static TypeSpec scalar(Kind kind) {
        return new TypeSpec.Scalar(kind, kind == Kind.STRING);
    }

    private static Param param(String name, TypeSpec type) {
        return new Param(name, type, Constraints.NONE);
    }

    @Test
    void everyParameterTypeRoundTripsThroughTheDriverAndTheWriter() {
        TypeSpec ints2 = new TypeSpec.ArrayOf(new TypeSpec.ArrayOf(scalar(Kind.INT)));
        TypeSpec chars2 = new TypeSpec.ArrayOf(new TypeSpec.ArrayOf(scalar(Kind.CHAR)));
        TypeSpec strings = new TypeSpec.ListOf(scalar(Kind.STRING));
        Signature echo = new Signature("Solution", "echo", List.of(param("a", scalar(Kind.INT)),
                param("b", scalar(Kind.LONG)), param("c", scalar(Kind.DOUBLE)), param("d", scalar(Kind.BOOLEAN)),
                param("e", scalar(Kind.CHAR)), param("f", scalar(Kind.STRING)), param("g", ints2), param("h", strings),
                param("i", new TypeSpec.Node(false)), param("j", new TypeSpec.Node(true)), param("k", chars2)), strings);
        String solution = """
                class Solution {
                public:
                    vector<string> echo(int a, long long b, double c, bool d, char e, string f, vector<vector<int>>& g,
                                        vector<string>& h, ListNode* i, TreeNode* j, vector<vector<char>>& k) {
                        return {judge_rt::text_of(a), judge_rt::text_of(b), judge_rt::text_of(c), judge_rt::text_of(d),
                                judge_rt::text_of(e), judge_rt::text_of(f), judge_rt::text_of(g), judge_rt::text_of(h),
                                judge_rt::text_of(i), judge_rt::text_of(j), judge_rt::text_of(k)};
                    }
                };
                """;
        Path folder = dir.resolve("echo");
        folder.toFile().mkdirs();
        CompileResult compiled = CPP.compile(echo, CPP.source(Path.of("echo.cpp"), solution), folder, Sandbox.current(),
                false);
        assertInstanceOf(CompileResult.Compiled.class, compiled, compiled::toString);
        ChildSpec spec = new ChildSpec(List.of(), "Solution", "echo", folder, 64, ChildSpec.DEFAULT_KEEP_OUTPUT,
                ChildSpec.DEFAULT_OUTPUT_LIMIT, List.of(), List.of(), CPP);
        List<List<String>> cases = List.of(
                List.of("-2147483648", "-9223372036854775808", "0.1", "true", "\"a\"", "\"\"", "[]", "[]", "[]", "[]",
                        "[]"),
                List.of("2147483647", "9223372036854775807", "1.0E7", "false", "\"\\\"\"",
                        "\"tab\\tquote\\\"back\\\\slash\\nnew\\u0001é😀\"", "[[1,2],[],[-3]]", "[\"x\",\"\"]",
                        "[1,2,3]", "[1,null,2,3]", "[[\"1\",\"0\"],[\"0\",\"1\"]]"),
                List.of("0", "1", "1.0E-4", "true", "\"z\"", "\"ok\"", "[[0]]", "[\"a\"]", "[5]", "[3,9,20,null,null,15,7]",
                        "[]"),
                List.of("7", "-1", "123456.789", "true", "\"z\"", "\"ok\"", "[[0]]", "[\"a\"]", "[5]", "[1]", "[]"),
                List.of("7", "-1", "-2.5E-5", "true", "\"z\"", "\"ok\"", "[[0]]", "[\"a\"]", "[5]", "[1]", "[]"),
                List.of("7", "-1", "100.0", "true", "\"z\"", "\"ok\"", "[[0]]", "[\"a\"]", "[5]", "[1]", "[]"));
        try (Child child = Child.start(spec, Sandbox.current())) {
            List<List<Value>> calls = cases.stream().map(c -> c.stream().map(ValueFormat::parse).toList()).toList();
            List<Answer> answers = child.callBatch(calls, DEADLINE);
            assertEquals(cases.size(), answers.size(), answers::toString);
            for (int n = 0; n < cases.size(); n++) {
                Answer.Returned r = assertInstanceOf(Answer.Returned.class, answers.get(n), answers.get(n)::toString);
                List<Value> echoed = ((Value.Arr) ValueFormat.parse(r.output())).items();
                for (int p = 0; p < cases.get(n).size(); p++) {
                    String expected = ValueFormat.format(ValueFormat.parse(cases.get(n).get(p)));
                    assertEquals(expected, ((Value.Str) echoed.get(p)).value(), "case " + n + ", parameter " + p);
                }
            }
        }
    }

    @Test
    void doublesAreWrittenAsTheJudgesValueFormatWritesThem() {
        Signature halves = new Signature("Solution", "scale", List.of(param("x", scalar(Kind.DOUBLE))),
                new TypeSpec.ArrayOf(scalar(Kind.DOUBLE)));
        String solution = """
                class Solution {
                public:
                    vector<double> scale(double x) {
                        return {x, x / 3, x * 1e9, x / 1e9, -x, 0.0 * -1, x * x * 1e300, 1.0 / 0.0 * x};
                    }
                };
                """;
        Path folder = dir.resolve("scale");
        folder.toFile().mkdirs();
        CompileResult compiled = CPP.compile(halves, CPP.source(Path.of("scale.cpp"), solution), folder,
                Sandbox.current(), false);
        assertInstanceOf(CompileResult.Compiled.class, compiled, compiled::toString);
        ChildSpec spec = new ChildSpec(List.of(), "Solution", "scale", folder, 64, ChildSpec.DEFAULT_KEEP_OUTPUT,
                ChildSpec.DEFAULT_OUTPUT_LIMIT, List.of(), List.of(), CPP);
        try (Child child = Child.start(spec, Sandbox.current())) {
            for (double x : new double[] {1.5, 0.001, 12345.678, 3}) {
                Answer answer = child.call(List.of(new Value.Dbl(x)), DEADLINE);
                Answer.Returned r = assertInstanceOf(Answer.Returned.class, answer, answer::toString);
                double[] expected = {x, x / 3, x * 1e9, x / 1e9, -x, 0.0 * -1, x * x * 1e300, 1.0 / 0.0 * x};
                StringBuilder java = new StringBuilder("[");
                for (int i = 0; i < expected.length; i++) {
                    java.append(i == 0 ? "" : ",").append(ValueFormat.format(new Value.Dbl(expected[i])));
                }
                assertEquals(java.append(']').toString(), r.output(), "x = " + x);
            }
        }
    }
}
