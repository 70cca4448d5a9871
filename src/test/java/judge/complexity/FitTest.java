package judge.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The log-log fit and the naming of classes, on synthetic series (no timing involved). */
class FitTest {
    static final double[] SIZES = {781, 1562, 3125, 6250, 12500, 25000, 50000, 100000};

    static double[] times(DoubleUnaryOperator f) {
        double[] t = new double[SIZES.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = f.applyAsDouble(SIZES[i]);
        }
        return t;
    }

    /** A deterministic multiplicative noise of up to {@code amount} (±), different at every size. */
    static double[] noisy(double[] times, double amount) {
        double[] out = times.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= 1 + amount * Math.sin(7.3 * i + 1);
        }
        return out;
    }

    @Test
    void anExactSquareHasExponentTwoNoErrorAndIsNamedNSquared() {
        Fit fit = Fit.of(SIZES, times(n -> 3e-8 * n * n), 0);
        assertEquals(2.0, fit.exponent(), 1e-9);
        assertEquals(0.0, fit.stderr(), 1e-9);
        assertEquals(SIZES.length, fit.points());
        assertEquals(3e-8 * 5000 * 5000, fit.predict(5000), 1e-6);
        assertEquals("O(n²)", GrowthClass.of(fit));
        assertNull(GrowthClass.why(fit));
    }

    @Test
    void aLinearSeriesWithFivePercentNoiseStaysWithinAFewHundredthsAndIsNamedN() {
        Fit fit = Fit.of(SIZES, noisy(times(n -> 2e-5 * n), 0.05), 0);
        assertEquals(1.0, fit.exponent(), 0.03);
        assertTrue(fit.stderr() > 0 && fit.stderr() < 0.03, "stderr " + fit.stderr());
        assertEquals("O(n)", GrowthClass.of(fit));
    }

    @Test
    void aLogFactorShowsAsATenthMoreThanItsPowerAndKeepsThePowersName() {
        Fit nLogN = Fit.of(SIZES, times(n -> 1e-6 * n * Math.log(n)), 0);
        assertTrue(nLogN.exponent() > 1.05 && nLogN.exponent() < 1.2, "" + nLogN.exponent());
        assertEquals("O(n)", GrowthClass.of(nLogN));
        Fit n2LogN = Fit.of(SIZES, times(n -> 1e-9 * n * n * Math.log(n)), 0);
        assertTrue(n2LogN.exponent() > 2.05 && n2LogN.exponent() < 2.2, "" + n2LogN.exponent());
        assertEquals("O(n²)", GrowthClass.of(n2LogN));
    }

    @Test
    void timesAtOrBelowTheFloorAreLeftOutOfTheFit() {
        double[] t = times(n -> 1e-4 * n);
        t[0] = 0.01; // a call too short to measure: would pull the slope down
        t[1] = 0.0;
        Fit fit = Fit.of(SIZES, t, 0.02);
        assertEquals(SIZES.length - 2, fit.points());
        assertEquals(1.0, fit.exponent(), 1e-9);
    }

    @Test
    void fewerThanTwoMeasurablePointsGiveNoFitAndAnUnclearClass() {
        assertNull(Fit.of(SIZES, new double[] {0.5}, 0));
        assertNull(Fit.of(SIZES, times(n -> 0.001), 0.02));
        assertEquals(GrowthClass.UNCLEAR, GrowthClass.of(null));
        assertNotNull(GrowthClass.why(null));
    }

    @Test
    void twoPointsFitExactlyButWithAnInfiniteErrorSoTheClassIsUnclear() {
        Fit fit = Fit.of(new double[] {1000, 2000}, new double[] {1, 4}, 0);
        assertEquals(2.0, fit.exponent(), 1e-9);
        assertTrue(Double.isInfinite(fit.stderr()));
        assertEquals(GrowthClass.UNCLEAR, GrowthClass.of(fit));
        assertTrue(GrowthClass.why(fit).contains("only 2 sizes"), GrowthClass.why(fit));
    }

    @Test
    void timesThatJumpAroundAreUnclearRatherThanAGuess() {
        double[] t = times(n -> 1e-4 * n);
        for (int i = 0; i < t.length; i += 2) {
            t[i] *= 4; // a factor of 4 up and down: no power law fits this
        }
        Fit fit = Fit.of(SIZES, t, 0);
        assertTrue(fit.stderr() > GrowthClass.MAX_STDERR, "" + fit.stderr());
        assertEquals(GrowthClass.UNCLEAR, GrowthClass.of(fit));
        assertTrue(GrowthClass.why(fit).contains("do not follow a power of n"), GrowthClass.why(fit));
    }

    @Test
    void anExponentBetweenClassesIsUnclear() {
        Fit fit = Fit.of(SIZES, times(n -> 1e-10 * Math.pow(n, 2.5)), 0);
        assertEquals(2.5, fit.exponent(), 1e-9);
        assertEquals(GrowthClass.UNCLEAR, GrowthClass.of(fit));
        assertTrue(GrowthClass.why(fit).contains("between the usual classes"), GrowthClass.why(fit));
    }

    @Test
    void sizesSpreadTooNarrowlyAreUnclear() {
        Fit fit = Fit.of(new double[] {1000, 1500, 2000, 2500}, new double[] {1, 1.5, 2, 2.5}, 0);
        assertEquals(1.0, fit.exponent(), 1e-9);
        assertEquals(GrowthClass.UNCLEAR, GrowthClass.of(fit));
        assertTrue(GrowthClass.why(fit).contains("span only 2.5×"), GrowthClass.why(fit));
    }

    @Test
    void everyPowerIsNamedWithinAQuarterAndNotBeyond() {
        String[][] expected = {{"0", "O(1)"}, {"0.5", "O(√n)"}, {"1", "O(n)"}, {"1.5", "O(n√n)"}, {"2", "O(n²)"},
            {"3", "O(n³)"}, {"4", "O(n⁴)"}, {"1.24", "O(n)"}, {"1.26", "O(n√n)"}, {"2.3", "unclear"},
            {"-0.3", "unclear"}, {"7", "unclear"}};
        for (String[] e : expected) {
            double k = Double.parseDouble(e[0]);
            Fit fit = Fit.of(SIZES, times(n -> Math.pow(n, k) * 1e-3 + 0 * n), 0);
            assertEquals(e[1], GrowthClass.of(fit), "n^" + e[0]);
        }
    }
}
