import java.util.*;

/*
 * Accepted: the reference's online softmax with Kahan-compensated sums for l and acc, tile by tile
 * through a list of tile maxima. A different summation order and rounding than the reference.
 */
class Solution {
    public double[] tiledAttention(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        List<Double> outs = new ArrayList<>();
        double m = Double.NEGATIVE_INFINITY, l = 0, lc = 0, acc = 0, ac = 0;
        for (int start = 0; start < n; start += blockSize) {
            int end = Math.min(n, start + blockSize);
            double newMax = m;
            for (int i = start; i < end; i++) {
                newMax = Math.max(newMax, scores[i]);
            }
            double r = Math.exp(m - newMax);
            l *= r; lc *= r; acc *= r; ac *= r;
            m = newMax;
            for (int i = start; i < end; i++) {
                double w = Math.exp(scores[i] - m);
                double y = w - lc, t = l + y;
                lc = (t - l) - y; l = t;
                double y2 = w * values[i] - ac, t2 = acc + y2;
                ac = (t2 - acc) - y2; acc = t2;
            }
            outs.add(acc / l);
        }
        double[] out = new double[outs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = outs.get(i);
        }
        return out;
    }
}
