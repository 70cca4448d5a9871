package judge.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import judge.TestPackages;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.Signature;
import judge.problem.Violation;
import judge.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Property inputs of a problem with node references (236): the tree's values are distinct, and p and q are
 * values of two different nodes of it, whatever the choices, so every drawn input passes the test validator.
 */
class NodeRefGenerationTest {
    private static final Problem LCA = ProblemLoader.load(TestPackages.PROBLEMS.resolve(
            "0236-lowest-common-ancestor-of-a-binary-tree"));

    @Test
    void everyDrawnInputNamesTwoDifferentNodesOfATreeWithDistinctValues() {
        Signature sig = LCA.signature();
        Generators gen = new Generators(sig);
        Set<Value> ps = new HashSet<>();
        for (long i = 0; i < 1500; i++) {
            List<Value> input = gen.draw(Choices.random(new SplittableRandom(i)), Fuzzer.profile(i, i % 2 == 0 ? 24 : 300));
            Violation v = sig.violation(input);
            assertNull(v, () -> input + ": " + v);
            assertNotEquals(input.get(1), input.get(2));
            ps.add(input.get(1));
        }
        // p is not always the same node's value: it is drawn among the tree's nodes.
        assertNotEquals(1, ps.size());
    }

    @Test
    void theSimplestChoicesGiveTheSmallestTreeWithPAtTheRoot() {
        Signature sig = LCA.signature();
        List<Value> input = new Generators(sig).draw(Choices.replay(new long[0]), Fuzzer.profile(0, 24));
        assertNull(sig.violation(input), input::toString);
        Value root = ((Value.Arr) input.get(0)).items().get(0);
        assertEquals(root, input.get(1));
    }
}
