package judge.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import judge.TestPackages;
import judge.practice.Progress;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan files are checked with errors that say where, and a plan's progress comes from the statuses. */
class PlansTest {
    @TempDir Path plans;

    static final Map<Integer, String> BUNDLED = Map.of(3, "longest-substring-without-repeating-characters", 76,
            "minimum-window-substring", 209, "minimum-size-subarray-sum");

    private Path write(String name, String json) throws Exception {
        Path f = plans.resolve(name + ".json");
        Files.writeString(f, json);
        return f;
    }

    private static String plan(String problems) {
        return """
            {
              "title": {"en": "Windows", "zh": "窗口"},
              "sections": [
                {"title": {"en": "First", "zh": "第一"},
                 "problems": [%s]}
              ]
            }
            """.formatted(problems);
    }

    private String error(String name, String json) throws Exception {
        Path f = write(name, json);
        return assertThrows(PackageException.class, () -> Plans.load(f, BUNDLED)).getMessage();
    }

    @Test
    void aPlanKeepsItsSectionsAndOrder() throws Exception {
        Plan p = Plans.load(write("windows", plan("""
                {"id": 209, "slug": "minimum-size-subarray-sum"}, {"id": 3, "slug":
                 "longest-substring-without-repeating-characters"}""")), BUNDLED);
        assertEquals("windows", p.name());
        assertEquals("窗口", p.title().in("zh"));
        assertEquals(List.of(209, 3), p.entries().stream().map(Plan.Entry::id).toList());
    }

    @Test
    void aBundledNumberWithAnotherSlugIsALocatedError() throws Exception {
        String message = error("windows", plan("""
                {"id": 3, "slug": "longest-substring-without-repeating-characters"},
                  {"id": 76, "slug": "minimum-size-subarray-sum"}"""));
        assertEquals(plans.resolve("windows.json") + ":6:22 at /sections/0/problems/1/slug:\n"
                + "  problem 76 is minimum-window-substring, not minimum-size-subarray-sum: check the number and the"
                + " slug", message);
    }

    @Test
    void aBundledSlugUnderAnUnknownNumberIsAnError() throws Exception {
        String message = error("windows", plan("{\"id\": 77, \"slug\": \"minimum-window-substring\"}"));
        assertTrue(message.endsWith(" at /sections/0/problems/0/id:\n  minimum-window-substring is problem 76,"
                + " not 77"), message);
    }

    @Test
    void aProblemListedTwiceIsAnError() throws Exception {
        String message = error("windows", """
            {"title": {"en": "W", "zh": "窗"}, "sections": [
              {"title": {"en": "A", "zh": "甲"}, "problems": [{"id": 76, "slug": "minimum-window-substring"}]},
              {"title": {"en": "B", "zh": "乙"}, "problems": [{"id": 76, "slug": "minimum-window-substring"}]}]}
            """);
        assertTrue(message.startsWith(plans.resolve("windows.json") + ":3:50 at /sections/1/problems/0:\n"), message);
        assertTrue(message.endsWith("problem 76 is listed twice in the plan (also at /sections/0/problems/0)"),
                message);
    }

    @Test
    void malformedPlansSayWhatWasExpectedWhere() throws Exception {
        assertTrue(error("a", plan("")).endsWith(" at /sections/0/problems:\n  expected a non-empty array of"
                + " problems ({\"id\": 76, \"slug\": \"minimum-window-substring\"}), found an empty array"));
        assertTrue(error("b", plan("{\"id\": \"76\", \"slug\": \"x\"}")).endsWith(
                " at /sections/0/problems/0/id:\n  expected a problem number from 1 to 99999, found a string"));
        assertTrue(error("c", plan("{\"id\": 76}")).endsWith(
                " at /sections/0/problems/0:\n  missing field \"slug\""));
        assertTrue(error("d", plan("{\"id\": 5, \"slug\": \"Bad Slug\"}")).contains("found \"Bad Slug\""));
        assertTrue(error("e", "{\"title\": {\"en\": \"W\"}, \"sections\": []}").endsWith(
                " at /title:\n  missing field \"zh\""));
        assertTrue(error("f", "{\"title\": {\"en\": \"W\", \"zh\": \"窗\"}, \"sections\": [], \"extra\": 1}")
                .endsWith(" at /extra:\n  unknown field \"extra\"; expected description, sections, title"));
        assertTrue(error("g", "{\"title\": {\"en\": \"W\", \"zh\": \"窗\"}, \"sections\": []}").endsWith(
                " at /sections:\n  expected a non-empty array of sections, found an empty array"));
        assertTrue(error("h", "{\"title\": ").startsWith(plans.resolve("h.json") + ":1:"), "malformed JSON is located");
        assertTrue(error("Bad_Name", plan("{\"id\": 76, \"slug\": \"minimum-window-substring\"}")).contains(
                "a plan's file name is its name: lower-case words joined by '-', then .json; found \"Bad_Name.json\""));
    }

