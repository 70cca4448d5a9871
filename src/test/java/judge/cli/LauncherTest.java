package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code ./judge}) picks the JDK the judge runs on: the newest JDK 17 or later with a
 * compiler in the usual folders, unless {@code JAVA_HOME} is already at LeetCode's level. Run here on a copy
 * of the script beside a jar it need not build, with fake JDKs whose {@code java} only says which it is.
 */
class LauncherTest {
    @TempDir Path dir;

    @Test
    void picksTheNewestJdkWithACompilerAndSkipsLinksAndBrokenOnes() throws Exception {
        Path root = launcherCopy();
        Path jdks = Files.createDirectories(dir.resolve("jdks"));
        fakeJdk(jdks.resolve("jdk-17"), "JAVA_VERSION=\"17.0.15\"", true);
        fakeJdk(jdks.resolve("jdk-21"), "JAVA_VERSION=21.0.2", true);   // unquoted, as some vendors write it
        fakeJdk(jdks.resolve("jre-99"), "JAVA_VERSION=\"99\"", false);  // no javac: a runtime only
        fakeJdk(jdks.resolve("odd"), "IMPLEMENTOR=\"x\"", true);           // no version line at all
        Files.createDirectories(jdks.resolve("empty"));
        Files.createSymbolicLink(jdks.resolve("default-java"), jdks.resolve("jdk-17"));

        assertEquals("jdk-21", run(root, Map.of("JUDGE_JDK_DIRS", "/nonexistent:" + jdks)));
    }

    @Test
    void keepsAJavaHomeAtLeetCodesLevelAndAnEmptySearchListSearchesNothing() throws Exception {
        Path root = launcherCopy();
        Path jdks = Files.createDirectories(dir.resolve("jdks"));
        fakeJdk(jdks.resolve("jdk-21"), "JAVA_VERSION=\"21\"", true);
        fakeJdk(jdks.resolve("jdk-25"), "JAVA_VERSION=\"25.0.3\"", true);
        Path home = fakeJdk(dir.resolve("home-jdk-22"), "JAVA_VERSION=\"22.0.1\"", true);

        assertEquals("home-jdk-22", run(root, Map.of("JAVA_HOME", home.toString(), "JUDGE_JDK_DIRS", jdks.toString())));
        Path old = fakeJdk(dir.resolve("home-jdk-17"), "JAVA_VERSION=\"17\"", true);
        assertEquals("jdk-25", run(root, Map.of("JAVA_HOME", old.toString(), "JUDGE_JDK_DIRS", jdks.toString())));
        assertEquals("home-jdk-17", run(root, Map.of("JAVA_HOME", old.toString(), "JUDGE_JDK_DIRS", "")));
    }

    /** A copy of the launcher in a root whose jar is newer than its (empty) sources, so nothing is built. */
    private Path launcherCopy() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.copy(Path.of("judge"), root.resolve("judge"));
        Files.createDirectories(root.resolve("src/main"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("target/lib"));
        Path jar = Files.writeString(root.resolve("target/judge.jar"), "not a jar");
        Instant old = Instant.now().minusSeconds(3600);
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(old));
        Files.setLastModifiedTime(root.resolve("src/main"), FileTime.from(old));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        return root;
    }

    /** A JDK folder whose java prints the folder's name; javac only if {@code compiler}. */
    private static Path fakeJdk(Path home, String versionLine, boolean compiler) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\n" + versionLine + "\n");
        executable(home.resolve("bin/java"), "#!/bin/sh\necho \"" + home.getFileName() + "\"\n");
        if (compiler) {
            executable(home.resolve("bin/javac"), "#!/bin/sh\nexit 0\n");
        }
        return home;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The first line the chosen (fake) java printed. */
    private String run(Path root, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(root.resolve("judge").toString(), "--version"))
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher did not end");
        assertEquals(0, process.exitValue(), out);
        return out.lines().findFirst().orElse("");
    }
}
