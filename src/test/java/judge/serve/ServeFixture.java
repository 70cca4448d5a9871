package judge.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import judge.TestPackages;
import judge.judging.Judge;
import judge.practice.Recorder;
import judge.problem.ProblemRepository;
import judge.problem.SavedTests;
import judge.sandbox.Sandbox;

/** A server on a free loopback port over the repository's problems, a test's workspace and history. */
final class ServeFixture implements AutoCloseable {
    final Path workspace;
    final Path history;
    final Recorder recorder;
    final Judge judge;
    final Server server;
    final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    ServeFixture(Path dir) throws IOException {
        workspace = dir.resolve("workspace");
        history = dir.resolve("data").resolve("history.db");
        recorder = new Recorder(history, new PrintStream(warnings, true));
        judge = TestPackages.judge().withSavedTests(SavedTests.defaultRoot()).keepingWarm();
        Api api = new Api(new ProblemRepository(TestPackages.PROBLEMS), new Workspace(workspace), history, recorder,
                judge, TestPackages.judge(), dir.resolve("saved-tests"), Sandbox.current());
        server = Server.start(InetAddress.getLoopbackAddress(), 0, api);
    }

    int port() {
        return server.port();
    }

    /** The header that lets a script in. */
    String token() {
        return Server.TOKEN_HEADER + ": " + server.token();
    }

    @Override
    public void close() {
        server.close();
        judge.releaseWarmChildren();
        recorder.close();
    }
}
