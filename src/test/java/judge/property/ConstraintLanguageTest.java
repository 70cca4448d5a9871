package judge.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import judge.TestPackages;
import judge.check.CheckResult;
import judge.check.FloatChecker;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.Signature;
import judge.problem.Violation;
import judge.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The constraint language of issue 15: bounds tied to other parameters, rectangular and same-shape arrays,
 * fractional, exclusive and log-scaled doubles, special values, total sizes, float and non-finite numbers;
 * each as the loader reads it, as a test is validated against it, and as the generators honour it.
 */
class ConstraintLanguageTest {
    @TempDir Path dir;

    private Problem load(String params, String returns) {
        TestPackages.write(dir.resolve("problem.json"), """
                {"id": 9999, "slug": "x", "title": {"en": "X", "zh": "X"}, "difficulty": "Easy", "tags": [],
                 "signature": {"method": "f", "params": [%s], "returns": "%s"}}
                """.formatted(params, returns));
        return ProblemLoader.load(dir);
    }

    private PackageException refused(String params) {
        return assertThrows(PackageException.class, () -> load(params, "int"));
    }

    /** 9001's shape: values as long as scores, blockSize at most scores.length. */
    private static final String TIED = """
            {"name": "scores", "type": "double[]", "length": {"min": 1, "max": 100000},
             "element": {"min": -10000, "max": 10000}},
            {"name": "values", "type": "double[]", "length": {"sameAs": "scores"},
             "element": {"min": -1000, "max": 1000}},
            {"name": "blockSize", "type": "int", "min": 1, "max": "scores.length"},
            {"name": "target", "type": "int[][]", "length": {"min": 2, "max": "scores.length + 1"},
             "rectangular": true, "element": {"length": {"min": 1, "max": 5}, "element": {"min": 0, "max": 9}}},
            {"name": "draft", "type": "int[]", "length": {"min": "target.length - 1", "max": "target.length - 1"},
             "element": {"min": 0, "max": "target[i].length - 1"}}
            """;

    private static final String SHAPES = """
            {"name": "imageEmb", "type": "double[][]", "length": {"min": 1, "max": 300}, "rectangular": true,
             "totalMax": 500, "element": {"length": {"min": 1, "max": 300}, "element": {"min": -1, "max": 1}}},
            {"name": "textEmb", "type": "double[][]", "shape": "imageEmb",
             "element": {"element": {"min": -1, "max": 1}}},
            {"name": "logits", "type": "double[][][]", "length": {"min": 1, "max": 50}, "rectangular": true,
             "totalMax": 2000, "element": {"length": {"min": 1, "max": 4}, "element": {"length": {"min": 2, "max": 30},
             "element": {"min": -1000, "max": 1000}}}},
            {"name": "tokens", "type": "int[]", "length": {"sameAs": "logits"},
             "element": {"min": 0, "max": "logits[0][0].length - 1"}},
            {"name": "sigma", "type": "double", "min": 0.002, "max": 80, "scale": "log"},
            {"name": "eps", "type": "double", "exclusiveMin": 0, "max": 1},
            {"name": "bits", "type": "int", "special": [1065357312, 1199566848, 2139095041]},
            {"name": "half", "type": "float", "min": -1e6, "max": 1e6, "special": [65519.0, "0x477ff000"]}
            """;

    @Test
    void theLoaderReadsEveryFormOfTheLanguage() {
        Problem p = load(TIED + "," + SHAPES, "int");
        var params = p.signature().params();
        assertEquals("scores.length", params.get(1).constraints().extras().maxLength().toString());
        assertEquals("scores.length", params.get(2).constraints().extras().max().toString());
        assertEquals(new judge.problem.Range(1, 100000), params.get(2).constraints().values());
        assertEquals("scores.length + 1", params.get(3).constraints().extras().maxLength().toString());
        assertEquals("target[i].length - 1", params.get(4).constraints().element().extras().max().toString());
        assertTrue(params.get(5).constraints().extras().rectangular());
        assertEquals("imageEmb", params.get(6).constraints().extras().shape());
        assertEquals(500, params.get(5).constraints().extras().totalMax());
        assertEquals("[0.002, 80]", params.get(9).constraints().extras().real().toString());
        assertTrue(params.get(9).constraints().extras().real().log());
        assertEquals("(0, 1]", params.get(10).constraints().extras().real().toString());
        assertEquals(3, params.get(11).constraints().extras().special().size());
        assertEquals(new Value.Dbl(65520.0), params.get(12).constraints().extras().special().get(1));
        assertEquals("public int f(double[] scores, double[] values, int blockSize, int[][] target, int[] draft,"
                + " double[][] imageEmb, double[][] textEmb, double[][][] logits, int[] tokens, double sigma,"
                + " double eps, int bits, float half)", p.signature().declaration());
    }

