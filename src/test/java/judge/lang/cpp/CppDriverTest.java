package judge.lang.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import judge.TestPackages;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import org.junit.jupiter.api.Test;

/** The translation unit and the stub the judge writes for a C++ solution, without compiling them. */
class CppDriverTest {
    private static Problem problem(String folder) {
        return ProblemLoader.load(TestPackages.PROBLEMS.resolve(folder));
    }

    @Test
    void theSolutionStartsAtLineOneOfItsOwnFileAndItsMainIsRenamedAway() {
        String unit = CppDriver.unit(TestPackages.p76().signature(), "int main() { return 1; }\n", "mine.cpp");
        String[] lines = unit.split("\n");
        assertEquals("#include \"judge_prelude.h\"", lines[0]);
        assertEquals("#define main " + CppDriver.RENAMED_MAIN, lines[1]);
        assertEquals("#line 1 \"mine.cpp\"", lines[2]);
        assertEquals("int main() { return 1; }", lines[3]);
        assertEquals("#undef main", lines[4]);
        assertEquals("#line 1 \"judge-driver.cpp\"", lines[5]);
    }

    @Test
    void thePlainDriverBuildsEachParameterAndCallsTheMethodOnANewSolution() {
        String driver = CppDriver.driver(problem("0200-number-of-islands").signature());
        assertTrue(driver.contains("std::vector<std::vector<char>> judge_p0 = judge_rt::From<std::vector<std::vector<char>>>"
                + "::get(judge_rt::argument(judge_args, 0, 1));"), driver);
        assertTrue(driver.contains("new Solution();"), driver);
        assertTrue(driver.contains("judge_object->numIslands(judge_p0)"), driver);
        assertTrue(driver.contains("judge_rt::DesignCall judge_design_call = nullptr;"), driver);
    }

    @Test
    void theDesignDriverDispatchesEveryOperationByNameAndWritesNullForVoid() {
        String driver = CppDriver.driver(problem("0146-lru-cache").signature());
        assertTrue(driver.contains("judge_object = new LRUCache(judge_p0);"), driver);
        assertTrue(driver.contains("if (judge_op.s == \"get\")"), driver);
        assertTrue(driver.contains(" else if (judge_op.s == \"put\")"), driver);
        assertTrue(driver.contains("judge_object->put(judge_p0, judge_p1);\n            judge_out += \"null\";"), driver);
        assertTrue(driver.contains("throw judge_rt::BadRequest(\"no such method: \" + judge_op.s);"), driver);
    }

    @Test
    void anInPlaceProblemsAnswerIsTheArgumentAfterTheCall() {
        String driver = CppDriver.driver(problem("0283-move-zeroes").signature());
        assertTrue(driver.contains("    judge_object->moveZeroes(judge_p0);\n"
                + "    std::string judge_text = judge_rt::text_of(judge_p0);\n"), driver);
        assertTrue(!driver.contains("judge_result"), driver);
    }

    @Test
    void aProblemsApiIsCompiledInAndItsHiddenStateNeverReachesTheMethod() {
        String unit = CppDriver.unit(problem("0278-first-bad-version").signature(), "class Solution {};\n", "s.cpp");
        assertTrue(unit.startsWith("#define JUDGE_API_VERSION_CONTROL 1\n#include \"judge_prelude.h\"\n"), unit);
        assertTrue(unit.contains("    judge_api::bad = judge_p1;\n    judge_api::calls = 0;\n"), unit);
        assertTrue(unit.contains("judge_object->firstBadVersion(judge_p0);"), unit);
        assertTrue(unit.contains("judge_rt::state().api_calls = judge_api::calls;"), unit);
        String stub = CppStub.stub(problem("0278-first-bad-version"));
        assertTrue(stub.contains("// The API isBadVersion is defined for you.\n// bool isBadVersion(int version);\n"), stub);
        assertTrue(stub.contains("    int firstBadVersion(int n) {"), stub);
        String inPlace = CppStub.stub(problem("0283-move-zeroes"));
        assertTrue(inPlace.contains("    void moveZeroes(vector<int>& nums) {\n        \n    }"), inPlace);
    }

    @Test
    void theDesignDriverTimesTheWholeSequenceOnceNotEachOperation() {
        String driver = CppDriver.driver(problem("0146-lru-cache").signature());
        assertEquals(1, driver.split("judge_rt::Timer", -1).length - 1, driver);
        assertTrue(driver.indexOf("judge_rt::Timer") < driver.indexOf("judge_object = new LRUCache"), driver);
    }

    @Test
    void typesAreLeetCodesCppTypes() {
        assertEquals("vector<vector<int>>&", CppDriver.stubType(problem("0056-merge-intervals").signature().params()
                .get(0).type(), true));
        assertEquals("ListNode*", CppDriver.stubType(problem("0021-merge-two-sorted-lists").signature().returns(),
                false));
        assertEquals("long long", CppDriver.stubType(problem("2962-count-subarrays-where-max-element-appears-at-least"
                + "-k-times").signature().returns(), false));
    }

    @Test
    void theStubIsLeetCodesWithTheNodeDefinitionAndAnEmptyReturn() {
        String stub = CppStub.stub(problem("0021-merge-two-sorted-lists"));
        assertTrue(stub.contains(" * struct ListNode {"), stub);
        assertTrue(stub.contains("class Solution {\npublic:\n    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2)"
                + " {\n        return {};\n    }\n};\n"), stub);
        String lru = CppStub.stub(problem("0146-lru-cache"));
        assertTrue(lru.contains("class LRUCache {\npublic:\n    LRUCache(int capacity) {"), lru);
        assertTrue(lru.contains(" * LRUCache* obj = new LRUCache(capacity);\n * int param_1 = obj->get(key);\n"
                + " * obj->put(key,value);\n"), lru);
        assertTrue(Path.of(CppStub.FILE_NAME).toString().endsWith(".cpp"));
    }

    @Test
    void cyclesNodeReferencesAndCodecsAreBuiltAroundTheCallAsTheOtherRunnersDo() {
        String cycle = CppDriver.driver(problem("0142-linked-list-cycle-ii").signature());
        assertTrue(cycle.contains("judge_rt::CycleList judge_cycle(judge_p0, judge_p1);"), cycle);
        assertTrue(cycle.contains("judge_object->detectCycle(judge_p0)"), cycle);
        assertTrue(cycle.contains("std::string judge_text = judge_cycle.changed();\n"
                + "    if (judge_text.empty()) judge_text = judge_cycle.index_of(judge_result);"), cycle);
        String nodes = CppDriver.driver(problem("0236-lowest-common-ancestor-of-a-binary-tree").signature());
        assertTrue(nodes.contains("judge_rt::NodeTree judge_tree(judge_p0);\n"
                + "    TreeNode *judge_n1 = judge_tree.node(judge_p1);\n    TreeNode *judge_n2 = judge_tree.node(judge_p2);"), nodes);
        assertTrue(nodes.contains("judge_object->lowestCommonAncestor(judge_p0, judge_n1, judge_n2)"), nodes);
        assertTrue(nodes.contains("judge_tree.answer(judge_result)"), nodes);
        String codec = CppDriver.driver(problem("0297-serialize-and-deserialize-binary-tree").signature());
        assertTrue(codec.contains("Codec *judge_encoder = new Codec();"), codec);
        assertTrue(codec.contains("Codec *judge_decoder = new Codec();"), codec);
        assertTrue(codec.contains("judge_decoder->deserialize(judge_encoded)"), codec);
        assertTrue(codec.contains("deserialize returned nodes of the value given to serialize"), codec);
    }
}
