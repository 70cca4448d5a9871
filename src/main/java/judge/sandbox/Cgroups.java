package judge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cgroup layer: a memory and a task limit for each run, its peak memory and CPU time read from the cgroup,
 * and every process of the run killed through it, whatever it did to leave the process tree.
 *
 * <p>Under the judge's own cgroup it makes {@code judge-<pid>/slot-<n>}, one slot per child running at the same
 * time. A slot is reused by the next child once its processes are gone (making and removing a cgroup per run
 * costs more than resetting one); the folders go when the judge exits, and those of a judge that died are removed
 * by the next one. Three layouts are recognised, from {@code /proc/self/cgroup} and {@code /proc/self/mountinfo}:
 * <ul>
 *   <li>cgroup v1: the {@code memory} and {@code pids} hierarchies, and {@code cpuacct} for CPU time;</li>
 *   <li>hybrid (v1 controllers beside a cgroup v2 hierarchy that has none of them): v1 for the limits, and the v2
 *       hierarchy for {@code cgroup.kill} and {@code cpu.stat}, when it is writable;</li>
 *   <li>cgroup v2: one folder per slot, the memory and pids controllers enabled for {@code judge-<pid>}. That needs
 *       the judge's own cgroup to be writable and to accept controllers for sub-cgroups (root of a cgroup
 *       namespace, or a delegated cgroup such as {@code systemd-run --user --scope -p Delegate=yes} makes).</li>
 * </ul>
 */
final class Cgroups {
    private static final String PREFIX = "judge-";

    private final List<Path> bases;
    private final Layout layout;
    private final String description;
    private final Deque<Slot> free = new ArrayDeque<>();
    private final List<Slot> all = new ArrayList<>();

    /** Where a slot's files are; {@code null} for what this machine does not offer. */
    private record Layout(Path memoryBase, boolean memoryV2, Path pidsBase, Path unifiedBase, Path cpuacctBase) {}

    /** A usable layer, or why there is none. */
    record Detection(Cgroups cgroups, String reason) {}

    private Cgroups(Layout layout, String description) {
        this.layout = layout;
        this.description = description;
        List<Path> b = new ArrayList<>();
        for (Path p : new Path[] {layout.memoryBase(), layout.pidsBase(), layout.unifiedBase(), layout.cpuacctBase()}) {
            if (p != null && !b.contains(p)) {
                b.add(p);
            }
        }
        this.bases = List.copyOf(b);
    }

    private static Detection shared;

    /** The cgroup layer of this judge process, detected at the first call: one set of slots for every child. */
    static synchronized Detection shared() {
        if (shared == null) {
            shared = detect();
        }
        return shared;
    }

    /** Finds the cgroups of this process and makes the judge's folders in them, or says why it cannot. */
    static Detection detect() {
        try {
            return detect(Files.readString(Path.of("/proc/self/cgroup")),
                    Files.readString(Path.of("/proc/self/mountinfo")), ProcessHandle.current().pid());
        } catch (IOException e) {
            return new Detection(null, "no /proc/self/cgroup (not Linux?)");
        }
    }