    @Test
    void mistakesInTheLanguageNameTheirJsonPointer() {
        String scores = "{\"name\": \"scores\", \"type\": \"double[]\", \"length\": {\"min\": 1, \"max\": 9}}, ";
        PackageException e = refused(scores + "{\"name\": \"k\", \"type\": \"int\", \"min\": 1, \"max\": \"later.length\"},"
                + "{\"name\": \"later\", \"type\": \"int[]\"}");
        assertTrue(e.getMessage().contains("/signature/params/1/max"), e.getMessage());
        assertTrue(e.getMessage().contains("\"later\" is not an earlier parameter"), e.getMessage());
        e = refused(scores + "{\"name\": \"k\", \"type\": \"int\", \"min\": 1, \"max\": \"scores.length * 2\"}");
        assertTrue(e.getMessage().contains("expected a parameter's length or value"), e.getMessage());
        e = refused(scores + "{\"name\": \"k\", \"type\": \"int\", \"min\": 1, \"max\": \"scores\"}");
        assertTrue(e.getMessage().contains("reads the value of a double[]; expected an integer"), e.getMessage());
        e = refused(scores + "{\"name\": \"k\", \"type\": \"int\", \"min\": 1, \"max\": \"scores[i].length\"}");
        assertTrue(e.getMessage().contains("[i] reads the row with this element's index"), e.getMessage());
        e = refused("{\"name\": \"x\", \"type\": \"double\", \"min\": 0, \"exclusiveMin\": 0, \"max\": 1}");
        assertTrue(e.getMessage().contains("/signature/params/0/exclusiveMin"), e.getMessage());
        e = refused("{\"name\": \"x\", \"type\": \"double\", \"min\": 0, \"max\": 1, \"scale\": \"log\"}");
        assertTrue(e.getMessage().contains("a log scale needs a positive range"), e.getMessage());
        e = refused("{\"name\": \"x\", \"type\": \"int\", \"exclusiveMin\": 0}");
        assertTrue(e.getMessage().contains("applies to a double or float; this is int"), e.getMessage());
        e = refused("{\"name\": \"x\", \"type\": \"int[]\", \"rectangular\": true}");
        assertTrue(e.getMessage().contains("/signature/params/0/rectangular"), e.getMessage());
        e = refused("{\"name\": \"a\", \"type\": \"int[]\"}, {\"name\": \"b\", \"type\": \"int[][]\", \"shape\": \"a\"}");
        assertTrue(e.getMessage().contains("nested as deeply as this int[][]"), e.getMessage());
        e = refused("{\"name\": \"x\", \"type\": \"double\", \"special\": [\"0xZZ\"]}");
        assertTrue(e.getMessage().contains("/signature/params/0/special/0"), e.getMessage());
        e = refused("{\"name\": \"x\", \"type\": \"int[]\", \"length\": {\"sameAs\": \"x\"}}");
        assertTrue(e.getMessage().contains("not an earlier parameter"), e.getMessage());
    }

    private static Violation violation(Signature sig, String... args) {
        List<Value> input = new ArrayList<>();
        for (String a : args) {
            input.add(judge.value.ValueFormat.parse(a));
        }
        return sig.violation(input);
    }

    @Test
    void aTestBreakingATiedBoundIsRefusedWithItsPathAndTheBound() {
        Signature sig = load(TIED, "int").signature();
        assertNull(violation(sig, "[1,2,3]", "[4,5,6]", "3", "[[0,1],[1,1],[2,2],[0,0]]", "[1,0,1]"));
        Violation v = violation(sig, "[1,2,3]", "[4,5]", "3", "[[0]]", "[]");
        assertEquals("/values", v.path());
        assertTrue(v.message().startsWith("expected 3 (scores.length) elements, found 2"), v.message());
        v = violation(sig, "[1,2,3]", "[4,5,6]", "4", "[[0],[0]]", "[0]");
        assertEquals("/blockSize", v.path());
        assertTrue(v.message().contains("at most 3 (scores.length)"), v.message());
        v = violation(sig, "[1]", "[4]", "1", "[[0],[0],[0]]", "[0,0]");
        assertTrue(v.message().contains("at most 2 (scores.length + 1)"), v.message());
        v = violation(sig, "[1,2]", "[4,5]", "1", "[[0,1],[1,2]]", "[2]");
        assertEquals("/draft/0", v.path());
        assertTrue(v.message().contains("at most 1 (target[i].length - 1)"), v.message());
        v = violation(sig, "[1,2]", "[4,5]", "1", "[[0,1],[1]]", "[0]");
        assertEquals("/target/1", v.path());
        assertTrue(v.message().contains("declared rectangular"), v.message());
    }

