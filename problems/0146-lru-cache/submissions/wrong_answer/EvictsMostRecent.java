import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/*
 * Wrong answer: recency is kept right (a deque of keys, most recent last), but a full cache evicts from the
 * wrong end: the most recently used key goes instead of the least ("evicts-least-recent-not-most-recent").
 * With capacity 1 both ends are the same key, so every capacity-1 test passes.
 */
class LRUCache {
    private final int capacity;
    private final Map<Integer, Integer> values = new HashMap<>();
    private final Deque<Integer> order = new ArrayDeque<>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        Integer v = values.get(key);
        if (v == null) {
            return -1;
        }
        order.remove(key);
        order.addLast(key);
        return v;
    }

    public void put(int key, int value) {
        if (values.containsKey(key)) {
            order.remove(key);
        } else if (values.size() == capacity) {
            values.remove(order.pollLast());
        }
        values.put(key, value);
        order.addLast(key);
    }
}
