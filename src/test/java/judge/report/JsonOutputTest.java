package judge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonOutputTest {
    private static final String HOSTILE = "a\u001b[2Jb\u009b31mc\u202Ed\u007Fe\u2066f\u200Bg";

    @Test
    void terminalControlsAreWrittenAsEscapesAndReadBackUnchanged() throws Exception {
        for (ObjectMapper mapper : new ObjectMapper[] {JsonOutput.compact(), JsonOutput.pretty()}) {
            String json = mapper.writeValueAsString(Map.of("output", HOSTILE));
            json.codePoints().forEach(c -> assertFalse(HostileText.hostile(c, true),
                    () -> "raw U+" + Integer.toHexString(c) + " in " + json));
            String lower = json.toLowerCase(java.util.Locale.ROOT);
            assertTrue(lower.contains("\\u009b") && lower.contains("\\u202e") && lower.contains("\\u007f"), json);
            assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("output").asText());
        }
    }

    @Test
    void chineseAndEmojiStayReadable() throws Exception {
        String text = "最小覆盖子串 \uD83D\uDE00";
        String json = JsonOutput.compact().writeValueAsString(Map.of("title", text));
        assertTrue(json.contains(text), json);
    }
}