    @Test
    void shapesTotalsAndRealBoundsAreCheckedToo() {
        Signature sig = load(SHAPES, "int").signature();
        String ok3 = "[[[0,0]],[[1,1]]]";
        assertNull(violation(sig, "[[1,0]]", "[[0,1]]", ok3, "[1,0]", "0.002", "1e-300", "7", "65520.0"));
        Violation v = violation(sig, "[[1,0]]", "[[0,1,0]]", ok3, "[1,0]", "1", "1", "7", "1");
        assertEquals("/textEmb/0", v.path());
        assertTrue(v.message().contains("the shape of imageEmb"), v.message());
        v = violation(sig, "[[1,0]]", "[[0,1]]", "[[[0,0]],[[1,1,1]]]", "[1,0]", "1", "1", "7", "1");
        assertEquals("/logits/1/0", v.path());
        v = violation(sig, "[[1,0]]", "[[0,1]]", ok3, "[1,2]", "1", "1", "7", "1");
        assertEquals("/tokens/1", v.path());
        v = violation(sig, "[[1,0]]", "[[0,1]]", ok3, "[1,0]", "0.001", "1", "7", "1");
        assertTrue(v.message().contains("expected a finite number in [0.002, 80], found 0.001"), v.message());
        v = violation(sig, "[[1,0]]", "[[0,1]]", ok3, "[1,0]", "1", "0", "7", "1");
        assertTrue(v.message().contains("(0, 1]"), v.message());
        v = violation(sig, "[[1,0]]", "[[0,1]]", ok3, "[1,0]", "1", "NaN", "7", "1");
        assertEquals("/eps", v.path());
        v = violation(sig, "[[1,0]]", "[[0,1]]", ok3, "[1,0]", "1", "1", "7", "0.1");
        assertTrue(v.message().contains("32-bit binary floating point"), v.message());
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 26; i++) {
            big.append(i == 0 ? "" : ",").append("[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]");
        }
        v = violation(sig, big + "]", "[[0]]", ok3, "[1,0]", "1", "1", "7", "1");
        assertEquals("/imageEmb", v.path());
        assertTrue(v.message().contains("at most 500 numbers in all, found 520"), v.message());
    }

    @Test
    void drawnInputsAlwaysMeetTheTiedBoundsUnderEveryProfileIncludingMaxSize() {
        for (String params : List.of(TIED, SHAPES)) {
            Signature sig = load(params, "int").signature();
            Generators gen = new Generators(sig);
            for (long i = 0; i < 600; i++) {
                List<Value> in = gen.draw(Choices.random(new SplittableRandom(i)), Fuzzer.profile(i, 2000));
                Violation v = sig.violation(in);
                assertNull(v, () -> "try " + in.toString().substring(0, 300) + ": " + v);
            }
        }
    }

    @Test
    void mutatedChoiceSequencesStillMeetTheTiedBounds() {
        Signature sig = load(TIED + "," + SHAPES, "int").signature();
        Generators gen = new Generators(sig);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 800; i++) {
            Choices c = Choices.random(new SplittableRandom(i));
            gen.draw(c, Fuzzer.profile(i + 10, 64));
            List<Long> mutated = new ArrayList<>();
            for (long x : c.sequence()) {
                int what = r.nextInt(4);
                if (what != 0) {
                    mutated.add(what == 1 ? 0 : what == 2 ? x / 2 : x + r.nextInt(100));
                }
            }
            List<Value> in = gen.draw(Choices.replay(mutated.stream().mapToLong(Long::longValue).toArray()),
                    Profile.random(64));
            Violation v = sig.violation(in);
            assertNull(v, () -> in.toString().substring(0, 300) + ": " + v);
        }
    }

    @Test
    void logScaleSpecialValuesAndRectangular3dArraysAreDrawnAsDeclared() {
        Signature sig = load(SHAPES, "int").signature();
        Generators gen = new Generators(sig);
        int small = 0;
        int large = 0;
        int special = 0;
        int halfSpecial = 0;
        for (long i = 0; i < 1000; i++) {
            List<Value> in = gen.draw(Choices.random(new SplittableRandom(i)), Profile.random(40));
            double sigma = ((Value.Dbl) in.get(4)).value();
            small += sigma < 0.02 ? 1 : 0; // a uniform draw would land there 0.02% of the time
            large += sigma > 8 ? 1 : 0;
            long bits = ((Value.Int) in.get(6)).value();
            special += bits == 1065357312 || bits == 1199566848 || bits == 2139095041 ? 1 : 0;
            double half = ((Value.Dbl) in.get(7)).value();
            halfSpecial += half == 65519.0 || half == 65520.0 || half == Math.nextUp(65520f) ? 1 : 0;
            assertTrue(((Value.Dbl) in.get(5)).value() > 0);
            Value.Arr logits = (Value.Arr) in.get(2);
            Value.Arr first = (Value.Arr) logits.items().get(0);
            int v = ((Value.Arr) first.items().get(0)).items().size();
            for (Value row : logits.items()) {
                assertEquals(first.items().size(), ((Value.Arr) row).items().size());
                for (Value inner : ((Value.Arr) row).items()) {
                    assertEquals(v, ((Value.Arr) inner).items().size());
                }
            }
        }
        assertTrue(small > 100 && large > 100, small + " small, " + large + " large sigmas");
        assertTrue(special > 150, special + " special bit patterns in 1000 draws");
        assertTrue(halfSpecial > 100, halfSpecial + " special floats in 1000 draws");
    }

    @Test
    void theMaxSizeProfileFillsUpToTheTotalBoundAndNoFurther() {
        Signature sig = load(SHAPES, "int").signature();
        List<Value> in = new Generators(sig).draw(Choices.random(new SplittableRandom(1)),
                new Profile("max-size", 300, true, false, false));
        long total = Violation.leaves(in.get(0));
        assertTrue(total > 400 && total <= 500, total + " numbers in imageEmb");
        assertTrue(Violation.leaves(in.get(2)) <= 2000);
        assertNull(sig.violation(in));
    }

    @Test
    void nonFiniteNumbersAreReadWhereDeclaredAndMatchOnlyThemselves() {
        Problem p = load("{\"name\": \"x\", \"type\": \"double\", \"min\": -1, \"max\": 1, \"nonFinite\": true},"
                + "{\"name\": \"y\", \"type\": \"double\"}", "double");
        TestPackages.write(dir.resolve("ok.json"),
                "[{\"input\": {\"x\": NaN, \"y\": 1}, \"expected\": -Infinity}]");
        assertEquals(new Value.Dbl(Double.NEGATIVE_INFINITY), ProblemLoader.readTests(p, dir.resolve("ok.json"))
                .get(0).expected());
        TestPackages.write(dir.resolve("bad.json"), "[{\"input\": {\"x\": 0,\n \"y\": Infinity}}]");
        PackageException e = assertThrows(PackageException.class,
                () -> ProblemLoader.readTests(p, dir.resolve("bad.json")));
        assertTrue(e.getMessage().contains("bad.json:2:") && e.getMessage().contains("/0/input/y"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a finite number"), e.getMessage());

        FloatChecker c = new FloatChecker(1e-6, 1e-6);
        Value nan = new Value.Dbl(Double.NaN);
        Value inf = new Value.Dbl(Double.POSITIVE_INFINITY);
        Value minusInf = new Value.Dbl(Double.NEGATIVE_INFINITY);
        assertTrue(c.check(List.of(), nan, nan) instanceof CheckResult.Accepted);
        assertTrue(c.check(List.of(), inf, inf) instanceof CheckResult.Accepted);
        assertTrue(c.check(List.of(), inf, minusInf) instanceof CheckResult.Rejected);
        assertTrue(c.check(List.of(), inf, new Value.Dbl(1e308)) instanceof CheckResult.Rejected);
        assertTrue(c.check(List.of(), nan, inf) instanceof CheckResult.Rejected);
        assertTrue(c.check(List.of(), new Value.Dbl(1), nan) instanceof CheckResult.Rejected);
        assertTrue(c.check(List.of(), new Value.Dbl(1), inf) instanceof CheckResult.Rejected);
    }
}
