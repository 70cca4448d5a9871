package judge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the sandbox's layers, finding cgroups, and the sandbox bubblewrap is asked to build. */
class SandboxTest {
    @TempDir Path dir;

    @Test
    void noneTurnsOffBothOsLayersAndSaysSo() {
        Sandbox none = Sandbox.detect("none");
        assertFalse(none.isolated());
        assertFalse(none.limited());
        Map<String, Sandbox.Layer> layers = byName(none.layers());
        assertEquals("turned off by sandbox setting none", layers.get("bubblewrap").detail());
        assertEquals("turned off by sandbox setting none", layers.get("cgroup").detail());
        assertTrue(layers.get("child JVM").active() && layers.get("channel").active() && layers.get("limits").active());
        assertEquals("judge: warning: no OS sandbox (turned off by sandbox setting none); " + none.risks()
                + ". Judge only code you trust, or see ./judge doctor", none.missingWarning());
        assertTrue(none.risks().contains("network"), none.risks());
        assertTrue(none.risks().contains(Privileges.isRoot() ? "nobody" : "your user"), none.risks());
    }

    @Test
    void aListNamesTheLayersToUse() {
        Sandbox cgroupOnly = Sandbox.detect("cgroup");
        assertFalse(cgroupOnly.isolated());
        assertEquals("turned off by sandbox setting cgroup", byName(cgroupOnly.layers()).get("bubblewrap").detail());
        Sandbox bwrapOnly = Sandbox.detect(" BWRAP ");
        assertFalse(bwrapOnly.limited());
        assertEquals("turned off by sandbox setting  BWRAP ", byName(bwrapOnly.layers()).get("cgroup").detail());
    }

    @Test
    void anUnknownSettingIsRefusedWithTheValuesExpected() {
        Sandbox.SettingException e = assertThrows(Sandbox.SettingException.class, () -> Sandbox.detect("bwrap,docker"));
        assertEquals("sandbox setting bwrap,docker: expected auto, none, or bwrap and cgroup separated by a comma;"
                + " found \"docker\"", e.getMessage());
    }

    @Test
    void withBubblewrapThereIsNoWarning() {
        Sandbox auto = Sandbox.detect("auto");
        assumeTrue(auto.isolated(), "bubblewrap is not usable here: " + byName(auto.layers()).get("bubblewrap").detail());
        assertNull(auto.missingWarning());
        assertTrue(byName(auto.layers()).get("bubblewrap").detail().contains("no network"));
    }

    @Test
    void theSandboxHasNoNetworkNoCapabilitiesAndAnEmptyTmpAndHidesPathsUnderBoundFolders() {
        assumeTrue(Files.isDirectory(Path.of("/usr/lib")) && !Files.isSymbolicLink(Path.of("/usr/lib")));
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path hiddenUnderLibs = Path.of("/usr/lib").resolve(firstFolderIn(Path.of("/usr/lib"), javaHome));
        List<String> args = Bubblewrap.baseArguments(javaHome, List.of(hiddenUnderLibs, dir, Path.of("/usr/lib")));
        String joined = String.join(" ", args);
        assertTrue(joined.startsWith("--unshare-all --die-with-parent --new-session --cap-drop ALL"), joined);
        assertTrue(joined.contains("--ro-bind /usr/lib /usr/lib"), joined);
        assertTrue(joined.contains("--tmpfs " + hiddenUnderLibs), "a hidden path under a bound folder is covered");
        assertFalse(joined.contains("--tmpfs " + dir), "a path outside every bound folder is not there anyway");
        assertFalse(joined.contains("--tmpfs /usr/lib "), "never a whole bound folder");
        assertTrue(joined.endsWith("--proc /proc --dev /dev --size 67108864 --tmpfs /tmp"), joined);
        assertFalse(joined.contains("--bind ") || joined.contains("--share-net"), "nothing writable, no network");
    }