    /** {@link #detect()} on the given contents of /proc/self/cgroup and /proc/self/mountinfo. */
    static Detection detect(String procCgroup, String mountinfo, long pid) {
        Map<String, Path> own = ownCgroups(procCgroup, mountinfo);
        Path memory = own.get("memory");
        Path pids = own.get("pids");
        Path unified = own.get("");
        String name = PREFIX + pid;
        if (memory != null && pids != null) {
            Path memoryBase = memory.resolve(name);
            Path pidsBase = pids.resolve(name);
            String why = makeDirectories(memoryBase, pidsBase);
            if (why != null) {
                return new Detection(null, why);
            }
            removeStale(memory, pids, unified, own.get("cpuacct"));
            Path unifiedBase = unified != null && makeDirectories(unified.resolve(name)) == null
                    ? unified.resolve(name) : null;
            Path cpuacct = own.get("cpuacct");
            Path cpuacctBase = unifiedBase == null && cpuacct != null && makeDirectories(cpuacct.resolve(name)) == null
                    ? cpuacct.resolve(name) : null;
            String description = "cgroup v1 memory and pids (" + memoryBase + ", " + pidsBase + ")"
                    + (unifiedBase != null ? "; kill and CPU time through cgroup v2 (" + unifiedBase + ")"
                    : cpuacctBase != null ? "; CPU time from cpuacct (" + cpuacctBase + ")" : "");
            return new Detection(new Cgroups(new Layout(memoryBase, false, pidsBase, unifiedBase, cpuacctBase),
                    description).withCleanupAtExit(), null);
        }
        if (unified == null) {
            return new Detection(null, "no cgroup hierarchy with the memory and pids controllers is mounted");
        }
        String controllers = read(unified.resolve("cgroup.controllers")).trim();
        if (!List.of(controllers.split("\\s+")).containsAll(List.of("memory", "pids"))) {
            return new Detection(null, "the cgroup v2 hierarchy at " + unified + " offers no memory and pids"
                    + " controllers" + (controllers.isEmpty() ? "" : " (only " + controllers + ")")
                    + " and no cgroup v1 memory and pids hierarchies are mounted");
        }
        Path base = unified.resolve(name);
        String why = makeDirectories(base);
        if (why != null) {
            return new Detection(null, why);
        }
        try {
            // cgroup v2 enables controllers for sub-cgroups only of a cgroup without processes of its own. When the
            // judge is alone in its cgroup (a delegated scope), it moves itself into a leaf beside the slots.
            List<String> procs = List.of(read(unified.resolve("cgroup.procs")).trim().split("\\s+"));
            if (procs.equals(List.of(String.valueOf(pid)))) {
                Path leaf = base.resolve("judge");
                Files.createDirectories(leaf);
                Files.writeString(leaf.resolve("cgroup.procs"), String.valueOf(pid));
            }
            enableControllers(unified);
        } catch (IOException e) {
            removeTree(base);
            return new Detection(null, "cannot enable the memory and pids controllers below " + unified + " ("
                    + e.getMessage() + "); run the judge as root in a cgroup of its own, or in a delegated one,"
                    + " e.g. systemd-run --user --scope -p Delegate=yes ./judge ...");
        }
        try {
            enableControllers(base);
        } catch (IOException e) {
            return new Detection(null, "cannot enable the memory and pids controllers in " + base + " ("
                    + e.getMessage() + ")");
        }
        removeStale(unified);
        return new Detection(new Cgroups(new Layout(base, true, base, base, null),
                "cgroup v2 memory and pids (" + base + "); kill and CPU time through it").withCleanupAtExit(), null);
    }

    /** This process's cgroup folder per controller ("" for the cgroup v2 hierarchy), where it is mounted. */
    static Map<String, Path> ownCgroups(String procCgroup, String mountinfo) {
        Map<String, Path> own = new LinkedHashMap<>();
        for (String line : procCgroup.split("\n")) {
            String[] f = line.split(":", 3);
            if (f.length < 3) {
                continue;
            }
            for (String mount : mountinfo.split("\n")) {
                int dash = mount.indexOf(" - ");
                if (dash < 0) {
                    continue;
                }
                String[] before = mount.substring(0, dash).split(" ");
                String[] after = mount.substring(dash + 3).split(" ");
                if (before.length < 5 || after.length < 3) {
                    continue;
                }
                String root = before[3];
                Path point = Path.of(before[4].replace("\\040", " "));
                boolean v2 = after[0].equals("cgroup2") && f[1].isEmpty();
                boolean v1 = after[0].equals("cgroup") && !f[1].isEmpty()
                        && List.of(after[2].split(",")).containsAll(List.of(f[1].split(",")));
                if (!v1 && !v2) {
                    continue;
                }
                String path = f[2];
                if (!root.equals("/") && path.startsWith(root)) {
                    path = path.substring(root.length());
                }
                Path dir = point.resolve(path.replaceFirst("^/+", ""));
                for (String controller : v2 ? new String[] {""} : f[1].split(",")) {
                    own.putIfAbsent(controller, dir);
                }
            }
        }
        return own;
    }

