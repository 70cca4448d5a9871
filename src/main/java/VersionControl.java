import java.util.concurrent.atomic.AtomicLong;

/**
 * LeetCode's First Bad Version API: a solution declares {@code class Solution extends VersionControl} and calls
 * {@code isBadVersion(version)}. It lives in the unnamed package, like {@link ListNode}, on the class path of
 * every Java child. The runner sets the test's hidden first bad version before each call and reads how many
 * times the solution called the API after it; both fields are private, and solutions may not use reflection.
 */
public class VersionControl {
    private static volatile long bad = 1;
    private static final AtomicLong calls = new AtomicLong();

    /** Whether {@code version} is bad: every version from the test's first bad one on is. */
    public boolean isBadVersion(int version) {
        calls.incrementAndGet();
        return version >= bad;
    }
}
