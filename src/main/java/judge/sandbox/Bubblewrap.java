package judge.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The OS sandbox: the child runs under bubblewrap in new mount, PID, network, IPC, UTS and cgroup namespaces,
 * with every capability dropped, in its own session, and dies with the judge. It sees the system's shared
 * libraries and the JDK read-only, its class folders read-only, an empty 64 MB tmpfs {@code /tmp} as its
 * working folder, a minimal {@code /proc} and {@code /dev}, no network at all but its own loopback, and no
 * other process. Nothing else of the machine is there: not the problems, not the judge, not the user's home.
 */
final class Bubblewrap {
    /** Where shared libraries live on the Linux distributions we know; only those present are bound. */
    private static final List<String> LIBRARY_FOLDERS = List.of("/lib", "/lib64", "/lib32", "/libx32", "/usr/lib",
            "/usr/lib64", "/usr/lib32", "/usr/libx32");
    private static final long TMP_BYTES = 64L << 20;

    private final Path executable;
    private final Path javaHome;
    private final List<String> base;
    /** The seccomp filter's file ({@link Seccomp}), or {@code null} when this bubblewrap runs without one. */
    private final Path seccomp;

    /** A usable bubblewrap, or why there is none. */
    record Detection(Bubblewrap bwrap, String reason) {}

    Bubblewrap(Path executable, Path javaHome, List<String> base) {
        this(executable, javaHome, base, null);
    }

    Bubblewrap(Path executable, Path javaHome, List<String> base, Path seccomp) {
        this.executable = executable;
        this.javaHome = javaHome;
        this.base = List.copyOf(base);
        this.seccomp = seccomp;
    }

    /** Whether children run under the seccomp filter. */
    boolean filtered() {
        return seccomp != null;
    }

    /**
     * bwrap with the base arguments, then {@code rest}. With the filter, bwrap reads it from descriptor 3, which a
     * shell opens on the filter's file just before it becomes bwrap (Java starts children with 0 to 2 only).
     */
    private List<String> command(List<String> rest) {
        List<String> args = new ArrayList<>();
        if (seccomp != null) {
            args.addAll(List.of("/bin/sh", "-c", "exec \"$@\" 3<\"$0\"", seccomp.toString()));
        }
        args.add(executable.toString());
        args.addAll(base);
        if (seccomp != null) {
            args.addAll(List.of("--seccomp", "3"));
        }
        args.addAll(rest);
        return args;
    }

