import java.util.Comparator;
import java.util.LinkedList;

/*
 * Accepted: the usual algorithm written with a stream sort and a LinkedList whose last element is the
 * open block. It hands the blocks back in DESCENDING order of start (read with descendingIterator),
 * which the problem allows: the answer may come in any order.
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        LinkedList<int[]> blocks = new LinkedList<>();
        java.util.Arrays.stream(intervals)
            .sorted(Comparator.comparingInt((int[] iv) -> iv[0]))
            .forEach(iv -> {
                if (!blocks.isEmpty() && iv[0] <= blocks.getLast()[1]) {
                    blocks.getLast()[1] = Math.max(blocks.getLast()[1], iv[1]);
                } else {
                    blocks.add(new int[] {iv[0], iv[1]});
                }
            });
        int[][] out = new int[blocks.size()][];
        int i = 0;
        for (java.util.Iterator<int[]> it = blocks.descendingIterator(); it.hasNext(); ) {
            out[i++] = it.next();
        }
        return out;
    }
}
