package judge.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import judge.compile.Source;
import judge.judging.Result;
import judge.practice.DataHome;
import judge.practice.HistoryException;
import judge.practice.Recorder;
import judge.practice.Style;
import judge.practice.Terminal;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemRepository;
import judge.property.FuzzResult;
import judge.sandbox.Sandbox;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code judge} command: global options, and the error handling every subcommand shares. */
@Command(name = "judge", mixinStandardHelpOptions = true, versionProvider = JudgeCommand.Version.class,
        description = "A LeetCode-style judge for Java, Python 3 and C++17 solutions, on your own machine.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Accepted", "1:any other verdict", "2:usage error or unreadable input",
                "3:the judge itself failed (a bug: please report it)"})
public final class JudgeCommand {
    public static final int EXIT_ACCEPTED = 0;
    public static final int EXIT_REJECTED = 1;
    /** How a command's PROBLEM parameter is described in its help (see ProblemRepository#find). */
    static final String PROBLEM_HELP = "76, 0076, minimum-window-substring or a package's folder";

    public static final int EXIT_USAGE = 2;
    public static final int EXIT_BUG = 3;

    /**
     * The subcommands, in the order the help lists them. Added in {@link #commandLine(JudgeCommand, String[])}
     * rather than in the annotation, so that a judging command builds only its own part of the tree: building
     * all of it (reflection over every command's options) was the largest single cost of a cold submit before
     * javac starts.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, SubmitCommand.class, FuzzCommand.class,
            VerifyCommand.class, NewProblemCommand.class, DoctorCommand.class, GradeCommand.class, MergeCommand.class,
            ListCommand.class, ShowCommand.class, NewCommand.class, WatchCommand.class, HistoryCommand.class,
            StatsCommand.class, PlanCommand.class, ComplexityCommand.class, ServeCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

    /** The root's options that take a value in the next argument (so that value is not read as a command). */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--problems", "--data", "--color");

    @Option(names = "--problems", paramLabel = "DIR",
            description = "Folder of problem packages (default: $JUDGE_PROBLEMS, else problems/ of the judge).")
    Path problems;

    @Option(names = "--debug", description = "Show stack traces of the judge's own errors.")
    boolean debug;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the practice history (default:"
            + " $JUDGE_DATA_HOME, else $XDG_DATA_HOME/judge, else $HOME/.local/share/judge).")
    Path data;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", scope = CommandLine.ScopeType.INHERIT, description = "Colours: auto (default:"
            + " on a terminal, unless NO_COLOR is set), always or never.")
    Style.Mode color;

    PrintStream out;
    PrintStream err;
    /** The environment commands read (GITHUB_ACTIONS...): the process's, or a test's. */
    java.util.Map<String, String> env = System.getenv();

    /** The practice history's database file. */
    Path historyFile() {
        return (data != null ? data : DataHome.defaultRoot()).resolve(DataHome.HISTORY_FILE);
    }

    private Recorder recorder;

    /** The history's recorder for this command, opening the database in the background from the first call. */
    synchronized Recorder recorder() {
        if (recorder == null) {
            recorder = new Recorder(historyFile(), err).openInBackground();
        }
        return recorder;
    }

    /**
     * Records a run or submit in the history; a history that cannot be written only warns, on stderr. A file of
     * the problem packages themselves (a reference or a known submission, as in the README's Quick start) is
     * not the user's practice and is not recorded.
     */
    void record(Result result, Source source) {
        if (!packageFile(source)) {
            recorder().record(result, source);
        }
    }

    void record(FuzzResult result, Problem problem, Source source) {
        if (!packageFile(source)) {
            recorder().record(result, problem, source);
        }
    }

