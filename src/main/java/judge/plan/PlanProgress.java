package judge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import judge.practice.Progress;
import judge.problem.Problem;

/**
 * A plan as one user stands in it: each problem's status from the history, solved counts per section and for the
 * plan, and the next problem to do (the first one, in the plan's order, not solved yet).
 *
 * <p>Problems the judge does not bundle are listed with {@link Status#NOT_BUNDLED} and counted apart: they are
 * neither in {@code total} nor ever next. When the history cannot be read every bundled problem is
 * {@link Status#UNKNOWN}, the counts are {@code null} and there is no next problem.
 */
public record PlanProgress(Plan plan, List<SectionProgress> sections, Integer solved, Integer attempted, int total,
        int notBundled, Item next) {

    public enum Status { SOLVED, ATTEMPTED, UNTOUCHED, NOT_BUNDLED, UNKNOWN;

        /** The name in JSON and in the text table: {@code solved}, {@code not-bundled}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One problem of the plan; {@code problem} is null when it is not bundled. */
    public record Item(Plan.Entry entry, Problem problem, Status status) {}

    public record SectionProgress(Plan.Section section, List<Item> items, Integer solved, int total) {}

    /**
     * @param bundled  the bundled problems by number
     * @param statuses each problem's status from the history, or {@code null} when it could not be read
     */
    public static PlanProgress of(Plan plan, Map<Integer, Problem> bundled, Map<Integer, Progress.Status> statuses) {
        List<SectionProgress> sections = new ArrayList<>();
        int solved = 0;
        int attempted = 0;
        int total = 0;
        int notBundled = 0;
        Item next = null;
        for (Plan.Section section : plan.sections()) {
            List<Item> items = new ArrayList<>();
            int sectionSolved = 0;
            int sectionTotal = 0;
            for (Plan.Entry e : section.problems()) {
                Problem p = bundled.get(e.id());
                Status st;
                if (p == null) {
                    st = Status.NOT_BUNDLED;
                    notBundled++;
                } else {
                    st = statuses == null ? Status.UNKNOWN : Status.valueOf(Progress.status(statuses, e.id()).name());
                    sectionTotal++;
                    sectionSolved += st == Status.SOLVED ? 1 : 0;
                    attempted += st == Status.ATTEMPTED ? 1 : 0;
                }
                Item item = new Item(e, p, st);
                if (next == null && (st == Status.ATTEMPTED || st == Status.UNTOUCHED)) {
                    next = item;
                }
                items.add(item);
            }
            solved += sectionSolved;
            total += sectionTotal;
            sections.add(new SectionProgress(section, items, statuses == null ? null : sectionSolved, sectionTotal));
        }
        return new PlanProgress(plan, sections, statuses == null ? null : solved, statuses == null ? null : attempted,
                total, notBundled, next);
    }

    /** Whether every bundled problem of the plan is solved. */
    public boolean complete() {
        return solved != null && solved == total;
    }
}
