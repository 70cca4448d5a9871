import java.util.HashMap;
import java.util.Map;

/*
 * Wrong answer: a hash map and a doubly linked list, where get moves the key to the front but put of a
 * present key only changes its value in place. An update is a use too: the updated key is then evicted
 * before keys used less recently ("put-existing-refreshes-recency").
 */
class LRUCache {
    private static final class Node {
        int key;
        int value;
        Node prev;
        Node next;
    }

    private final int capacity;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Node head = new Node();
    private final Node tail = new Node();

    public LRUCache(int capacity) {
        this.capacity = capacity;
        head.next = tail;
        tail.prev = head;
    }

    public int get(int key) {
        Node n = nodes.get(key);
        if (n == null) {
            return -1;
        }
        unlink(n);
        pushFront(n);
        return n.value;
    }

    public void put(int key, int value) {
        Node n = nodes.get(key);
        if (n != null) {
            n.value = value;
            return;
        }
        if (nodes.size() == capacity) {
            Node oldest = tail.prev;
            unlink(oldest);
            nodes.remove(oldest.key);
        }
        n = new Node();
        n.key = key;
        n.value = value;
        nodes.put(key, n);
        pushFront(n);
    }

    private void unlink(Node n) {
        n.prev.next = n.next;
        n.next.prev = n.prev;
    }

    private void pushFront(Node n) {
        n.next = head.next;
        n.prev = head;
        head.next.prev = n;
        head.next = n;
    }
}
