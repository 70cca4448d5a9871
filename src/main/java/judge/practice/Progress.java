package judge.practice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import judge.problem.Problem;

/**
 * A user's progress, computed from the history: each problem's status, solved counts by difficulty and tag,
 * and the current streak.
 *
 * @param byDifficulty Easy, Medium, Hard, in that order
 * @param byTag        every tag of the problems, by name
 * @param streakDays   days in a row, up to today, on which the user judged something; a streak still counts
 *                     until the end of the day after its last day
 */
public record Progress(int solved, int attempted, int problems, List<Count> byDifficulty, List<Count> byTag,
        int streakDays, int judgings) {

    public enum Status { SOLVED, ATTEMPTED, UNTOUCHED }

    /** Of {@code total} problems in a group, {@code solved} are solved. */
    public record Count(String name, int solved, int total) {}

    /** Solved: an accepted submit. Attempted: anything else recorded. Untouched: nothing recorded. */
    public static Status status(Map<Integer, Status> statuses, int problemId) {
        return statuses.getOrDefault(problemId, Status.UNTOUCHED);
    }

    public static Map<Integer, Status> statuses(List<Submission> history) {
        Map<Integer, Status> out = new HashMap<>();
        for (Submission s : history) {
            if (s.solves()) {
                out.put(s.problemId(), Status.SOLVED);
            } else {
                out.putIfAbsent(s.problemId(), Status.ATTEMPTED);
            }
        }
        return out;
    }

    public static Progress of(List<Problem> problems, List<Submission> history, LocalDate today, ZoneId zone) {
        Map<Integer, Status> statuses = statuses(history);
        Map<String, int[]> difficulty = new LinkedHashMap<>();
        for (String d : List.of("Easy", "Medium", "Hard")) {
            difficulty.put(d, new int[2]);
        }
        Map<String, int[]> tags = new TreeMap<>();
        int solved = 0;
        int attempted = 0;
        for (Problem p : problems) {
            Status st = status(statuses, p.id());
            boolean isSolved = st == Status.SOLVED;
            solved += isSolved ? 1 : 0;
            attempted += st == Status.ATTEMPTED ? 1 : 0;
            count(difficulty.computeIfAbsent(p.difficulty(), k -> new int[2]), isSolved);
            for (String tag : p.tags()) {
                count(tags.computeIfAbsent(tag, k -> new int[2]), isSolved);
            }
        }
        Set<LocalDate> days = new HashSet<>();
        for (Submission s : history) {
            days.add(s.time().atZone(zone).toLocalDate());
        }
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return new Progress(solved, attempted, problems.size(), counts(difficulty), counts(tags), streak,
                history.size());
    }

    private static void count(int[] c, boolean solved) {
        c[0] += solved ? 1 : 0;
        c[1]++;
    }

    private static List<Count> counts(Map<String, int[]> map) {
        List<Count> out = new ArrayList<>();
        map.forEach((name, c) -> out.add(new Count(name, c[0], c[1])));
        return out;
    }
}
