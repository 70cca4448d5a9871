package judge.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import judge.lang.Protocol;
import judge.runner.Frames;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * One running child with a language's runner in it, seen from the judge: send a call's arguments, wait for its
 * answer within a deadline, and kill the whole process tree at the end, whatever happened.
 *
 * <p>Two threads drain the child's stdout and stderr. On stdout they pick out the runner's frames by the
 * per-run nonce; every other byte on either stream is the solution's own printing, kept up to a cap and
 * counted, and ends the run as Output Limit Exceeded past the limit.
 */
public final class Child implements AutoCloseable {
    /**
     * How long a child whose channel ended may take to exit before it is killed (which would make its exit a
     * signal's): a JVM ending on an OutOfMemoryError on a machine at load 14 took longer than 2 s.
     */
    private static final long KILL_WAIT_MS = 5000;
    /** How long the pumps may take to read the last bytes of a child that has exited (a starved thread is slow). */
    private static final long PUMP_DRAIN_MS = 5000;
    /** How often a waiting call checks the child's CPU time. */
    private static final long POLL_NANOS = 50_000_000L;
    /**
     * CPU the child's JVM may use beside the solution's own thread during a call before it is killed (its JIT
     * compiler, its garbage collector, the rest of its start on the first call).
     */
    static final long CPU_ALLOWANCE_NANOS = 1_000_000_000L;
    /**
     * How far past the wall-clock backstop a starved (runnable, not sleeping) child may go: a multiple of it. Such a
     * child gets CPU, however little, so its CPU limit ends it first; this cap only bounds the wall time of a
     * pathological case. Measured: at load 40 to 48 on two cores a child got some 4% of a core, and a cap of 4
     * (20 times the CPU deadline) turned a Memory Limit into a Time Limit; 16 leaves room for a quarter of that.
     */
    private static final long WALL_HARD_CAP_FACTOR = 16;
    /** CPU the first call may use beyond that: what is left of the JVM's start when the call is sent. */
    static final long BOOT_CPU_NANOS = 2_000_000_000L;
    /** USER_HZ: the unit of the CPU times in /proc/<pid>/stat, 100 on every Linux the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final OutputStream stdin;
    private final Path workDir;
    private final ChildSpec spec;
    private final Cgroups.Slot slot;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final Stray stray;
    private volatile boolean closed;
    private boolean answered;
    private Thread stdoutPump;
    private Thread stderrPump;

    private record Eof() {}

    private record Corrupt() {}

    private Child(Process process, Path workDir, ChildSpec spec, Cgroups.Slot slot) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.workDir = workDir;
        this.spec = spec;
        this.slot = slot;
        this.stray = new Stray(spec.keepOutputBytes(), spec.outputLimitBytes());
    }

    /**
     * Starts the child in this judge's {@link Sandbox} and sends it its configuration. The solution's class is
     * loaded at the first call, so the child may be started while the solution is still compiling.
     *
     * <p>Under bubblewrap the child dies with the thread that started it ({@code --die-with-parent} follows the
     * parent thread): start it from a thread that outlives it.
     */
    public static Child start(ChildSpec spec) {
        return start(spec, Sandbox.current());
    }

    /** {@link #start(ChildSpec)} under a given sandbox. */
    public static Child start(ChildSpec spec, Sandbox sandbox) {
        Path workDir;
        try {
            workDir = Leftovers.tempFolder("judge-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder for the child", e);
        }
        Sandbox.Launch launch;
        try {
            launch = sandbox.launch(spec.language().launch(spec), spec, workDir);
        } catch (RuntimeException e) {
            RuntimeFiles.deleteTree(workDir);
            throw e;
        }
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().put("LANG", "C.UTF-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            RuntimeFiles.deleteTree(workDir);
            if (launch.slot() != null) {
                launch.slot().release();
            }
            throw new UncheckedIOException("cannot start the child (" + spec.language().title() + ")", e);
        }
        Leftovers.started(process);
        Child child = new Child(process, workDir, spec, launch.slot());
        String nonce = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        child.startPumps(nonce);
        child.sendQuietly(new Protocol.Config(nonce, spec.className(), spec.method(), spec.keepOutputBytes(),
                spec.outputLimitBytes(), spec.language().solutionLocation(spec), spec.design(), spec.types(),
                spec.language().name(), spec.memoryMb(), spec.shape().answer(), spec.shape().api(),
                spec.shape().state(), spec.shape().cycle(), spec.shape().nodes(), spec.shape().codec()).encode());
        return child;
    }

    private void startPumps(String nonce) {
        stdoutPump = new Thread(() -> pumpFrames(process.getInputStream(), nonce), "child-stdout");
        stderrPump = new Thread(() -> pumpStray(process.getErrorStream()), "child-stderr");
        stdoutPump.setDaemon(true);
        stderrPump.setDaemon(true);
        stdoutPump.start();
        stderrPump.start();
    }

