package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.lang.Languages;
import judge.lang.python.PythonStub;
import judge.practice.Stub;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.Violation;
import judge.value.Value;
import judge.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two more of LeetCode's shapes, end to end on their packages in Java and Python: arguments that are nodes of
 * a tree argument, with a returned node checked by identity (236 Lowest Common Ancestor), and codecs judged by
 * their round trip (297 Serialize and Deserialize Binary Tree).
 */
class NodeRefsAndCodecsTest {
    @TempDir Path temp;

    private static final Problem LCA = ProblemLoader.load(TestPackages.PROBLEMS.resolve(
            "0236-lowest-common-ancestor-of-a-binary-tree"));
    private static final Problem CODEC = ProblemLoader.load(TestPackages.PROBLEMS.resolve(
            "0297-serialize-and-deserialize-binary-tree"));

    private static Source java(String text) {
        return Source.of(Path.of("Solution.java"), text);
    }

    private static Source codec(String text) {
        return Source.of(Path.of("Codec.java"), text);
    }

    private static Source python(String text) {
        return Languages.named("python").source(Path.of("solution.py"), text);
    }

    private static Result run(Problem problem, Source source) {
        return TestPackages.judge().run(problem, source, null);
    }

    // ---- node references (236)

    private static final String RECURSIVE_LCA = """
            class Solution {
                public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {
                    if (root == null || root == p || root == q) return root;
                    TreeNode l = lowestCommonAncestor(root.left, p, q), r = lowestCommonAncestor(root.right, p, q);
                    return l != null && r != null ? root : l != null ? l : r;
                }
            }
            """;

    @Test
    void pAndQAreTheTreesOwnNodesAndTheReturnedNodeIsAnsweredByItsValue() {
        // Comparing by identity (==) only finds p and q if they are the tree's nodes, not copies.
        Result r = run(LCA, java(RECURSIVE_LCA));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals(List.of("3", "5", "1"), r.tests().stream().map(TestResult::output).toList());
        assertEquals(List.of("[3,5,1,6,2,0,8,null,null,7,4]", "5", "1"), r.tests().get(0).input());
    }

    @Test
    void aNewNodeWithTheAncestorsValueIsWrongAnswerSayingSoInJavaAndPython() {
        Result java = run(LCA, java(RECURSIVE_LCA.replace("public TreeNode lowestCommonAncestor(",
                "public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {"
                        + " return new TreeNode(find(root, p, q).val); }\n TreeNode find(")
                .replace("lowestCommonAncestor(root.", "find(root.")));
        assertEquals(Verdict.WRONG_ANSWER, java.verdict(), () -> java.compileErrors() + " " + java.failure());
        assertEquals("\"a node that is not in the given tree (a new node with val 3; return the tree's own node)\"",
                java.failure().output());
        assertEquals("3", java.failure().expected());
        Result py = run(LCA, python("""
                class Solution:
                    def lowestCommonAncestor(self, root, p, q):
                        def find(n):
                            if n is None or n is p or n is q:
                                return n
                            l, r = find(n.left), find(n.right)
                            return n if l and r else l or r
                        return TreeNode(find(root).val)
                """));
        assertEquals(Verdict.WRONG_ANSWER, py.verdict(), () -> py.message() + " " + py.failure());
        assertEquals(java.failure().output(), py.failure().output());
    }

    @Test
    void theAnswerIsTheValueTheNodeHadWhenGivenEvenIfTheSolutionChangedIt() {
        // Identity decides: relabelling the tree on the way does not change which node was returned.
        Result r = run(LCA, java(RECURSIVE_LCA.replace("if (root == null || root == p || root == q) return root;",
                "if (root == null || root == p || root == q) return root; root.val = -1;")));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        Result py = run(LCA, python("""
                class Solution:
                    def lowestCommonAncestor(self, root, p, q):
                        if root is None or root is p or root is q:
                            return root
                        root.val = None
                        l = self.lowestCommonAncestor(root.left, p, q)
                        r = self.lowestCommonAncestor(root.right, p, q)
                        return root if l and r else l or r
                """));
        assertEquals(Verdict.ACCEPTED, py.verdict(), () -> py.message() + " " + py.failure());
    }

    @Test
    void returningNullIsWrongAnswer() {
        Result r = run(LCA, java("""
                class Solution {
                    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) { return null; }
                }
                """));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("null", r.failure().output());
    }

