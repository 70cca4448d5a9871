import java.util.LinkedHashMap;

/*
 * Wrong answer: a LinkedHashMap in insertion order, where put of a present key moves it to the end but get
 * leaves the order alone. A key that is read often but written once is evicted as if it were never used
 * ("get-refreshes-recency").
 */
class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> map = new LinkedHashMap<>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        return map.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        if (map.containsKey(key)) {
            map.remove(key);
        } else if (map.size() == capacity) {
            map.remove(map.keySet().iterator().next());
        }
        map.put(key, value);
    }
}