    /**
     * Calls the solution with {@code arguments} and waits at most {@code deadline} for its answer. After
     * anything but {@link Answer.Returned} or {@link Answer.Threw} the child is gone.
     */
    public Answer call(List<Value> arguments, Duration deadline) {
        return callBatch(List.of(arguments), deadline).get(0);
    }

    /**
     * {@link #call(List, Duration)} for a call whose deadline is not known yet when it starts: it is at least
     * {@code atLeast}, and {@code exact} (which may block) gives it once the call has used that much. The call
     * ends exactly as one given the exact deadline would; it only need not wait for it to be known. (A submit's
     * limits come from the reference's times, which its own child reports as the solution's tests run.)
     */
    public Answer call(List<Value> arguments, Duration atLeast, java.util.function.Supplier<Duration> exact) {
        return callBatch(List.of(arguments), atLeast, exact).get(0);
    }

    /**
     * Calls the solution once per element of {@code calls}, in one round trip, and collects the answers in
     * order. Each call may take up to {@code deadlinePerCall}, counted from the previous answer. The list
     * ends early, with the answer that ended the child ({@link Answer.TimedOut}, {@link Answer.Exited}...),
     * when a call does not come back: the call at that index is the one that hung or crashed.
     */
    public List<Answer> callBatch(List<List<Value>> calls, Duration deadlinePerCall) {
        return callBatch(calls, deadlinePerCall, null);
    }

    /** {@link #callBatch(List, Duration)} whose calls learn their deadline from {@code exact} (see {@link #call}). */
    private List<Answer> callBatch(List<List<Value>> calls, Duration deadlinePerCall,
            java.util.function.Supplier<Duration> exact) {
        String request = Protocol.batch(calls);
        List<Answer> answers = new ArrayList<>(calls.size());
        // The first call also waits for the child to read and parse the whole request, and a child that has
        // not answered yet may still be booting its JVM: neither is the solution's time, so neither may end
        // it as a timeout. (Its verdict uses the time the child measures around the call itself.)
        long since = System.nanoTime() + request.length() * 100L + (answered ? 0 : 2_000_000_000L);
        if (!sendQuietly(request)) {
            answers.add(ended(awaitExit()));
            return answers;
        }
        while (answers.size() < calls.size()) {
            Answer answer = next(since, deadlinePerCall, exact, !answered);
            answered = true;
            answers.add(answer);
            if (!(answer instanceof Answer.Returned) && !(answer instanceof Answer.Threw)) {
                break;
            }
            since = System.nanoTime();
        }
        return answers;
    }

    /**
     * Waits for the next event of a call that may run for {@code deadline} of CPU time, counted from
     * {@code since}. Time is CPU time, as isolate and DMOJ judge it: the child is killed when its processes
     * have used {@code deadline} plus {@link #CPU_ALLOWANCE_NANOS} of CPU since the call began (read by the judge
     * itself, from the cgroup or /proc: threads the solution starts count too), or, as a backstop for code that
     * sleeps or blocks, when {@link #wallBackstopNanos} of wall time have passed and no thread of the child is
     * waiting to run (a starved child gets up to {@value #WALL_HARD_CAP_FACTOR} times that). A busy machine thus
     * slows a call down without changing its verdict.
     */
    private Answer next(long since, Duration deadline, java.util.function.Supplier<Duration> exact, boolean first) {
        long cpuStart = processCpuNanos();
        Budget budget = Budget.of(deadline, first);
        Object event;
        try {
            while (true) {
                long waited = System.nanoTime() - since;
                long left = budget.wallNanos() - waited;
                if (left <= 0 && exact != null) {
                    // Past what is known of the deadline: learn the rest (it may block), then judge by it.
                    budget = Budget.of(exact.get(), first);
                    exact = null;
                    continue;
                }
                if (left <= 0) {
                    // Past the backstop: a child that sleeps or blocks ends here; one whose threads wait to run
                    // is starved by the machine, not slow, and its CPU limit still holds it (up to a hard cap).
                    if (waited < WALL_HARD_CAP_FACTOR * budget.wallNanos() && runnable()) {
                        left = POLL_NANOS;
                    } else {
                        event = null;
                        break;
                    }
                }
                event = events.poll(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
                if (event != null) {
                    break;
                }
                long cpu = processCpuNanos();
                if (cpuStart >= 0 && cpu >= 0 && cpu - cpuStart > budget.cpuNanos()) {
                    if (exact == null) {
                        break;
                    }
                    budget = Budget.of(exact.get(), first);
                    exact = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return new Answer.Broken("interrupted", stray.take());
        }
        if (event == null) {
            kill();
            return new Answer.TimedOut(System.nanoTime() - since, stray.take());
        }
        if (event instanceof Value.Arr frame) {
            return decode(frame);
        }
        if (event instanceof Corrupt) {
            kill();
            return new Answer.Broken("the solution wrote into the judge's channel on stdout", stray.take());
        }
        return ended(awaitExit());
    }

    /** What a call may use before it ends: CPU time (the first also pays for the rest of the JVM's start), wall time. */
    private record Budget(long cpuNanos, long wallNanos) {
        static Budget of(Duration deadline, boolean first) {
            return new Budget(deadline.toNanos() + CPU_ALLOWANCE_NANOS + (first ? BOOT_CPU_NANOS : 0),
                    wallBackstopNanos(deadline));
        }
    }

    /**
     * The wall-clock backstop for a call allowed {@code deadline} of CPU time: five times it plus five seconds,
     * so that only code that sleeps or blocks reaches it, not code starved by a busy machine (measured: a test
     * suite run beside seven other builds on two cores gave a child some 10% of a core; three times the deadline
     * turned Memory Limit into Time Limit there).
     */
    public static long wallBackstopNanos(Duration deadline) {
        return 5 * deadline.toNanos() + 5_000_000_000L;
    }

    /** Whether a thread of the child's processes is running or waiting to run (state R in /proc). */
    private boolean runnable() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        for (ProcessHandle p : all) {
            try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(p.pid()), "task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        if (stat.charAt(stat.lastIndexOf(')') + 2) == 'R') {
                            return true;
                        }
                    } catch (IOException | RuntimeException e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or the process is gone
            }
        }
        return false;
    }

