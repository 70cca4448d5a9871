package judge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import judge.compile.Compiler;
import java.util.List;
import judge.lang.Language;
import judge.sandbox.Sandbox;
import judge.sandbox.SandboxReport;

/** {@code judge doctor}'s report: a table of the defences for people, or one JSON object (fields in the README). */
public final class DoctorReport {
    private static final ObjectMapper MAPPER = JsonOutput.pretty();

    private DoctorReport() {}

    public static String text(SandboxReport r) {
        return text(r, List.of());
    }

    /** The report with one line per language: its self-test under the sandbox above. */
    public static String text(SandboxReport r, List<Language.SelfTest> languages) {
        StringBuilder out = new StringBuilder("The defences a solution runs under on this machine:\n\n");
        int width = r.layers().stream().mapToInt(l -> l.name().length()).max().orElse(0);
        for (Sandbox.Layer layer : r.layers()) {
            String state = layer.name().equals("self-test") ? (layer.active() ? "passed" : "FAILED")
                    : layer.active() ? "active" : "off";
            out.append(String.format("  %-7s %-" + width + "s  %s%n", state, layer.name(), layer.detail()));
        }
        out.append('\n');
        if (!languages.isEmpty()) {
            out.append("Languages (each compiles and runs a tiny program under the layers above):\n\n");
            int w = languages.stream().mapToInt(l -> l.language().length()).max().orElse(0);
            for (Language.SelfTest t : languages) {
                out.append(String.format("  %-7s %-" + w + "s  %s%n", t.ok() ? "passed" : "FAILED", t.language(),
                        t.detail()));
            }
            out.append('\n');
        }
        if (r.isolated()) {
            out.append("OS sandbox: active (JUDGE_SANDBOX=").append(r.setting()).append(").\n");
        } else {
            out.append("OS sandbox: NOT active (JUDGE_SANDBOX=").append(r.setting()).append("): a solution can read")
                    .append(" your files and use the network. Install bubblewrap (apt-get install bubblewrap) to")
                    .append(" turn it on.\n");
        }
        out.append(javaLine());
        return out.toString();
    }

    /** Which JDK compiles and runs solutions (javac runs in the judge; the child is the same JDK), at which level. */
    static String javaLine() {
        int release = Compiler.defaultRelease();
        String jdk = "Java: solutions compile and run on JDK " + Runtime.version() + " (" + System.getProperty("java.home")
                + ") at Java " + release;
        if (release >= Compiler.LEETCODE_JAVA) {
            return jdk + ", LeetCode's level.\n";
        }
        return jdk + ", older than LeetCode's Java " + Compiler.LEETCODE_JAVA + ": install JDK " + Compiler.LEETCODE_JAVA
                + " or newer (the launcher finds it in /usr/lib/jvm, ~/.sdkman or /opt) or set JAVA_HOME to one.\n";
    }

    public static String json(SandboxReport r) {
        return json(r, List.of());
    }

    /** The report as JSON, with a {@code languages} array: {@code name}, {@code ok}, {@code detail}. */
    public static String json(SandboxReport r, List<Language.SelfTest> languages) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", JsonReport.SCHEMA_VERSION);
        root.put("sandbox", r.setting());
        root.put("isolated", r.isolated());
        root.put("allActive", r.allActive());
        ArrayNode layers = root.putArray("layers");
        for (Sandbox.Layer layer : r.layers()) {
            ObjectNode node = layers.addObject();
            node.put("name", layer.name());
            node.put("active", layer.active());
            node.put("detail", layer.detail());
        }
        ObjectNode java = root.putObject("java");
        java.put("version", Runtime.version().toString());
        java.put("home", System.getProperty("java.home"));
        java.put("release", Compiler.defaultRelease());
        java.put("leetcodeRelease", Compiler.LEETCODE_JAVA);
        ArrayNode langs = root.putArray("languages");
        for (Language.SelfTest t : languages) {
            ObjectNode node = langs.addObject();
            node.put("name", t.language());
            node.put("ok", t.ok());
            node.put("detail", t.detail());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
