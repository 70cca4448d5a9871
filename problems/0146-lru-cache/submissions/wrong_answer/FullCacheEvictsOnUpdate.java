import java.util.LinkedHashMap;

/*
 * Wrong answer: put checks for a full cache before it checks whether the key is already there, so
 * updating a present key in a full cache evicts the least recently used key for nothing
 * ("put-existing-does-not-evict").
 */
class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> map = new LinkedHashMap<>(16, 0.75f, true);

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        return map.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        if (map.size() == capacity) {
            Integer eldest = map.keySet().iterator().next();
            if (eldest != key || capacity == 1) {
                map.remove(eldest);
            }
        }
        map.put(key, value);
    }
}
