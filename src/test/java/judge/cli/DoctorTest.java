package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import judge.TestPackages;
import judge.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/**
 * {@code judge doctor}, and how the CLI treats the sandbox setting: the layers shown with why any is off, the
 * warning run and submit print without the OS sandbox (on stderr only, once), and a bad {@code JUDGE_SANDBOX}.
 * The sandbox is chosen once per judge process, so the forced settings run the judge in a fresh JVM.
 */
class DoctorTest {
    private static final List<String> LAYERS = List.of("child JVM", "channel", "limits", "class scan", "bubblewrap",
            "seccomp", "unprivileged uid", "rlimits", "cgroup", "self-test");

    record Judged(int exit, String out, String err) {}

    /** Runs {@code judge args...} in a new JVM with {@code -Djudge.sandbox=setting}. */
    private static Judged judgeWith(String setting, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djudge.sandbox=" + setting, "-Djudge.cache=" + Path.of("target", "test-cache").toAbsolutePath(),
                // The tests' own history, never the user's: this judge records its runs and submits.
                "-Djudge.data=" + Path.of(System.getProperty("judge.data", "target/test-data")).toAbsolutePath(),
                "-cp", classPath, "judge.Main", "--problems", TestPackages.PROBLEMS.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Judged(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void doctorShowsEveryLayerAndItsExitCodeSaysWhetherAllAreActive() throws Exception {
        CliTest.Run text = CliTest.judge("doctor");
        for (String layer : LAYERS) {
            assertTrue(text.out().matches("(?s).*\\n  (active|off|passed|FAILED) +" + layer + "  .*"), layer + ":\n" + text.out());
        }
        assertTrue(text.out().matches("(?s).*\\n  passed  self-test +a child JVM started under the layers above.*"),
                text.out());
        boolean isolated = Sandbox.current().isolated();
        assertTrue(text.out().contains(isolated ? "OS sandbox: active" : "OS sandbox: NOT active"), text.out());

        CliTest.Run json = CliTest.judge("doctor", "--format", "json");
        JsonNode j = json.json();
        assertEquals(Set.of("schemaVersion", "sandbox", "isolated", "allActive", "layers", "java", "languages"), fieldNames(j));
        assertEquals(Math.min(21, Runtime.version().feature()), j.get("java").get("release").asInt());
        assertEquals(21, j.get("java").get("leetcodeRelease").asInt());
        assertEquals(System.getProperty("java.home"), j.get("java").get("home").asText());
        assertTrue(text.out().contains("Java: solutions compile and run on JDK " + Runtime.version()), text.out());
        assertEquals(isolated, j.get("isolated").asBoolean());
        assertEquals(j.get("allActive").asBoolean() ? 0 : 1, json.exit());
        List<String> names = new ArrayList<>();
        for (JsonNode layer : j.get("layers")) {
            assertEquals(Set.of("name", "active", "detail"), fieldNames(layer));
            names.add(layer.get("name").asText());
        }
        assertEquals(LAYERS, names);
    }

    @Test
    void withTheOsLayersForcedOffDoctorSaysWhyAndExitsOne() throws Exception {
        Judged r = judgeWith("none", "doctor");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*\\n  off     bubblewrap +turned off by -Djudge.sandbox=none\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  off     cgroup +turned off by -Djudge.sandbox=none\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  passed  self-test +.*"), "the fallback still runs children: " + r.out());
        assertTrue(r.out().contains("OS sandbox: NOT active (JUDGE_SANDBOX=none)"), r.out());
    }

    @Test
    void runWithoutTheOsSandboxWarnsOnStderrOnlyAndJsonStaysClean() throws Exception {
        Path solution = TestPackages.P76.resolve("reference/Solution.java");
        Judged r = judgeWith("none", "run", "76", solution.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("ACCEPTED", new ObjectMapper().readTree(r.out()).get("verdict").asText(), "stdout is the JSON alone");
        assertTrue(r.err().startsWith("judge: warning: no OS sandbox (turned off by -Djudge.sandbox=none); without"
                + " bubblewrap the solution runs on this machine as "), r.err());
        assertTrue(r.err().endsWith(". Judge only code you trust, or see ./judge doctor\n"), r.err());
        assertTrue(r.err().contains("use the network"), "the warning says what is at risk: " + r.err());
        assertEquals(1, r.err().lines().count(), "one warning line: " + r.err());
    }

    @Test
    void submitWarnsToo() throws Exception {
        Path solution = TestPackages.P76.resolve("submissions/wrong_answer/CaseFolding.java");
        Judged r = judgeWith("cgroup", "submit", "76", solution.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("Wrong Answer"), r.out());
        assertTrue(r.err().startsWith("judge: warning: no OS sandbox (turned off by -Djudge.sandbox=cgroup)"), r.err());
    }

    @Test
    void anUnknownSandboxSettingIsAUsageError() throws Exception {
        Judged r = judgeWith("docker", "doctor");
        assertEquals(2, r.exit());
        assertEquals("judge: -Djudge.sandbox=docker: expected auto, none, or bwrap and cgroup separated by a comma;"
                + " found \"docker\"\n", r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals("", r.out());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
