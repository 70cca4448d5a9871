package judge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code judge doctor} shows: every defence a solution runs under on this machine, active or not and why, and
 * a self-test that starts a child as the judge does (under the same layers) and has it answer one call, like the
 * self-test each of DMOJ's executors carries.
 *
 * @param setting  what {@code JUDGE_SANDBOX} asked for ({@code auto} by default)
 * @param isolated whether the OS sandbox (bubblewrap) is active
 * @param layers   every layer, the self-test last
 */
public record SandboxReport(String setting, boolean isolated, List<Sandbox.Layer> layers) {
    private static final Duration SELF_TEST_DEADLINE = Duration.ofSeconds(30);

    public SandboxReport {
        layers = List.copyOf(layers);
    }

    /** The report for {@code sandbox}; {@code classScan} says whether solutions are scanned before running. */
    public static SandboxReport of(Sandbox sandbox, boolean classScan) {
        List<Sandbox.Layer> layers = new ArrayList<>(sandbox.layers());
        layers.add(3, new Sandbox.Layer("class scan", classScan, classScan
                ? "solutions that use files, the network, processes, reflection, class loaders, native code, Unsafe"
                  + " or System.exit are rejected before they run (a lint for a clear message, not the boundary)"
                : "turned off"));
        layers.add(selfTest(sandbox));
        return new SandboxReport(sandbox.setting(), sandbox.isolated(), layers);
    }

    /** Whether every layer is active and the self-test passed. */
    public boolean allActive() {
        return layers.stream().allMatch(Sandbox.Layer::active);
    }

    /** Starts a child with the runner only and calls {@code new ArrayList<>().isEmpty()} in it. */
    static Sandbox.Layer selfTest(Sandbox sandbox) {
        Path empty;
        try {
            empty = Leftovers.named("judge-selftest-");
        } catch (IOException e) {
            return new Sandbox.Layer("self-test", false, "cannot create a temporary folder: " + e.getMessage());
        }
        RuntimeFiles runtime = RuntimeFiles.get();
        ChildSpec spec = new ChildSpec(List.of(runtime.runner(), runtime.api(), empty), "java.util.ArrayList",
                "isEmpty", empty, 64, ChildSpec.DEFAULT_KEEP_OUTPUT, ChildSpec.DEFAULT_OUTPUT_LIMIT);
        long start = System.nanoTime();
        try (Child child = Child.start(spec, sandbox)) {
            Answer answer = child.call(List.of(), SELF_TEST_DEADLINE);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (!(answer instanceof Answer.Returned r) || !r.output().equals("true")) {
                return new Sandbox.Layer("self-test", false, "a child JVM did not answer as expected: " + answer);
            }
            StringBuilder detail = new StringBuilder("a child JVM started under the layers above and answered in "
                    + ms + " ms");
            long peakKb = child.peakMemoryKb();
            long cpu = child.cpuNanos();
            if (sandbox.limited() && cpu >= 0) {
                detail.append(String.format("; its cgroup read %.1f MB peak memory and %d ms of CPU time",
                        peakKb / 1024.0, cpu / 1_000_000));
            } else if (peakKb > 0) {
                detail.append(String.format("; peak resident memory %.1f MB", peakKb / 1024.0));
            }
            return new Sandbox.Layer("self-test", true, detail.toString());
        } catch (UncheckedIOException | IllegalStateException e) {
            return new Sandbox.Layer("self-test", false, "cannot start a child JVM: " + e.getMessage());
        } finally {
            RuntimeFiles.deleteTree(empty);
        }
    }
}
