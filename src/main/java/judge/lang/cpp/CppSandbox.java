package judge.lang.cpp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bubblewrap command the compiler runs under: new namespaces (no network, no other process), no
 * capabilities, the system's {@code /usr} read-only (the compiler, its headers and libraries), the folders
 * given read-only (the precompiled prelude), the build folder writable (at {@value #BUILD}), an empty {@code /tmp}, and nothing
 * else: no {@code /etc} (but the loader's cache), no home, no judge, no problems. Paths of the judge that
 * happen to lie under {@code /usr} are covered by an empty tmpfs.
 */
final class CppSandbox {
    /** Where the build folder is inside the sandbox. */
    static final String BUILD = "/build";

    private CppSandbox() {}

    static Path bwrap() {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "bwrap");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return Path.of("bwrap");
    }

    static List<String> wrap(List<String> command, Path work, List<Path> readOnly) {
        List<String> args = new ArrayList<>(List.of(bwrap().toString(), "--unshare-all", "--die-with-parent",
                "--new-session", "--cap-drop", "ALL", "--hostname", "judge", "--ro-bind", "/usr", "/usr"));
        for (String link : List.of("/bin", "/lib", "/lib64", "/sbin")) {
            Path p = Path.of(link);
            try {
                if (Files.isSymbolicLink(p)) {
                    args.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), link));
                } else if (Files.isDirectory(p)) {
                    args.addAll(List.of("--ro-bind", link, link));
                }
            } catch (java.io.IOException e) {
                // not there: nothing to bind
            }
        }
        args.addAll(List.of("--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"));
        for (Path hidden : hiddenUnderUsr()) {
            args.addAll(List.of("--tmpfs", hidden.toString()));
        }
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        for (Path p : readOnly) {
            args.addAll(List.of("--ro-bind", p.toString(), p.toString()));
        }
        // At a fixed path, so that sanitizer reports name /build/solution.cpp, not a random temporary folder.
        args.addAll(List.of("--bind", work.toString(), BUILD, "--chdir", BUILD, "--"));
        args.addAll(command);
        return args;
    }

    /** The judge's own folders (home, jar, working folder, problems, cache) where {@code /usr} would show them. */
    private static List<Path> hiddenUnderUsr() {
        List<Path> hidden = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String property : List.of("judge.home", "user.dir", "user.home", "judge.cache")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                candidates.add(value);
            }
        }
        for (String variable : List.of("HOME", "JUDGE_PROBLEMS", "JUDGE_CACHE")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                candidates.add(value);
            }
        }
        for (String c : candidates) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (p.startsWith("/usr") && !p.equals(Path.of("/usr")) && Files.isDirectory(p)) {
                hidden.add(p);
            }
        }
        return hidden;
    }
}
