package judge.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C stops {@code ./judge serve} cleanly, after it has judged (so its warm judge holds children booted
 * ahead): it says so, and leaves no child running, no {@code judge-*} folder in the temp folder and nothing
 * but the history in its data folder.
 */
class ServeStopIT {
    @TempDir Path dir;

    @Test
    void ctrlCStopsTheServerAndLeavesNoChildFolderOrLock() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path data = dir.resolve("data");
        Path out = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(TestPackages.launcher("--problems", TestPackages.PROBLEMS.toString(),
                "--data", data.toString(), "serve", "--port", "0", "--workspace", dir.resolve("ws").toString()))
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        Process serve = pb.start();
        Matcher url = null;
        for (int i = 0; i < 6000 && serve.isAlive(); i++) {
            url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?token=([0-9a-f]+)").matcher(Files.readString(out));
            if (url.find()) {
                break;
            }
            url = null;
            Thread.sleep(20);
        }
        assertTrue(url != null, "no URL printed: " + Files.readString(out) + Files.readString(dir.resolve("err.txt")));
        int port = Integer.parseInt(url.group(1));
        String token = Server.TOKEN_HEADER + ": " + url.group(2);
        String code = TestPackages.read(TestPackages.P76.resolve("reference/Solution.java"));
        Http.Answer a = Http.postJson(port, "/api/submit", "{\"problem\":\"76\",\"code\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(code) + "}", token);
        assertEquals(200, a.status(), a.body());
        assertTrue(a.body().contains("\"verdict\" : \"ACCEPTED\""), a.body());

        assertUnreachableButOnLoopback(port);

        Set<ProcessHandle> seen = new HashSet<>(serve.descendants().toList());
        new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
        assertTrue(serve.waitFor(120, TimeUnit.SECONDS), "the server did not stop");
        seen.addAll(serve.descendants().toList());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("Stopped serving."), Files.readString(out));
        for (ProcessHandle h : seen) {
            h.onExit().get(10, TimeUnit.SECONDS); // every child ends (a live one fails the test with a timeout)
        }
        assertEquals(List.of(), names(tmp, "judge-"), "folders left in the judge's temp folder");
        assertEquals(List.of("history.db"), names(data, ""), "files left beside the history (a journal, a lock)");
    }

    /** By default {@code ./judge serve} listens on 127.0.0.1 alone: this machine's other addresses refuse. */
    private static void assertUnreachableButOnLoopback(int port) throws java.io.IOException {
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address.isLoopbackAddress()) {
                    continue;
                }
                try (java.net.Socket s = new java.net.Socket()) {
                    s.connect(new java.net.InetSocketAddress(address, port), 5000);
                    throw new AssertionError("./judge serve answers on " + address);
                } catch (java.net.ConnectException | java.net.SocketTimeoutException
                        | java.net.NoRouteToHostException expected) {
                    // nothing listens there
                } catch (java.net.SocketException unusable) {
                    // an address this machine cannot connect from (a link-local one without its scope)
                }
            }
        }
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            assertTrue(s.isConnected());
        }
    }

    private static List<String> names(Path folder, String prefix) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().forEach(names::add);
        }
        return names;
    }
}