    @Test
    void stubsOfANodeReferenceProblemTakeTreeNodes() {
        String java = Stub.source(LCA);
        assertTrue(java.contains("public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {"),
                java);
        assertTrue(java.contains("Input: root = [3,5,1,6,2,0,8,null,null,7,4], p = 5, q = 1"), java);
        String py = PythonStub.stub(LCA);
        assertTrue(py.contains("def lowestCommonAncestor(self, root: Optional[TreeNode], p: Optional[TreeNode],"
                + " q: Optional[TreeNode]) -> Optional[TreeNode]:"), py);
    }

    @Test
    void aReferenceMustBeTheValueOfAnotherNodeOfTheTree() {
        Value tree = ValueFormat.parse("[3,5,1]");
        assertNull(LCA.signature().violation(List.of(tree, new Value.Int(5), new Value.Int(1))));
        Violation missing = LCA.signature().violation(List.of(tree, new Value.Int(7), new Value.Int(1)));
        assertEquals("/p", missing.path());
        assertTrue(missing.message().contains("expected the value of a node of root, found 7"), missing.message());
        Violation same = LCA.signature().violation(List.of(tree, new Value.Int(5), new Value.Int(5)));
        assertEquals("/q", same.path());
        assertTrue(same.message().contains("another node than p's"), same.message());
        Violation repeated = LCA.signature().violation(List.of(ValueFormat.parse("[3,5,3]"), new Value.Int(5),
                new Value.Int(3)));
        assertTrue(repeated.message().contains("expected distinct elements"), repeated.message());
    }

    private PackageException loadWithSignature(String signature) {
        Path dir = temp.resolve("9100-shape");
        TestPackages.write(dir.resolve("problem.json"), """
                {"id": 9100, "slug": "shape", "title": {"en": "Shape", "zh": "形状"}, "difficulty": "Easy",
                 "tags": [], "signature": %s}
                """.formatted(signature));
        return assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
    }

    @Test
    void nodeReferencesNeedATreeWithDistinctValuesAndIntParametersAfterIt() {
        PackageException notDistinct = loadWithSignature("""
                {"method": "f", "params": [{"name": "root", "type": "TreeNode"}, {"name": "p", "type": "int"}],
                 "returns": "TreeNode", "nodes": {"tree": "root", "refs": ["p"]}}""");
        assertTrue(notDistinct.getMessage().contains("/signature/nodes/tree"), notDistinct.getMessage());
        assertTrue(notDistinct.getMessage().contains("\"distinct\": true"), notDistinct.getMessage());
        PackageException notInt = loadWithSignature("""
                {"method": "f", "params": [{"name": "root", "type": "TreeNode", "distinct": true},
                 {"name": "p", "type": "long"}], "returns": "TreeNode", "nodes": {"tree": "root", "refs": ["p"]}}""");
        assertTrue(notInt.getMessage().contains("/signature/nodes/refs/0"), notInt.getMessage());
        PackageException before = loadWithSignature("""
                {"method": "f", "params": [{"name": "p", "type": "int"}, {"name": "root", "type": "TreeNode",
                 "distinct": true}], "returns": "TreeNode", "nodes": {"tree": "root", "refs": ["p"]}}""");
        assertTrue(before.getMessage().contains("must come after root"), before.getMessage());
    }

    // ---- codecs (297)

    /** Level order as LeetCode writes it, in the codec's own string: any encoding is accepted. */
    private static final String LEVEL_ORDER_CODEC = """
            import java.util.*;
            class Codec {
                public String serialize(TreeNode root) {
                    StringBuilder out = new StringBuilder("<");
                    Deque<TreeNode> queue = new ArrayDeque<>();
                    if (root != null) queue.add(root);
                    while (!queue.isEmpty()) {
                        TreeNode n = queue.poll();
                        if (n == PAD) { out.append("~;"); continue; }
                        out.append(n.val).append(';');
                        queue.add(n.left == null ? PAD : n.left);
                        queue.add(n.right == null ? PAD : n.right);
                    }
                    return out.toString();
                }
                private static final TreeNode PAD = new TreeNode(0);
                public TreeNode deserialize(String data) {
                    String[] t = data.substring(1).split(";");
                    if (t[0].isEmpty()) return null;
                    TreeNode root = new TreeNode(Integer.parseInt(t[0]));
                    Deque<TreeNode> queue = new ArrayDeque<>(List.of(root));
                    for (int i = 1; !queue.isEmpty(); i += 2) {
                        TreeNode n = queue.poll();
                        if (!t[i].equals("~")) { n.left = new TreeNode(Integer.parseInt(t[i])); queue.add(n.left); }
                        if (!t[i + 1].equals("~")) { n.right = new TreeNode(Integer.parseInt(t[i + 1])); queue.add(n.right); }
                    }
                    return root;
                }
            }
            """;

