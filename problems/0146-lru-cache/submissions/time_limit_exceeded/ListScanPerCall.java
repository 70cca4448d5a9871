import java.util.HashMap;
import java.util.LinkedList;
import java.util.Map;

/*
 * Time limit exceeded: right answers, but recency is a LinkedList of keys, and moving a key to the recent
 * end means finding it first: LinkedList.remove(Object) walks from the least recent end. At capacity 3000
 * with every call at the recent end ("max-calls-at-the-recent-end") that is a walk of 3000 nodes per call,
 * 6 * 10^8 steps for 2 * 10^5 calls.
 */
class LRUCache {
    private final int capacity;
    private final Map<Integer, Integer> values = new HashMap<>();
    private final LinkedList<Integer> order = new LinkedList<>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        Integer v = values.get(key);
        if (v == null) {
            return -1;
        }
        order.remove(Integer.valueOf(key));
        order.addLast(key);
        return v;
    }

    public void put(int key, int value) {
        if (values.containsKey(key)) {
            order.remove(Integer.valueOf(key));
        } else if (values.size() == capacity) {
            values.remove(order.removeFirst());
        }
        values.put(key, value);
        order.addLast(key);
    }
}
