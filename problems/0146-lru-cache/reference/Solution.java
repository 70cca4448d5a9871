import java.util.HashMap;
import java.util.Map;

/**
 * Reference solution for 146. LRU Cache.
 *
 * A hash map from key to node, and a doubly linked list of the nodes from the most recently used (after
 * the head sentinel) to the least (before the tail sentinel). get and put move the key's node to the front;
 * a put of a new key into a full cache first unlinks the node before the tail and removes its key from the
 * map. Every operation is O(1); memory is O(capacity).
 */
class LRUCache {
    private static final class Node {
        final int key;
        int value;
        Node prev;
        Node next;

        Node(int key, int value) {
            this.key = key;
            this.value = value;
        }
    }

    private final int capacity;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Node head = new Node(-1, -1);
    private final Node tail = new Node(-1, -1);

    public LRUCache(int capacity) {
        this.capacity = capacity;
        head.next = tail;
        tail.prev = head;
    }

    public int get(int key) {
        Node node = nodes.get(key);
        if (node == null) {
            return -1;
        }
        unlink(node);
        pushFront(node);
        return node.value;
    }

    public void put(int key, int value) {
        Node node = nodes.get(key);
        if (node != null) {
            node.value = value;
            unlink(node);
            pushFront(node);
            return;
        }
        if (nodes.size() == capacity) {
            Node oldest = tail.prev;
            unlink(oldest);
            nodes.remove(oldest.key);
        }
        node = new Node(key, value);
        nodes.put(key, node);
        pushFront(node);
    }

    private void unlink(Node node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    private void pushFront(Node node) {
        node.next = head.next;
        node.prev = head;
        head.next.prev = node;
        head.next = node;
    }
}
