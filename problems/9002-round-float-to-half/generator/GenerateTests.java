/*
 * Writes the hidden tests of 9002. Round Float to Half: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9002-round-float-to-half/generator/GenerateTests.java \
 *         problems/9002-round-float-to-half
 *
 * Deterministic. Each answer is this program's copy of the reference (integer rounding), checked against
 * an independent one (the float widened to double, scaled, rounded by Math.rint). Both were also checked
 * against JDK 25's Float.floatToFloat16 on all 2^32 inputs (0 mismatches; NaN compared as "a NaN with the
 * same sign", since the JDK keeps payload bits and this problem does not).
 *
 *   01-boundaries.json  both ends of the int range (-0.0 and a NaN), 0, 1, +-Infinity, the smallest and
 *                       largest normal and subnormal halves, 65504, 65519, 65520 and their neighbours.
 *   02-tricky.json      one test per known mistake, named after it: ties that stay even and ties that go
 *                       up, subnormal results (flush-to-zero), 65504 < x < 65520, NaNs with low payloads,
 *                       significands that round up into the next exponent (and into Infinity).
 *   03-sweep.json       every float exponent 0..255, both signs, with the fraction patterns that matter
 *                       (0, 1, just below / at / above the tie 0x1000 of the 13 dropped bits, all ones, and
 *                       random ones); for the exponents where a half turns subnormal or zero (102..113),
 *                       ties at every shift.
 */

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "bits");
        TestWriter.Group b = out.group("01-boundaries.json");
        int[][] named = {
            {Integer.MIN_VALUE}, {Integer.MAX_VALUE}, {0}, {1}, {0x7F800000}, {0xFF800000},
            {0x38800000}, {0x387FFFFF}, {0x33800000}, {0x33000000}, {0x33000001}, {0x477FE000}, {0x477FEF00},
            {0x477FF000}, {0x477FEFFF}, {0xC77FF000}, {0xC77FEF00}, {0x7F7FFFFF}, {0x00800000},
        };
        String[] names = {
            "int-min-negative-zero", "int-max-nan", "zero", "smallest-float-subnormal", "infinity",
            "minus-infinity", "smallest-normal-half", "just-below-smallest-normal", "smallest-subnormal-half",
            "half-of-smallest-subnormal-tie", "just-above-2-pow-minus-25", "largest-half-65504", "largest-finite-65519",
            "overflow-tie-65520", "just-below-65520", "minus-65520", "minus-65519", "largest-float",
            "smallest-normal-float",
        };
        for (int i = 0; i < names.length; i++) {
            add(b, names[i], named[i][0]);
        }
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "tie-even-stays", 0x3F801000);
        add(t, "tie-odd-goes-up", 0x3F803000);
        add(t, "above-tie", 0x3F801001);
        add(t, "below-tie", 0x3F800FFF);
        add(t, "negative-tie-even-stays", 0xBF801000);
        add(t, "subnormal-2-pow-minus-20", 0x35800000);
        add(t, "subnormal-tie-3-halves-units", 0x33C00000);
        add(t, "subnormal-tie-5-halves-units", 0x34200000);
        add(t, "subnormal-3-quarters-unit", 0x33400000);
        add(t, "negative-subnormal", 0xB5800000);
        add(t, "between-65504-and-65520", 0x477FE800);
        add(t, "nan-low-payload", 0x7F800001);
        add(t, "nan-payload-0x1000", 0x7F801000);
        add(t, "negative-nan-low-payload", 0xFF800001);
        add(t, "quiet-nan", 0x7FC00000);
        add(t, "carry-into-exponent", 0x3FFFF000);
        add(t, "carry-from-subnormal-to-normal", 0x387FF000);
        add(t, "carry-into-infinity", 0x477FFFFF);
        add(t, "negative-carry", 0xBFFFF000);
        TestWriter.Group s = out.group("03-sweep.json");
        Random r = new Random(9002);
        int[] fractions = {0, 1, 0xFFF, 0x1000, 0x1001, 0x1FFF, 0x2000, 0x3000, 0x7FF000, 0x7FFFFF};
        for (int sign = 0; sign < 2; sign++) {
            for (int e = 0; e < 256; e++) {
                Set<Integer> fs = new LinkedHashSet<>();
                boolean interesting = e <= 1 || (e >= 100 && e <= 145) || e >= 254;
                for (int f : interesting ? fractions : new int[] {0, 0x1000, 0x3000, 0x7FFFFF}) {
                    fs.add(f);
                }
                if (e >= 102 && e <= 113) {
                    for (int shift = 13; shift <= 24; shift++) {
                        fs.add(1 << (shift - 1));           // exact ties at this exponent's shift
                        fs.add((1 << (shift - 1)) | (1 << shift));
                    }
                }
                fs.add(r.nextInt(1 << 23));
                for (int f : fs) {
                    int bits = (sign << 31) | (e << 23) | (f & 0x7FFFFF);
                    add(s, "sweep-" + (sign == 0 ? "p" : "m") + "-e" + e + "-f" + Integer.toHexString(f & 0x7FFFFF), bits);
                }
            }
        }
        out.write();
    }

    static final Set<Integer> SEEN = new java.util.HashSet<>();

    static void add(TestWriter.Group g, String name, int bits) {
        if (!SEEN.add(bits)) {
            return; // already a test under another name
        }
        int expected = reference(bits);
        if (expected != viaDouble(bits) || expected < 0 || expected > 0xFFFF) {
            throw new IllegalStateException(name + ": " + expected + " vs " + viaDouble(bits));
        }
        g.add(name, expected, bits);
    }

    static int reference(int bits) {
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xFF;
        int fraction = bits & 0x7FFFFF;
        if (exponent == 0xFF) {
            return sign | (fraction != 0 ? 0x7E00 : 0x7C00);
        }
        if (exponent == 0) {
            return sign;
        }
        int e = exponent - 127;
        if (e > 15) {
            return sign | 0x7C00;
        }
        int sig = fraction | 0x800000;
        boolean normal = e >= -14;
        int shift = normal ? 13 : -1 - e;
        if (shift > 24) {
            return sign;
        }
        int kept = sig >>> shift;
        int dropped = sig & ((1 << shift) - 1);
        int half = 1 << (shift - 1);
        if (dropped > half || (dropped == half && (kept & 1) == 1)) {
            kept++;
        }
        int magnitude = normal ? ((e + 15) << 10) + kept - 0x400 : kept;
        return sign | Math.min(magnitude, 0x7C00);
    }

    static int viaDouble(int bits) {
        int sign = (bits >>> 16) & 0x8000;
        float f = Float.intBitsToFloat(bits);
        if (Float.isNaN(f)) {
            return sign | 0x7E00;
        }
        double a = Math.abs((double) f);
        if (a >= 65520.0) {
            return sign | 0x7C00;
        }
        if (a < 0x1p-14) {
            return sign | (int) Math.rint(a * 0x1p24);
        }
        int e = Math.getExponent(a);
        double m = Math.rint(Math.scalb(a, 10 - e));
        return sign | (((e + 15) << 10) + (int) m - 1024);
    }
}
