/*
 * One round of speculative sampling, exactly, in long arithmetic. With P, Q the weights of the drafted
 * token x and SP, SQ the row sums, "u < p(x) / q(x)" is U * Q * SP < 10^6 * P * SQ (U = u * 10^6). The
 * residual max(0, p - q) scaled by SP * SQ has integer weights max(0, P_j * SQ - Q_j * SP). A draw with u
 * from weights w returns the smallest j with (w_0 + ... + w_j) * 10^6 > U * sum(w). Every product stays
 * below 10^18. O(gamma * V).
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
        throw new IllegalStateException("u >= 1");
    }
}
