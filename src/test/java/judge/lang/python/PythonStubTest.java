package judge.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void everyBundledProblemsStubPassesTheStaticCheck() throws Exception {
        assumeTrue(PythonProcess.available(), "python3 is not installed");
        for (Path pkg : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Problem p = ProblemLoader.load(pkg);
            Path source = dir.resolve(p.slug() + ".py");
            Files.writeString(source, PythonStub.stub(p));
            String out = PythonProcess.check(source, PythonStub.checkConfig(p));
            assertEquals("{\"ok\": true}", out, p.slug() + "\n" + PythonStub.stub(p));
        }
    }
}
