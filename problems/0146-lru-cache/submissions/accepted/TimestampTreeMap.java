import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/*
 * Accepted: every use stamps the key with a growing counter; a TreeMap from stamp to key finds the least
 * recently used key as its first entry. O(log capacity) per call.
 */
class LRUCache {
    private final int capacity;
    private final Map<Integer, int[]> entries = new HashMap<>(); // key -> {value, stamp}
    private final TreeMap<Integer, Integer> byStamp = new TreeMap<>();
    private int clock;

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        int[] e = entries.get(key);
        if (e == null) {
            return -1;
        }
        touch(key, e);
        return e[0];
    }

    public void put(int key, int value) {
        int[] e = entries.get(key);
        if (e != null) {
            e[0] = value;
            touch(key, e);
            return;
        }
        if (entries.size() == capacity) {
            int oldest = byStamp.pollFirstEntry().getValue();
            entries.remove(oldest);
        }
        e = new int[] {value, ++clock};
        entries.put(key, e);
        byStamp.put(e[1], key);
    }

    private void touch(int key, int[] e) {
        byStamp.remove(e[1]);
        e[1] = ++clock;
        byStamp.put(e[1], key);
    }
}