    /** A folder of {@code parent} that does not hold the JDK. */
    private static String firstFolderIn(Path parent, Path javaHome) {
        try (var folders = Files.list(parent)) {
            return folders.filter(Files::isDirectory).filter(f -> !javaHome.toAbsolutePath().startsWith(f))
                    .map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void withoutBwrapTheReasonSaysHowToInstallIt() {
        Bubblewrap.Detection d = Bubblewrap.detect(List.of(dir.toString()));
        assertNull(d.bwrap());
        assertEquals("bwrap (bubblewrap) is not installed; install it with apt-get install bubblewrap (Debian,"
                + " Ubuntu), dnf install bubblewrap (Fedora) or apk add bubblewrap (Alpine)", d.reason());
    }

    @Test
    void aBwrapThatCannotMakeASandboxIsNotUsedAndItsOwnMessageSaysWhy() throws Exception {
        Path fake = dir.resolve("bwrap");
        Files.writeString(fake, "#!/bin/sh\necho 'bwrap: No permissions to creating new namespace' >&2\nexit 1\n");
        assertTrue(fake.toFile().setExecutable(true));
        Bubblewrap.Detection d = Bubblewrap.detect(List.of(dir.toString()));
        assertNull(d.bwrap());
        assertTrue(d.reason().startsWith("bwrap cannot make a sandbox here: bwrap: No permissions to creating new"
                + " namespace ("), d.reason());
    }

    @Test
    void withoutCgroupMountsOrWritableFoldersTheReasonSaysWhy() throws Exception {
        assertEquals("no cgroup hierarchy with the memory and pids controllers is mounted",
                Cgroups.detect("0::/\n", "", 42).reason());
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        String mountinfo = "35 31 0:32 / " + file + " rw - cgroup cgroup rw,memory\n"
                + "39 31 0:36 / " + file + " rw - cgroup cgroup rw,pids\n";
        String reason = Cgroups.detect("8:pids:/\n4:memory:/\n", mountinfo, 42).reason();
        assertTrue(reason.startsWith("cannot create the cgroup " + file.resolve("judge-42") + " ("), reason);
        assertTrue(reason.endsWith("); run the judge as root or in a cgroup delegated to its user"), reason);
    }

    @Test
    void aV2CgroupThatRefusesControllersIsNotUsedAndTheReasonSaysWhatToDo() throws Exception {
        Files.writeString(dir.resolve("cgroup.controllers"), "memory pids\n");
        Files.createDirectories(dir.resolve("cgroup.subtree_control"));
        String reason = Cgroups.detect("0::/\n", "41 31 0:38 / " + dir + " rw - cgroup2 cgroup2 rw\n", 42).reason();
        assertTrue(reason.startsWith("cannot enable the memory and pids controllers below " + dir), reason);
        assertTrue(reason.endsWith("e.g. systemd-run --user --scope -p Delegate=yes ./judge ..."), reason);
    }

    @Test
    void ownCgroupsAreFoundInAHybridLayout() {
        String procCgroup = "9:name=systemd:/\n8:pids:/\n4:memory:/process_api/abc\n2:cpuacct:/\n0::/\n";
        String mountinfo = """
                33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
                35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
                39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
                41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
                """;
        Map<String, Path> own = Cgroups.ownCgroups(procCgroup, mountinfo);
        assertEquals(Path.of("/sys/fs/cgroup/memory/process_api/abc"), own.get("memory"));
        assertEquals(Path.of("/sys/fs/cgroup/pids"), own.get("pids"));
        assertEquals(Path.of("/sys/fs/cgroup/cpuacct"), own.get("cpuacct"));
        assertEquals(Path.of("/sys/fs/cgroup/unified"), own.get(""));
    }

    @Test
    void ownCgroupsAreFoundInACgroupNamespaceWithV2Only() {
        Map<String, Path> own = Cgroups.ownCgroups("0::/user.slice/judge.scope\n",
                "30 25 0:26 /user.slice /sys/fs/cgroup rw - cgroup2 cgroup2 rw,nsdelegate\n");
        assertEquals(Map.of("", Path.of("/sys/fs/cgroup/judge.scope")), own);
    }

    @Test
    void aV2HierarchyWithoutMemoryAndPidsControllersIsNotUsedAndTheReasonSaysWhy() throws Exception {
        Files.writeString(dir.resolve("cgroup.controllers"), "cpu io\n");
        Cgroups.Detection d = Cgroups.detect("0::/\n", "41 31 0:38 / " + dir + " rw - cgroup2 cgroup2 rw\n", 42);
        assertNull(d.cgroups());
        assertEquals("the cgroup v2 hierarchy at " + dir + " offers no memory and pids controllers (only cpu io) and"
                + " no cgroup v1 memory and pids hierarchies are mounted", d.reason());
    }

    /** A cgroup v2 tree as the kernel shows it, in a temporary folder: the files the judge reads and writes. */
    @Test
    void aV2SlotGetsItsLimitsAndCountersAndIsReused() throws Exception {
        Files.writeString(dir.resolve("cgroup.controllers"), "cpu memory pids\n");
        Files.writeString(dir.resolve("cgroup.subtree_control"), "");
        Cgroups.Detection d = Cgroups.detect("0::/\n", "41 31 0:38 / " + dir + " rw - cgroup2 cgroup2 rw\n", 42);
        assertNotNull(d.cgroups(), d.reason());
        assertEquals("+memory +pids", Files.readString(dir.resolve("cgroup.subtree_control")));
        Cgroups.Slot slot = d.cgroups().acquire();
        Path slotDir = dir.resolve("judge-42/slot-0");
        assertEquals(List.of(slotDir.resolve("cgroup.procs")), slot.procsFiles());
        Files.writeString(slotDir.resolve("memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 0\n");
        Files.writeString(slotDir.resolve("cpu.stat"), "usage_usec 1000\nuser_usec 800\n");
        slot.prepare(768L << 20, 256);
        assertEquals(String.valueOf(768L << 20), Files.readString(slotDir.resolve("memory.max")));
        assertEquals("256", Files.readString(slotDir.resolve("pids.max")));
        assertFalse(slot.oomKilled());
        Files.writeString(slotDir.resolve("memory.events"), "low 0\nhigh 0\nmax 9\noom 2\noom_kill 1\n");
        Files.writeString(slotDir.resolve("cpu.stat"), "usage_usec 251000\nuser_usec 200000\n");
        assertTrue(slot.oomKilled());
        assertEquals(250_000_000L, slot.cpuNanos());
        slot.release();
        assertSame(slot, d.cgroups().acquire(), "an emptied slot is reused");
        assertEquals("slot-1", d.cgroups().acquire().dirs().get(0).getFileName().toString(), "a busy one is not");
    }

    @Test
    void aJudgeAloneInItsV2CgroupMovesItselfIntoALeafSoThatControllersCanBeEnabled() throws Exception {
        Files.writeString(dir.resolve("cgroup.controllers"), "memory pids\n");
        Files.writeString(dir.resolve("cgroup.subtree_control"), "");
        Files.writeString(dir.resolve("cgroup.procs"), "42\n");
        Cgroups.Detection d = Cgroups.detect("0::/\n", "41 31 0:38 / " + dir + " rw - cgroup2 cgroup2 rw\n", 42);
        assertNotNull(d.cgroups(), d.reason());
        assertEquals("42", Files.readString(dir.resolve("judge-42/judge/cgroup.procs")));
        assertEquals("+memory +pids", Files.readString(dir.resolve("judge-42/cgroup.subtree_control")));
    }

    @Test
    void aV1SlotSetsMemoryAndSwapAndResetsThePeak() throws Exception {
        Path memory = Files.createDirectories(dir.resolve("memory"));
        Path pids = Files.createDirectories(dir.resolve("pids"));
        String mountinfo = "35 31 0:32 / " + memory + " rw - cgroup cgroup rw,memory\n"
                + "39 31 0:36 / " + pids + " rw - cgroup cgroup rw,pids\n";
        Cgroups.Detection d = Cgroups.detect("8:pids:/\n4:memory:/\n", mountinfo, 7);
        assertNotNull(d.cgroups(), d.reason());
        Cgroups.Slot slot = d.cgroups().acquire();
        Path m = memory.resolve("judge-7/slot-0");
        Files.writeString(m.resolve("memory.memsw.limit_in_bytes"), "9223372036854771712");
        Files.writeString(m.resolve("memory.max_usage_in_bytes"), "123456789");
        Files.writeString(m.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 4\n");
        slot.prepare(300L << 20, 100);
        assertEquals(String.valueOf(300L << 20), Files.readString(m.resolve("memory.limit_in_bytes")));
        assertEquals(String.valueOf(300L << 20), Files.readString(m.resolve("memory.memsw.limit_in_bytes")));
        assertEquals("0", Files.readString(m.resolve("memory.max_usage_in_bytes")), "the peak starts afresh");
        assertEquals("100", Files.readString(pids.resolve("judge-7/slot-0/pids.max")));
        assertFalse(slot.oomKilled(), "kills before this child do not count");
        assertEquals(-1, slot.cpuNanos(), "no cpuacct, no v2: no CPU time");
        assertTrue(d.cgroups().description().startsWith("cgroup v1 memory and pids"), d.cgroups().description());
    }

    private static Map<String, Sandbox.Layer> byName(List<Sandbox.Layer> layers) {
        Map<String, Sandbox.Layer> map = new java.util.LinkedHashMap<>();
        layers.forEach(l -> map.put(l.name(), l));
        return Collections.unmodifiableMap(map);
    }
}