    @Test
    void aCodecIsJudgedByItsRoundTripWhateverTheEncoding() {
        Result r = run(CODEC, codec(LEVEL_ORDER_CODEC));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals(List.of("[1,2,3,null,null,4,5]", "[]"), r.tests().stream().map(TestResult::output).toList());
        Result py = run(CODEC, python("""
                import json
                class Codec:
                    def serialize(self, root):
                        def enc(n):
                            return None if n is None else [n.val, enc(n.left), enc(n.right)]
                        return json.dumps(enc(root))
                    def deserialize(self, data):
                        def dec(x):
                            return None if x is None else TreeNode(x[0], dec(x[1]), dec(x[2]))
                        return dec(json.loads(data))
                """));
        assertEquals(Verdict.ACCEPTED, py.verdict(), () -> py.message() + " " + py.failure());
    }

    @Test
    void aCodecForCompleteTreesOnlyIsWrongAnswerOnTheFirstOtherTree() {
        Result r = run(CODEC, codec("""
                import java.util.*;
                class Codec {
                    public String serialize(TreeNode root) {
                        StringBuilder out = new StringBuilder();
                        Deque<TreeNode> q = new ArrayDeque<>();
                        if (root != null) q.add(root);
                        while (!q.isEmpty()) {
                            TreeNode n = q.poll();
                            out.append(n.val).append(',');
                            if (n.left != null) q.add(n.left);
                            if (n.right != null) q.add(n.right);
                        }
                        return out.toString();
                    }
                    public TreeNode deserialize(String data) {
                        if (data.isEmpty()) return null;
                        String[] t = data.split(",");
                        TreeNode[] nodes = new TreeNode[t.length];
                        for (int i = 0; i < t.length; i++) {
                            nodes[i] = new TreeNode(Integer.parseInt(t[i]));
                            if (i > 0 && i % 2 == 1) nodes[(i - 1) / 2].left = nodes[i];
                            if (i > 0 && i % 2 == 0) nodes[(i - 1) / 2].right = nodes[i];
                        }
                        return nodes[0];
                    }
                }
                """));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals("[1,2,3,4,5]", r.failure().output());
        assertEquals("[1,2,3,null,null,4,5]", r.failure().expected());
    }

    @Test
    void handingTheGivenTreeOverWithoutTheStringIsWrongAnswerSayingSo() {
        Result java = run(CODEC, codec("""
                class Codec {
                    static TreeNode kept;
                    public String serialize(TreeNode root) { kept = root; return ""; }
                    public TreeNode deserialize(String data) { return kept; }
                }
                """));
        assertEquals(Verdict.WRONG_ANSWER, java.verdict(), () -> java.compileErrors() + " " + java.failure());
        assertEquals("\"deserialize returned nodes of the value given to serialize, not new ones built from the"
                + " string\"", java.failure().output());
        Result py = run(CODEC, python("""
                kept = []
                class Codec:
                    def serialize(self, root):
                        kept.append(root)
                        return ""
                    def deserialize(self, data):
                        return kept[-1]
                """));
        assertEquals(Verdict.WRONG_ANSWER, py.verdict(), () -> py.message() + " " + py.failure());
        assertEquals(java.failure().output(), py.failure().output());
    }

    @Test
    void anEncodingOverTheBoundIsWrongAnswerBeforeTheDecoderSeesIt() {
        Result java = run(CODEC, codec("""
                class Codec {
                    public String serialize(TreeNode root) { return "x".repeat((1 << 22) + 1); }
                    public TreeNode deserialize(String data) { throw new IllegalStateException("never called"); }
                }
                """));
        assertEquals(Verdict.WRONG_ANSWER, java.verdict(), () -> java.compileErrors() + " " + java.failure());
        assertEquals("\"serialize returned 4194305 characters, more than the 4194304 allowed\"",
                java.failure().output());
        Result py = run(CODEC, python("""
                class Codec:
                    def serialize(self, root):
                        return "x" * ((1 << 22) + 1)
                    def deserialize(self, data):
                        raise ValueError("never called")
                """));
        assertEquals(Verdict.WRONG_ANSWER, py.verdict(), () -> py.message() + " " + py.failure());
        assertEquals(java.failure().output(), py.failure().output());
    }

