package judge.verify;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import judge.compile.Source;
import judge.lang.Language;
import judge.lang.Languages;
import judge.judging.Jobs;
import judge.judging.Judge;
import judge.judging.Result;
import judge.judging.Verdict;
import judge.problem.Constraints;
import judge.problem.Design;
import judge.problem.PackageException;
import judge.problem.Param;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.problem.TextFiles;
import judge.problem.TypeSpec;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.PropertyRun;
import judge.value.Value;

/**
 * Checks a problem package before anyone sees it, as Kattis problemtools and BAPCtools do for contest
 * problems: the format, the statements and their examples, that the tests keep to the constraints and
 * reach every declared bound, that every known submission gets the verdict its folder names, that time
 * limits hold with margin, and that the property holds for the reference and catches the wrong ones.
 */
public final class Verifier {
    /** A TLE submission must still time out with limits this much looser, or it is "sensitive". */
    static final double SAFETY_FACTOR = 2;

    public enum Status { PASS, WARN, FAIL }

    public record Check(String name, Status status, String detail) {}

    private final Judge judge;
    private final int jobs;
    private final boolean advisory;

    /** A verifier judging one known submission at a time. */
    public Verifier(Judge judge) {
        this(judge, 1);
    }

    /** A verifier judging up to {@code jobs} known submissions at once. */
    public Verifier(Judge judge, int jobs) {
        this(judge, jobs, true);
    }

