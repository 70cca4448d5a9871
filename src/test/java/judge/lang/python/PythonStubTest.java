package judge.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import judge.TestPackages;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonStubTest {
    @TempDir Path dir;

    private static Problem load(String pkg) {
        return ProblemLoader.load(TestPackages.PROBLEMS.resolve(pkg));
    }

    @Test
    void plainProblemIsLeetCodesTypedMethodWithExamplesAbove() {
        String stub = PythonStub.stub(TestPackages.p76());
        assertTrue(stub.startsWith("# 76. Minimum Window Substring (Hard)\n#\n# Example 1:\n"
                + "#   Input: s = \"ADOBECODEBANC\", t = \"ABC\"\n#   Output: \"BANC\"\n"), stub);
        assertTrue(stub.contains("# ./judge run 76 solution.py"), stub);
        assertTrue(stub.endsWith("class Solution:\n    def minWindow(self, s: str, t: str) -> str:\n        pass\n"),
                stub);
        assertTrue(!stub.contains("ListNode") && !stub.contains("TreeNode"), stub);
    }

    @Test
    void arraysAreTypedListsOfTheirElements() {
        assertTrue(PythonStub.stub(load("0056-merge-intervals")).contains(
                "    def merge(self, intervals: List[List[int]]) -> List[List[int]]:\n"));
        assertTrue(PythonStub.stub(load("0200-number-of-islands")).contains(
                "    def numIslands(self, grid: List[List[str]]) -> int:\n"));
        assertTrue(PythonStub.stub(load("0050-powx-n")).contains(
                "    def myPow(self, x: float, n: int) -> float:\n"));
    }

    @Test
    void listAndTreeProblemsShowLeetCodesCommentedNodeDefinition() {
        String list = PythonStub.stub(load("0021-merge-two-sorted-lists"));
        assertTrue(list.endsWith("""
                # Definition for singly-linked list.
                # class ListNode:
                #     def __init__(self, val=0, next=None):
                #         self.val = val
                #         self.next = next
                class Solution:
                    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) \
                -> Optional[ListNode]:
                        pass
                """), list);
        String tree = PythonStub.stub(load("0102-binary-tree-level-order-traversal"));
        assertTrue(tree.endsWith("""
                # Definition for a binary tree node.
                # class TreeNode:
                #     def __init__(self, val=0, left=None, right=None):
                #         self.val = val
                #         self.left = left
                #         self.right = right
                class Solution:
                    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
                        pass
                """), tree);
    }

    @Test
    void designProblemHasInitEveryMethodAndLeetCodesUsageComment() {
        String stub = PythonStub.stub(load("0146-lru-cache"));
        assertTrue(stub.endsWith("""
                class LRUCache:

                    def __init__(self, capacity: int):
                        pass

                    def get(self, key: int) -> int:
                        pass

                    def put(self, key: int, value: int) -> None:
                        pass


                # Your LRUCache object will be instantiated and called as such:
                # obj = LRUCache(capacity)
                # param_1 = obj.get(key)
                # obj.put(key,value)
                """), stub);
    }

    @Test
    void checkConfigNamesEveryMemberWithPythonTypes() {
        assertEquals("{\"class\":\"Solution\",\"method\":\"minWindow\",\"params\":[{\"name\":\"s\",\"type\":\"str\"},"
                + "{\"name\":\"t\",\"type\":\"str\"}],\"returns\":\"str\"}", PythonStub.checkConfig(TestPackages.p76()));
        assertEquals("{\"class\":\"LRUCache\",\"design\":[{\"name\":\"__init__\",\"params\":[{\"name\":\"capacity\","
                + "\"type\":\"int\"}]},{\"name\":\"get\",\"params\":[{\"name\":\"key\",\"type\":\"int\"}],\"returns\":"
                + "\"int\"},{\"name\":\"put\",\"params\":[{\"name\":\"key\",\"type\":\"int\"},{\"name\":\"value\","
                + "\"type\":\"int\"}],\"returns\":\"None\"}]}", PythonStub.checkConfig(load("0146-lru-cache")));
    }

    /**
     * Every package's stub passes check.py. One python3 for all of them: check.py's {@code main} is called once
     * per stub with the arguments the judge passes it, so the check is the one the judge runs, without 44
     * interpreter starts.
     */
    @Test
    void everyBundledProblemsStubPassesTheStaticCheck() throws Exception {
        assumeTrue(PythonProcess.available(), "python3 is not installed");
        List<Problem> problems = new ArrayList<>();
        StringBuilder calls = new StringBuilder();
        for (Path pkg : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Problem p = ProblemLoader.load(pkg);
            Path source = dir.resolve(p.slug() + ".py");
            Files.writeString(source, PythonStub.stub(p));
            Path config = dir.resolve(p.slug() + ".json");
            Files.writeString(config, PythonStub.checkConfig(p));
            problems.add(p);
            calls.append(source).append('\n').append(config).append('\n');
        }
        Path list = dir.resolve("calls.txt");
        Files.writeString(list, calls);
        List<String> out = PythonProcess.program("""
                import sys
                sys.path.insert(0, sys.argv[1])
                import check
                lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
                for i in range(0, len(lines), 2):
                    check.main(["check.py", lines[i], lines[i + 1]])
                """, PythonProcess.DIR.toString(), list.toString()).lines().toList();
        assertEquals(problems.size(), out.size(), String.join("\n", out));
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            assertEquals("{\"ok\": true}", out.get(i), p.slug() + "\n" + PythonStub.stub(p));
        }
    }
}
