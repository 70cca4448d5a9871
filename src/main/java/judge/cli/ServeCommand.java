package judge.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import judge.judging.Judge;
import judge.problem.ProblemLoader;
import judge.problem.SavedTests;
import judge.sandbox.Sandbox;
import judge.serve.Api;
import judge.serve.Server;
import judge.serve.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Practise in a web page on your own machine: the problem list, a"
        + " statement beside an editor, Run, Submit and Fuzz, your history and progress. Serves on 127.0.0.1"
        + " with a secret token in the printed URL; Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8076;

    @ParentCommand JudgeCommand top;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "The port (default " + DEFAULT_PORT + "; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default 127.0.0.1, this machine only). Any other lets other"
                    + " machines reach the page (the token still guards it): a warning says so.")
    String bind;

    @Option(names = "--open", description = "Open the page in the browser.")
    boolean open;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "Where the editor saves your solutions, as judge new names them:"
                    + " DIR/0076-minimum-window-substring/Solution.java (default: the current folder).")
    Path workspace;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new JudgeCommand.UsageException("--port must be from 0 to 65535, not " + port);
        }
        if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
            throw new JudgeCommand.UsageException("--workspace " + ProblemLoader.shown(workspace)
                    + ": is not a folder");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new JudgeCommand.UsageException("--bind " + bind + ": not an address of this machine");
        }
        top.repository().packages(); // a missing problems folder is said now, not on the first page
        Judge judge = Judge.createDefault().withSavedTests(SavedTests.defaultRoot()).keepingWarm();
        Api api = new Api(top.repository(), new Workspace(workspace), top.historyFile(), top.recorder(), judge,
                Judge.createDefault(), SavedTests.defaultRoot(), top.sandbox());
        Server server;
        try {
            server = Server.start(address, port, api);
        } catch (BindException e) {
            throw new JudgeCommand.UsageException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another with --port N, or --port 0 for any free port");
        } catch (IOException e) {
            throw new JudgeCommand.UsageException("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            judge.releaseWarmChildren();
            StopGate.lastWords(top.out, "Stopped serving.");
            stopped.countDown();
        }));
        if (!address.isLoopbackAddress()) {
            top.err.println("judge: warning: listening on " + bind + ", not only on this machine: anyone who can"
                    + " reach it and learns the token can run code here through the page");
        }
        top.out.println("Serving the judge's page for " + ProblemLoader.shown(new Workspace(workspace).root())
                + " (solutions saved there). Open:");
        top.out.println("  " + server.url());
        top.out.println("Ctrl-C stops.");
        top.out.flush();
        Sandbox.warnOnceIfMissing(top.err);
        if (open) {
            openBrowser(server.url().toString());
        }
        stopped.await();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    private void openBrowser(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String opener = os.contains("mac") ? "open" : os.contains("win") ? null : "xdg-open";
        try {
            if (opener == null) {
                new ProcessBuilder("rundll32", "url.dll,FileProtocolHandler", url).start();
            } else {
                new ProcessBuilder(opener, url).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
        } catch (IOException e) {
            top.err.println("judge: cannot open a browser (" + e.getMessage() + "); open the URL above yourself");
        }
    }
}
