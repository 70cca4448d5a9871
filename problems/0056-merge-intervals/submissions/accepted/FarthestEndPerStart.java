/*
 * Accepted without a comparison sort: the values are at most 10^4, so for every start value keep the
 * farthest end of the intervals starting there, then sweep the start values in order, extending the open
 * block while a start lies inside it (start <= block end: touching merges too). The answer is built
 * back to front in an array, then copied out. O(n + 10^4).
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        int max = 10_000;
        int[] farthest = new int[max + 1];
        java.util.Arrays.fill(farthest, -1);
        for (int[] iv : intervals) {
            farthest[iv[0]] = Math.max(farthest[iv[0]], iv[1]);
        }
        int[][] out = new int[intervals.length][];
        int count = 0;
        int blockStart = -1, blockEnd = -1;
        for (int s = 0; s <= max; s++) {
            if (farthest[s] < 0) {
                continue;
            }
            if (blockStart >= 0 && s <= blockEnd) {
                blockEnd = Math.max(blockEnd, farthest[s]);
            } else {
                if (blockStart >= 0) {
                    out[count++] = new int[] {blockStart, blockEnd};
                }
                blockStart = s;
                blockEnd = farthest[s];
            }
        }
        out[count++] = new int[] {blockStart, blockEnd};
        return java.util.Arrays.copyOf(out, count);
    }
}
