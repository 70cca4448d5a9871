package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import judge.problem.Problem;
import org.junit.jupiter.api.Test;

class ProgressTest {
    static Problem problem(int id, String difficulty, String... tags) {
        return new Problem(Path.of("p" + id), id, "p" + id, "P" + id, "P" + id, difficulty, List.of(tags), null, null,
                null, null);
    }

    static Submission at(String time, String mode, int problem, String verdict) {
        return new Submission(1, Instant.parse(time), mode, problem, "p", verdict, null, null, null, null, "S.java",
                "h", null, null);
    }

    @Test
    void onlyAnAcceptedSubmitSolvesAProblem() {
        Map<Integer, Progress.Status> st = Progress.statuses(List.of(
                at("2026-11-28T10:00:00Z", "run", 1, "ACCEPTED"),
                at("2026-11-28T10:00:00Z", "submit", 2, "WRONG_ANSWER"),
                at("2026-11-28T11:00:00Z", "submit", 2, "ACCEPTED"),
                at("2026-11-28T12:00:00Z", "submit", 2, "WRONG_ANSWER"),
                at("2026-11-28T12:00:00Z", "fuzz", 3, "PASSED")));
        assertEquals(Progress.Status.ATTEMPTED, Progress.status(st, 1));
        assertEquals(Progress.Status.SOLVED, Progress.status(st, 2), "a later failure does not unsolve it");
        assertEquals(Progress.Status.ATTEMPTED, Progress.status(st, 3));
        assertEquals(Progress.Status.UNTOUCHED, Progress.status(st, 4));
    }

    @Test
    void countsByDifficultyAndTag() {
        List<Problem> problems = List.of(problem(1, "Easy", "array", "hash-table"), problem(2, "Hard", "string"),
                problem(3, "Hard", "string", "array"));
        Progress p = Progress.of(problems, List.of(at("2026-11-28T10:00:00Z", "submit", 3, "ACCEPTED"),
                at("2026-11-28T10:00:00Z", "run", 1, "WRONG_ANSWER")), LocalDate.of(2026, 11, 28), ZoneOffset.UTC);
        assertEquals(1, p.solved());
        assertEquals(1, p.attempted());
        assertEquals(3, p.problems());
        assertEquals(List.of(new Progress.Count("Easy", 0, 1), new Progress.Count("Medium", 0, 0),
                new Progress.Count("Hard", 1, 2)), p.byDifficulty());
        assertEquals(List.of(new Progress.Count("array", 1, 2), new Progress.Count("hash-table", 0, 1),
                new Progress.Count("string", 1, 2)), p.byTag());
        assertEquals(2, p.judgings());
    }

    @Test
    void theStreakCountsDaysInARowUpToTodayOrYesterday() {
        List<Submission> h = List.of(at("2026-11-24T10:00:00Z", "run", 1, "ACCEPTED"),
                at("2026-11-26T23:30:00Z", "run", 1, "ACCEPTED"),
                at("2026-11-27T09:00:00Z", "submit", 1, "WRONG_ANSWER"),
                at("2026-11-28T08:00:00Z", "fuzz", 1, "PASSED"));
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertEquals(3, Progress.of(List.of(), h, today, ZoneOffset.UTC).streakDays());
        assertEquals(3, Progress.of(List.of(), h, today.plusDays(1), ZoneOffset.UTC).streakDays(),
                "nothing yet today: the streak still stands");
        assertEquals(0, Progress.of(List.of(), h, today.plusDays(2), ZoneOffset.UTC).streakDays());
        assertEquals(2, Progress.of(List.of(), h, today, ZoneOffset.ofHours(2)).streakDays(),
                "days are the user's own: 23:30 UTC is the next day at UTC+2");
    }
}
