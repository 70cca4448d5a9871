/*
 * Writes the hidden tests of 322. Coin Change: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0322-coin-change/generator/GenerateTests.java problems/0322-coin-change
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (a knapsack
 * over amounts) and are checked on every test against an independent breadth-first search over amounts
 * (each level is one more coin). Each input is checked against the constraints (1 to 12 coins, each
 * 1..2^31 - 1, 0 <= amount <= 10^4).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  amount 0, amount 10^4, a single coin, 12 coins, the coin values 1 and 2^31 - 1.
 *   02-tricky.json      sets where taking the largest coin first is not optimal or gets stuck (rejects the
 *                       greedy), unreachable amounts (rejects Integer.MAX_VALUE + 1 as "impossible", which
 *                       overflows), the largest coin next to small amounts (rejects a + c <= amount, which
 *                       overflows into a negative index).
 *   03-random.json      random coin sets and amounts.
 *   04-max.json         amount 10^4 with small coins (answers in the thousands; a recursion without memory
 *                       explores exponentially many sums), unreachable amounts with only even coins, and
 *                       sets of 12 large coins.
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_COINS = 12;
    static final int MAX_COIN = Integer.MAX_VALUE;
    static final int MAX_AMOUNT = 10_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "coins", "amount");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "amount-zero-largest-coin", 0, MAX_COIN);
        add(out, "amount-zero-many-coins", 0, 3, 5, 7);
        add(out, "largest-coin-only", MAX_AMOUNT, MAX_COIN);
        add(out, "coin-one-amount-max", MAX_AMOUNT, 1);
        add(out, "coin-one-amount-one", 1, 1);
        add(out, "single-coin-equals-amount", MAX_AMOUNT, MAX_AMOUNT);
        add(out, "twelve-coins", 9_999, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37);
        add(out, "twelve-coins-with-largest", 100, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, MAX_COIN);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "greedy-not-optimal", 11, 1, 5, 6, 9);
        add(out, "greedy-not-optimal-larger", 6249, 186, 419, 83, 408);
        add(out, "greedy-gets-stuck", 9, 3, 7);
        add(out, "greedy-gets-stuck-unsorted", 12, 10, 4, 6);
        add(out, "unreachable-odd-amount", 7, 2, 4);
        add(out, "unreachable-small-amount", 1, 2);
        add(out, "unreachable-below-smallest-coin", 4, 5, 10);
        add(out, "largest-coin-beside-small-amount", 5, 1, MAX_COIN);
        add(out, "largest-coins-only-unreachable", 3, MAX_COIN, MAX_COIN - 1);
        add(out, "amount-equals-a-coin", 25, 1, 10, 25);
        add(out, "repeated-coin-values", 8, 4, 4, 3);
        add(out, "many-of-smallest", 100, 1, 99);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int index = 0;
        int[][] shapes = {{2, 10, 30}, {3, 20, 100}, {4, 50, 500}, {5, 100, 1000}, {6, 1000, 5000}, {8, 30, 3000}, {12, 500, 10_000}, {3, 5, 10_000}};
        for (int[] shape : shapes) {
            for (int round = 0; round < 2; round++) {
                int k = 1 + rnd.nextInt(shape[0]);
                int[] coins = new int[k];
                for (int i = 0; i < k; i++) {
                    coins[i] = 1 + rnd.nextInt(shape[1]);
                }
                int amount = rnd.nextInt(shape[2] + 1);
                add(out, String.format("random-%02d-coins%d-amount%d", ++index, k, amount), amount, coins);
            }
        }
    }

    static void max(TestWriter.Group out) {
        add(out, "max-amount-small-coins", MAX_AMOUNT, 1, 2, 5);
        add(out, "max-amount-coins-three-and-seven", MAX_AMOUNT - 1, 3, 7);
        add(out, "max-amount-even-coins-odd-amount", MAX_AMOUNT - 1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24);
        add(out, "max-amount-twelve-large-coins", MAX_AMOUNT, 401, 409, 419, 421, 431, 433, 439, 443, 449, 457, 461, 463);
        add(out, "max-amount-coprime-pair", MAX_AMOUNT, 97, 89);
        add(out, "max-amount-ones-and-big", MAX_AMOUNT, 1, 9_999);
    }

    // ---------------------------------------------------------------- building tests

    static void add(TestWriter.Group out, String name, int amount, int... coins) {
        if (coins.length < 1 || coins.length > MAX_COINS) {
            throw new IllegalStateException(name + ": " + coins.length + " coins");
        }
        for (int c : coins) {
            if (c < 1) {
                throw new IllegalStateException(name + ": coin " + c);
            }
        }
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalStateException(name + ": amount " + amount);
        }
        int expected = coinChange(coins, amount);
        int slow = breadthFirst(coins, amount);
        if (slow != expected) {
            throw new IllegalStateException(name + ": reference says " + expected + ", breadth-first says " + slow);
        }
        out.add(name, expected, coins, amount);
    }

    /** Copy of reference/Solution.java: best[a] = 1 + min best[a - c]. */
    static int coinChange(int[] coins, int amount) {
        int impossible = amount + 1;
        int[] best = new int[amount + 1];
        Arrays.fill(best, impossible);
        best[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a && best[a - c] + 1 < best[a]) {
                    best[a] = best[a - c] + 1;
                }
            }
        }
        return best[amount] == impossible ? -1 : best[amount];
    }

    /** Independent: breadth-first search from 0; the level at which amount is first reached. */
    static int breadthFirst(int[] coins, int amount) {
        int[] level = new int[amount + 1];
        Arrays.fill(level, -1);
        level[0] = 0;
        int[] queue = new int[amount + 1];
        int head = 0, tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int a = queue[head++];
            for (int c : coins) {
                long b = (long) a + c;
                if (b <= amount && level[(int) b] < 0) {
                    level[(int) b] = level[a] + 1;
                    queue[tail++] = (int) b;
                }
            }
        }
        return level[amount];
    }
}
