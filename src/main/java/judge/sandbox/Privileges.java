package judge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What every child gets from the operating system whatever else is active: rlimits ({@code prlimit}), and,
 * when the judge runs as root without bubblewrap, an unprivileged uid ({@code setpriv}), so that nothing the
 * solution writes can reach the judge's folders, the problems or the compile cache, and a breach cannot persist
 * into a later verdict. For any language's child: nothing here knows it is a JVM but {@link #readableClassPath}.
 */
final class Privileges {
    /** Processes and threads of the child's uid (without cgroups the bound on threads); the JVM uses about 20. */
    static final int PROCESS_LIMIT = 512;
    /** The largest file a child may write. */
    static final long FILE_SIZE_LIMIT = 64L << 20;
    static final int OPEN_FILES_LIMIT = 512;

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private static Boolean root;
    private static Path setpriv;
    private static Path prlimit;
    private static boolean looked;

    private Privileges() {}

    /** Whether this judge runs as root (uid 0), read from /proc. */
    static synchronized boolean isRoot() {
        if (root == null) {
            boolean r = false;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Uid:")) {
                        r = line.split("\\s+")[2].equals("0");
                    }
                }
            } catch (IOException | RuntimeException e) {
                r = false;
            }
            root = r;
        }
        return root;
    }

    static synchronized Path setpriv() {
        look();
        return setpriv;
    }

    static synchronized Path prlimit() {
        look();
        return prlimit;
    }

    private static void look() {
        if (!looked) {
            looked = true;
            setpriv = find("setpriv");
            prlimit = find("prlimit");
        }
    }

    private static Path find(String name) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** {@code command} run as uid and gid {@value Sandbox#CHILD_UID}, with no groups, capabilities or new privileges. */
    static List<String> dropped(List<String> command) {
        List<String> args = new ArrayList<>(List.of(setpriv().toString(), "--reuid=" + Sandbox.CHILD_UID,
                "--regid=" + Sandbox.CHILD_UID, "--clear-groups", "--no-new-privs", "--inh-caps=-all",
                "--bounding-set=-all", "--"));
        args.addAll(command);
        return args;
    }

    /**
     * {@code command} under the rlimits, where prlimit is installed (else unchanged: see {@link #describe}).
     * The process limit counts every process of a uid, so it is set only for a child that runs as
     * {@value Sandbox#CHILD_UID} ({@code perUid}): on the caller's own uid it would count their whole session.
     */
    static List<String> limited(List<String> command, boolean perUid) {
        if (prlimit() == null) {
            return command;
        }
        List<String> args = new ArrayList<>(List.of(prlimit().toString()));
        if (perUid) {
            args.add("--nproc=" + PROCESS_LIMIT);
        }
        args.addAll(List.of("--fsize=" + FILE_SIZE_LIMIT, "--nofile=" + OPEN_FILES_LIMIT, "--core=0", "--"));
        args.addAll(command);
        return args;
    }

    /** What the rlimits are, or why there are none. */
    static String describe() {
        return prlimit() == null ? "no rlimits: prlimit (util-linux) is not installed"
                : "rlimits: " + PROCESS_LIMIT + " processes and threads of the child's uid (when it runs as "
                  + Sandbox.CHILD_UID + "), files up to "
                  + (FILE_SIZE_LIMIT >> 20) + " MB, " + OPEN_FILES_LIMIT + " open files, no core dumps";
    }

    /**
     * The JVM's arguments with every class folder on {@code -cp} readable by the child's uid: a folder in
     * {@code /tmp} the judge made is opened to reading (never writing); one behind a closed folder (the compile
     * cache in root's home) is copied into {@code workDir}, which the judge owns and the child may only read.
     */
    static List<String> readableClassPath(List<String> jvmArguments, ChildSpec spec, Path workDir) {
        List<String> args = new ArrayList<>(jvmArguments);
        int cp = args.indexOf("-cp");
        if (cp < 0) {
            return args;
        }
        try {
            Files.setPosixFilePermissions(workDir, READABLE);
            List<String> folders = new ArrayList<>();
            int copies = 0;
            for (String entry : args.get(cp + 1).split(java.io.File.pathSeparator)) {
                Path folder = Path.of(entry);
                if (reachable(folder.getParent()) && ownedTemp(folder)) {
                    Files.setPosixFilePermissions(folder, READABLE);
                }
                if (!reachable(folder.getParent()) || !Files.getPosixFilePermissions(folder).contains(
                        PosixFilePermission.OTHERS_EXECUTE)) {
                    Path copy = workDir.resolve("classpath-" + copies++);
                    copyTree(folder, copy);
                    folder = copy;
                }
                folders.add(folder.toString());
            }
            args.set(cp + 1, String.join(java.io.File.pathSeparator, folders));
            return args;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the class folders to the child's uid", e);
        }
    }

    /**
     * The solution's own folder (its classes, or a Python file) opened to reading by the child's uid, when it
     * is one the judge made in the temporary folder; the child may never write it.
     */
    static void openToChild(Path folder) {
        try {
            if (Files.isDirectory(folder) && ownedTemp(folder)) {
                Files.setPosixFilePermissions(folder, READABLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the solution's folder to the child's uid", e);
        }
    }

    /** A folder in the temporary folder, made by the judge: one it may open to reading. */
    private static boolean ownedTemp(Path folder) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        return folder.toAbsolutePath().getParent().equals(tmp);
    }

    /** Whether every folder from / down to {@code folder} lets others through. */
    private static boolean reachable(Path folder) throws IOException {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, READABLE);
                } else {
                    Files.copy(f, target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }
}
