/*
 * Writes the hidden tests of 739. Daily Temperatures: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0739-daily-temperatures/generator/GenerateTests.java problems/0739-daily-temperatures
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (a monotonic
 * stack), checked against an independent brute force (scan forward from every day) for n <= 3000 and
 * against a scan from the right over the 71 possible temperatures for every test. Each input is checked
 * against the constraints (1 <= n <= 10^5, 30 <= temperatures[i] <= 100).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 1, the values 30 and 100, all equal (every answer 0), strictly increasing and
 *                       strictly decreasing runs.
 *   02-tricky.json      equal temperatures before a warmer day (rejects popping on <=, which calls an
 *                       equal day warmer), answers far from the day's index (rejects storing the index of
 *                       the warmer day instead of the distance), a warmer day that answers many waiting
 *                       days at once, a valley between two peaks.
 *   03-random.json      random temperatures of several sizes, over narrow and full ranges.
 *   04-max.json         n = 10^5. All equal, and non-increasing runs with the only warmer day at the end:
 *                       every forward scan from a day runs to the end, about n^2 / 2 = 5 * 10^9 steps.
 *                       A sawtooth and random full-range inputs for the stack's ordinary work.
 *
 * The slow submission is Python's forward scan (time_limit_exceeded/scan_forward.py). Java's forward scan
 * is NOT kept: its inner loop is so tight that the JIT runs the 5 * 10^9 comparisons of "max-all-equal" in
 * about 1.2 s of CPU, right at the 1 s floor, so its verdict flips between Accepted and Time Limit
 * Exceeded with the reference's timing (measured with ./judge submit and ./judge verify on this machine).
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int MIN_T = 30;
    static final int MAX_T = 100;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "temperatures");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "n1-coldest", 30);
        add(out, "n1-warmest", 100);
        add(out, "two-coldest-then-warmest", 30, 100);
        add(out, "two-warmest-then-coldest", 100, 30);
        add(out, "all-equal-small", 55, 55, 55, 55, 55);
        add(out, "strictly-increasing-full-range", range(30, 100));
        int[] down = range(30, 100);
        reverse(down);
        add(out, "strictly-decreasing-full-range", down);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "equal-then-warmer", 70, 70, 71);
        add(out, "equal-days-before-warmer", 60, 60, 60, 60, 61);
        add(out, "equal-after-colder", 80, 79, 80, 81);
        add(out, "equal-never-warmer", 90, 90, 90, 89, 90);
        add(out, "far-answer-late-index", 40, 40, 40, 40, 40, 40, 39, 38, 50, 35, 60);
        add(out, "warm-day-answers-many", 80, 70, 60, 50, 40, 90);
        add(out, "valley-between-peaks", 90, 50, 40, 60, 95, 30);
        add(out, "peak-first-then-rising", 100, 31, 32, 33, 34);
        add(out, "colder-days-between", 70, 60, 65, 62, 68, 71);
        add(out, "alternating", 50, 60, 50, 60, 50, 60);
        add(out, "warmer-only-after-equal-peak", 75, 74, 75, 74, 76);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{5, 30, 35}, {10, 30, 100}, {20, 60, 62}, {50, 30, 100}, {100, 40, 45}, {300, 30, 100},
            {1000, 30, 33}, {3000, 30, 100}, {3000, 90, 100}, {20000, 30, 100}};
        int index = 0;
        for (int[] shape : shapes) {
            int[] t = new int[shape[0]];
            for (int i = 0; i < t.length; i++) {
                t[i] = shape[1] + rnd.nextInt(shape[2] - shape[1] + 1);
            }
            add(out, String.format("random-%02d-n%d-%d-to-%d", ++index, shape[0], shape[1], shape[2]), t);
        }
    }

    static void max(TestWriter.Group out) {
        int[] equal = new int[MAX_N];
        Arrays.fill(equal, 65);
        add(out, "max-all-equal", equal);
        int[] stairs = new int[MAX_N];
        for (int i = 0; i < MAX_N - 1; i++) {
            stairs[i] = MAX_T - 1 - (int) ((long) i * (MAX_T - 1 - MIN_T) / MAX_N);
        }
        stairs[MAX_N - 1] = MAX_T;
        add(out, "max-non-increasing-warmest-last", stairs);
        int[] cold = new int[MAX_N];
        Arrays.fill(cold, MIN_T);
        cold[MAX_N - 1] = MAX_T;
        add(out, "max-coldest-then-warmest-last", cold);
        int[] saw = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            saw[i] = MIN_T + (i % 71);
        }
        add(out, "max-sawtooth", saw);
        int[] up = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            up[i] = MIN_T + (int) ((long) i * 71 / MAX_N);
        }
        add(out, "max-non-decreasing", up);
        Random rnd = new Random(4001);
        int[] wide = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            wide[i] = MIN_T + rnd.nextInt(MAX_T - MIN_T + 1);
        }
        add(out, "max-random-full-range", wide);
    }

    // ---------------------------------------------------------------- building tests

    static int[] range(int from, int to) {
        int[] a = new int[to - from + 1];
        for (int i = 0; i < a.length; i++) {
            a[i] = from + i;
        }
        return a;
    }

    static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static void add(TestWriter.Group out, String name, int... t) {
        if (t.length < 1 || t.length > MAX_N) {
            throw new IllegalStateException(name + ": length " + t.length);
        }
        for (int i = 0; i < t.length; i++) {
            if (t[i] < MIN_T || t[i] > MAX_T) {
                throw new IllegalStateException(name + ": temperatures[" + i + "] = " + t[i]);
            }
        }
        int[] expected = dailyTemperatures(t);
        if (!Arrays.equals(expected, nextOfEachValue(t))) {
            throw new IllegalStateException(name + ": reference and the scan over values disagree");
        }
        if (t.length <= 3000 && !Arrays.equals(expected, bruteForce(t))) {
            throw new IllegalStateException(name + ": reference and brute force disagree");
        }
        out.add(name, expected, t);
    }

    /** Copy of reference/Solution.java: a stack of the days still waiting for a warmer one. */
    static int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] answer = new int[n];
        int[] waiting = new int[n];
        int top = 0;
        for (int day = 0; day < n; day++) {
            while (top > 0 && temperatures[waiting[top - 1]] < temperatures[day]) {
                int earlier = waiting[--top];
                answer[earlier] = day - earlier;
            }
            waiting[top++] = day;
        }
        return answer;
    }

    /** Independent: from the right, the next day of each temperature; the nearest warmer one wins. */
    static int[] nextOfEachValue(int[] t) {
        int[] next = new int[MAX_T + 1];
        Arrays.fill(next, Integer.MAX_VALUE);
        int[] answer = new int[t.length];
        for (int i = t.length - 1; i >= 0; i--) {
            int best = Integer.MAX_VALUE;
            for (int v = t[i] + 1; v <= MAX_T; v++) {
                best = Math.min(best, next[v]);
            }
            answer[i] = best == Integer.MAX_VALUE ? 0 : best - i;
            next[t[i]] = i;
        }
        return answer;
    }

    /** Independent: scan forward from every day. */
    static int[] bruteForce(int[] t) {
        int[] answer = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            for (int j = i + 1; j < t.length; j++) {
                if (t[j] > t[i]) {
                    answer[i] = j - i;
                    break;
                }
            }
        }
        return answer;
    }
}
