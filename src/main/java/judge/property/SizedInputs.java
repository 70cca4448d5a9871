package judge.property;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import judge.problem.Signature;
import judge.value.Value;

/**
 * Inputs drawn at chosen sizes from a problem's constraints: what {@code judge complexity} measures a solution
 * on. The same generators as {@code fuzz}, so every input is one the problem allows; only the sizes are chosen
 * rather than random.
 */
public final class SizedInputs {
    private final Signature signature;
    private final Generators generators;

    public SizedInputs(Signature signature) {
        this.signature = signature;
        this.generators = new Generators(signature);
    }

    /**
     * One input drawn from {@code seed}. Each parameter named in {@code sizes} has every string, array and list
     * in it at that length (at every level of a nested array; capped by its constraints); a design problem's
     * number of calls is {@code sizes.get("calls")}. Other parameters are drawn as a random try of
     * {@code fuzz} draws them. The same seed draws the same kind of input at every size (the same number of
     * distinct letters, the same hint), so that a series of sizes differs in size alone.
     */
    public List<Value> draw(long seed, Map<String, Integer> sizes) {
        Profile shared = Profile.random(FuzzConfig.DEFAULT_MAX_SIZE);
        if (signature.isDesign()) {
            int calls = sizes.getOrDefault("calls", FuzzConfig.DEFAULT_MAX_SIZE);
            shared = new Profile("sized", calls, true, false, false);
        }
        Map<String, Profile> own = new HashMap<>();
        sizes.forEach((name, size) -> own.put(name, new Profile("sized", size, true, false, false)));
        return generators.draw(Choices.random(new SplittableRandom(seed)), shared, own);
    }

    /**
     * How big a value is: the length of a string, the number of elements of an array (nested ones counted
     * element by element), 1 for anything else. What {@code complexity} plots on its size axis.
     */
    public static int size(Value value) {
        return Fuzzer.size(List.of(value));
    }
}
