import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: marks every number an interval covers in a boolean array and reads off the runs of marked
 * numbers. That loses the difference between touching and neighbouring: [1,2] and [3,4] cover 1, 2, 3, 4
 * without a gap and come out as [[1,4]], although they share no number ("neighbours-do-not-touch").
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        boolean[] covered = new boolean[10_001];
        for (int[] iv : intervals) {
            for (int x = iv[0]; x <= iv[1]; x++) {
                covered[x] = true;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int x = 0; x <= 10_000; x++) {
            if (covered[x] && (x == 0 || !covered[x - 1])) {
                int y = x;
                while (y < 10_000 && covered[y + 1]) {
                    y++;
                }
                out.add(new int[] {x, y});
            }
        }
        return out.toArray(new int[0][]);
    }
}
