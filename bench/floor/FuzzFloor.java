/*
 * The "no judge" floor for fuzzing 76: one JVM, one loop that draws a small random input, calls the
 * solution and the reference directly, and checks the answer with the package's checker. No child JVMs,
 * no channel, no value format, no shrinking. Prints tries per second after a warm-up.
 *
 *     java -cp OUT:target/classes FuzzFloor SECONDS
 *
 * OUT holds Solution (the solution under test), Reference (the package's reference, renamed) and
 * MinWindowChecker. Inputs: s of length 1..24 over A-Za-z, t of length 1..24 taking 90% of its letters
 * from s, as the judge's generator draws them for 76 (see problem.json).
 */

import java.util.List;
import java.util.SplittableRandom;
import judge.check.Checker;
import judge.value.Value;

public class FuzzFloor {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Checker checker = new MinWindowChecker();
        SplittableRandom random = new SplittableRandom(1);
        loop(checker, random, 1.0); // warm-up
        long tries = loop(checker, random, seconds);
        System.out.printf("%.0f tries/s%n", tries / seconds);
    }

    private static long loop(Checker checker, SplittableRandom random, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long tries = 0;
        while (System.nanoTime() < end) {
            for (int k = 0; k < 256; k++) {
                String s = word(random, null);
                String t = word(random, s);
                String expected = new Reference().minWindow(s, t);
                String output = new Solution().minWindow(s, t);
                if (!checker.check(List.of(new Value.Str(s), new Value.Str(t)), Value.of(expected), Value.of(output))
                        .accepted()) {
                    throw new AssertionError("wrong answer on s=" + s + " t=" + t);
                }
                tries++;
            }
        }
        return tries;
    }

    private static String word(SplittableRandom random, String from) {
        int n = 1 + random.nextInt(24);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(from != null && random.nextDouble() < 0.9 ? from.charAt(random.nextInt(from.length()))
                    : LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return out.toString();
    }
}