    private Verifier(Judge judge, int jobs, boolean advisory) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs: at least 1; found " + jobs);
        }
        this.judge = judge;
        this.jobs = jobs;
        this.advisory = advisory;
    }

    /**
     * This verifier without the two costly checks that can only warn, for a build that fails on failures: whether
     * the property engine falsifies each wrong submission (one that only the tests catch is a warning), and
     * whether a slow submission still times out with looser limits (one that does not is a warning). A slow
     * submission is then judged with the package's own limits only, and must be Time Limit Exceeded there.
     */
    public Verifier failuresOnly() {
        return new Verifier(judge, jobs, false);
    }

    /**
     * Every check of the package in {@code dir}. Its submissions are judged by one warm judge (see
     * {@link Judge#keepingWarm()}), as {@code grade} judges a class's: the tests load once, the reference is timed
     * once, so that every known submission is held to the same limits, and the next child boots while the last
     * submission is judged.
     */
    public List<Check> verify(Path dir) {
        Judge warm = judge.keepingWarm();
        try {
            return verify(dir, warm);
        } finally {
            warm.releaseWarmChildren();
        }
    }

    private List<Check> verify(Path dir, Judge judge) {
        List<Check> checks = new ArrayList<>();
        checks.add(todosLeft(dir));
        Problem problem;
        try {
            problem = ProblemLoader.load(dir);
            checks.add(pass("problem.json", "valid"));
        } catch (PackageException e) {
            checks.add(fail("problem.json", e.getMessage()));
            return checks;
        }
        List<TestCase> examples;
        List<TestCase> hidden;
        try {
            examples = ProblemLoader.examples(problem);
            hidden = ProblemLoader.hidden(problem);
            checks.add(pass("tests keep to the constraints", examples.size() + " examples, " + hidden.size()
                    + " hidden tests"));
        } catch (PackageException e) {
            checks.add(fail("tests keep to the constraints", e.getMessage()));
            return checks;
        }
        checks.add(statements(problem, examples));
        checks.add(LearningCheck.of(problem));
        checks.add(hidden.isEmpty() ? fail("hidden tests", "tests/hidden/ has no tests"
                + " (the package's generator writes them: generator/GenerateTests.java)") : pass("hidden tests",
                hidden.size() + " tests"));
        checks.addAll(boundsReached(problem, hidden));
        checks.addAll(submissions(problem, judge));
        checks.addAll(property(problem, judge));
        return checks;
    }

    private Check statements(Problem problem, List<TestCase> examples) {
        String name = "statements (en, zh) and their examples";
        for (String file : List.of("statement.md", "statement.zh.md")) {
            Path path = problem.dir().resolve(file);
            if (!Files.isRegularFile(path)) {
                return fail(name, file + " is missing");
            }
            String text = TextFiles.readUtf8(path, ProblemLoader.shown(path));
            List<StatementExamples.Example> found;
            try {
                found = StatementExamples.read(text, problem.signature());
            } catch (IllegalArgumentException e) {
                return fail(name, file + ": " + e.getMessage());
            }
            if (found.size() != examples.size()) {
                return fail(name, file + " shows " + found.size() + " examples; tests/examples.json has "
                        + examples.size());
            }
            for (int i = 0; i < found.size(); i++) {
                StatementExamples.Example e = found.get(i);
                TestCase t = examples.get(i);
                if (!e.input().equals(t.input()) || !e.output().equals(t.expected())) {
                    return fail(name, file + ":" + e.line() + ": example " + (i + 1) + " differs from "
                            + t.name() + " in tests/examples.json");
                }
            }
        }
        return pass(name, examples.size() + " examples, the same in both and in tests/examples.json");
    }

    /** Every declared bound (lengths, values) is reached by at least one hidden test, as BAPCtools reports. */
    static List<Check> boundsReached(Problem problem, List<TestCase> hidden) {
        List<Check> checks = new ArrayList<>();
        if (problem.signature().isDesign()) {
            return designBoundsReached(problem.signature().design(), hidden, problem.validatorClass() != null);
        }
        List<Param> params = problem.signature().params();
        for (int p = 0; p < params.size(); p++) {
            Param param = params.get(p);
            Constraints c = param.constraints() == null ? Constraints.NONE : param.constraints();
            double[] length = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            double[] values = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (TestCase t : hidden) {
                measure(t.input().get(p), param.type(), length, values, true);
            }
            boolean validated = problem.validatorClass() != null;
            if (c.length() != null) {
                checks.add(bound(param.name() + " length", c.length().min(), c.length().max(), length, validated));
            }
            Constraints ec = c.element();
            if (ec != null && ec.length() != null && !(param.type() instanceof TypeSpec.Node)) {
                double[] inner = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                for (TestCase t : hidden) {
                    if (t.input().get(p) instanceof Value.Arr a) {
                        for (Value item : a.items()) {
                            measure(item, param.type(), inner, new double[2], true);
                        }
                    }
                }
                checks.add(bound(param.name() + "[i] length", ec.length().min(), ec.length().max(), inner, validated));
            }
            Constraints numbers = param.type() instanceof TypeSpec.Scalar ? c : c.element();
            while (numbers != null && numbers.values() == null && numbers.element() != null) {
                numbers = numbers.element();
            }
            if (numbers != null && numbers.values() == null && numbers.extras().real() != null) {
                checks.add(realBound(param.name() + " values", numbers.extras().real(), values, validated));
            } else if (numbers != null && numbers.values() != null) {
                checks.add(bound(param.name() + " values", numbers.values().min(), numbers.values().max(), values,
                        validated));
            }
        }
        return checks;
    }

    /**
     * A fractional or exclusive bound of a double: an inclusive one is reached exactly, an exclusive one when
     * a test comes within a millionth of the range's width of it.
     */
    private static Check realBound(String what, Constraints.Real real, double[] seen, boolean validated) {
        String name = "bound reached: " + what;
        if (seen[0] == Double.POSITIVE_INFINITY) {
            return fail(name, "no hidden test has one");
        }
        double near = (real.max() - real.min()) * 1e-6;
        boolean low = real.minExclusive() ? seen[0] - real.min() <= near : seen[0] == real.min();
        boolean high = real.maxExclusive() ? real.max() - seen[1] <= near : seen[1] == real.max();
        String range = "declared " + real + ", tests reach " + number(seen[0]) + ".." + number(seen[1]);
        if (low && high) {
            return pass(name, range);
        }
        return validated ? new Check(name, Status.WARN, range + " (the validator may exclude the bound)")
                : fail(name, range);
    }

    /**
     * For a design problem: the number of calls, and each parameter of the constructor and of every method
     * over all the calls made to it.
     */
    private static List<Check> designBoundsReached(Design design, List<TestCase> hidden, boolean validated) {
        List<Check> checks = new ArrayList<>();
        double[] calls = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (TestCase t : hidden) {
            widen(calls, ((Value.Arr) t.input().get(0)).items().size() - 1);
        }
        checks.add(bound("calls", design.calls().min(), design.calls().max(), calls, validated));
        List<String> members = new ArrayList<>();
        members.add(design.className());
        design.methods().forEach(m -> members.add(m.name()));
        for (String member : members) {
            List<Param> params = design.paramsOf(member);
            for (int p = 0; p < params.size(); p++) {
                Param param = params.get(p);
                Constraints c = param.constraints() == null ? Constraints.NONE : param.constraints();
                double[] length = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                double[] values = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                for (TestCase t : hidden) {
                    List<Value> ops = ((Value.Arr) t.input().get(0)).items();
                    List<Value> args = ((Value.Arr) t.input().get(1)).items();
                    for (int i = 0; i < ops.size(); i++) {
                        if (((Value.Str) ops.get(i)).value().equals(member) && (i == 0) == member.equals(design.className())) {
                            measure(((Value.Arr) args.get(i)).items().get(p), param.type(), length, values, true);
                        }
                    }
                }
                String what = member + " " + param.name();
                if (c.length() != null) {
                    checks.add(bound(what + " length", c.length().min(), c.length().max(), length, validated));
                }
                Constraints numbers = param.type() instanceof TypeSpec.Scalar ? c : c.element();
                while (numbers != null && numbers.values() == null && numbers.element() != null) {
                    numbers = numbers.element();
                }
                if (numbers != null && numbers.values() != null) {
                    checks.add(bound(what + " values", numbers.values().min(), numbers.values().max(), values,
                            validated));
                }
            }
        }
        return checks;
    }

    /**
     * A bound no hidden test reaches fails, unless the package has a validator: its rules may exclude the
     * declared bound (Pow's -100 < x < 100 on a range declared in whole numbers), so that is a warning.
     */
    private static Check bound(String what, long min, long max, double[] seen, boolean validated) {
        String name = "bound reached: " + what;
        if (seen[0] == Double.POSITIVE_INFINITY) {
            return fail(name, "no hidden test has one");
        }
        String range = "declared " + min + ".." + max + ", tests reach " + number(seen[0]) + ".." + number(seen[1]);
        if (seen[0] == min && seen[1] == max) {
            return pass(name, range);
        }
        return validated ? new Check(name, Status.WARN, range + " (the validator may exclude the bound)")
                : fail(name, range);
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e18 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Widens {@code length} by this value's top-level length and {@code values} by every number in it. */
    private static void measure(Value v, TypeSpec type, double[] length, double[] values, boolean top) {
        if (v instanceof Value.Str s) {
            if (top) {
                widen(length, s.value().length());
            }
        } else if (v instanceof Value.Int i) {
            widen(values, i.value());
        } else if (v instanceof Value.Dbl d) {
            widen(values, d.value());
        } else if (v instanceof Value.Arr a) {
            if (top) {
                widen(length, type instanceof TypeSpec.Node ? a.items().stream().filter(x -> !(x instanceof Value.Null)).count()
                        : a.items().size());
            }
            for (Value item : a.items()) {
                measure(item, type, length, values, false);
            }
        }
    }

    private static void widen(double[] range, double n) {
        range[0] = Math.min(range[0], n);
        range[1] = Math.max(range[1], n);
    }

    /**
     * The reference first (its run times it for the warm judge), then every known submission, {@link #jobs} at a
     * time: time is CPU time, so judgings side by side keep their verdicts (docs/judging.md).
     */
    private List<Check> submissions(Problem problem, Judge judge) {
        List<Check> checks = new ArrayList<>();
        Result reference = judge.submit(problem, Source.read(problem.referenceSource()));
        checks.add(reference.verdict().isAccepted()
                ? pass("reference is Accepted", String.format("%.0f ms in all", reference.runtimeMs()))
                : fail("reference is Accepted", reference.verdict().title() + ": " + reference.message()));
        Path root = problem.dir().resolve("submissions");
        List<Callable<Check>> tasks = new ArrayList<>();
        for (Path folder : list(root)) {
            Verdict expected = Verdict.fromFolderName(folder.getFileName().toString());
            for (Path file : list(folder)) {
                Language language = Languages.byExtension(file);
                if (language == null) {
                    continue;
                }
                String name = "submissions/" + folder.getFileName() + "/" + file.getFileName();
                if (expected == null) {
                    tasks.add(() -> fail(name, "unknown verdict folder " + folder.getFileName()));
                    continue;
                }
                String unavailable = language.unavailable();
                if (unavailable != null) {
                    tasks.add(() -> new Check(name, Status.WARN, "not judged: " + language.title()
                            + " cannot run here (" + unavailable + ")"));
                    continue;
                }
                tasks.add(() -> expected == Verdict.TIME_LIMIT_EXCEEDED
                        ? slow(problem, judge, name, language, file)
                        : known(name, expected, judge.submit(problem, language.read(file))));
            }
        }
        checks.addAll(inParallel(tasks));
        return checks;
    }

    private static Check known(String name, Verdict expected, Result r) {
        return r.verdict() == expected ? pass(name, r.verdict().title() + " (" + r.passed() + "/" + r.total() + ")")
                : fail(name, "expected " + expected.title() + ", got " + r.verdict().title()
                + (r.message() == null ? "" : ": " + firstLine(r.message())));
    }

    /**
     * A submission that must be Time Limit Exceeded, also with limits {@link #SAFETY_FACTOR} times looser. Time is
     * CPU time and limits only cut a run short, so one that times out with the looser limits times out with the
     * problem's own: it is judged with those only when the looser ones let it through, to tell a submission
     * sensitive to the limit (a warning) from one that is not slow at all (a failure). A run of a slow submission
     * costs its total time limit, so this saves a third of what verify spent on them.
     */
    private Check slow(Problem problem, Judge judge, String name, Language language, Path file) {
        if (!advisory) {
            return known(name, Verdict.TIME_LIMIT_EXCEEDED, judge.submit(problem, language.read(file)));
        }
        Result loose = judge.withTimeLimitsScaled(SAFETY_FACTOR).submit(problem, language.read(file));
        if (loose.verdict() == Verdict.TIME_LIMIT_EXCEEDED) {
            return pass(name, "Time Limit Exceeded, also with limits " + SAFETY_FACTOR + "x looser");
        }
        Result r = judge.submit(problem, language.read(file));
        return r.verdict() != Verdict.TIME_LIMIT_EXCEEDED ? known(name, Verdict.TIME_LIMIT_EXCEEDED, r)
                : new Check(name, Status.WARN, "sensitive to the time limit: with limits " + SAFETY_FACTOR
                + "x looser it is " + loose.verdict().title());
    }

    private List<Check> property(Problem problem, Judge judge) {
        List<Check> checks = new ArrayList<>();
        FuzzResult self = PropertyRun.fuzz(judge, problem, Source.read(problem.referenceSource()),
                config(2000, FuzzConfig.DEFAULT_MAX_SIZE), done -> { });
        checks.add(self.status() == FuzzResult.Status.PASSED
                ? pass("property: reference against itself", self.tries() + " tries")
                : fail("property: reference against itself", self.status() + ": " + self.message()));
        int maxSize = (int) problem.signature().params().stream()
                .filter(p -> p.constraints() != null && p.constraints().length() != null)
                .mapToLong(p -> p.constraints().length().max()).max().orElse(FuzzConfig.DEFAULT_MAX_SIZE);
        List<Callable<Check>> tasks = new ArrayList<>();
        List<Path> wrong = advisory ? list(problem.dir().resolve("submissions").resolve("wrong_answer")) : List.of();
        for (Path file : wrong) {
            Language language = Languages.byExtension(file);
            if (language == null || language.unavailable() != null) {
                continue;
            }
            String name = "property: wrong_answer/" + file.getFileName() + " is falsified";
            tasks.add(() -> {
                FuzzResult r = PropertyRun.fuzz(judge, problem, language.read(file), config(200, maxSize), done -> { });
                return r.status() == FuzzResult.Status.FALSIFIED
                        ? pass(name, "after " + r.tries() + " tries, shrunk to size " + r.counterexampleSize())
                        : new Check(name, Status.WARN, "not falsified in 200 tries (" + r.status()
                        + "); only the tests catch it");
            });
        }
        checks.addAll(inParallel(tasks));
        return checks;
    }

    /** The checks of {@code tasks}, in their order, computed {@link #jobs} at a time. */
    private List<Check> inParallel(List<Callable<Check>> tasks) {
        return Jobs.inOrder(tasks, jobs, "verify");
    }

    /**
     * {@code judge new-problem} marks with {@code TODO} every place where the author's problem replaces its
     * placeholder; a package with one left is not finished. The package's README.md (the checklist) and the
     * generated hidden tests are not read.
     */
    static Check todosLeft(Path dir) {
        String name = "no TODO left";
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = dir.relativize(file);
                if (rel.toString().equals("README.md") || rel.startsWith(Path.of("tests", "hidden"))) {
                    continue;
                }
                List<String> lines;
                try {
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                } catch (CharacterCodingException e) {
                    continue; // not text
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("TODO")) {
                        found.add(rel.toString().replace('\\', '/') + ":" + (i + 1));
                    }
                }
            }
        } catch (IOException e) {
            return fail(name, ProblemLoader.shown(dir) + ": cannot be read (" + e.getMessage() + ")");
        }
        if (found.isEmpty()) {
            return pass(name, "no placeholder of new-problem is left");
        }
        int shown = Math.min(found.size(), 8);
        return fail(name, found.size() + " left, where new-problem's placeholder awaits your problem: "
                + String.join(", ", found.subList(0, shown)) + (shown < found.size() ? ", ..." : ""));
    }

    private static FuzzConfig config(long tries, int maxSize) {
        return new FuzzConfig(2026, tries, Duration.ofSeconds(60), maxSize, Duration.ofSeconds(3));
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new PackageException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Check pass(String name, String detail) {
        return new Check(name, Status.PASS, detail);
    }

    private static Check fail(String name, String detail) {
        return new Check(name, Status.FAIL, detail);
    }
}
