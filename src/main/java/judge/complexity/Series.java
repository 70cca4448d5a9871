package judge.complexity;

import java.util.List;

/**
 * One program's times along one {@link Growth}: the median CPU time of a call at each size it reached, and the
 * fit of those times.
 *
 * @param program "solution" or "reference"
 * @param times   per size reached, in order, the median of the calls' CPU times in ms; shorter than the growth's
 *                sizes when the program stopped early
 * @param stopped why it stopped before the last size, or {@code null} when it reached every size
 * @param fit     the power law fitted to the times, or {@code null} with fewer than two measurable sizes
 */
public record Series(String program, List<Double> times, String stopped, Fit fit) {
    public Series {
        times = List.copyOf(times);
    }

    /** The growth class of the fit ({@link GrowthClass}). */
    public String growthClass() {
        return GrowthClass.of(fit);
    }

    /** Why the class is {@value GrowthClass#UNCLEAR}, for the reports; {@code null} when it is not. */
    public String unclear() {
        if (fit != null) {
            return GrowthClass.why(fit);
        }
        if (times.isEmpty()) {
            return "no size was measured";
        }
        if (times.stream().allMatch(t -> t <= Measurer.FLOOR_MS)) {
            return "too fast to measure: " + Measurer.FLOOR_MS + " ms or less at every size";
        }
        return GrowthClass.why(null);
    }
}
