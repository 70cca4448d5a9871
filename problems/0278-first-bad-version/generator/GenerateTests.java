/*
 * Writes the hidden tests of 278. First Bad Version: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0278-first-bad-version/generator/GenerateTests.java problems/0278-first-bad-version
 *
 * Everything is deterministic (java.util.Random with a literal seed, fixed test order), so two runs give
 * byte-identical files. The answer is bad itself (the test's hidden state, which only the judge's
 * isBadVersion sees); each test is checked against 1 <= bad <= n <= 2^31 - 1.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1, n = 2 with each answer, bad = 1 and bad = n for small and for the largest n.
 *                       They reject searches that never look at version 1 or version n, and loops that stop
 *                       one short.
 *   02-tricky.json      n = 2^31 - 1 with bad just above the middle, at 2^30 and 2^30 + 1, and next to n:
 *                       (lo + hi) / 2 overflows an int there and goes negative. Powers of two and their
 *                       neighbours as n, where an off-by-one in the bounds costs one call too many.
 *   03-random.json      Random n over small, medium and the whole range, with bad anywhere in 1..n.
 *   04-max.json         n = 2^31 - 1 with bad near the end: a linear scan needs 2 * 10^9 calls (time limit),
 *                       and the call limit (32 calls here) rejects a search that asks twice per step.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX = Integer.MAX_VALUE;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "n", "bad");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "n1-bad-1", 1, 1);
        add(out, "n2-bad-1", 2, 1);
        add(out, "n2-bad-2", 2, 2);
        add(out, "n3-bad-1", 3, 1);
        add(out, "n3-bad-3", 3, 3);
        add(out, "small-bad-first", 10, 1);
        add(out, "small-bad-last", 10, 10);
        add(out, "max-n-bad-first", MAX, 1);
        add(out, "max-n-bad-last", MAX, MAX);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "overflow-bad-above-middle", MAX, (1 << 30) + 7);
        add(out, "overflow-bad-2-pow-30", MAX, 1 << 30);
        add(out, "overflow-bad-2-pow-30-plus-1", MAX, (1 << 30) + 1);
        add(out, "overflow-bad-next-to-last", MAX, MAX - 1);
        add(out, "power-of-two-n-bad-last", 1 << 20, 1 << 20);
        add(out, "power-of-two-plus-one-n-bad-last", (1 << 20) + 1, (1 << 20) + 1);
        add(out, "power-of-two-minus-one-n-bad-first", (1 << 20) - 1, 1);
        add(out, "n-1024-bad-513", 1024, 513);
        add(out, "n-1025-bad-1025", 1025, 1025);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(278_001);
        int[] sizes = {20, 1000, 1_000_000, MAX};
        for (int k = 1; k <= 16; k++) {
            int limit = sizes[(k - 1) / 4];
            int n = 1 + rnd.nextInt(limit);
            int bad = 1 + rnd.nextInt(n);
            add(out, String.format("random-%02d", k), n, bad);
        }
    }

    static void max(TestWriter.Group out) {
        add(out, "max-bad-near-end", MAX, MAX - 12345);
        add(out, "max-bad-three-quarters", MAX, 1_610_612_735);
        add(out, "max-bad-last-but-two", MAX, MAX - 2);
    }

    static void add(TestWriter.Group out, String name, int n, int bad) {
        if (n < 1 || bad < 1 || bad > n) {
            throw new IllegalStateException(name + ": n = " + n + ", bad = " + bad);
        }
        out.add(name, bad, n, bad);
    }
}
