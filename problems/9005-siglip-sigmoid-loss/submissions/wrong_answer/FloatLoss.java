/*
 * Wrong Answer: the reference in float. Logits reach 2000 and the sum holds up to 65536 terms, so the
 * loss is off by about 1e-5 (measured up to 1.3e-5), above the tolerance. Caught by the random group.
 */
class Solution {
    public double sigLipLoss(double[][] imageEmb, double[][] textEmb, double t, double b) {
        int n = imageEmb.length;
        float total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                float ni = 0, nj = 0, dot = 0;
                for (int k = 0; k < imageEmb[i].length; k++) {
                    ni += (float) imageEmb[i][k] * (float) imageEmb[i][k];
                    nj += (float) textEmb[j][k] * (float) textEmb[j][k];
                    dot += (float) imageEmb[i][k] * (float) textEmb[j][k];
                }
                float x = (float) t * (dot / (float) Math.sqrt(ni * nj)) + (float) b;
                float y = i == j ? -x : x;
                total += Math.max(y, 0f) + (float) Math.log1p(Math.exp(-Math.abs(y)));
            }
        }
        return total / n;
    }
}
