import java.math.BigInteger;
import java.util.*;

/*
 * Accepted: the same algorithm with BigInteger fractions (no reasoning about overflow at all), the
 * residual kept as p_j - q_j over a common denominator.
 */
class Solution {
    public int[] speculativeSample(int[][] target, int[][] draft, int[] tokens, int[] uniforms) {
        int g = tokens.length;
        BigInteger million = BigInteger.valueOf(1_000_000);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            int x = tokens[k];
            BigInteger sp = sum(target[k]), sq = sum(draft[k]);
            BigInteger lhs = BigInteger.valueOf(uniforms[k]).multiply(BigInteger.valueOf(draft[k][x])).multiply(sp);
            BigInteger rhs = million.multiply(BigInteger.valueOf(target[k][x])).multiply(sq);
            if (lhs.compareTo(rhs) < 0) {
                out.add(x);
                continue;
            }
            BigInteger[] r = new BigInteger[target[k].length];
            for (int j = 0; j < r.length; j++) {
                BigInteger d = BigInteger.valueOf(target[k][j]).multiply(sq)
                        .subtract(BigInteger.valueOf(draft[k][j]).multiply(sp));
                r[j] = d.signum() > 0 ? d : BigInteger.ZERO;
            }
            out.add(draw(r, uniforms[g]));
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
        BigInteger[] w = new BigInteger[target[g].length];
        for (int j = 0; j < w.length; j++) {
            w[j] = BigInteger.valueOf(target[g][j]);
        }
        out.add(draw(w, uniforms[g]));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static BigInteger sum(int[] row) {
        BigInteger s = BigInteger.ZERO;
        for (int w : row) {
            s = s.add(BigInteger.valueOf(w));
        }
        return s;
    }

    static int draw(BigInteger[] w, int u) {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger x : w) {
            total = total.add(x);
        }
        BigInteger threshold = total.multiply(BigInteger.valueOf(u));
        BigInteger c = BigInteger.ZERO;
        for (int j = 0; j < w.length; j++) {
            c = c.add(w[j]);
            if (c.multiply(BigInteger.valueOf(1_000_000)).compareTo(threshold) > 0) {
                return j;
            }
        }
        throw new IllegalStateException();
    }
}
