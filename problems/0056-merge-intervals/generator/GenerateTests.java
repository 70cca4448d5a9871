/*
 * Writes the hidden tests of 56. Merge Intervals: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0056-merge-intervals/generator/GenerateTests.java problems/0056-merge-intervals
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. The expected answers come from this program's own copy of the reference (sort by
 * start, then merge; blocks in ascending order, the checker accepts any order), and every test is also
 * checked against an independent sweep over doubled coordinates (position 2x is the number x, 2x+1 the
 * gap after it, so touching intervals meet and neighbours like [1,2] and [3,4] do not). Each input is
 * checked against the constraints (1 <= n <= 10^4, 0 <= start <= end <= 10^4) and every name must be
 * unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1, values 0 and 10^4, points ([x,x]), identical intervals, touching
 *                       intervals (merge), neighbouring integers that do not touch ([1,2] and [3,4]:
 *                       no merge), one interval inside another, input in reverse order.
 *   02-tricky.json      Traps for common bugs: a long interval followed by short ones inside it (ending
 *                       a block at the last interval's end instead of the largest), orders that are
 *                       wrong when sorted by end, chains that merge only through a later interval, points
 *                       on the ends of intervals.
 *   03-random.json      Random small inputs over 0..20 (many overlaps) and medium ones over 0..10^4.
 *   04-max.json         n = 10^4: 10^4 disjoint points in shuffled order (the answer has n intervals), a
 *                       shuffled chain of touching intervals that becomes [0,10000], the whole range n
 *                       times, nested intervals, random ones, and an input where merging one pair at a
 *                       time and rescanning from the start costs about 10^11 steps.
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;
    static final int MAX_V = 10_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "intervals");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        add(out, "n1-point-at-zero", "[[0,0]]");
        add(out, "n1-point-at-max", "[[10000,10000]]");
        add(out, "n1-whole-range", "[[0,10000]]");
        add(out, "two-points-at-both-bounds", "[[10000,10000],[0,0]]");
        add(out, "two-identical-points", "[[3,3],[3,3]]");
        add(out, "two-identical-intervals", "[[2,9],[2,9]]");
        add(out, "touching-at-zero", "[[0,0],[0,5]]");
        add(out, "touching-at-max", "[[7,10000],[10000,10000]]");
        add(out, "neighbours-do-not-touch", "[[1,2],[3,4]]");
        add(out, "neighbouring-points-do-not-touch", "[[5,5],[6,6],[7,7]]");
        add(out, "touching-points-and-interval", "[[5,5],[5,6],[6,6]]");
        add(out, "inside-another", "[[1,10],[2,3]]");
        add(out, "inside-another-given-second", "[[2,3],[1,10]]");
        add(out, "same-start-different-ends", "[[4,6],[4,9],[4,5]]");
        add(out, "same-end-different-starts", "[[6,8],[1,8],[3,8]]");
        add(out, "reverse-order-disjoint", "[[20,25],[10,15],[0,5]]");
        add(out, "reverse-order-chain", "[[8,9],[6,8],[4,6],[2,4],[0,2]]");
        add(out, "all-disjoint-sorted", "[[0,1],[3,4],[6,7],[9,10]]");
    }

    static void tricky(TestWriter.Group out) {
        add(out, "long-then-short-inside", "[[1,10],[2,3],[4,5],[6,7]]");
        add(out, "long-then-short-inside-then-after", "[[0,100],[10,20],[30,40],[101,102]]");
        add(out, "short-inside-then-touching-long-end", "[[1,10],[2,3],[10,12]]");
        add(out, "sorted-by-end-is-not-enough", "[[2,3],[1,10],[4,5]]");
        add(out, "sorted-by-end-wrong-start", "[[5,6],[1,7]]");
        add(out, "chain-closed-by-last-interval", "[[1,2],[5,6],[3,4],[2,5]]");
        add(out, "chain-through-a-point", "[[1,3],[5,8],[3,3],[3,5]]");
        add(out, "point-inside", "[[1,5],[3,3]]");
        add(out, "point-on-end", "[[1,5],[5,5]]");
        add(out, "point-on-start", "[[5,5],[5,9]]");
        add(out, "point-just-outside", "[[1,5],[6,6],[0,0]]");
        add(out, "zero-length-duplicates", "[[0,0],[0,0],[1,1],[1,1]]");
        add(out, "two-groups-interleaved", "[[1,3],[10,12],[2,4],[11,13],[4,5],[13,14]]");
        add(out, "nested-three-deep", "[[3,4],[2,5],[1,6],[8,9]]");
        add(out, "unsorted-example-1", "[[15,18],[8,10],[2,6],[1,3]]");
        add(out, "big-block-then-gap-of-one", "[[0,9999],[10000,10000]]");
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        for (int k = 1; k <= 12; k++) {
            int n = 1 + rnd.nextInt(30);
            int maxV = k <= 6 ? 20 : 60;
            int maxLen = k <= 6 ? 4 : 3;
            add(out, String.format("random-small-%02d", k), randomIntervals(rnd, n, maxV, maxLen));
        }
        Random mid = new Random(3002);
        add(out, "random-medium-short-intervals", randomIntervals(mid, 1000, MAX_V, 10));
        add(out, "random-medium-long-intervals", randomIntervals(mid, 1000, MAX_V, 200));
        add(out, "random-medium-any-lengths", randomIntervals(mid, 1000, MAX_V, MAX_V));
    }

    static void max(TestWriter.Group out) {
        // 10^4 different points from 0..10^4 (all but 5000): nothing merges, the answer is as long as the input.
        int[][] points = new int[MAX_N][];
        for (int x = 0, i = 0; x <= MAX_V; x++) {
            if (x != 5000) {
                points[i++] = new int[] {x, x};
            }
        }
        add(out, "max-disjoint-points-shuffled", shuffle(points, new Random(4001)));
        int[][] chain = new int[MAX_N][];
        for (int k = 0; k < MAX_N; k++) {
            chain[k] = new int[] {k, k + 1};
        }
        add(out, "max-touching-chain-shuffled", shuffle(chain, new Random(4002)));
        int[][] whole = new int[MAX_N][];
        for (int k = 0; k < MAX_N; k++) {
            whole[k] = new int[] {0, MAX_V};
        }
        add(out, "max-whole-range-every-time", whole);
        Random nestedRnd = new Random(4003);
        int[][] nested = new int[MAX_N][];
        for (int k = 0; k < MAX_N; k++) {
            int a = nestedRnd.nextInt(5000);
            nested[k] = new int[] {a, MAX_V - a};
        }
        add(out, "max-nested-around-the-middle", nested);
        add(out, "max-random-short-intervals", randomIntervals(new Random(4004), MAX_N, MAX_V, 2));
        add(out, "max-random-any-lengths", randomIntervals(new Random(4005), MAX_N, MAX_V, 50));
        // 5000 disjoint points in front, then 5000 copies of one point: merging one pair at a time and
        // rescanning from the front walks past the 5000 points each time, 5000 times.
        int[][] rescan = new int[MAX_N][];
        for (int k = 0; k < MAX_N; k++) {
            rescan[k] = k < MAX_N / 2 ? new int[] {2 * k, 2 * k} : new int[] {MAX_V, MAX_V};
        }
        add(out, "max-disjoint-points-then-one-point-repeated", rescan);
        int[][] descending = new int[MAX_N][];
        for (int k = 0; k < MAX_N; k++) {
            int s = MAX_V - k;
            descending[k] = new int[] {s - 1, s};
        }
        add(out, "max-touching-chain-descending", descending);
    }

    // ---------------------------------------------------------------- building inputs

    /** n intervals with starts in 0..maxV and lengths 0..maxLen, cut at maxV. */
    static int[][] randomIntervals(Random rnd, int n, int maxV, int maxLen) {
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int a = rnd.nextInt(maxV + 1);
            out[i] = new int[] {a, Math.min(maxV, a + rnd.nextInt(maxLen + 1))};
        }
        return out;
    }

    static int[][] shuffle(int[][] a, Random rnd) {
        int[][] out = a.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int[] tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
        return out;
    }

    /** Parses "[[1,3],[2,6]]": hand-made tests read as the statement writes them. */
    static int[][] parse(String text) {
        String inner = text.substring(2, text.length() - 2);
        String[] parts = inner.split("\\],\\[");
        int[][] out = new int[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String[] ab = parts[i].split(",");
            out[i] = new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[1])};
        }
        return out;
    }

    // ---------------------------------------------------------------- checking and answers

    static void add(TestWriter.Group out, String name, String intervals) {
        add(out, name, parse(intervals));
    }

    static void add(TestWriter.Group out, String name, int[][] intervals) {
        if (intervals.length < 1 || intervals.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + intervals.length);
        }
        for (int[] iv : intervals) {
            if (iv.length != 2 || iv[0] < 0 || iv[0] > iv[1] || iv[1] > MAX_V) {
                throw new IllegalStateException(name + ": interval " + Arrays.toString(iv));
            }
        }
        int[][] expected = merge(intervals);
        if (!Arrays.deepEquals(expected, sweep(intervals))) {
            throw new IllegalStateException(name + ": reference and sweep disagree");
        }
        out.add(name, expected, (Object) intervals);
    }

    /** Copy of reference/Solution.java: sort by start, extend the open block or start a new one. */
    static int[][] merge(int[][] intervals) {
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        int[] block = {sorted[0][0], sorted[0][1]};
        for (int i = 1; i < sorted.length; i++) {
            int[] next = sorted[i];
            if (next[0] <= block[1]) {
                block[1] = Math.max(block[1], next[1]);
            } else {
                merged.add(block);
                block = new int[] {next[0], next[1]};
            }
        }
        merged.add(block);
        return merged.toArray(new int[0][]);
    }

    /**
     * Independent check: marks cell 2x for every number x an interval covers and cell 2x+1 for the gap
     * between x and x+1 when both lie inside one interval, then reads the runs of marked cells.
     */
    static int[][] sweep(int[][] intervals) {
        boolean[] covered = new boolean[2 * MAX_V + 1];
        for (int[] iv : intervals) {
            for (int c = 2 * iv[0]; c <= 2 * iv[1]; c++) {
                covered[c] = true;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < covered.length; c++) {
            if (covered[c] && (c == 0 || !covered[c - 1])) {
                int d = c;
                while (d + 1 < covered.length && covered[d + 1]) {
                    d++;
                }
                out.add(new int[] {c / 2, d / 2});
            }
        }
        return out.toArray(new int[0][]);
    }
}
