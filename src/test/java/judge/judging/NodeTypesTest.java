package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.CustomInput;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.PropertyRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ListNode and TreeNode end to end: in, out, checked, generated, as LeetCode declares and writes them. */
class NodeTypesTest {
    @TempDir static Path problems;
    static Problem mirror;

    /** A small package: mirror a binary tree and append a list's values to it in level order. */
    @BeforeAll
    static void mirrorPackage() {
        Path dir = problems.resolve("9001-mirror-and-append");
        TestPackages.write(dir.resolve("problem.json"), """
                {"id": 9001, "slug": "mirror-and-append", "title": {"en": "Mirror and Append", "zh": "镜像"},
                 "difficulty": "Easy", "tags": ["tree"],
                 "signature": {"method": "mirror", "returns": "TreeNode", "params": [
                   {"name": "root", "type": "TreeNode", "length": {"min": 0, "max": 100}, "element": {"min": -50, "max": 50}},
                   {"name": "extra", "type": "ListNode", "length": {"min": 0, "max": 5}, "element": {"min": 0, "max": 9}}]}}
                """);
        TestPackages.write(dir.resolve("tests/examples.json"), """
                [{"name": "example-1", "input": {"root": [1,2,3,null,4], "extra": [7]}, "expected": [1,3,2,7,null,4]},
                 {"name": "empty", "input": {"root": [], "extra": []}, "expected": []}]
                """);
        TestPackages.write(dir.resolve("reference/Solution.java"), """
                class Solution {
                    public TreeNode mirror(TreeNode root, ListNode extra) {
                        if (root == null) return null;
                        TreeNode m = flip(root);
                        Deque<TreeNode> q = new ArrayDeque<>(List.of(m));
                        while (extra != null) {
                            TreeNode n = q.poll();
                            if (n.left == null) { n.left = new TreeNode(extra.val); extra = extra.next; q.addFirst(n); }
                            else if (n.right == null) { n.right = new TreeNode(extra.val); extra = extra.next; q.addFirst(n); }
                            else { q.add(n.left); q.add(n.right); }
                        }
                        return m;
                    }
                    TreeNode flip(TreeNode n) { return n == null ? null : new TreeNode(n.val, flip(n.right), flip(n.left)); }
                }
                """);
        mirror = ProblemLoader.load(dir);
    }

    private static final String BUGGY = """
            class Solution {
                public TreeNode mirror(TreeNode root, ListNode extra) {
                    return new Ref().mirror(root, extra == null ? null : extra.next); // drops the first value
                }
            }
            """;

    @Test
    void treesAndListsGoInAndComeBackInLeetCodesFormat() {
        Source reference = Source.read(mirror.referenceSource());
        Result r = TestPackages.judge().run(mirror, reference, null);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals("[1,3,2,7,null,4]", r.tests().get(0).output());
        assertEquals("[]", r.tests().get(1).output());
    }

    @Test
    void customInputIsCheckedAsATree() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(judge.problem.PackageException.class,
                () -> CustomInput.parse(mirror, "[null,1] []", "--case 1"));
        assertTrue(e.getMessage().contains("the root may not be null"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(judge.problem.PackageException.class,
                () -> CustomInput.parse(mirror, "[1,null,null,2] []", "--case 1"));
        assertTrue(e.getMessage().contains("has no parent"), e.getMessage());
        assertEquals(1, CustomInput.parse(mirror, "[1,null,2,3] [1,2]", "--case 1").size());
    }

    @Test
    void fuzzingDrawsTreesAndListsAndShrinksThem() {
        Source buggy = Source.of(Path.of("Buggy.java"), BUGGY
                + TestPackages.read(mirror.referenceSource()).replace("class Solution", "class Ref"));
        FuzzResult r = PropertyRun.fuzz(TestPackages.judge(), mirror, buggy,
                new FuzzConfig(3, 2000, Duration.ofSeconds(60), 24, Duration.ofSeconds(10)), done -> { });
        assertEquals(FuzzResult.Status.FALSIFIED, r.status());
        assertEquals(List.of("[0]", "[0]"), r.counterexample().input(), "the smallest tree and list that show it");
        FuzzResult ok = PropertyRun.fuzz(TestPackages.judge(), mirror, Source.read(mirror.referenceSource()),
                new FuzzConfig(3, 2000, Duration.ofSeconds(60), 24, Duration.ofSeconds(10)), done -> { });
        assertEquals(FuzzResult.Status.PASSED, ok.status());
    }
}
