import java.util.LinkedHashMap;
import java.util.Map;

/*
 * Accepted: LinkedHashMap in access order already is an LRU cache; removeEldestEntry drops the least
 * recently used entry once the map outgrows the capacity. O(1) per call.
 */
class LRUCache extends LinkedHashMap<Integer, Integer> {
    private final int capacity;

    public LRUCache(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    public int get(int key) {
        return super.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        super.put(key, value);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
        return size() > capacity;
    }
}
