package judge.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import judge.lang.Language;
import judge.lang.Languages;
import judge.practice.Stub;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "new", description = "Write Solution.java (or solution.py with --lang python) for a problem,"
        + " in a folder of its own (0076-minimum-window-substring/Solution.java), so that every problem keeps"
        + " its file side by side: its exact signature, and the statement's examples in a comment. Never"
        + " overwrites a file.")
final class NewCommand implements Callable<Integer> {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Option(names = "--dir", paramLabel = "DIR", description = "Write it in DIR instead (made if missing); --dir ."
            + " writes it in the current folder.")
    Path dir;

    /** The folder a problem's file goes to by default: the package's own name, as LeetCode tools name them. */
    static Path defaultDir(Problem p) {
        return Path.of(String.format("%04d-%s", p.id(), p.slug()));
    }

    @Option(names = "--lang", paramLabel = "LANG", description = "The language to write it in (java, python);"
            + " default: the JUDGE_LANG setting, else java.")
    String lang;

    @Override
    public Integer call() {
        Problem p = top.repository().find(problem);
        Path dir = this.dir != null ? this.dir : defaultDir(p);
        Language language = language(lang, System.getenv(Languages.ENVIRONMENT_VARIABLE));
        Path file;
        try {
            file = Stub.write(p, dir, language);
        } catch (FileAlreadyExistsException e) {
            throw new JudgeCommand.UsageException(ProblemLoader.shown(Path.of(e.getFile())) + " already exists;"
                    + " judge new never overwrites a file (use --dir to write elsewhere)");
        } catch (IOException e) {
            throw new JudgeCommand.UsageException("cannot write " + ProblemLoader.shown(dir.resolve(language.stubFileName(p)))
                    + ": " + e.getMessage());
        }
        Path shown = ProblemLoader.shown(file);
        top.out.println("Wrote " + shown + " for " + p.id() + ". " + p.title() + " (" + p.difficulty() + ")");
        top.out.println("Next: ./judge show " + p.id() + ", then ./judge watch " + p.id() + " " + shown);
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    /** {@code --lang}, else {@code JUDGE_LANG}, else Java; an unknown name is a usage error naming the known ones. */
    static Language language(String option, String setting) {
        if (option != null && !option.isBlank()) {
            return Languages.named(option);
        }
        if (setting != null && !setting.isBlank()) {
            try {
                return Languages.named(setting);
            } catch (PackageException e) {
                throw new JudgeCommand.UsageException(Languages.ENVIRONMENT_VARIABLE + "=" + setting + ": "
                        + e.getMessage());
            }
        }
        return Languages.java();
    }
}