    private static void enableControllers(Path dir) throws IOException {
        String enabled = read(dir.resolve("cgroup.subtree_control"));
        if (!enabled.contains("memory") || !enabled.contains("pids")) {
            Files.writeString(dir.resolve("cgroup.subtree_control"), "+memory +pids");
        }
    }

    private static String makeDirectories(Path... dirs) {
        for (Path dir : dirs) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                return "cannot create the cgroup " + dir + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); run the judge as root or in"
                        + " a cgroup delegated to its user";
            }
        }
        return null;
    }

    /** Removes the folders of judges that are no longer running (empty once their processes are gone). */
    private static void removeStale(Path... parents) {
        for (Path parent : parents) {
            if (parent == null) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(parent)) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList()) {
                    String pid = dir.getFileName().toString().substring(PREFIX.length());
                    if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                        removeTree(dir);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // best effort: a stale empty cgroup costs nothing
            }
        }
    }

    /** Cgroup folders are removed leaf first, with rmdir; the files in them are not real files. */
    private static void removeTree(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                removeTree(child);
            }
        } catch (IOException | UncheckedIOException e) {
            // gone already
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // still busy or not ours: left for the next judge
        }
    }

    private Cgroups withCleanupAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (this) {
                for (Slot slot : all) {
                    slot.kill();
                }
            }
            for (Path base : bases) {
                removeTree(base);
            }
        }, "judge-cgroup-cleanup"));
        return this;
    }

    String description() {
        return description;
    }

    /** A free slot, made if every one is busy. */
    synchronized Slot acquire() {
        Slot slot = free.poll();
        if (slot != null) {
            return slot;
        }
        String name = "slot-" + all.size();
        slot = new Slot(layout.memoryBase().resolve(name), layout.memoryV2(), layout.pidsBase().resolve(name),
                layout.unifiedBase() == null ? null : layout.unifiedBase().resolve(name),
                layout.cpuacctBase() == null ? null : layout.cpuacctBase().resolve(name));
        String why = makeDirectories(slot.dirs().toArray(Path[]::new));
        if (why != null) {
            throw new UncheckedIOException(new IOException(why));
        }
        all.add(slot);
        return slot;
    }

    private synchronized void giveBack(Slot slot) {
        free.push(slot);
    }

    /**
     * One cgroup (a folder in each hierarchy used) that runs one child at a time. Its limits and counters are
     * reset by {@link #prepare} before each child; the figures it reads are for the current child only.
     */
    final class Slot {
        private final Path memory;
        private final boolean memoryV2;
        private final Path pids;
        private final Path unified;
        private final Path cpuacct;
        private long oomKillsBefore;
        private long cpuBefore;
        private FileChannel peak;

        private Slot(Path memory, boolean memoryV2, Path pids, Path unified, Path cpuacct) {
            this.memory = memory;
            this.memoryV2 = memoryV2;
            this.pids = pids;
            this.unified = unified;
            this.cpuacct = cpuacct;
        }

        List<Path> dirs() {
            List<Path> dirs = new ArrayList<>();
            for (Path p : new Path[] {memory, pids, unified, cpuacct}) {
                if (p != null && !dirs.contains(p)) {
                    dirs.add(p);
                }
            }
            return dirs;
        }

        /** The files a process writes its pid into to enter this slot. */
        List<Path> procsFiles() {
            return dirs().stream().map(d -> d.resolve("cgroup.procs")).toList();
        }

        /** Sets the limits for the next child and starts its counters afresh. */
        void prepare(long memoryBytes, int tasks) {
            try {
                if (memoryV2) {
                    Files.writeString(memory.resolve("memory.max"), String.valueOf(memoryBytes));
                    writeIfPresent(memory.resolve("memory.swap.max"), "0");
                    peak = openPeak(memory.resolve("memory.peak"));
                } else {
                    Path swap = memory.resolve("memory.memsw.limit_in_bytes");
                    writeIfPresent(swap, "-1");
                    Files.writeString(memory.resolve("memory.limit_in_bytes"), String.valueOf(memoryBytes));
                    writeIfPresent(swap, String.valueOf(memoryBytes));
                    Files.writeString(memory.resolve("memory.max_usage_in_bytes"), "0");
                }
                Files.writeString(pids.resolve("pids.max"), String.valueOf(tasks));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set the limits of the cgroup " + memory, e);
            }
            oomKillsBefore = oomKills();
            cpuBefore = cpuNanosTotal();
        }

        /** The v2 peak is reset per open file (Linux 6.12 and later); elsewhere it is not read. */
        private FileChannel openPeak(Path file) {
            if (peak != null) {
                try {
                    peak.close();
                } catch (IOException ignored) {
                    // reopened below
                }
            }
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                channel.write(ByteBuffer.wrap("reset\n".getBytes(StandardCharsets.US_ASCII)));
                return channel;
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
        }

        /** Peak memory of the current child's processes, in bytes; -1 when the cgroup does not tell. */
        long peakMemoryBytes() {
            if (!memoryV2) {
                return number(read(memory.resolve("memory.max_usage_in_bytes")));
            }
            if (peak == null) {
                return -1;
            }
            try {
                ByteBuffer buffer = ByteBuffer.allocate(64);
                peak.read(buffer, 0);
                return number(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return -1;
            }
        }

        /** CPU time used by the current child's processes so far; -1 when the cgroup does not tell. */
        long cpuNanos() {
            long now = cpuNanosTotal();
            return now < 0 || cpuBefore < 0 ? -1 : now - cpuBefore;
        }

        private long cpuNanosTotal() {
            if (unified != null) {
                long micros = field(read(unified.resolve("cpu.stat")), "usage_usec");
                return micros < 0 ? -1 : micros * 1000;
            }
            if (cpuacct != null) {
                return number(read(cpuacct.resolve("cpuacct.usage")));
            }
            return -1;
        }

        /** Whether the kernel killed a process of the current child for going over the memory limit. */
        boolean oomKilled() {
            return oomKills() > oomKillsBefore;
        }

        private long oomKills() {
            String file = memoryV2 ? "memory.events" : "memory.oom_control";
            return Math.max(0, field(read(memory.resolve(file)), "oom_kill"));
        }

        boolean isEmpty() {
            for (Path procs : procsFiles()) {
                if (!read(procs).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** Kills every process in the slot, including any that left the process tree, and waits until it is empty. */
        void kill() {
            Path killFile = unified == null ? null : unified.resolve("cgroup.kill");
            for (int round = 0; round < 100 && !isEmpty(); round++) {
                if (killFile != null && Files.exists(killFile)) {
                    writeIfPresent(killFile, "1");
                } else {
                    // Without cgroup.kill: kill what is listed, again until nothing is left; the task limit
                    // bounds how many a fork loop can make between two rounds.
                    for (String pid : read(pids.resolve("cgroup.procs")).split("\\s+")) {
                        if (!pid.isEmpty()) {
                            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                        }
                    }
                }
                try {
                    Thread.sleep(round < 10 ? 2 : 20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** Kills what is left and returns the slot for the next child, unless something refused to die. */
        void release() {
            kill();
            if (isEmpty()) {
                giveBack(this);
            }
        }

        private void writeIfPresent(Path file, String value) {
            if (Files.exists(file)) {
                try {
                    Files.writeString(file, value);
                } catch (IOException e) {
                    // an optional setting this kernel refuses
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The value of {@code key} in a "key value" per line file (memory.events, cpu.stat); -1 if absent. */
    private static long field(String text, String key) {
        for (String line : text.split("\n")) {
            String[] kv = line.trim().split("\\s+");
            if (kv.length == 2 && kv[0].equals(key)) {
                return number(kv[1]);
            }
        }
        return -1;
    }
}
