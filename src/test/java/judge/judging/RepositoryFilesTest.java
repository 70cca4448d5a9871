package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.report.JsonReport;
import judge.report.TextReport;
import org.junit.jupiter.api.Test;

/**
 * Solution files as public repositories store them, judged end to end: IntelliJ leetcode-editor files (only the
 * submit region is judged), LeetHub exports (a plain class Solution), fishercoder-style wrappers (several
 * Solution classes nested in one), and return types more specific than the problem's.
 */
class RepositoryFilesTest {
    private static final Problem P76 = TestPackages.p76();

    /** A correct minWindow body, as the classes below share it. */
    private static final String MIN_WINDOW = """
                public String minWindow(String s, String t) {
                    int[] need = new int[128];
                    for (char c : t.toCharArray()) need[c]++;
                    int missing = t.length(), best = -1, bestLen = Integer.MAX_VALUE, left = 0;
                    for (int right = 0; right < s.length(); right++) {
                        if (need[s.charAt(right)]-- > 0) missing--;
                        while (missing == 0) {
                            if (right - left + 1 < bestLen) { bestLen = right - left + 1; best = left; }
                            if (++need[s.charAt(left++)] > 0) missing++;
                        }
                    }
                    return best < 0 ? "" : s.substring(best, best + bestLen);
                }
            """;

    /** An IntelliJ leetcode-editor file: package, imports, a wrapper class with main, the region inside it. */
    private static final String LEETCODE_EDITOR = """
            package leetcode.editor.en;

            import java.util.*;

            //Given two strings s and t of lengths m and n respectively, return the minimum window substring...
            // Related Topics Hash Table String Sliding Window 👍 17000 👎 700

            public class MinimumWindowSubstring {
                public static void main(String[] args) {
                    Solution solution = new MinimumWindowSubstring().new Solution();
                    System.out.println(solution.minWindow("ADOBECODEBANC", "ABC"));
                }
            //leetcode submit region begin(Prohibit modification and deletion)
            class Solution {
            """ + MIN_WINDOW + """
            }
            //leetcode submit region end(Prohibit modification and deletion)

            }
            """;

    private static Source file(String name, String text) {
        return Source.of(Path.of(name), text);
    }

    private static Result examples(String name, String text) {
        return TestPackages.judge().run(P76, file(name, text), null);
    }

    @Test
    void aLeetcodeEditorFileIsJudgedByItsSubmitRegionAndTheReportSaysSo() throws Exception {
        Result r = TestPackages.judge().submit(P76, file("MinimumWindowSubstring.java", LEETCODE_EDITOR));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.message());
        String note = "judged only the leetcode-editor submit region, lines 14-28 (what the plugin submits); the rest"
                + " of the file is ignored";
        assertEquals(List.of(note), r.notes());
        assertTrue(TextReport.render(r, P76.signature()).contains("\nNote: " + note + "\n"),
                TextReport.render(r, P76.signature()));
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(r));
        assertEquals(note, json.get("notes").get(0).asText());
    }

    @Test
    void anErrorInsideTheRegionIsReportedAtTheFilesOwnLine() {
        Result r = examples("MinimumWindowSubstring.java", LEETCODE_EDITOR.replace("missing--;", "missing--"));
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertEquals(20, r.compileErrors().get(0).line(), r.compileErrors().toString());
        assertTrue(r.compileErrors().get(0).sourceLine().contains("missing--"), r.compileErrors().toString());
        assertEquals(1, r.notes().size(), "the note comes with a Compile Error too");
    }

    @Test
    void aLeetHubExportWithAPlainClassSolutionIsJudgedWhole() {
        Result r = examples("0076-minimum-window-substring.java", """
                // https://leetcode.com/problems/minimum-window-substring/
                // Runtime: 2 ms, faster than 99.8% | Memory: 44.1 MB
                class Solution {
                """ + MIN_WINDOW + "}\n");
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.message());
        assertEquals(List.of(), r.notes());
    }

    @Test
    void severalSolutionClassesInAWrapperAreAllNamedWithTheirLinesAndNoneIsPicked() {
        Result r = examples("_76.java", """
                package com.fishercoder.solutions;

                public class _76 {
                    public static class Solution1 {
                """ + MIN_WINDOW + """
                    }

                    public static class Solution2 {
                """ + MIN_WINDOW + """
                    }
                }
                """);
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertTrue(r.message().startsWith("class Solution not found; found class Solution1 (line 4) in class _76,"
                + " class Solution2 (line 20) in class _76: keep the one to judge, rename it to Solution and move it"
                + " to the top level; expected class Solution {"), r.message());
    }

    @Test
    void aSolutionNestedInAWrapperWithoutMarkersNamesTheWrapperAndTheLine() {
        Result r = examples("LC76.java", """
                import java.util.*;

                public class LC76 {
                    class Solution {
                """ + MIN_WINDOW + """
                    }
                }
                """);
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertTrue(r.message().startsWith("class Solution is nested in class LC76 (line 4): move it to the top"
                + " level, or submit only class Solution and what it uses; expected class Solution {"), r.message());
    }

    @Test
    void theMethodInAClassOfAnotherNameSaysWhichClassToRename() {
        Result r = examples("MinWindow.java", "public class MinWindow {\n" + MIN_WINDOW + "}\n");
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertTrue(r.message().startsWith("class Solution not found; method minWindow is in class MinWindow (line 1):"
                + " rename class MinWindow to Solution; expected class Solution {"), r.message());
    }

    @Test
    void aMoreSpecificReturnTypeIsAcceptedAndItsValueConvertedLikeTheProblemsOwn() {
        Problem levels = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0102-binary-tree-level-order-traversal"));
        Result r = TestPackages.judge().submit(levels, file("Solution.java", """
                class Solution {
                    public ArrayList<List<Integer>> levelOrder(TreeNode root) {
                        ArrayList<List<Integer>> out = new ArrayList<>();
                        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
                        if (root != null) queue.add(root);
                        while (!queue.isEmpty()) {
                            LinkedList<Integer> level = new LinkedList<>();
                            for (int n = queue.size(); n > 0; n--) {
                                TreeNode node = queue.poll();
                                level.add(node.val);
                                if (node.left != null) queue.add(node.left);
                                if (node.right != null) queue.add(node.right);
                            }
                            out.add(level);
                        }
                        return out;
                    }
                }
                """));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.message() + " " + r.failure());

        Problem anagrams = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0438-find-all-anagrams-in-a-string"));
        Result linked = TestPackages.judge().submit(anagrams, file("Solution.java", """
                class Solution {
                    public LinkedList<Integer> findAnagrams(String s, String p) {
                        LinkedList<Integer> result = new LinkedList<>();
                        int[] need = new int[26], window = new int[26];
                        for (char c : p.toCharArray()) need[c - 'a']++;
                        for (int i = 0; i < s.length(); i++) {
                            window[s.charAt(i) - 'a']++;
                            if (i >= p.length()) window[s.charAt(i - p.length()) - 'a']--;
                            if (i >= p.length() - 1 && Arrays.equals(need, window)) result.add(i - p.length() + 1);
                        }
                        return result;
                    }
                }
                """));
        assertEquals(Verdict.ACCEPTED, linked.verdict(),
                () -> linked.compileErrors() + " " + linked.message() + " " + linked.failure());
    }
}
