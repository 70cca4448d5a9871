package judge.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import judge.judging.Verdict;

/**
 * A grading run, or several merged: every grade in {@link Submission#ORDER}, and what was skipped. Every grading
 * format renders this one model.
 *
 * @param shard the part of the submissions this report covers ("2/4"), {@code null} for all of them
 */
public record GradeReport(String judgeVersion, String shard, List<Grade> grades, List<Skipped> skipped) {

    private static final Comparator<Grade> ORDER = Comparator.comparing(Grade::student)
            .thenComparingInt(Grade::problemId);

    public GradeReport {
        grades = grades.stream().sorted(ORDER).toList();
        skipped = skipped.stream().distinct().sorted(Comparator.comparing(Skipped::path)
                .thenComparing(Skipped::reason)).toList();
    }

    /** This report as JSON carries it: compile errors without the source line they point at. */
    public GradeReport withoutSourceLines() {
        return new GradeReport(judgeVersion, shard, grades.stream().map(g -> new Grade(g.student(), g.problemId(),
                g.problemSlug(), g.problemTitle(), g.file(), g.sourceSha256(), g.packageSha256(), g.judgeVersion(),
                g.verdict(), g.passed(), g.total(), g.runtimeMs(), g.memoryMb(), g.message(), g.failure(),
                g.compileErrors().stream().map(e -> new judge.compile.CompileError(e.line(), e.column(), e.message(),
                        "")).toList())).toList(), skipped);
    }

    public int accepted() {
        return (int) grades.stream().filter(g -> g.verdict().isAccepted()).count();
    }

    /** Grades that are not Accepted. */
    public int rejected() {
        return grades.size() - accepted();
    }

    /** Submissions the judge could not grade (Internal Error): a problem of the judge or a package. */
    public List<Grade> internalErrors() {
        return grades.stream().filter(g -> g.verdict() == Verdict.INTERNAL_ERROR).toList();
    }

    /** How many grades got each verdict, in the verdicts' order, leaving out verdicts nobody got. */
    public Map<Verdict, Integer> byVerdict() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        grades.forEach(g -> counts.merge(g.verdict(), 1, Integer::sum));
        return counts;
    }

    /** Students in order. */
    public List<String> students() {
        return List.copyOf(new TreeSet<>(grades.stream().map(Grade::student).toList()));
    }

    /** Problems in order of number, each with its slug. */
    public Map<Integer, String> problems() {
        Map<Integer, String> problems = new LinkedHashMap<>();
        grades.stream().sorted(Comparator.comparingInt(Grade::problemId))
                .forEach(g -> problems.putIfAbsent(g.problemId(), g.problemSlug()));
        return problems;
    }

    /** The grade of {@code student} for {@code problemId}, or {@code null}. */
    public Grade grade(String student, int problemId) {
        return grades.stream().filter(g -> g.student().equals(student) && g.problemId() == problemId).findFirst()
                .orElse(null);
    }

    /** Thrown when reports to merge disagree about a submission. */
    public static final class MergeConflict extends RuntimeException {
        MergeConflict(String message) {
            super(message);
        }
    }

    /**
     * One report of {@code parts} (say the shards of a CI matrix): their grades and skipped files together. The
     * same submission graded twice from the same source is kept once (the grades must then agree on the verdict);
     * from two different sources, or by two judge versions, it is a conflict.
     *
     * @param names how each part is named in a conflict (its file)
     */
    public static GradeReport merge(List<GradeReport> parts, List<String> names) {
        Map<String, Grade> grades = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        String version = null;
        String versionFrom = null;
        for (int i = 0; i < parts.size(); i++) {
            GradeReport part = parts.get(i);
            String name = names.get(i);
            if (version != null && !version.equals(part.judgeVersion())) {
                throw new MergeConflict(name + " was graded by judge " + part.judgeVersion() + " but " + versionFrom
                        + " by judge " + version + "; grade every shard with the same judge");
            }
            version = part.judgeVersion();
            versionFrom = name;
            for (Grade g : part.grades()) {
                String key = g.student() + "\0" + g.problemId();
                Grade earlier = grades.putIfAbsent(key, g);
                if (earlier != null) {
                    if (!earlier.sourceSha256().equals(g.sourceSha256())
                            || !earlier.packageSha256().equals(g.packageSha256())) {
                        throw new MergeConflict(g.label() + " is graded in both " + from.get(key) + " and " + name
                                + " from different sources or problem packages");
                    }
                    if (earlier.verdict() != g.verdict()) {
                        throw new MergeConflict(g.label() + " is " + earlier.verdict().title() + " in " + from.get(key)
                                + " but " + g.verdict().title() + " in " + name + " for the same source");
                    }
                } else {
                    from.put(key, name);
                }
            }
            skipped.addAll(part.skipped());
        }
        // A file skipped by one shard may be graded by another only if the layouts differ; keep what each says.
        return new GradeReport(Objects.requireNonNullElse(version, judge.judging.JudgeVersion.current()), null,
                List.copyOf(grades.values()), skipped);
    }

    /**
     * Which shards of a split are missing from {@code shards} ("1/3", "3/3"), as a sentence, or {@code null} when
     * they make a whole (or none of them is a shard).
     */
    public static String missingShards(List<String> shards) {
        Integer count = null;
        TreeSet<Integer> seen = new TreeSet<>();
        for (String s : shards) {
            if (s == null) {
                return null;
            }
            Shard shard = Shard.parse(s);
            if (count != null && count != shard.count()) {
                return "the reports come from different splits (" + String.join(", ", shards) + ")";
            }
            count = shard.count();
            seen.add(shard.index());
        }
        if (count == null) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!seen.contains(i)) {
                missing.add(i + "/" + count);
            }
        }
        return missing.isEmpty() ? null : "shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are") + " missing";
    }
}