    /**
     * CPU time every process of the child has used since it started, in nanoseconds, as the judge reads it
     * itself: from the cgroup where the cgroup layer is active, else from /proc (utime + stime of the child's
     * processes); -1 where neither tells.
     */
    public long processCpuNanos() {
        long cgroup = slot == null ? -1 : slot.cpuNanos();
        if (cgroup >= 0) {
            return cgroup;
        }
        long ticks = 0;
        boolean any = false;
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        for (ProcessHandle p : all) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
                // Fields after the command name, which is in parentheses and may hold spaces.
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                any = true;
            } catch (IOException | RuntimeException e) {
                // not Linux, or the process is gone
            }
        }
        return any ? ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND) : -1;
    }

    private Answer ended(int status) {
        if (stray.flooded()) {
            return new Answer.OutputLimit(stray.take());
        }
        String printed = stray.take();
        if (spec.language().outOfMemoryExit(status, printed) || slot != null && slot.oomKilled()) {
            return new Answer.OutOfMemory(spec.language().withoutRuntimeNoise(printed));
        }
        return new Answer.Exited(status, printed);
    }

    private Answer decode(Value.Arr frame) {
        Protocol.Reply reply = Protocol.decode(frame);
        String strayText = stray.take();
        if (reply instanceof Protocol.Ok ok) {
            return new Answer.Returned(ok.value(), ok.nanos(), ok.stdout() + strayText, ok.apiCalls());
        }
        if (reply instanceof Protocol.Raised r) {
            // A memory verdict only when the runner saw its memory actually at the limit (see
            // Runner.memoryLimitReached), never from the exception's name: anyone can throw an OutOfMemoryError.
            if (r.memoryLimit()) {
                return new Answer.OutOfMemory(r.stdout() + strayText);
            }
            List<Answer.StackFrame> frames = r.frames().stream()
                    .map(f -> new Answer.StackFrame(f.where(), f.function(), f.line())).toList();
            return spec.language().thrown(new Answer.Threw(r.type(), r.message(), frames, r.nanos(),
                    r.stdout() + strayText));
        }
        kill();
        if (reply instanceof Protocol.OutputLimit) {
            return new Answer.OutputLimit(strayText);
        }
        String why = ((Protocol.Error) reply).message();
        if (why.startsWith("bad request")) {
            // The judge only sends whole frames: a garbled one means the solution read from the runner's
            // stdin (file descriptor 0) and took part of it.
            return new Answer.Broken("the solution read from the judge's channel (standard input)", strayText);
        }
        return new Answer.Broken("runner: " + why, strayText);
    }

    /**
     * The child's peak memory so far, in kilobytes: its cgroup's peak where the cgroup layer tells it, else the
     * peak resident set of its processes (0 where /proc is not available).
     */
    public long peakMemoryKb() {
        long cgroupPeak = slot == null ? -1 : slot.peakMemoryBytes();
        if (cgroupPeak > 0) {
            return cgroupPeak >> 10;
        }
        long peak = 0;
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        for (ProcessHandle p : all) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or the process is gone: no figure
            }
        }
        return peak;
    }

    /** CPU time the child's processes used so far, from its cgroup; -1 without the cgroup layer. */
    public long cpuNanos() {
        return slot == null ? -1 : slot.cpuNanos();
    }

    /** How this child was started. */
    public ChildSpec spec() {
        return spec;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private boolean sendQuietly(String payload) {
        try {
            stdin.write(Frames.request(payload));
            stdin.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(KILL_WAIT_MS, TimeUnit.MILLISECONDS)) {
                kill();
            }
            // Let the pumps take in the last bytes the child wrote before it died. A grandchild that keeps
            // the pipes open is killed with the tree, so the wait is bounded.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            long until = System.nanoTime() + PUMP_DRAIN_MS * 1_000_000;
            stdoutPump.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            stderrPump.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return -1;
        }
    }

    /**
     * Kills the child and every process below it: through its cgroup where there is one, which also reaches
     * processes that left the tree; under bubblewrap, killing the sandbox's first process ends its PID namespace.
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (slot != null) {
            slot.kill();
        }
        try {
            process.waitFor(KILL_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            process.waitFor(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        Leftovers.ended(process);
        if (slot != null) {
            slot.release();
        }
        RuntimeFiles.deleteTree(workDir);
    }

    private void pumpFrames(InputStream in, String nonce) {
        byte[] header = ("\u0001J" + nonce + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] trailer = ("\u0001E" + nonce + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                pending.write(chunk, 0, n);
                byte[] buf = pending.toByteArray();
                int consumed = 0;
                while (true) {
                    int at = indexOf(buf, header, consumed);
                    if (at < 0) {
                        // Keep a tail that could be the start of a header split across reads.
                        int keepFrom = Math.max(consumed, buf.length - header.length + 1);
                        stray.add(buf, consumed, keepFrom - consumed);
                        consumed = keepFrom;
                        break;
                    }
                    stray.add(buf, consumed, at - consumed);
                    consumed = at;
                    int newline = indexOf(buf, new byte[] {'\n'}, at + header.length);
                    if (newline < 0) {
                        break;
                    }
                    long length;
                    try {
                        length = Long.parseLong(new String(buf, at + header.length, newline - at - header.length,
                                StandardCharsets.US_ASCII));
                    } catch (NumberFormatException e) {
                        events.add(new Corrupt());
                        return;
                    }
                    if (length > spec.outputLimitBytes() * 4) {
                        stray.flood();
                        events.add(new Eof());
                        kill();
                        return;
                    }
                    long end = newline + 1 + length + trailer.length;
                    if (buf.length < end) {
                        break;
                    }
                    int bodyStart = newline + 1;
                    int trailerAt = (int) (bodyStart + length);
                    if (indexOf(buf, trailer, trailerAt) != trailerAt) {
                        events.add(new Corrupt());
                        return;
                    }
                    String payload = new String(buf, bodyStart, (int) length, StandardCharsets.UTF_8);
                    events.add(ValueFormat.parse(payload));
                    consumed = (int) end;
                }
                pending.reset();
                pending.write(buf, consumed, buf.length - consumed);
                if (stray.flooded()) {
                    kill();
                }
            }
            // What is left was never a whole frame: the solution printed it.
            byte[] rest = pending.toByteArray();
            stray.add(rest, 0, rest.length);
        } catch (IOException | RuntimeException e) {
            // The stream closed under us: the child is gone.
        }
        events.add(new Eof());
    }

    private void pumpStray(InputStream in) {
        byte[] chunk = new byte[1 << 14];
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                stray.add(chunk, 0, n);
                if (stray.flooded()) {
                    kill();
                }
            }
        } catch (IOException e) {
            // closed: the child is gone
        }
    }

    private static int indexOf(byte[] buf, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= buf.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buf[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Bytes the child wrote outside the runner's frames: kept up to a cap, counted against the output limit. */
    private static final class Stray {
        private final int keep;
        private final long limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long total;
        private boolean flooded;

        Stray(int keep, long limit) {
            this.keep = keep;
            this.limit = limit;
        }

        synchronized void add(byte[] b, int off, int len) {
            if (len <= 0) {
                return;
            }
            total += len;
            int room = keep - kept.size();
            if (room > 0) {
                kept.write(b, off, Math.min(room, len));
            }
            if (total > limit) {
                flooded = true;
            }
        }

        synchronized void flood() {
            flooded = true;
        }

        synchronized boolean flooded() {
            return flooded;
        }

        synchronized String take() {
            String text = kept.toString(StandardCharsets.UTF_8);
            kept.reset();
            return text;
        }
    }
}
