package judge.complexity;

/**
 * A power law {@code time = c * n^exponent} fitted to measured times by least squares on a log-log scale: the
 * slope of {@code ln t} against {@code ln n}, with its standard error.
 *
 * @param exponent  the slope
 * @param stderr    the standard error of the slope ({@code sqrt(residual variance / Sxx)}, with n - 2 degrees of
 *                  freedom); infinite with two points, which any line fits exactly
 * @param intercept {@code ln c}
 * @param points    how many sizes the fit used
 * @param spread    the largest size over the smallest: a fit over a narrow range says little
 */
public record Fit(double exponent, double stderr, double intercept, int points, double spread) {

    /**
     * The fit of {@code times} (ms) at {@code sizes}, leaving out the points whose time is not above
     * {@code floorMs} (too short to tell from the call's own overhead) or not positive; {@code null} with fewer
     * than two points left.
     */
    public static Fit of(double[] sizes, double[] times, double floorMs) {
        int k = 0;
        double[] x = new double[sizes.length];
        double[] y = new double[sizes.length];
        for (int i = 0; i < Math.min(sizes.length, times.length); i++) {
            if (sizes[i] > 0 && times[i] > floorMs && times[i] > 0 && Double.isFinite(times[i])) {
                x[k] = Math.log(sizes[i]);
                y[k] = Math.log(times[i]);
                k++;
            }
        }
        if (k < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < k; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= k;
        my /= k;
        double sxx = 0;
        double sxy = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        if (sxx == 0) {
            return null; // every point at one size: no slope to speak of
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double residuals = 0;
        for (int i = 0; i < k; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            residuals += r * r;
        }
        double stderr = k > 2 ? Math.sqrt(residuals / (k - 2) / sxx) : Double.POSITIVE_INFINITY;
        return new Fit(slope, stderr, intercept, k, Math.exp(max - min));
    }

    /** The fitted time (ms) at size {@code n}. */
    public double predict(double n) {
        return Math.exp(intercept + exponent * Math.log(n));
    }
}