    /** Whether {@code source} lies inside the folder of problem packages. */
    boolean packageFile(Source source) {
        try {
            Path file = source.path().toRealPath();
            Path root = repository().root().toRealPath();
            return file.startsWith(root);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** A progress line on stderr for work over a second, at a terminal and never in JSON mode. */
    judge.practice.Busy busy(boolean json, String what) {
        return new judge.practice.Busy(err, !json && terminal(), what, judge.practice.Busy.DELAY_MS);
    }

    boolean terminal() {
        return Terminal.interactive();
    }

    Style style() {
        return Style.resolve(color, System.getenv(), terminal());
    }

    ProblemRepository repository() {
        if (problems != null) {
            return new ProblemRepository(problems);
        }
        String env = System.getenv("JUDGE_PROBLEMS");
        if (env != null && !env.isBlank()) {
            return new ProblemRepository(Path.of(env));
        }
        String home = System.getProperty("judge.home");
        return new ProblemRepository(home != null ? Path.of(home, "problems") : Path.of("problems"));
    }

    /**
     * For {@code run} and {@code submit} of a {@code .java} file: begins compiling it before the command line is
     * parsed ({@link judge.compile.Compiler#beginEarly}), since javac is the longest step of a cold judge before
     * the first test. Only a hint: the judging reads its source again and takes the early compile over only when
     * the two are the same, so a guess that misses (an unusual command line, {@code --lang}) costs nothing but
     * the idle core's time.
     */
    public static void prestart(String[] args) {
        Path source = earlySource(args);
        if (source != null) {
            judge.compile.Compiler.beginEarly(source);
        }
    }

    /** The Java source {@code args} judge with run or submit, as far as a look without parsing can tell. */
    static Path earlySource(String[] args) {
        String command = commandNamed(args);
        if (!"submit".equals(command) && !"run".equals(command)) {
            return null;
        }
        boolean afterCommand = false;
        for (String arg : args) {
            if (arg.startsWith("--lang") || arg.equals("--")) {
                return null;
            }
            if (!afterCommand) {
                afterCommand = arg.equals(command);
            } else if (!arg.startsWith("-") && arg.endsWith(".java")) {
                try {
                    return Path.of(arg);
                } catch (java.nio.file.InvalidPathException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Runs the command line and returns the exit code; every error becomes a message, never a stack trace. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, System.getenv());
    }

    /** {@link #execute(String[], PrintStream, PrintStream)} with the environment {@code env}. */
    public static int execute(String[] args, PrintStream out, PrintStream err, java.util.Map<String, String> env) {
        JudgeCommand top = new JudgeCommand();
        top.out = out;
        top.err = err;
        top.env = env;
        CommandLine cli = commandLine(top, args);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExitCodeExceptionMapper(e -> EXIT_BUG);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("judge: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                err.println("Did you mean " + String.join(" or ", u.getSuggestions()) + "?");
            }
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean json = commandLine.getCommand() instanceof Reporting r && r.json();
            if (e instanceof PackageException || e instanceof UsageException || e instanceof HistoryException || e instanceof Sandbox.SettingException) {
                report(out, err, json, e.getMessage());
                return EXIT_USAGE;
            }
            if (top.debug) {
                e.printStackTrace(err);
            }
            report(out, err, json, "internal error: " + e + (top.debug ? "" : " (run with --debug for details)"));
            return EXIT_BUG;
        });
        cli.setExecutionStrategy(parseResult -> {
            // Commands that record in the history start opening it now, while they judge (see Recorder).
            CommandLine.ParseResult sub = parseResult.subcommand();
            Object command = sub == null || sub.isUsageHelpRequested() ? null : sub.commandSpec().userObject();
            if (command instanceof RunCommand || command instanceof SubmitCommand || command instanceof FuzzCommand) {
                top.recorder();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        try {
            return cli.execute(args);
        } finally {
            if (top.recorder != null) {
                top.recorder.close();
            }
        }
    }

    /**
     * The command tree for {@code top}: every command and subcommand answers {@code -h} and {@code --help} (added
     * here rather than on each class, so that a new command cannot miss it).
     */
    static CommandLine commandLine(JudgeCommand top) {
        return commandLine(top, null);
    }

    /**
     * The command tree for {@code top} as {@code args} need it: when they name a command (after the root's
     * options), only that command's branch; otherwise (no command, a misspelt one for "did you mean", {@code
     * help}, {@code completion}, which read the whole tree) all of it.
     */
    static CommandLine commandLine(JudgeCommand top, String[] args) {
        CommandLine cli = new CommandLine(top);
        String only = args == null ? null : commandNamed(args);
        for (Class<?> command : SUBCOMMANDS) {
            if (only == null || only.equals(command.getAnnotation(Command.class).name())) {
                cli.addSubcommand(command);
            }
        }
        addHelp(cli);
        return cli;
    }

    /** The command {@code args} name, if it is one that needs no other command; else {@code null}. */
    private static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                    i++;
                }
                continue;
            }
            for (Class<?> command : SUBCOMMANDS) {
                String name = command.getAnnotation(Command.class).name();
                if (name.equals(arg)) {
                    return command == CompletionCommand.class || command == CommandLine.HelpCommand.class ? null : name;
                }
            }
            return null;
        }
        return null;
    }

    private static void addHelp(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        if (spec.optionsMap().get("--help") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            addHelp(sub);
        }
    }

    private static void report(PrintStream out, PrintStream err, boolean json, String message) {
        if (json) {
            out.println(judge.report.JsonReport.error(message));
        }
        err.println("judge: " + message);
    }

    /**
     * The sandbox children run in: {@code -Djudge.sandbox}, else {@code JUDGE_SANDBOX} of {@link #env} (a test may
     * give its own), else what this machine offers.
     */
    Sandbox sandbox() {
        String setting = env.get(Sandbox.ENVIRONMENT_VARIABLE);
        if (env == System.getenv() || System.getProperty(Sandbox.PROPERTY) != null || setting == null) {
            return Sandbox.current();
        }
        return Sandbox.detect(setting);
    }

    /** Commands whose output format decides how errors are reported. */
    interface Reporting {
        boolean json();
    }

    /** Bad command-line input that picocli cannot see (exit code 2). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = JudgeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"judge " + (v == null ? "(development build)" : v) + " on Java "
                    + System.getProperty("java.version")};
        }
    }
}
