package judge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seccomp filter's program, run here by a small classic-BPF interpreter over {@code struct seccomp_data}
 * (the kernel's own checks: forward jumps only, a return at every end): what each system call gets.
 */
class SeccompTest {
    private static final int I386 = 0x40000003;

    /** Runs the encoded program the way the kernel would, for call {@code nr} with first argument {@code arg0}. */
    private static int run(byte[] program, int arch, int nr, long arg0) {
        ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.nativeOrder());
        data.putInt(0, nr).putInt(4, arch).putLong(8, 0x401000L).putLong(16, arg0);
        ByteBuffer code = ByteBuffer.wrap(program).order(ByteOrder.nativeOrder());
        int n = program.length / 8;
        int acc = 0;
        for (int pc = 0; pc < n; ) {
            int op = code.getShort(pc * 8) & 0xffff;
            int jt = code.get(pc * 8 + 2) & 0xff;
            int jf = code.get(pc * 8 + 3) & 0xff;
            int k = code.getInt(pc * 8 + 4);
            switch (op) {
                case Seccomp.LD_W_ABS -> {
                    acc = data.getInt(k);
                    pc++;
                }
                case Seccomp.JEQ_K -> pc += 1 + (acc == k ? jt : jf);
                case Seccomp.JGE_K -> pc += 1 + (Integer.compareUnsigned(acc, k) >= 0 ? jt : jf);
                case Seccomp.JSET_K -> pc += 1 + ((acc & k) != 0 ? jt : jf);
                case Seccomp.RET_K -> {
                    return k;
                }
                default -> throw new AssertionError("unknown opcode " + op + " at " + pc);
            }
        }
        throw new AssertionError("the program ran off its end");
    }

    private static int x86(int nr, long arg0) {
        return run(Seccomp.encode(Seccomp.instructions()), Seccomp.AUDIT_ARCH_X86_64, nr, arg0);
    }

    @Test
    void whatSolutionsAndTheirRuntimesUseIsAllowed() {
        // read, write, mmap, brk, futex, execve, exit_group, getrandom, and a thread's clone (CLONE_VM | THREAD...)
        for (int nr : List.of(0, 1, 9, 12, 202, 59, 231, 318, 57, 61)) {
            assertEquals(Seccomp.RET_ALLOW, x86(nr, 0), "call " + nr);
        }
        assertEquals(Seccomp.RET_ALLOW, x86(Seccomp.CLONE, 0x003d0f00L), "pthread_create's clone");
        assertEquals(Seccomp.RET_ALLOW, x86(Seccomp.CLONE, 0x01200011L), "fork's clone (SIGCHLD, tids)");
        assertEquals(Seccomp.RET_ALLOW, x86(Seccomp.SOCKET, Seccomp.AF_UNIX), "a unix socket");
    }

    @Test
    void everyDeniedCallFailsWithEpermAndNetworkSocketsAndNewNamespacesToo() {
        for (Seccomp.Denied d : Seccomp.DENIED) {
            assertEquals(Seccomp.RET_ERRNO | Seccomp.EPERM, x86(d.number(), 0), d.name());
        }
        assertEquals(Seccomp.RET_ERRNO | Seccomp.EPERM, x86(Seccomp.SOCKET, 2), "AF_INET");
        assertEquals(Seccomp.RET_ERRNO | Seccomp.EPERM, x86(Seccomp.SOCKET, 10), "AF_INET6");
        assertEquals(Seccomp.RET_ERRNO | Seccomp.EPERM, x86(Seccomp.SOCKET, 16), "AF_NETLINK");
        assertEquals(Seccomp.RET_ERRNO | Seccomp.EPERM, x86(Seccomp.SOCKET, 17), "AF_PACKET (raw)");
        assertEquals(Seccomp.RET_ERRNO | Seccomp.EPERM, x86(Seccomp.CLONE, 0x10000000L | 17), "CLONE_NEWUSER");
        assertEquals(Seccomp.RET_ERRNO | Seccomp.EPERM, x86(Seccomp.CLONE, 0x40000000L | 17), "CLONE_NEWNET");
        assertEquals(Seccomp.RET_ERRNO | Seccomp.ENOSYS, x86(Seccomp.CLONE3, 0), "clone3: the C library falls back");
    }

    @Test
    void anotherArchitectureOrTheX32AbiKillsTheProcess() {
        byte[] program = Seccomp.encode(Seccomp.instructions());
        // i386's ptrace is 26, which x86-64 allows as msync: judged by its number alone it would pass.
        assertEquals(Seccomp.RET_KILL_PROCESS, run(program, I386, 26, 0));
        assertEquals(Seccomp.RET_KILL_PROCESS, x86(Seccomp.X32_SYSCALL_BIT | 101, 0));
    }

    @Test
    void theDeniedListHasNoDuplicateAndSaysWhyForEach() {
        assertEquals(Seccomp.DENIED.size(), Seccomp.DENIED.stream().map(Seccomp.Denied::number).distinct().count());
        assertEquals(Seccomp.DENIED.size(), Seccomp.DENIED.stream().map(Seccomp.Denied::name).distinct().count());
        assertTrue(Seccomp.DENIED.stream().allMatch(d -> !d.why().isBlank()));
        assertTrue(Seccomp.DENIED.stream().noneMatch(d -> d.number() == Seccomp.SOCKET || d.number() == Seccomp.CLONE
                || d.number() == Seccomp.CLONE3));
    }
}
