/*
 * Writes the hidden tests of 347. Top K Frequent Elements: tests/hidden/*.json.
 *
 * Run from the repository root:
 *
 *     java problems/0347-top-k-frequent-elements/generator/GenerateTests.java problems/0347-top-k-frequent-elements
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. The expected answers come from this program's own copy of the reference (bucket
 * sort by count; the checker accepts any order) and are checked against an independent one (sort the
 * distinct values by count, take k). Each input is checked against the constraints (1 <= n <= 10^5,
 * values in [-10^4, 10^4], 1 <= k <= distinct values, a unique answer) and every name must be unique,
 * examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1 with the values -10^4 and 10^4, both bounds together, one value repeated
 *                       (its count is n: a bucket array that stops at n - 1 loses it), k = 1 and k = the
 *                       number of distinct values, negative values and zero.
 *   02-tricky.json      x and -x with different counts, the order by value against the order by count,
 *                       ties inside the answer (allowed: only the k-th and (k+1)-th counts must differ),
 *                       the most frequent value last in sorted order, the least frequent values first.
 *   03-random.json      Random small and medium inputs with a random k among those that give a unique
 *                       answer.
 *   04-max.json         n = 10^5: one value 10^5 times; 70000 against 30000 copies (a count kept in a
 *                       short wraps around); a skewed random mix; counts 1 to 446, all different; and
 *                       last all 20001 values with k = 20001 (finding the most frequent value k times
 *                       over costs O(k * n)). Counting by scanning the whole array once per element is
 *                       O(n^2) = 10^10 on each of them.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int BOUND = 10_000;

    record Test(String name, int[] nums, int k, int[] expected) {}

    static final Set<String> NAMES = new HashSet<>(List.of("example-1", "example-2", "example-3"));

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateTests.java <problem directory>");
            System.exit(2);
        }
        Path hidden = Path.of(args[0]).resolve("tests").resolve("hidden");
        Files.createDirectories(hidden);
        List<String> written = new ArrayList<>();
        long bytes = 0;
        int count = 0;
        Object[][] groups = {
            {"01-boundaries.json", boundaries()},
            {"02-tricky.json", tricky()},
            {"03-random.json", random()},
            {"04-max.json", max()},
        };
        for (Object[] group : groups) {
            String file = (String) group[0];
            @SuppressWarnings("unchecked")
            List<Test> tests = (List<Test>) group[1];
            byte[] json = toJson(tests).getBytes(StandardCharsets.UTF_8);
            Files.write(hidden.resolve(file), json);
            written.add(file);
            bytes += json.length;
            count += tests.size();
            System.out.printf("%-20s %3d tests %9d bytes%n", file, tests.size(), json.length);
        }
        // Drop files of an older layout so that the directory holds exactly what this program makes.
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(hidden, "*.json")) {
            for (Path p : dir) {
                if (!written.contains(p.getFileName().toString())) {
                    Files.delete(p);
                    System.out.println("deleted stale " + p);
                }
            }
        }
        System.out.printf("%-20s %3d tests %9d bytes%n", "total", count, bytes);
    }

    // ---------------------------------------------------------------- groups

    static List<Test> boundaries() {
        List<Test> out = new ArrayList<>();
        add(out, "n1-min-value", new int[] {-BOUND}, 1);
        add(out, "n1-max-value", new int[] {BOUND}, 1);
        add(out, "n1-zero", new int[] {0}, 1);
        add(out, "both-value-bounds-k-1", new int[] {-BOUND, BOUND, BOUND}, 1);
        add(out, "both-value-bounds-k-2", new int[] {BOUND, -BOUND, BOUND}, 2);
        add(out, "one-value-repeated", new int[] {7, 7, 7, 7}, 1);
        add(out, "k-is-number-of-distinct-values", new int[] {3, 1, 2, 3}, 3);
        add(out, "all-distinct-k-is-n", new int[] {4, -4, 9, 0}, 4);
        add(out, "two-values-k-1", new int[] {5, -5, -5}, 1);
        add(out, "negatives-only", new int[] {-1, -1, -2, -2, -2, -3}, 2);
        add(out, "zero-most-frequent", new int[] {0, 1, 0, -1, 0}, 1);
        return out;
    }

    static List<Test> tricky() {
        List<Test> out = new ArrayList<>();
        add(out, "x-and-minus-x-positive-wins", new int[] {2, 2, -2}, 1);
        add(out, "x-and-minus-x-negative-wins", new int[] {-3, 3, -3}, 1);
        add(out, "x-and-minus-x-with-others", new int[] {6, -6, -6, 1, 1, 1, -6, 6, 9}, 2);
        add(out, "value-order-against-count-order", new int[] {1, 2, 2, 3, 3, 3}, 2);
        add(out, "tie-inside-answer", new int[] {1, 1, 2, 2, 3}, 2);
        add(out, "three-way-tie-inside-answer", new int[] {4, 5, 6, 4, 5, 6, 7}, 3);
        add(out, "most-frequent-is-largest-value", new int[] {1, 2, 3, 3}, 1);
        add(out, "most-frequent-is-largest-unsorted", new int[] {9, 5, 9, -1, 9}, 1);
        add(out, "least-frequent-values-first", new int[] {1, 2, 3, 4, 8, 8, 9, 9, 9}, 2);
        add(out, "most-frequent-first-then-many-singles", new int[] {0, 0, 0, 1, 2, 3, 4, 5, 6}, 1);
        add(out, "count-n-minus-1", new int[] {-7, -7, -7, -7, -7, 8}, 1);
        add(out, "k-all-but-one", new int[] {1, 1, 2, 2, 3, 3, 4}, 3);
        add(out, "interleaved-counts", new int[] {5, 4, 5, 3, 5, 4, 2, 5, 4, 3}, 3);
        return out;
    }

    static List<Test> random() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(3001);
        for (int t = 1; t <= 12; t++) {
            int n = 1 + rnd.nextInt(30);
            int spread = t <= 6 ? 3 : 10;
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = rnd.nextInt(2 * spread + 1) - spread;
            }
            add(out, String.format("random-small-%02d", t), nums, randomValidK(rnd, nums));
        }
        Random mid = new Random(3002);
        for (int t = 1; t <= 4; t++) {
            int n = 2000;
            int[] nums = new int[n];
            int spread = t <= 2 ? 50 : BOUND;
            for (int i = 0; i < n; i++) {
                // Skewed: small values far more often, so that counts differ.
                int magnitude = (int) Math.floor(Math.pow(mid.nextDouble(), 3) * (spread + 1));
                nums[i] = mid.nextBoolean() ? magnitude : -magnitude;
            }
            add(out, String.format("random-medium-%d", t), nums, randomValidK(mid, nums));
        }
        return out;
    }

    static List<Test> max() {
        List<Test> out = new ArrayList<>();
        // Lighter inputs first, so that a solution's code is compiled by the time the 20001 distinct values
        // of the last test arrive: the time limit is for the algorithm, not for the JIT's warm-up.
        int[] one = new int[MAX_N];
        add(out, "max-one-value-n-times", one, 1);
        int[] two = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            two[i] = i < 70_000 ? 1 : -1;
        }
        add(out, "max-70000-against-30000-k-1", shuffle(two, new Random(4002)), 1);
        Random skew = new Random(4004);
        int[] mix = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            int magnitude = (int) Math.floor(Math.pow(skew.nextDouble(), 4) * 300);
            mix[i] = skew.nextBoolean() ? magnitude : -magnitude;
        }
        add(out, "max-skewed-mix", mix, largestValidKAtMost(mix, 25));
        // 446 different values with counts 1, 2, ..., 446: every k gives a unique answer.
        Random stairs = new Random(4003);
        int[] values = shuffle(rangeArray(-500, 500), stairs);
        List<Integer> list = new ArrayList<>();
        for (int c = 1; c <= 446; c++) {
            for (int j = 0; j < c; j++) {
                list.add(values[c - 1]);
            }
        }
        add(out, "max-counts-1-to-446-k-100", shuffle(list.stream().mapToInt(Integer::intValue).toArray(), stairs), 100);
        Random every = new Random(4001);
        int[] all = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            all[i] = i <= 2 * BOUND ? i - BOUND : every.nextInt(2 * BOUND + 1) - BOUND;
        }
        add(out, "max-every-value-k-is-20001", shuffle(all, every), 2 * BOUND + 1);
        return out;
    }

    // ---------------------------------------------------------------- building inputs

    static int[] rangeArray(int from, int to) {
        int[] out = new int[to - from + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    static int[] shuffle(int[] a, Random rnd) {
        int[] out = a.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
        return out;
    }

    /** Counts of the distinct values, largest first. */
    static int[] sortedCounts(int[] nums) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : nums) {
            counts.merge(x, 1, Integer::sum);
        }
        return counts.values().stream().sorted((a, b) -> Integer.compare(b, a)).mapToInt(Integer::intValue).toArray();
    }

    static boolean unique(int[] counts, int k) {
        return k >= 1 && k <= counts.length && (k == counts.length || counts[k - 1] > counts[k]);
    }

    static int randomValidK(Random rnd, int[] nums) {
        int[] counts = sortedCounts(nums);
        List<Integer> valid = new ArrayList<>();
        for (int k = 1; k <= counts.length; k++) {
            if (unique(counts, k)) {
                valid.add(k);
            }
        }
        return valid.get(rnd.nextInt(valid.size()));
    }

    static int largestValidKAtMost(int[] nums, int limit) {
        int[] counts = sortedCounts(nums);
        for (int k = Math.min(limit, counts.length); k >= 1; k--) {
            if (unique(counts, k)) {
                return k;
            }
        }
        throw new IllegalStateException("no k gives a unique answer");
    }

    // ---------------------------------------------------------------- checking and answers

    static void add(List<Test> out, String name, int[] nums, int k) {
        if (!name.matches("[a-z0-9]+(-[a-zA-Z0-9]+)*")) {
            throw new IllegalStateException("name is not kebab-case: " + name);
        }
        if (!NAMES.add(name)) {
            throw new IllegalStateException("duplicate test name: " + name);
        }
        if (nums.length < 1 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        for (int v : nums) {
            if (v < -BOUND || v > BOUND) {
                throw new IllegalStateException(name + ": value " + v);
            }
        }
        if (!unique(sortedCounts(nums), k)) {
            throw new IllegalStateException(name + ": k = " + k + " does not give a unique answer");
        }
        int[] expected = topKFrequent(nums, k);
        int[] a = expected.clone();
        int[] b = bySorting(nums, k);
        Arrays.sort(a);
        Arrays.sort(b);
        if (!Arrays.equals(a, b)) {
            throw new IllegalStateException(name + ": reference and sort disagree");
        }
        out.add(new Test(name, nums, k, expected));
    }

    /** Copy of reference/Solution.java: counts in an array, buckets by count, read from count n down. */
    static int[] topKFrequent(int[] nums, int k) {
        int[] count = new int[2 * BOUND + 1];
        for (int x : nums) {
            count[x + BOUND]++;
        }
        List<List<Integer>> bucket = new ArrayList<>(nums.length + 1);
        for (int c = 0; c <= nums.length; c++) {
            bucket.add(null);
        }
        for (int i = 0; i < count.length; i++) {
            int c = count[i];
            if (c > 0) {
                if (bucket.get(c) == null) {
                    bucket.set(c, new ArrayList<>());
                }
                bucket.get(c).add(i - BOUND);
            }
        }
        int[] answer = new int[k];
        int filled = 0;
        for (int c = nums.length; c >= 1 && filled < k; c--) {
            if (bucket.get(c) != null) {
                for (int value : bucket.get(c)) {
                    if (filled < k) {
                        answer[filled++] = value;
                    }
                }
            }
        }
        return answer;
    }

    /** Independent check: distinct values sorted by count, largest first; the first k. */
    static int[] bySorting(int[] nums, int k) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : nums) {
            counts.merge(x, 1, Integer::sum);
        }
        return counts.keySet().stream()
            .sorted((a, b) -> Integer.compare(counts.get(b), counts.get(a)))
            .limit(k).mapToInt(Integer::intValue).toArray();
    }

    // ---------------------------------------------------------------- JSON

    static String toJson(List<Test> tests) {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < tests.size(); i++) {
            Test x = tests.get(i);
            b.append("{\"name\":\"").append(x.name()).append('"')
                .append(",\"input\":{\"nums\":").append(array(x.nums()))
                .append(",\"k\":").append(x.k())
                .append("},\"expected\":").append(array(x.expected()))
                .append('}')
                .append(i + 1 < tests.size() ? ",\n" : "\n");
        }
        return b.append("]\n").toString();
    }

    static String array(int[] a) {
        StringBuilder b = new StringBuilder(a.length * 7 + 2).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }
}