    /** Finds bwrap on the PATH and proves, by running a trivial program in the sandbox, that it works here. */
    static Detection detect() {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(":")));
        dirs.addAll(List.of("/usr/bin", "/bin", "/usr/local/bin"));
        return detect(dirs);
    }

    /** {@link #detect()} looking for bwrap in {@code dirs} only. */
    static Detection detect(List<String> dirs) {
        Path executable = find("bwrap", dirs);
        if (executable == null) {
            return new Detection(null, "bwrap (bubblewrap) is not installed; install it with apt-get install"
                    + " bubblewrap (Debian, Ubuntu), dnf install bubblewrap (Fedora) or apk add bubblewrap (Alpine)");
        }
        Path javaHome;
        try {
            javaHome = Path.of(System.getProperty("java.home")).toRealPath();
        } catch (IOException e) {
            return new Detection(null, "cannot resolve java.home: " + e.getMessage());
        }
        List<String> base = baseArguments(javaHome, hiddenPaths());
        // The child is not uid 0 inside the sandbox: uid and gid nobody in its user namespace. Where this
        // bubblewrap cannot make a user namespace, it runs without one, as before (the capabilities still dropped).
        List<String> unprivileged = new ArrayList<>(List.of("--uid", String.valueOf(Sandbox.CHILD_UID), "--gid",
                String.valueOf(Sandbox.CHILD_UID)));
        unprivileged.addAll(base);
        // With the seccomp filter where the machine allows it, else without (doctor says which): one trial run
        // in the common case.
        Path filter = seccompFile();
        String failure = null;
        List<Path> filters = new ArrayList<>();
        if (filter != null) {
            filters.add(filter);
        }
        filters.add(null);
        for (List<String> args : List.of(unprivileged, base)) {
            for (Path f : filters) {
                Bubblewrap bwrap = new Bubblewrap(executable, javaHome, args, f);
                String why = bwrap.trial();
                if (why == null) {
                    return new Detection(bwrap, null);
                }
                failure = failure == null ? why : failure;
            }
        }
        return new Detection(null, failure);
    }

    /** The seccomp filter written to a file, or {@code null} on an architecture without one. */
    private static Path seccompFile() {
        byte[] program = Seccomp.program();
        if (program == null) {
            return null;
        }
        try {
            return RuntimeFiles.get().file("seccomp.bpf", program);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the child runs as uid {@value Sandbox#CHILD_UID} inside the sandbox (not uid 0). */
    boolean unprivileged() {
        return base.contains("--uid");
    }

    /** The java launcher the sandboxed child runs: the judge's own JDK. */
    Path java() {
        return javaHome.resolve("bin").resolve("java");
    }

    Path executable() {
        return executable;
    }

    /** The version bwrap reports ({@code bubblewrap 0.8.0}), or "" if it does not say. */
    String version() {
        try {
            Process p = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(5, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * {@code command} wrapped to run in the sandbox, seeing {@code readOnly} (its class folders) at their own
     * paths. Its working folder is the sandbox's empty {@code /tmp}.
     */
    List<String> wrap(List<String> command, List<Path> readOnly) {
        List<String> args = new ArrayList<>();
        for (Path folder : readOnly) {
            args.addAll(List.of("--ro-bind", folder.toString(), folder.toString()));
        }
        args.addAll(List.of("--chdir", "/tmp", "--"));
        args.addAll(command);
        return command(args);
    }

    /**
     * The arguments every sandbox gets: namespaces, then the system's libraries and the JDK read-only (with the
     * files its symbolic links point at outside itself, such as Debian's {@code /etc/java-17-openjdk}), the
     * {@code hidden} paths covered by an empty tmpfs where they would otherwise show through a bound folder,
     * then {@code /proc}, {@code /dev} and an empty {@code /tmp}.
     */
    static List<String> baseArguments(Path javaHome, List<Path> hidden) {
        List<String> args = new ArrayList<>(List.of("--unshare-all", "--die-with-parent", "--new-session",
                "--cap-drop", "ALL", "--hostname", "judge"));
        List<Path> bound = new ArrayList<>();
        for (String name : LIBRARY_FOLDERS) {
            Path folder = Path.of(name);
            if (Files.isSymbolicLink(folder)) {
                try {
                    args.addAll(List.of("--symlink", Files.readSymbolicLink(folder).toString(), name));
                } catch (IOException e) {
                    // unreadable link: not a library folder we can offer
                }
            } else if (Files.isDirectory(folder)) {
                args.addAll(List.of("--ro-bind", name, name));
                bound.add(folder);
            }
        }
        args.addAll(List.of("--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"));
        Set<Path> jdk = new LinkedHashSet<>();
        if (!isUnder(javaHome, bound)) {
            jdk.add(javaHome);
        }
        jdk.addAll(linkTargetsOutside(javaHome, bound));
        for (Path folder : jdk) {
            args.addAll(List.of("--ro-bind", folder.toString(), folder.toString()));
            bound.add(folder);
        }
        for (Path path : hidden) {
            // Not over a bound folder itself, nor over the JDK: the JVM must still start.
            boolean strictlyUnder = bound.stream().anyMatch(b -> path.startsWith(b) && !path.equals(b));
            boolean holdsJdk = javaHome.startsWith(path) || jdk.stream().anyMatch(j -> j.startsWith(path));
            if (strictlyUnder && !holdsJdk && Files.isDirectory(path)) {
                args.addAll(List.of("--tmpfs", path.toString()));
            }
        }
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", String.valueOf(TMP_BYTES), "--tmpfs", "/tmp"));
        return args;
    }

    /**
     * Folders holding what the JDK's symbolic links point at outside {@code javaHome} and outside the folders
     * already bound (Debian links {@code lib/jvm.cfg} and {@code conf/} into {@code /etc/java-17-openjdk});
     * without them the JVM does not start.
     */
    private static Set<Path> linkTargetsOutside(Path javaHome, List<Path> bound) {
        Set<Path> folders = new LinkedHashSet<>();
        for (String part : List.of("bin", "conf", "lib")) {
            Path dir = javaHome.resolve(part);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path link : files.filter(Files::isSymbolicLink).toList()) {
                    Path target;
                    try {
                        target = link.toRealPath();
                    } catch (IOException e) {
                        continue;
                    }
                    Path folder = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : target.getParent();
                    if (!target.startsWith(javaHome) && !isUnder(target, bound)) {
                        folders.add(folder);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable part of the JDK: the trial run says whether the JVM still starts
            }
        }
        // Keep only the outermost folders: /etc/java-17-openjdk covers /etc/java-17-openjdk/security.
        Set<Path> outermost = new LinkedHashSet<>();
        for (Path f : folders) {
            if (folders.stream().noneMatch(o -> !o.equals(f) && f.startsWith(o))) {
                outermost.add(f);
            }
        }
        return outermost;
    }

    /**
     * Paths that must never show inside the sandbox, if a bound system folder happens to hold them: the judge's
     * home (its problems), its jar, the caller's working folder and home, and the problems and cache folders.
     */
    private static List<Path> hiddenPaths() {
        List<Path> hidden = new ArrayList<>();
        for (String property : List.of("judge.home", "user.dir", "user.home", "judge.cache")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                hidden.add(Path.of(value).toAbsolutePath().normalize());
            }
        }
        String home = System.getenv("HOME"); // where the history and the cache live by default
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute() && Path.of(home).normalize().getNameCount() > 0) {
            hidden.add(Path.of(home).normalize());
        }
        String problems = System.getenv("JUDGE_PROBLEMS");
        if (problems != null && !problems.isBlank()) {
            hidden.add(Path.of(problems).toAbsolutePath().normalize());
        }
        try {
            Path code = Path.of(Bubblewrap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            hidden.add(Files.isDirectory(code) ? code : code.getParent());
        } catch (Exception e) {
            // no code source: nothing to hide
        }
        return hidden;
    }

    private static boolean isUnder(Path path, List<Path> folders) {
        return folders.stream().anyMatch(path::startsWith);
    }

    /** Runs {@code true} in the sandbox; {@code null} if it worked, else why not (bwrap's own message). */
    private String trial() {
        Path probe = Stream.of("/usr/bin/true", "/bin/true").map(Path::of).filter(Files::isExecutable).findFirst()
                .orElse(java());
        List<String> rest = new ArrayList<>(List.of("--ro-bind", probe.toString(), probe.toString(), "--chdir", "/tmp",
                "--", probe.toString()));
        if (probe.equals(java())) {
            rest.add("-version");
        }
        List<String> command = command(rest);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "bwrap did not finish a trial run within 10 s";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.exitValue() != 0) {
                return "bwrap cannot make a sandbox here: " + (out.isEmpty() ? "exit status " + p.exitValue()
                        : out.lines().findFirst().orElse(out)) + " (containers may need --privileged or"
                        + " --security-opt seccomp=unconfined; hosts may need kernel.unprivileged_userns_clone=1)";
            }
            return null;
        } catch (IOException e) {
            return "cannot run " + executable + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while trying bwrap";
        }
    }

    private static Path find(String name, List<String> dirs) {
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
