package judge.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import judge.lang.Language;

/**
 * The defences a child runs under on this machine, detected once per judge process. Two layers come from the
 * operating system when it allows them: {@link Bubblewrap} (namespaces: the child sees nothing of the machine)
 * and {@link Cgroups} (memory and task limits, and killing every process of a run). The layers that need
 * nothing from the OS (the child JVM, the framed channel, the limits enforced from the judge) are always there.
 *
 * <p>{@code JUDGE_SANDBOX} (or {@code -Djudge.sandbox}) chooses the OS layers: {@code auto} (the default: every
 * one this machine supports), {@code none}, or {@code bwrap}, {@code cgroup} or both separated by a comma. A
 * command that must not run untrusted code without the OS sandbox asks {@link #isolated()}.
 */
public final class Sandbox {
    public static final String ENVIRONMENT_VARIABLE = "JUDGE_SANDBOX";
    public static final String PROPERTY = "judge.sandbox";

    /**
     * Memory a child may use beyond the problem's limit in the cgroup: the JVM's own (measured: some 40 MB
     * resident for the runner's JVM at rest), the solution thread's 32 MB stack, and the JIT's code cache as it
     * grows (capped at 48 MB). The problem's limit itself bounds the heap and, separately, direct buffers; the
     * cgroup bounds their sum with everything else: heap, direct buffers, thread stacks, metaspace, /tmp.
     */
    public static final int JVM_ALLOWANCE_MB = 128;
    /** Processes and threads one child may have in the cgroup; its JVM alone uses about 20. */
    static final int TASK_LIMIT = 256;

    /** Enters the cgroup slot (writes its pid into each cgroup.procs given) and becomes the command. */
    private static final String JOIN_CGROUP = "n=$1; shift; while [ \"$n\" -gt 0 ]; do echo $$ > \"$1\" || exit 125;"
            + " shift; n=$((n - 1)); done; exec \"$@\"";

    /** One defence, whether it is active here, and what it does or why it is not active. */
    public record Layer(String name, boolean active, String detail) {}

    /** A {@code JUDGE_SANDBOX} value the judge does not understand. */
    public static final class SettingException extends RuntimeException {
        SettingException(String message) {
            super(message);
        }
    }

    /** How one child starts: its command line, and the cgroup slot it runs in ({@code null} without cgroups). */
    record Launch(List<String> command, Cgroups.Slot slot) {}

    private static Sandbox current;
    private static boolean warned;

    private final String setting;
    private final Bubblewrap bwrap;
    private final String bwrapReason;
    private final Cgroups cgroups;
    private final String cgroupReason;

    private Sandbox(String setting, Bubblewrap bwrap, String bwrapReason, Cgroups cgroups, String cgroupReason) {
        this.setting = setting;
        this.bwrap = bwrap;
        this.bwrapReason = bwrapReason;
        this.cgroups = cgroups;
        this.cgroupReason = cgroupReason;
    }

    /** The sandbox of this judge process, as {@code -Djudge.sandbox} or {@code JUDGE_SANDBOX} chooses. */
    public static synchronized Sandbox current() {
        if (current == null) {
            String property = System.getProperty(PROPERTY);
            String env = System.getenv(ENVIRONMENT_VARIABLE);
            if (property != null) {
                current = detect(property, "-D" + PROPERTY + "=" + property);
            } else {
                current = detect(env == null ? "auto" : env, ENVIRONMENT_VARIABLE + "=" + env);
            }
        }
        return current;
    }

    /** Detects the OS layers {@code setting} asks for ({@code auto}, {@code none}, {@code bwrap,cgroup}...). */
    public static Sandbox detect(String setting) {
        return detect(setting, "sandbox setting " + setting);
    }

    private static Sandbox detect(String setting, String source) {
        Set<String> wanted = parse(setting, source);
        Bubblewrap bwrap = null;
        String bwrapReason = "turned off by " + source;
        if (wanted.contains("bwrap")) {
            Bubblewrap.Detection d = Bubblewrap.detect();
            bwrap = d.bwrap();
            bwrapReason = d.reason();
        }
        Cgroups cgroups = null;
        String cgroupReason = "turned off by " + source;
        if (wanted.contains("cgroup")) {
            Cgroups.Detection d = Cgroups.shared();
            cgroups = d.cgroups();
            cgroupReason = d.reason();
        }
        return new Sandbox(setting, bwrap, bwrapReason, cgroups, cgroupReason);
    }

