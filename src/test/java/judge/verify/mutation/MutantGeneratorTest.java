package judge.verify.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutants of a small class: every operator applies where it should, each mutant is a valid class the JVM
 * loads and runs, and each changes exactly what its description says.
 */
class MutantGeneratorTest {
    @TempDir static Path classes;
    static List<Mutant> mutants;

    @BeforeAll
    static void compile() throws Exception {
        Path src = classes.resolve("Solution.java");
        Files.writeString(src, """
                class Solution {
                    public int f(int a, int b) {
                        int s = 0;
                        for (int i = 0; i < a; i++) {
                            s += b;
                        }
                        if (s > 10) {
                            return -s;
                        }
                        return s * 2;
                    }

                    public boolean g(java.util.List<Integer> xs) {
                        xs.add(7);
                        java.util.Collections.reverse(xs);
                        return xs.size() == 1;
                    }

                    public double h() {
                        return Double.NEGATIVE_INFINITY;
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-g", "-d", classes.toString(), src.toString()));
        Files.delete(src);
        mutants = MutantGenerator.generate(classes);
    }

    @Test
    void everyOperatorOfTheSetApplies() {
        Set<Operator> used = mutants.stream().map(Mutant::operator).collect(Collectors.toSet());
        assertEquals(Set.of(Operator.values()), used);
    }

    @Test
    void idsAreUniqueAndNameClassMethodLineAndChange() {
        Set<String> ids = new HashSet<>();
        mutants.forEach(m -> assertTrue(ids.add(m.id()), "duplicate id " + m.id()));
        assertTrue(ids.contains("Solution.f:4 CONDITIONALS_BOUNDARY IF_ICMPGE -> IF_ICMPGT"), ids::toString);
        assertTrue(ids.contains("Solution.f:4 INCREMENTS increment 1 -> -1"), ids::toString);
        assertTrue(ids.contains("Solution.f:8 INVERT_NEGATIVES removed INEG"), ids::toString);
        assertTrue(ids.contains("Solution.g:14 NON_VOID_METHOD_CALL removed call to java.util.List.add, 0 instead"),
                ids::toString);
        assertTrue(ids.contains("Solution.g:15 VOID_METHOD_CALL removed call to java.util.Collections.reverse"),
                ids::toString);
        assertTrue(ids.contains("Solution.g:16 RETURN_VALUES return true"), ids::toString);
    }

    @Test
    void aConstantThatStaysTheSameIsNoMutant() {
        // -Infinity + 1 is -Infinity: such a "mutant" would be equivalent by construction.
        assertEquals(List.of("Solution.h:20 RETURN_VALUES return 0"), mutants.stream().filter(m -> m.method().equals("h"))
                .map(Mutant::id).toList());
    }

    @Test
    void everyMutantLoadsAndRuns() throws Exception {
        for (Mutant m : mutants) {
            Object result = call(m, "f", 2, 3);
            assertTrue(result instanceof Integer, m.id());
        }
    }

    @Test
    void eachMutantChangesWhatItsDescriptionSays() throws Exception {
        assertEquals(12, callOriginal("f", 2, 3));
        assertEquals(-15, callOriginal("f", 3, 5));
        Map<String, Object> expected = Map.of(
                "Solution.f:4 CONDITIONALS_BOUNDARY IF_ICMPGE -> IF_ICMPGT", 18, // i <= a: one more round
                "Solution.f:7 NEGATE_CONDITIONALS IF_ICMPLE -> IF_ICMPGT", -6,  // s > 10 negated
                "Solution.f:10 MATH IMUL -> IDIV", 3,
                "Solution.f:5 MATH IADD -> ISUB", -12,
                "Solution.f:10 RETURN_VALUES return 0", 0,
                "Solution.f:10 CONSTANTS constant 2 -> 3", 18);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            Mutant m = mutants.stream().filter(x -> x.id().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no mutant " + e.getKey() + " in " + mutants.stream()
                            .map(Mutant::id).toList()));
            assertEquals(e.getValue(), call(m, "f", 2, 3), m.id());
        }
        Mutant negation = mutants.stream().filter(x -> x.operator() == Operator.INVERT_NEGATIVES).findFirst()
                .orElseThrow();
        assertEquals(15, call(negation, "f", 3, 5));
    }

    @Test
    void aRemovedCallReturnsItsDefaultAndLeavesTheStackBalanced() throws Exception {
        List<Mutant> removed = mutants.stream().filter(m -> m.method().equals("g")
                && (m.operator() == Operator.NON_VOID_METHOD_CALL)).toList();
        assertTrue(removed.size() >= 2, removed.toString());
        for (Mutant m : removed) {
            assertNotEquals(null, m.bytes());
            java.util.List<Integer> xs = new java.util.ArrayList<>();
            Object r = call(m, "g", xs);
            assertTrue(r instanceof Boolean, m.id());
        }
    }

    private static Object callOriginal(String method, Object... args) throws Exception {
        return invoke(Files.readAllBytes(classes.resolve("Solution.class")), method, args);
    }

    private static Object call(Mutant m, String method, Object... args) throws Exception {
        return invoke(m.bytes(), method, args);
    }

    private static Object invoke(byte[] bytes, String name, Object... args) throws Exception {
        ClassLoader loader = new ClassLoader(MutantGeneratorTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                if (n.equals("Solution")) {
                    return defineClass(n, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(n);
            }
        };
        Class<?> c = loader.loadClass("Solution");
        for (Method method : c.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                method.setAccessible(true);
                var ctor = c.getDeclaredConstructor();
                ctor.setAccessible(true);
                return method.invoke(ctor.newInstance(), args);
            }
        }
        throw new AssertionError("no method " + name);
    }
}
