/*
 * Writes the hidden tests of 146. LRU Cache: tests/hidden/*.json.
 *
 * Run from the repository root:
 *
 *     java problems/0146-lru-cache/generator/GenerateTests.java problems/0146-lru-cache
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. A test is a design problem's pair of lines: the operations ("LRUCache" first, then
 * "get" and "put") and their arguments. The expected answers come from this program's own cache, built on
 * LinkedHashMap in access order (not the reference's hand-made list), and every test is checked against
 * the constraints: 1 <= capacity <= 3000, 0 <= key <= 10^4, 0 <= value <= 10^5, 1 to 2 * 10^5 calls after
 * the constructor; every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  one call; capacity 1; keys 0 and 10^4; values 0 and 10^5 (a value of 0 is a hit,
 *                       not a miss); get on an empty cache; capacity 3000 filled exactly.
 *   02-tricky.json      The classic bugs, each with a test that only it fails: get must make its key the
 *                       most recently used; put of a present key must too, must update the value, and must
 *                       not evict anything; the least recently used key is evicted, not the most recent or
 *                       the first inserted; a key evicted and put again is new.
 *   03-random.json      Random sequences over few keys and small capacities (many hits and evictions),
 *                       and medium ones over the whole key range.
 *   04-max.json         2 * 10^5 calls at capacity 3000 where nearly every call gets or updates one of the
 *                       four most recently used keys (a scan of the cache from its least recent end per
 *                       call costs about 6 * 10^8 steps), and a long churn at capacity 1000 over the whole
 *                       key range.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

public class GenerateTests {

    static final int MAX_CAPACITY = 3000;
    static final int MAX_KEY = 10_000;
    static final int MAX_VALUE = 100_000;
    static final int MAX_CALLS = 200_000;

    /** One call: get(key) when value < 0, else put(key, value). */
    record Call(int key, int value) {
        boolean isGet() {
            return value < 0;
        }
    }

    record Test(String name, int capacity, List<Call> calls) {}

    static final Set<String> NAMES = new HashSet<>(List.of("example-1", "example-2"));

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
        add(out, "one-call-get-on-empty", 1, "get 0");
        add(out, "one-call-put", 1, "put 10000 100000");
        add(out, "capacity-1-put-then-get", 1, "put 0 0; get 0");
        add(out, "capacity-1-second-put-evicts-first", 1, "put 1 1; put 2 2; get 1; get 2");
        add(out, "capacity-1-overwrite-same-key", 1, "put 5 1; put 5 2; get 5");
        add(out, "value-zero-is-a-hit", 2, "put 3 0; get 3; get 4");
        add(out, "key-zero-and-key-max", 2, "put 0 100000; put 10000 0; get 0; get 10000; put 1 1; get 0; get 10000");
        add(out, "max-value-stored", 3, "put 7 100000; get 7");
        add(out, "gets-on-empty-cache", 3000, "get 0; get 10000; get 1; get 0");
        StringBuilder fill = new StringBuilder();
        for (int k = 0; k < MAX_CAPACITY; k++) {
            fill.append("put ").append(k).append(' ').append(k * 7 % (MAX_VALUE + 1)).append("; ");
        }
        fill.append("get 0; get 2999; put 3000 1; get 1; get 0; get 3000");
        add(out, "capacity-3000-filled-exactly", MAX_CAPACITY, fill.toString());
        return out;
    }

    static List<Test> tricky() {
        List<Test> out = new ArrayList<>();
        // get makes 1 the most recent, so 3 evicts 2.
        add(out, "get-refreshes-recency", 2, "put 1 1; put 2 2; get 1; put 3 3; get 1; get 2; get 3");
        // put of a present key makes it the most recent, so 3 evicts 2.
        add(out, "put-existing-refreshes-recency", 2, "put 1 1; put 2 2; put 1 10; put 3 3; get 1; get 2; get 3");
        // put of a present key updates it in place: nothing is evicted, the cache holds 2 keys.
        add(out, "put-existing-does-not-evict", 2, "put 1 1; put 2 2; put 2 20; get 1; get 2");
        add(out, "put-existing-updates-value", 3, "put 4 1; put 4 2; put 4 3; get 4");
        // the least recently used goes, not the most recent one.
        add(out, "evicts-least-recent-not-most-recent", 3, "put 1 1; put 2 2; put 3 3; put 4 4; get 3; get 4; get 1; get 2");
        // the first inserted is not always the least recently used.
        add(out, "evicts-least-recent-not-first-inserted", 3,
                "put 1 1; put 2 2; put 3 3; get 1; put 4 4; get 1; get 2; get 3; get 4");
        add(out, "miss-does-not-refresh", 2, "put 1 1; put 2 2; get 9; put 3 3; get 1; get 2; get 3");
        add(out, "evicted-key-put-again-is-new", 2, "put 1 1; put 2 2; put 3 3; get 1; put 1 5; get 2; get 1; get 3");
        add(out, "repeated-gets-keep-key", 2, "put 1 1; get 1; put 2 2; get 1; put 3 3; get 1; put 4 4; get 1; get 2; get 3; get 4");
        add(out, "cycle-longer-than-capacity", 3,
                "put 1 1; put 2 2; put 3 3; put 4 4; get 1; put 1 1; get 2; put 2 2; get 3; get 4; get 1; get 2");
        add(out, "interleaved-puts-of-present-keys", 2,
                "put 2 1; put 1 1; put 2 3; put 4 1; get 1; get 2");
        return out;
    }

    static List<Test> random() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(146);
        for (int i = 1; i <= 40; i++) {
            int keys = 1 + rnd.nextInt(8);
            int capacity = 1 + rnd.nextInt(keys + 1);
            out.add(test("random-small-" + i, capacity, randomCalls(rnd, 5 + rnd.nextInt(40), keys, 20, 0.5)));
        }
        for (int i = 1; i <= 8; i++) {
            int capacity = 1 + rnd.nextInt(200);
            out.add(test("random-medium-" + i, capacity,
                    randomCalls(rnd, 1000 + rnd.nextInt(1500), 1 + rnd.nextInt(400), MAX_VALUE, 0.5)));
        }
        for (int i = 1; i <= 3; i++) {
            out.add(test("random-whole-key-range-" + i, 1 + rnd.nextInt(MAX_CAPACITY),
                    randomCalls(rnd, 5000, MAX_KEY + 1, MAX_VALUE + 1, 0.5)));
        }
        return out;
    }

    static List<Test> max() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(1460);
        // Fill 3000 keys, then keep working at the recent end: get or update one of the few most recent keys,
        // now and then a new key (evicting the oldest). A cache that scans a list from its least recent end
        // for the key it touches walks all 3000 entries on nearly every call.
        List<Call> calls = new ArrayList<>();
        List<Integer> recent = new ArrayList<>();
        for (int k = 0; k < MAX_CAPACITY; k++) {
            calls.add(new Call(MAX_KEY - k, rnd.nextInt(MAX_VALUE + 1)));
            recent.add(MAX_KEY - k);
            if (recent.size() > 4) {
                recent.remove(0);
            }
        }
        int next = 0;
        while (calls.size() < MAX_CALLS) {
            int pick = rnd.nextInt(50);
            if (pick == 0) {
                int key = next++;
                calls.add(new Call(key, rnd.nextInt(MAX_VALUE + 1)));
                recent.add(key);
                recent.remove(0);
            } else if (pick < 17) {
                calls.add(new Call(recent.get(rnd.nextInt(recent.size())), rnd.nextInt(MAX_VALUE + 1)));
            } else {
                calls.add(new Call(recent.get(rnd.nextInt(recent.size())), -1));
            }
        }
        out.add(test("max-calls-at-the-recent-end", MAX_CAPACITY, calls));
        out.add(test("max-churn-whole-key-range", 1000, randomCalls(rnd, 30_000, MAX_KEY + 1, MAX_VALUE + 1, 0.5)));
        return out;
    }

    static List<Call> randomCalls(Random rnd, int n, int keys, int values, double getShare) {
        List<Call> calls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int key = rnd.nextInt(keys);
            calls.add(rnd.nextDouble() < getShare ? new Call(key, -1) : new Call(key, rnd.nextInt(values)));
        }
        return calls;
    }

    // ---------------------------------------------------------------- building and checking

    /** Calls written "put 1 1; get 1". */
    static void add(List<Test> out, String name, int capacity, String calls) {
        List<Call> list = new ArrayList<>();
        for (String call : calls.split(";")) {
            String[] w = call.strip().split(" ");
            if (w[0].isEmpty()) {
                continue;
            }
            list.add(w[0].equals("get") ? new Call(Integer.parseInt(w[1]), -1)
                    : new Call(Integer.parseInt(w[1]), Integer.parseInt(w[2])));
        }
        out.add(test(name, capacity, list));
    }

    static Test test(String name, int capacity, List<Call> calls) {
        if (!NAMES.add(name)) {
            throw new IllegalStateException("duplicate test name " + name);
        }
        check(capacity >= 1 && capacity <= MAX_CAPACITY, name + ": capacity " + capacity);
        check(calls.size() >= 1 && calls.size() <= MAX_CALLS, name + ": " + calls.size() + " calls");
        for (Call c : calls) {
            check(c.key() >= 0 && c.key() <= MAX_KEY, name + ": key " + c.key());
            check(c.isGet() || c.value() <= MAX_VALUE, name + ": value " + c.value());
        }
        return new Test(name, capacity, calls);
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("constraint broken: " + what);
        }
    }

    /** The answers, from LinkedHashMap in access order: get and put both count as a use. */
    static List<Integer> answers(Test t) {
        int capacity = t.capacity();
        Map<Integer, Integer> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > capacity;
            }
        };
        List<Integer> out = new ArrayList<>();
        out.add(null);
        for (Call c : t.calls()) {
            if (c.isGet()) {
                Integer v = cache.get(c.key());
                out.add(v == null ? -1 : v);
            } else {
                cache.put(c.key(), c.value());
                out.add(null);
            }
        }
        return out;
    }

    static String toJson(List<Test> tests) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < tests.size(); i++) {
            Test t = tests.get(i);
            StringBuilder ops = new StringBuilder("[\"LRUCache\"");
            StringBuilder args = new StringBuilder("[[").append(t.capacity()).append(']');
            for (Call c : t.calls()) {
                ops.append(c.isGet() ? ",\"get\"" : ",\"put\"");
                args.append(",[").append(c.key());
                if (!c.isGet()) {
                    args.append(',').append(c.value());
                }
                args.append(']');
            }
            ops.append(']');
            args.append(']');
            StringBuilder expected = new StringBuilder("[");
            List<Integer> answers = answers(t);
            for (int j = 0; j < answers.size(); j++) {
                expected.append(j == 0 ? "" : ",").append(answers.get(j) == null ? "null" : answers.get(j).toString());
            }
            expected.append(']');
            sb.append("{\"name\":\"").append(t.name()).append("\",\"input\":{\"operations\":").append(ops)
                    .append(",\"arguments\":").append(args).append("},\"expected\":").append(expected).append('}')
                    .append(i + 1 < tests.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }
}