    private static Set<String> parse(String setting, String source) {
        String s = setting.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("auto")) {
            return Set.of("bwrap", "cgroup");
        }
        if (s.equals("none")) {
            return Set.of();
        }
        Set<String> layers = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            String layer = part.trim();
            if (!layer.equals("bwrap") && !layer.equals("cgroup")) {
                throw new SettingException(source + ": expected auto, none, or bwrap and cgroup separated by a"
                        + " comma; found \"" + part.trim() + "\"");
            }
            layers.add(layer);
        }
        return layers;
    }

    /**
     * Whether the OS sandbox (bubblewrap) is active: the child sees nothing of the machine and has no network.
     * A command judging code it must not trust (a course's grading) refuses to run without it.
     */
    public boolean isolated() {
        return bwrap != null;
    }

    /** Whether runs get cgroup limits (memory, tasks) and are killed through the cgroup. */
    public boolean limited() {
        return cgroups != null;
    }

    /** What {@code JUDGE_SANDBOX} asked for. */
    public String setting() {
        return setting;
    }

    /** Every defence of a run, the ones always there first, with what each does here or why it is off. */
    public List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer("child JVM", true, "the solution runs in a JVM of its own with an empty environment,"
                + " an empty working folder and only the runner's and its own classes on its class path; when a run"
                + " ends for any reason its whole process tree is killed"));
        layers.add(new Layer("channel", true, "answers come back framed with a per-run secret; what the solution"
                + " prints, on any file descriptor, is captured as its output and never read as a result; the judge"
                + " decides every verdict in its own process"));
        layers.add(new Layer("limits", true, "time per test and per submission, " + (ChildSpec.DEFAULT_OUTPUT_LIMIT >> 20)
                + " MB of output and the heap (-Xmx), enforced from the judge's process"));
        layers.add(new Layer("bubblewrap", bwrap != null, bwrap != null
                ? bwrap.executable() + versionOf(bwrap) + ": new mount, PID, network, IPC and UTS namespaces, no"
                  + " capabilities; the solution sees the JDK, the system's libraries and its own classes read-only"
                  + ", an empty /tmp, no network and no other process; it runs as " + (bwrap.unprivileged()
                  ? "uid " + CHILD_UID + " in its own user namespace" : "uid 0 of the sandbox (no user namespace here)")
                : bwrapReason));
        layers.add(new Layer("seccomp", bwrap != null && bwrap.filtered(), bwrap == null
                ? "needs bubblewrap"
                : bwrap.filtered() ? "a system-call filter under bubblewrap: " + Seccomp.DENIED.size() + " calls refused"
                  + " (tracing and reading other processes, mounting, new namespaces, kernel modules, BPF, perf,"
                  + " io_uring, keyrings, the clock), sockets other than AF_UNIX, clone into a new namespace;"
                  + " listed in docs/security.md"
                : Seccomp.supported() ? "this machine refused bwrap's --seccomp: children run without a filter"
                : "no filter for this architecture (" + System.getProperty("os.arch") + "): x86-64 only"));
        layers.add(new Layer("unprivileged uid", bwrap == null && dropsPrivileges(), bwrap != null
                ? "not needed: bubblewrap's user namespace"
                : dropsPrivileges() ? "the judge is root: the child runs as uid " + CHILD_UID + " (setpriv: no groups,"
                  + " no capabilities, no new privileges); the judge's folders, the problems and the compile cache"
                  + " are not writable by it"
                : Privileges.isRoot() ? "setpriv (util-linux) is not installed: the child runs as root"
                : "the judge is not root: the child runs as the judge's user"));
        layers.add(new Layer("rlimits", Privileges.prlimit() != null, Privileges.describe()));
        layers.add(new Layer("cgroup", cgroups != null, cgroups != null
                ? cgroups.description() + ": per run, memory up to the problem's limit + " + JVM_ALLOWANCE_MB + " MB and "
                  + TASK_LIMIT + " processes and threads; peak memory and CPU time read from it; every process of"
                  + " the run killed through it"
                : cgroupReason));
        return layers;
    }

    private static String versionOf(Bubblewrap bwrap) {
        String v = bwrap.version();
        return v.isEmpty() ? "" : " (" + v + ")";
    }

    /** The warning for a run without the OS sandbox; {@code null} when the sandbox is active. */
    public String missingWarning() {
        if (isolated()) {
            return null;
        }
        return "judge: warning: no OS sandbox (" + bwrapReason + "); " + risks() + ". Judge only code you trust,"
                + " or see ./judge doctor";
    }

    /**
     * Prints {@link #missingWarning()} of the current sandbox to {@code err}, once per judge process: what
     * {@code run}, {@code submit} and {@code fuzz} call before judging.
     */
    public static void warnOnceIfMissing(PrintStream err) {
        String warning;
        synchronized (Sandbox.class) {
            if (warned) {
                return;
            }
            warned = true;
            warning = current().missingWarning();
        }
        if (warning != null) {
            err.println(warning);
            err.flush();
        }
    }

    /**
     * How to start the child {@code runner} describes for {@code spec}, starting in {@code workDir}, on every
     * layer: under bubblewrap with the runner's read-only paths and the solution's folder bound, and the child uid
     * {@value #CHILD_UID}; without it, when the judge runs as root, the child dropped to uid {@value #CHILD_UID}
     * with {@code setpriv} (no groups, no capabilities, no new privileges), its class folders made readable to it
     * (copied into {@code workDir} where the path to them is closed); rlimits on processes, file size, open files
     * and core dumps with {@code prlimit}; and a cgroup slot prepared with its limits.
     */
    Launch launch(Language.Launch runner, ChildSpec spec, Path workDir) {
        List<String> command = new ArrayList<>(runner.command());
        if (bwrap == null && dropsPrivileges()) {
            command = Privileges.readableClassPath(command, spec, workDir);
            Privileges.openToChild(spec.userClasses());
        }
        if (bwrap != null) {
            Set<Path> folders = new LinkedHashSet<>(runner.readOnly());
            folders.add(spec.userClasses());
            command = bwrap.wrap(command, List.copyOf(folders));
        } else if (dropsPrivileges()) {
            command = Privileges.dropped(command);
        }
        command = Privileges.limited(command, bwrap == null && dropsPrivileges());
        if (cgroups == null) {
            return new Launch(command, null);
        }
        Cgroups.Slot slot = cgroups.acquire();
        try {
            int memoryMb = runner.memoryLimitMb() > 0 ? runner.memoryLimitMb() : spec.memoryMb() + JVM_ALLOWANCE_MB;
            slot.prepare((long) memoryMb << 20, TASK_LIMIT);
        } catch (RuntimeException e) {
            slot.release();
            throw e;
        }
        List<String> joined = new ArrayList<>(List.of("/bin/sh", "-c", JOIN_CGROUP, "judge-sandbox"));
        List<Path> procs = slot.procsFiles();
        joined.add(String.valueOf(procs.size()));
        procs.forEach(p -> joined.add(p.toString()));
        joined.addAll(command);
        return new Launch(joined, slot);
    }

    /** The unprivileged uid and gid a child runs as, where the judge can choose: {@code nobody}. */
    public static final int CHILD_UID = 65534;

    /** Whether children leave root for {@value #CHILD_UID} with setpriv: the judge is root and setpriv is here. */
    boolean dropsPrivileges() {
        return Privileges.isRoot() && Privileges.setpriv() != null;
    }

    /**
     * What is at risk when untrusted code runs here without the OS sandbox (bubblewrap): the text
     * {@code JUDGE_SANDBOX=none} and {@code grade --allow-unsandboxed} print. {@code null} when bubblewrap is on.
     */
    public String risks() {
        if (isolated()) {
            return null;
        }
        StringBuilder r = new StringBuilder("without bubblewrap the solution runs on this machine as ");
        if (dropsPrivileges()) {
            r.append("uid ").append(CHILD_UID).append(" (nobody): it can read every file that any user may read"
                    + " (other users' homes, world-readable secrets, the problems if they are world-readable, hidden"
                    + " tests included), use the network, see every process, and write wherever nobody may write"
                    + " (/tmp); it cannot write the judge's folders, the problems or the compile cache, so a breach"
                    + " does not persist into a later verdict");
        } else if (Privileges.isRoot()) {
            r.append("root (setpriv is missing, so the judge cannot drop privileges): it can read and write"
                    + " everything on the machine, including the problems and the judge's cache; a breach persists");
        } else {
            r.append("your user: it can read and write every file you can (your home, the problems, the judge's"
                    + " cache: a breach may change later verdicts), use the network and see every process");
        }
        r.append("; the class scan is then the main wall");
        r.append(cgroups == null ? ", and memory and threads are bounded only by the JVM's flags and rlimits"
                : "");
        return r.toString();
    }
}
