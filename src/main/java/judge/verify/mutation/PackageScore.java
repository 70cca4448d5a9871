package judge.verify.mutation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One package's mutation score: what {@code verify --mutants} reports, in text and as JSON (docs/test-strength.md
 * documents each field), and what its cache keeps.
 *
 * @param problem     the package's folder name
 * @param mutants     mutants generated from the reference
 * @param killed      mutants some test rejected (a wrong answer, a crash, a time-out)
 * @param equivalent  mutants the package declares equivalent ({@code equivalent-mutants.json}), not counted
 * @param score       killed / (mutants - equivalent), 1 when nothing is left to kill
 * @param seconds     how long judging the mutants took (when it was done, for a cached result)
 * @param cached      whether the mutants' outcomes came from the cache
 * @param survivors   the mutants no test rejected and nobody declared equivalent
 * @param equivalents the declared equivalent mutants, with their reasons
 * @param errors      what is wrong with the declarations: an unknown mutant, one that a test kills or for which the
 *                    property engine found an input that tells it from the reference
 * @param searched    whether the survivors were handed to the property engine (always, but for
 *                    {@link MutationTesting#testsOnly()}); not part of the JSON, where it is always true
 */
public record PackageScore(String problem, int mutants, int killed, int equivalent, double score, double seconds,
        boolean cached, List<Survivor> survivors, List<Equivalents.Declared> equivalents, List<String> errors,
        @JsonIgnore boolean searched) {

    public PackageScore {
        survivors = List.copyOf(survivors);
        equivalents = List.copyOf(equivalents);
        errors = List.copyOf(errors);
    }

    /** Whether the package meets {@code threshold} (a fraction) and its declarations hold. */
    public boolean passes(double threshold) {
        return errors.isEmpty() && score >= threshold;
    }

    /**
     * A mutant that passed every test.
     *
     * @param sourceLine   the reference's line the mutant changes, trimmed
     * @param distinguished the shortest input the property engine found on which the mutant's answer fails the
     *                     checker against the reference's, or {@code null} when none was found in the budget
     *                     (a likely equivalent mutant)
     */
    public record Survivor(String id, String className, String method, int line, Operator operator,
            String description, String sourceLine, Distinguishing distinguished) {}

    /**
     * An input that tells a mutant from the reference.
     *
     * @param input    the arguments in LeetCode's format, in parameter order
     * @param expected the reference's answer
     * @param output   the mutant's answer, or {@code null} when it gave none (it crashed or ran too long)
     * @param verdict  what the mutant got on it (WRONG_ANSWER, RUNTIME_ERROR...)
     */
    public record Distinguishing(List<String> input, String expected, String output, String verdict) {}
}
