/*
 * Wrong Answer: the residual p - q without max(0, .): it sums to 0 and has negative weights.
 * Caught by "residual-needs-clamp": [[2,0,1,1],[1,1,1,1]], [[1,2,1,0]], [1], [0,900000] (expected [3],
 * gets [0]).
 */
class Solution {
    public int[] speculativeSample(int[][] target, int[][] draft, int[] tokens, int[] uniforms) {
        int gamma = tokens.length;
        int[] out = new int[gamma + 1];
        for (int k = 0; k < gamma; k++) {
            int x = tokens[k];
            long sp = sum(target[k]), sq = sum(draft[k]);
            if ((long) uniforms[k] * draft[k][x] * sp < 1_000_000L * target[k][x] * sq) {
                out[k] = x;
                continue;
            }
            long[] residual = new long[target[k].length];
            for (int j = 0; j < residual.length; j++) {
                residual[j] = target[k][j] * sq - draft[k][j] * sp;
            }
            out[k] = draw(residual, uniforms[gamma]);
            return java.util.Arrays.copyOf(out, k + 1);
        }
        long[] bonus = new long[target[gamma].length];
        for (int j = 0; j < bonus.length; j++) {
            bonus[j] = target[gamma][j];
        }
        out[gamma] = draw(bonus, uniforms[gamma]);
        return out;
    }

    private static long sum(int[] row) {
        long s = 0;
        for (int w : row) {
            s += w;
        }
        return s;
    }

    private static int draw(long[] w, int u) {
        long total = 0;
        for (long x : w) {
            total += x;
        }
        long cumulative = 0;
        for (int j = 0; j < w.length; j++) {
            cumulative += w[j];
            if (cumulative * 1_000_000L > u * total) {
                return j;
            }
        }
        return w.length - 1;
    }
}
