package judge.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import judge.value.Value;
import judge.value.ValueFormat;
import org.junit.jupiter.api.Test;

/** The typed protocol encodes the bytes the runners read, and decodes whatever a runner sends without failing. */
class ProtocolTest {

    @Test
    void theConfigKeepsTheOriginalSevenFieldsInOrderAndAddsTypesLanguageAndMemoryAtTheEnd() {
        String config = new Protocol.Config("n0nce", "Solution", "minWindow", 65536, 16777216, "/tmp/classes",
                List.of(), List.of("String", "String", "String"), "java", 256).encode();
        assertEquals("[\"n0nce\",\"Solution\",\"minWindow\",65536,16777216,\"/tmp/classes\",[],"
                + "[\"String\",\"String\",\"String\"],\"java\",256]", config);
    }

    @Test
    void aConfigOfAnotherShapeAddsTheAnswerTheApiAndTheCycleAtTheEnd() {
        String inPlace = new Protocol.Config("n", "Solution", "moveZeroes", 1, 2, "/c", List.of(),
                List.of("int[]", "void"), "java", 256, 0, "", List.of(), List.of()).encode();
        assertTrue(inPlace.endsWith(",\"java\",256,0,[\"\",[]],[]]"), inPlace);
        String api = new Protocol.Config("n", "Solution", "firstBadVersion", 1, 2, "/c", List.of(),
                List.of("int", "int"), "java", 256, -1, "VersionControl", List.of(1), List.of()).encode();
        assertTrue(api.endsWith(",256,-1,[\"VersionControl\",[1]],[]]"), api);
        String cycle = new Protocol.Config("n", "Solution", "detectCycle", 1, 2, "/c", List.of(),
                List.of("ListNode", "ListNode"), "python", 256, -1, "", List.of(), List.of(0, 1, 1)).encode();
        assertTrue(cycle.endsWith(",256,-1,[\"\",[]],[0,1,1]]"), cycle);
    }

    @Test
    void anApiAnswerCarriesItsCallCount() {
        Protocol.Ok ok = new Protocol.Ok(12, "4", "", 3);
        assertEquals("[\"ok\",12,\"4\",\"\",3]", Protocol.encode(ok));
        assertEquals(ok, Protocol.decode(ValueFormat.parse(Protocol.encode(ok))));
        assertEquals(-1, ((Protocol.Ok) Protocol.decode(ValueFormat.parse("[\"ok\",1,\"4\",\"\"]"))).apiCalls());
    }

    @Test
    void aDesignConfigListsEachMemberWithItsJavaTypes() {
        String config = new Protocol.Config("n", "LRUCache", "", 1, 2, "/c",
                List.of(List.of("LRUCache", "int"), List.of("put", "int", "int")), List.of(), "python", 64).encode();
        assertTrue(config.contains("[[\"LRUCache\",\"int\"],[\"put\",\"int\",\"int\"]],[],\"python\",64]"), config);
    }

    @Test
    void everyAnswerRoundTrips() {
        List<Protocol.Reply> replies = List.of(new Protocol.Ok(12, "\"BANC\"", "debug\n"),
                new Protocol.Raised(5, "ValueError", "bad", List.of(new Protocol.Frame("solution.py",
                        "Solution.minWindow", 7)), ""),
                new Protocol.OutputLimit(), new Protocol.Error("cannot load Solution"));
        for (Protocol.Reply reply : replies) {
            assertEquals(reply, Protocol.decode(ValueFormat.parse(Protocol.encode(reply))));
        }
        assertEquals("[\"ok\",12,\"\\\"BANC\\\"\",\"debug\\n\"]", Protocol.encode(replies.get(0)));
    }

    @Test
    void aMalformedAnswerIsAnErrorNotAnException() {
        assertTrue(Protocol.decode(ValueFormat.parse("[\"ok\",\"twelve\"]")) instanceof Protocol.Error);
        assertTrue(Protocol.decode(ValueFormat.parse("[]")) instanceof Protocol.Error);
        assertTrue(Protocol.decode(ValueFormat.parse("\"ok\"")) instanceof Protocol.Error);
        assertEquals(new Protocol.Error("surprise"), Protocol.decode(ValueFormat.parse("[\"surprise\"]")));
    }

    @Test
    void aBatchIsTheListOfEachCallsArguments() {
        assertEquals("[[\"a\",\"aa\"],[]]", Protocol.batch(List.of(List.of(new Value.Str("a"), new Value.Str("aa")),
                List.of())));
    }
}