    @Test
    void anUnknownPlanNamesTheKnownOnes() throws Exception {
        write("windows", plan("{\"id\": 76, \"slug\": \"minimum-window-substring\"}"));
        write("graphs", plan("{\"id\": 200, \"slug\": \"number-of-islands\"}"));
        String message = assertThrows(PackageException.class, () -> Plans.find(plans, "trees", BUNDLED)).getMessage();
        assertEquals("unknown plan \"trees\"; the plans are: graphs, windows", message);
        assertEquals("windows", Plans.find(plans, "Windows", BUNDLED).name());
    }

    @Test
    void progressCountsBundledProblemsAndNamesTheFirstUnsolvedAsNext() throws Exception {
        Plan plan = Plans.load(write("windows", """
            {"title": {"en": "W", "zh": "窗"}, "sections": [
              {"title": {"en": "A", "zh": "甲"}, "problems": [{"id": 209, "slug": "minimum-size-subarray-sum"},
                {"id": 904, "slug": "fruit-into-baskets"}]},
              {"title": {"en": "B", "zh": "乙"}, "problems": [{"id": 3,
                "slug": "longest-substring-without-repeating-characters"},
                {"id": 76, "slug": "minimum-window-substring"}]}]}
            """), BUNDLED);
        Map<Integer, Problem> bundled = new HashMap<>();
        for (int id : BUNDLED.keySet()) {
            bundled.put(id, ProblemLoader.load(new judge.problem.ProblemRepository(TestPackages.PROBLEMS)
                    .lookup(String.valueOf(id)).orElseThrow()));
        }
        Map<Integer, Progress.Status> statuses = Map.of(209, Progress.Status.SOLVED, 3, Progress.Status.ATTEMPTED,
                1, Progress.Status.SOLVED);
        PlanProgress p = PlanProgress.of(plan, bundled, statuses);
        assertEquals(1, p.solved());
        assertEquals(1, p.attempted());
        assertEquals(3, p.total(), "904 is not bundled: not counted");
        assertEquals(1, p.notBundled());
        assertEquals(3, p.next().entry().id(), "the first problem not solved, in the plan's order, bundled");
        assertEquals(List.of(PlanProgress.Status.SOLVED, PlanProgress.Status.NOT_BUNDLED),
                p.sections().get(0).items().stream().map(PlanProgress.Item::status).toList());
        assertEquals(1, p.sections().get(0).solved());
        assertEquals(1, p.sections().get(0).total());
        assertEquals(0, p.sections().get(1).solved());

        PlanProgress done = PlanProgress.of(plan, bundled, Map.of(209, Progress.Status.SOLVED, 3,
                Progress.Status.SOLVED, 76, Progress.Status.SOLVED));
        assertNull(done.next());
        assertTrue(done.complete());

        PlanProgress unknown = PlanProgress.of(plan, bundled, null);
        assertNull(unknown.solved());
        assertNull(unknown.next());
        assertEquals(PlanProgress.Status.UNKNOWN, unknown.sections().get(1).items().get(1).status());
    }

    /** The plans the judge ships are valid against the bundled packages. */
    @Test
    void theShippedPlansAreValid() {
        Map<Integer, String> bundled = new HashMap<>();
        for (Path dir : new judge.problem.ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Problem p = ProblemLoader.load(dir);
            bundled.put(p.id(), p.slug());
        }
        List<Plan> all = Plans.loadAll(Plans.folderFor(TestPackages.PROBLEMS), bundled);
        assertEquals(List.of("ml-systems", "sliding-window", "top-interview"), all.stream().map(Plan::name).toList());
        for (Plan plan : all) {
            assertTrue(plan.entries().stream().anyMatch(e -> bundled.containsKey(e.id())), plan.name());
        }
        Plan window = all.get(1);
        assertTrue(window.entries().stream().map(Plan.Entry::id).toList().containsAll(List.of(3, 76, 209, 239, 424,
                438, 567, 2962)), "every bundled sliding-window problem is in its plan");
    }
}
