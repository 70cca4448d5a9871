/*
 * Wrong Answer: the reference's algorithm in float. The logits reach 1000 and a float keeps 7 digits, so
 * the loss is off by about 1e-5 (measured up to 1.9e-5), above the tolerance of 1e-6. Caught by the
 * random groups at large scale ("random-*-scale-*").
 */
class Solution {
    public double clipLoss(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length;
        float[][] u = norm(imageEmb), v = norm(textEmb);
        float[][] z = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                float dot = 0;
                for (int k = 0; k < u[i].length; k++) {
                    dot += u[i][k] * v[j][k];
                }
                z[i][j] = (float) logitScale * dot;
            }
        }
        float total = 0;
        for (int i = 0; i < n; i++) {
            float mr = Float.NEGATIVE_INFINITY, mc = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                mr = Math.max(mr, z[i][j]);
                mc = Math.max(mc, z[j][i]);
            }
            float r = 0, c = 0;
            for (int j = 0; j < n; j++) {
                r += (float) Math.exp(z[i][j] - mr);
                c += (float) Math.exp(z[j][i] - mc);
            }
            total += mr + (float) Math.log(r) - z[i][i] + mc + (float) Math.log(c) - z[i][i];
        }
        return total / (2f * n);
    }

    static float[][] norm(double[][] x) {
        float[][] o = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            float s = 0;
            for (double a : x[i]) {
                s += (float) a * (float) a;
            }
            float len = (float) Math.sqrt(s);
            o[i] = new float[x[i].length];
            for (int k = 0; k < x[i].length; k++) {
                o[i][k] = (float) x[i][k] / len;
            }
        }
        return o;
    }
}
