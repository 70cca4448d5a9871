package judge.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The system-call filter every sandboxed child runs under (bubblewrap's {@code --seccomp}): a classic BPF
 * program, generated here rather than with libseccomp so that the judge needs no native library. It is a
 * deny-list on top of the namespaces, the dropped capabilities and the unprivileged uid: the calls a solution
 * never needs and an attacker wants (tracing or reading other processes, mounting, new namespaces, kernel
 * modules, BPF, perf, io_uring, keyrings, the clock), each failing with {@code EPERM}; sockets other than
 * {@code AF_UNIX}; {@code clone} with a new namespace; {@code clone3} answered {@code ENOSYS}, as Docker's
 * profile does, since its flags cannot be read by a filter and the C library then falls back to {@code clone}.
 * Everything else is allowed, so a JVM, CPython and a sanitized C++ binary run unchanged. x86-64 only: on any
 * other architecture there is no filter ({@link #program} is {@code null}), and a 32-bit or x32 call on
 * x86-64 kills the process.
 */
public final class Seccomp {
    /** A call the filter refuses: its name, its number on x86-64, and why no solution needs it. */
    public record Denied(String name, int number, String why) {}

    public static final List<Denied> DENIED = List.of(
            new Denied("ptrace", 101, "tracing another process"),
            new Denied("process_vm_readv", 310, "reading another process's memory"),
            new Denied("process_vm_writev", 311, "writing another process's memory"),
            new Denied("kcmp", 312, "comparing other processes' kernel objects"),
            new Denied("pidfd_getfd", 438, "taking another process's files"),
            new Denied("mount", 165, "mounting"),
            new Denied("umount2", 166, "unmounting"),
            new Denied("pivot_root", 155, "changing the root"),
            new Denied("chroot", 161, "changing the root"),
            new Denied("open_tree", 428, "mounting"),
            new Denied("move_mount", 429, "mounting"),
            new Denied("fsopen", 430, "mounting"),
            new Denied("fsconfig", 431, "mounting"),
            new Denied("fsmount", 432, "mounting"),
            new Denied("fspick", 433, "mounting"),
            new Denied("mount_setattr", 442, "mounting"),
            new Denied("unshare", 272, "new namespaces"),
            new Denied("setns", 308, "entering namespaces"),
            new Denied("bpf", 321, "loading BPF programs"),
            new Denied("perf_event_open", 298, "performance counters (side channels)"),
            new Denied("userfaultfd", 323, "page-fault handling (a kernel exploit's favourite)"),
            new Denied("io_uring_setup", 425, "io_uring (a kernel exploit's favourite)"),
            new Denied("io_uring_enter", 426, "io_uring"),
            new Denied("io_uring_register", 427, "io_uring"),
            new Denied("keyctl", 250, "kernel keyrings"),
            new Denied("add_key", 248, "kernel keyrings"),
            new Denied("request_key", 249, "kernel keyrings"),
            new Denied("kexec_load", 246, "loading a kernel"),
            new Denied("kexec_file_load", 320, "loading a kernel"),
            new Denied("init_module", 175, "kernel modules"),
            new Denied("finit_module", 313, "kernel modules"),
            new Denied("delete_module", 176, "kernel modules"),
            new Denied("reboot", 169, "rebooting"),
            new Denied("swapon", 167, "swap"),
            new Denied("swapoff", 168, "swap"),
            new Denied("acct", 163, "process accounting"),
            new Denied("settimeofday", 164, "the clock"),
            new Denied("clock_settime", 227, "the clock"),
            new Denied("clock_adjtime", 305, "the clock"),
            new Denied("adjtimex", 159, "the clock"),
            new Denied("sethostname", 170, "the host name"),
            new Denied("setdomainname", 171, "the domain name"),
            new Denied("iopl", 172, "I/O ports"),
            new Denied("ioperm", 173, "I/O ports"),
            new Denied("quotactl", 179, "disk quotas"),
            new Denied("syslog", 103, "the kernel log"),
            new Denied("vhangup", 153, "terminals"),
            new Denied("fanotify_init", 300, "watching the file system"),
            new Denied("name_to_handle_at", 303, "file handles (escaping a mount)"),
            new Denied("open_by_handle_at", 304, "file handles (escaping a mount)"),
            new Denied("lookup_dcookie", 212, "kernel profiling"));

    static final int SOCKET = 41;
    static final int CLONE = 56;
    static final int CLONE3 = 435;
    static final int AF_UNIX = 1;
    /** CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET, NEWTIME. */
    static final int CLONE_NEW_NAMESPACES = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000
            | 0x20000000 | 0x40000000 | 0x00000080;

    static final int AUDIT_ARCH_X86_64 = 0xC000003E;
    static final int X32_SYSCALL_BIT = 0x40000000;
    static final int RET_KILL_PROCESS = 0x80000000;
    static final int RET_ALLOW = 0x7FFF0000;
    static final int RET_ERRNO = 0x00050000;
    static final int EPERM = 1;
    static final int ENOSYS = 38;

    // Classic BPF opcodes (linux/bpf_common.h).
    static final int LD_W_ABS = 0x20;
    static final int JEQ_K = 0x15;
    static final int JGE_K = 0x35;
    static final int JSET_K = 0x45;
    static final int RET_K = 0x06;

    /** Offsets in struct seccomp_data: nr, arch, then args[6] after the instruction pointer. */
    static final int NR = 0;
    static final int ARCH = 4;
    static final int ARG0_LOW = 16;

    private Seccomp() {}

    /** Whether this machine's architecture has the filter. */
    public static boolean supported() {
        return System.getProperty("os.arch", "").equals("amd64") || System.getProperty("os.arch", "").equals("x86_64");
    }

    /** The filter as bwrap reads it ({@code struct sock_filter[]}, native byte order), or {@code null} here. */
    public static byte[] program() {
        return supported() ? encode(instructions()) : null;
    }

    /** One instruction: {@code code}, jumps if true and if false (by that many instructions), constant. */
    record Insn(int code, int jt, int jf, int k) {}

    /** The program, x86-64's numbers; labels resolved into the forward jumps classic BPF has. */
    static List<Insn> instructions() {
        List<Insn> p = new ArrayList<>();
        // Layout: [0] load arch, [1] arch check, [2] load nr, [3] x32 check, [4] socket?, [5] clone?,
        // [6] clone3?, then one check per denied call, then ALLOW, and the tails below.
        int denied = DENIED.size();
        int allow = 7 + denied;
        int socket = allow + 1;    // load args[0], jeq AF_UNIX, ret allow (falls to errno)
        int clone = socket + 3;    // load args[0], jset namespaces, ret allow
        int enosys = clone + 3;
        int eperm = enosys + 1;
        int kill = eperm + 1;
        p.add(new Insn(LD_W_ABS, 0, 0, ARCH));
        p.add(jump(JEQ_K, AUDIT_ARCH_X86_64, 1, 2, kill));
        p.add(new Insn(LD_W_ABS, 0, 0, NR));
        p.add(jump(JGE_K, X32_SYSCALL_BIT, 3, kill, 4));
        p.add(jump(JEQ_K, SOCKET, 4, socket, 5));
        p.add(jump(JEQ_K, CLONE, 5, clone, 6));
        p.add(jump(JEQ_K, CLONE3, 6, enosys, 7));
        for (int i = 0; i < denied; i++) {
            int at = 7 + i;
            p.add(jump(JEQ_K, DENIED.get(i).number(), at, eperm, at + 1));
        }
        p.add(new Insn(RET_K, 0, 0, RET_ALLOW));
        // socket: AF_UNIX only
        p.add(new Insn(LD_W_ABS, 0, 0, ARG0_LOW));
        p.add(jump(JEQ_K, AF_UNIX, socket + 1, socket + 2, eperm));
        p.add(new Insn(RET_K, 0, 0, RET_ALLOW));
        // clone: no new namespace
        p.add(new Insn(LD_W_ABS, 0, 0, ARG0_LOW));
        p.add(jump(JSET_K, CLONE_NEW_NAMESPACES, clone + 1, eperm, clone + 2));
        p.add(new Insn(RET_K, 0, 0, RET_ALLOW));
        p.add(new Insn(RET_K, 0, 0, RET_ERRNO | ENOSYS));
        p.add(new Insn(RET_K, 0, 0, RET_ERRNO | EPERM));
        p.add(new Insn(RET_K, 0, 0, RET_KILL_PROCESS));
        if (p.size() != kill + 1) {
            throw new IllegalStateException("seccomp program layout: " + p.size() + " instructions, expected " + (kill + 1));
        }
        return p;
    }

    /** A conditional jump at {@code at} to {@code ifTrue} or {@code ifFalse} (both later instructions). */
    private static Insn jump(int code, int k, int at, int ifTrue, int ifFalse) {
        int jt = ifTrue - at - 1;
        int jf = ifFalse - at - 1;
        if (jt < 0 || jt > 255 || jf < 0 || jf > 255) {
            throw new IllegalStateException("seccomp jump out of range at " + at);
        }
        return new Insn(code, jt, jf, k);
    }

    static byte[] encode(List<Insn> program) {
        ByteBuffer out = ByteBuffer.allocate(program.size() * 8).order(ByteOrder.nativeOrder());
        for (Insn i : program) {
            out.putShort((short) i.code()).put((byte) i.jt()).put((byte) i.jf()).putInt(i.k());
        }
        return out.array();
    }
}
