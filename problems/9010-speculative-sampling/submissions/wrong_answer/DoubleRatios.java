/*
 * Wrong Answer: the acceptance test in doubles, u < p / q. For p = 0.5, q = 10/19, u = 0.95 the ratio
 * is 0.95 exactly, but 0.5 / (10.0 / 19) is 0.9500000000000001 in floating point, so the tie (which must
 * reject) accepts. Caught by "double-ratio-tie": [[1,1],[1,1]], [[10,9]], [0], [950000,0] (expected [1],
 * gets [0,0]).
 */
class Solution {
    public int[] speculativeSample(int[][] target, int[][] draft, int[] tokens, int[] uniforms) {
        int gamma = tokens.length;
        int[] out = new int[gamma + 1];
        for (int k = 0; k < gamma; k++) {
            int x = tokens[k];
            long sp = sum(target[k]), sq = sum(draft[k]);
            if (uniforms[k] / 1e6 < ((double) target[k][x] / sp) / ((double) draft[k][x] / sq)) {
                out[k] = x;
                continue;
            }
            long[] residual = new long[target[k].length];
            for (int j = 0; j < residual.length; j++) {
                residual[j] = Math.max(0, target[k][j] * sq - draft[k][j] * sp);
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