    @Test
    void aCodecWithoutItsDecoderIsACompileErrorNamingIt() {
        Result java = run(CODEC, codec("""
                class Codec {
                    public String serialize(TreeNode root) { return ""; }
                }
                """));
        assertEquals(Verdict.COMPILE_ERROR, java.verdict());
        assertTrue(java.message().contains("has no method deserialize"), java.message());
        Result py = run(CODEC, python("""
                class Codec:
                    def serialize(self, root):
                        return ""
                """));
        assertEquals(Verdict.COMPILE_ERROR, py.verdict(), py::message);
        assertTrue((py.message() + py.compileErrors()).contains("deserialize"), () -> py.message() + py.compileErrors());
    }

    @Test
    void codecStubsShowBothMethodsAndHowTheyAreCalledAndCompile() {
        String java = Stub.source(CODEC);
        assertTrue(java.contains("class Codec {"), java);
        assertTrue(java.contains("    public String serialize(TreeNode root) {\n        return \"\";"), java);
        assertTrue(java.contains("    public TreeNode deserialize(String data) {\n        return null;"), java);
        assertTrue(java.contains("// TreeNode ans = deser.deserialize(ser.serialize(root));"), java);
        Result stub = run(CODEC, codec(java));
        assertEquals(Verdict.WRONG_ANSWER, stub.verdict(), () -> stub.message() + " " + stub.compileErrors());
        String py = PythonStub.stub(CODEC);
        assertTrue(py.contains("    def serialize(self, root: Optional[TreeNode]) -> str:"), py);
        assertTrue(py.contains("    def deserialize(self, data: str) -> Optional[TreeNode]:"), py);
        assertTrue(py.contains("# ans = deser.deserialize(ser.serialize(root))"), py);
        Result pyStub = run(CODEC, python(py));
        assertEquals(Verdict.WRONG_ANSWER, pyStub.verdict(), () -> pyStub.message() + " " + pyStub.compileErrors());
    }

    @Test
    void aCodecReturnsTheTypeItEncodes() {
        PackageException e = loadWithSignature("""
                {"class": "Codec", "method": "serialize", "params": [{"name": "root", "type": "TreeNode"}],
                 "returns": "String", "codec": {"decode": "deserialize"}}""");
        assertTrue(e.getMessage().contains("/signature/returns"), e.getMessage());
        assertTrue(e.getMessage().contains("judged by its round trip"), e.getMessage());
        PackageException same = loadWithSignature("""
                {"class": "Codec", "method": "serialize", "params": [{"name": "root", "type": "TreeNode"}],
                 "returns": "TreeNode", "codec": {"decode": "serialize"}}""");
        assertTrue(same.getMessage().contains("/signature/codec/decode"), same.getMessage());
    }

    // ---- the configuration frame

    @Test
    void nodeReferencesAndCodecsAreFields14And15OfTheConfigurationAndSentOnlyForThem() {
        String lca = new judge.lang.Protocol.Config("n", "Solution", "lowestCommonAncestor", 1, 2, "/c", List.of(),
                List.of(), "java", 256, -1, "", List.of(), List.of(), List.of(0, 1, 1, 2), "").encode();
        assertTrue(lca.endsWith(",256,-1,[\"\",[]],[],[0,1,1,2],\"\"]"), lca);
        String codec = new judge.lang.Protocol.Config("n", "Codec", "serialize", 1, 2, "/c", List.of(),
                List.of(), "python", 256, -1, "", List.of(), List.of(), List.of(), "deserialize").encode();
        assertTrue(codec.endsWith(",256,-1,[\"\",[]],[],[],\"deserialize\"]"), codec);
        String cycle = new judge.lang.Protocol.Config("n", "Solution", "detectCycle", 1, 2, "/c", List.of(),
                List.of(), "java", 256, -1, "", List.of(), List.of(0, 1, 1)).encode();
        assertTrue(cycle.endsWith(",256,-1,[\"\",[]],[0,1,1]]"), cycle);
        assertEquals(List.of(0, 1, 1, 2), judge.judging.Judge.childSpec(Languages.java(), LCA, temp).shape().nodes());
        assertEquals("deserialize", judge.judging.Judge.childSpec(Languages.java(), CODEC, temp).shape().codec());
    }
}
