package judge.lang.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import judge.TestPackages;
import judge.compile.CompileResult;
import judge.judging.Judge;
import judge.lang.Languages;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.Sandbox;
import judge.value.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile C++ under the OS sandbox: what it tries fails and it leaks nothing. The package's hidden tests
 * cannot be listed, the network cannot be reached, a forked process does not outlive the run, and a static
 * initialiser that never returns is a time limit, not a hung judge.
 */
class CppHostileTest {
    private static final CppLanguage CPP = (CppLanguage) Languages.named("cpp");

    @TempDir static Path dir;

    @BeforeAll
    static void cppRunsHere() {
        assumeTrue(CPP.unavailable() == null, () -> "no C++ compiler here: " + CPP.unavailable());
        assumeTrue(Sandbox.current().isolated(), "C++ runs only under the OS sandbox");
    }

    private static ChildSpec compiled(String name, String text) {
        Path folder = dir.resolve(name);
        folder.toFile().mkdirs();
        CompileResult compiled = CPP.compile(TestPackages.p76().signature(), CPP.source(Path.of(name + ".cpp"), text),
                folder, Sandbox.current(), false);
        assertInstanceOf(CompileResult.Compiled.class, compiled, compiled::toString);
        return Judge.childSpec(CPP, TestPackages.p76(), folder);
    }

    /** Processes still running the binary in {@code name}'s folder, after giving the kill up to 10 s to land. */
    private static long left(String name) {
        String binary = dir.resolve(name).toString();
        long count = 0;
        for (int i = 0; i < 100; i++) {
            count = ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").startsWith(binary)).count();
            if (count == 0) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return count;
    }

    @Test
    void theSolutionCannotListTheHiddenTestsReachTheNetworkOrLeaveAProcessBehind() {
        ChildSpec spec = compiled("probe", """
                #include <dirent.h>
                #include <netinet/in.h>
                #include <sys/socket.h>
                class Solution {
                public:
                    string minWindow(string s, string t) {
                        if (s == "list") return opendir(t.c_str()) == nullptr ? "hidden" : "listed";
                        if (s == "net") {
                            int fd = socket(AF_INET, SOCK_STREAM, 0);
                            sockaddr_in to{};
                            to.sin_family = AF_INET;
                            to.sin_port = htons(53);
                            to.sin_addr.s_addr = htonl(0x01010101);
                            return fd >= 0 && connect(fd, (sockaddr *)&to, sizeof to) == 0 ? "connected" : "offline";
                        }
                        if (s == "fork") {
                            pid_t pid = fork();
                            if (pid == 0) { for (;;) {} }
                            return pid > 0 ? to_string(pid) : "no fork";
                        }
                        return s;
                    }
                };
                """);
        try (Child child = Child.start(spec, Sandbox.current())) {
            List<Answer> answers = child.callBatch(List.of(
                    List.of(new Value.Str("list"), new Value.Str(TestPackages.P76.resolve("tests").toString())),
                    List.of(new Value.Str("net"), new Value.Str("")),
                    List.of(new Value.Str("fork"), new Value.Str(""))), Duration.ofSeconds(120));
            assertEquals("\"hidden\"", ((Answer.Returned) answers.get(0)).output(), answers::toString);
            assertEquals("\"offline\"", ((Answer.Returned) answers.get(1)).output(), answers::toString);
            assertInstanceOf(Answer.Returned.class, answers.get(2), answers::toString);
        }
        // The forked child spins forever; closing the run must have killed it with the rest of the sandbox.
        assertEquals(0, left("probe"), "a process of the solution outlived its run");
    }

    @Test
    void theSeccompFilterRefusesWhatNoSolutionNeeds() {
        assumeTrue(judge.sandbox.Seccomp.supported(), "the filter is x86-64's");
        ChildSpec spec = compiled("calls", """
                #include <sched.h>
                #include <sys/mount.h>
                #include <sys/ptrace.h>
                #include <sys/socket.h>
                #include <sys/syscall.h>
                #include <unistd.h>
                #include <cerrno>
                class Solution {
                public:
                    string minWindow(string s, string t) {
                        long r = -2;
                        errno = 0;
                        if (s == "ptrace") r = syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0);
                        if (s == "inet") r = socket(AF_INET, SOCK_STREAM, 0);
                        if (s == "unix") r = socket(AF_UNIX, SOCK_STREAM, 0);
                        if (s == "unshare") r = unshare(CLONE_NEWUSER);
                        if (s == "mount") r = mount("none", "/tmp", "tmpfs", 0, nullptr);
                        if (s == "thread") { thread th([] {}); th.join(); r = 0; }
                        return r < 0 ? "refused " + to_string(errno) : "allowed";
                    }
                };
                """);
        try (Child child = Child.start(spec, Sandbox.current())) {
            List<String> calls = List.of("ptrace", "inet", "unshare", "mount", "unix", "thread");
            List<Answer> answers = child.callBatch(calls.stream()
                    .map(c -> List.<Value>of(new Value.Str(c), new Value.Str(""))).toList(), Duration.ofSeconds(120));
            List<String> got = answers.stream().map(a -> a instanceof Answer.Returned r ? r.output() : a.toString())
                    .toList();
            // EPERM is 1: ptrace(TRACEME) and an AF_INET socket would succeed in bubblewrap's namespaces alone.
            assertEquals(List.of("\"refused 1\"", "\"refused 1\"", "\"refused 1\"", "\"refused 1\"", "\"allowed\"",
                    "\"allowed\""), got);
        }
    }

    @Test
    void aStaticInitialiserThatNeverReturnsIsATimeLimitAndTheChildIsKilled() {
        ChildSpec spec = compiled("forever", """
                static int forever = [] { volatile bool spin = true; while (spin) {} return 0; }();
                class Solution {
                public:
                    string minWindow(string s, string t) { return s; }
                };
                """);
        try (Child child = Child.start(spec, Sandbox.current())) {
            Answer answer = child.call(List.of(new Value.Str("a"), new Value.Str("a")), Duration.ofSeconds(3));
            assertInstanceOf(Answer.TimedOut.class, answer, answer::toString);
        }
        assertEquals(0, left("forever"), "the spinning child outlived its run");
    }
}
