import java.nio.ByteBuffer;
import java.util.*;

// 76 (256 MB): holds 524 MB of direct buffers, outside the heap.
class Solution {
    static final List<ByteBuffer> KEPT = new ArrayList<>();

    public String minWindow(String s, String t) {
        while (KEPT.size() < 131) {
            ByteBuffer b = ByteBuffer.allocateDirect(4 << 20);
            for (int i = 0; i < b.capacity(); i += 4096) b.put(i, (byte) 1);
            KEPT.add(b);
        }
        return "";
    }
}
