package judge.complexity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import judge.problem.Constraints;
import judge.problem.Param;
import judge.problem.Signature;
import judge.problem.TypeSpec;

/**
 * What grows in one series of measurements: the parameters that grow together, the sizes they are drawn at step
 * by step (doubling, up to the largest the constraints allow), and the sizes at which the other parameters are
 * held.
 *
 * @param label   how reports name what grows: {@code "s and t"}, {@code "s"}, {@code "calls"}
 * @param growing the growing parameters' names, in declaration order ({@code calls} for a design problem)
 * @param steps   per step, smallest first, the size each growing parameter is drawn at
 * @param held    the other sized parameters, each at one size throughout
 * @param limit   the largest size the constraints allow on the size axis (elements of the largest growing
 *                parameter), to mark on a chart
 */
public record Growth(String label, List<String> growing, List<Map<String, Integer>> steps, Map<String, Integer> held,
        long limit) {

    /** Steps of a growth: from the largest size the constraints allow down, halving, at most this many. */
    static final int MAX_STEPS = 8;
    /** No step draws a growing parameter shorter than this (where the constraints allow as much). */
    static final int MIN_SIZE = 16;
    /** A string, array or list without a declared maximum length grows up to this. */
    static final long DEFAULT_MAX = 100_000;

    public Growth {
        growing = List.copyOf(growing);
        steps = steps.stream().map(s -> (Map<String, Integer>) new LinkedHashMap<>(s)).toList();
        held = new LinkedHashMap<>(held);
    }

    /** The sizes to draw step {@code i} at: the growing parameters' and the held ones'. */
    public Map<String, Integer> sizes(int i) {
        Map<String, Integer> all = new LinkedHashMap<>(held);
        all.putAll(steps.get(i));
        return all;
    }

    /** A parameter that can grow: a string, array, list or node, with the largest length it may take. */
    record Sized(String name, long maxLength, long maxTotal) {}

    /**
     * The growths to measure for a problem. With {@code param} given, that parameter alone. Otherwise the
     * longest string, array or list (by the elements its constraints allow in all); when others are about as
     * long (half or more), they grow together, then each alone (to tell which dominates). A design problem grows
     * its number of calls.
     *
     * @throws IllegalArgumentException with a message for the user when nothing can grow or {@code param} names
     *                                  no parameter that can
     */
    public static List<Growth> plan(Signature signature, String param) {
        if (signature.isDesign()) {
            if (param != null && !param.equals("calls")) {
                throw new IllegalArgumentException("--param " + param + ": a design problem grows its number of"
                        + " calls; the only parameter is calls");
            }
            long max = signature.design().calls() == null ? 1000 : signature.design().calls().max();
            List<Sized> calls = List.of(new Sized("calls", max, max));
            return List.of(growth(calls, Map.of()));
        }
        List<Sized> sized = new ArrayList<>();
        for (Param p : signature.params()) {
            Sized s = sized(p);
            if (s != null) {
                sized.add(s);
            }
        }
        if (sized.isEmpty()) {
            throw new IllegalArgumentException("no parameter of " + signature.method() + " is a string, array or"
                    + " list: there is no input size to grow");
        }
        if (param != null) {
            Sized chosen = sized.stream().filter(s -> s.name().equals(param)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("--param " + param + ": not a string, array or list parameter"
                            + " of " + signature.method() + "; one of " + sized.stream().map(Sized::name).toList()));
            List<Sized> others = sized.stream().filter(s -> s != chosen).toList();
            return List.of(growth(List.of(chosen), heldSmall(others, List.of(chosen))));
        }
        long longest = sized.stream().mapToLong(Sized::maxTotal).max().orElse(0);
        List<Sized> together = sized.stream().filter(s -> 2 * s.maxTotal() >= longest).toList();
        List<Sized> rest = sized.stream().filter(s -> !together.contains(s)).toList();
        Map<String, Integer> atLimit = new LinkedHashMap<>();
        rest.forEach(s -> atLimit.put(s.name(), (int) Math.min(Integer.MAX_VALUE, s.maxLength())));
        List<Growth> plan = new ArrayList<>();
        plan.add(growth(together, atLimit));
        if (together.size() > 1) {
            for (Sized alone : together) {
                List<Sized> others = together.stream().filter(s -> s != alone).toList();
                Map<String, Integer> held = new LinkedHashMap<>(atLimit);
                held.putAll(heldSmall(others, together));
                plan.add(growth(List.of(alone), held));
            }
        }
        return plan;
    }

    /** {@code others} held where the first (smallest) step of a ladder over them and {@code with} draws them. */
    private static Map<String, Integer> heldSmall(List<Sized> others, List<Sized> with) {
        List<Sized> all = new ArrayList<>(with);
        others.stream().filter(o -> !all.contains(o)).forEach(all::add);
        Map<String, Integer> first = ladder(all).get(0);
        Map<String, Integer> held = new LinkedHashMap<>();
        for (Sized s : others) {
            held.put(s.name(), first.get(s.name()));
        }
        return held;
    }

    private static Growth growth(List<Sized> growing, Map<String, Integer> held) {
        List<Map<String, Integer>> steps = ladder(growing);
        String label = String.join(" and ", growing.stream().map(Sized::name).toList());
        long limit = growing.stream().mapToLong(Sized::maxTotal).max().orElse(0);
        return new Growth(label, growing.stream().map(Sized::name).toList(), steps, held, limit);
    }

    /**
     * Doubling sizes up to each parameter's largest length: step k from the top draws every parameter at its
     * largest length over 2^k (so parameters of different limits keep their ratio), down to {@link #MIN_SIZE}
     * for the shortest, and {@link #MAX_STEPS} steps at most.
     */
    private static List<Map<String, Integer>> ladder(List<Sized> growing) {
        long shortest = growing.stream().mapToLong(Sized::maxLength).min().orElse(1);
        List<Map<String, Integer>> steps = new ArrayList<>();
        for (int k = 0; k < MAX_STEPS; k++) {
            if (k > 0 && shortest >> k < MIN_SIZE) {
                break;
            }
            Map<String, Integer> step = new LinkedHashMap<>();
            for (Sized s : growing) {
                step.put(s.name(), (int) Math.max(1, Math.min(Integer.MAX_VALUE, s.maxLength() >> k)));
            }
            steps.add(0, step);
        }
        return steps;
    }

    /** The parameter as a {@link Sized}, or {@code null} for a number or boolean, which has no length. */
    static Sized sized(Param p) {
        TypeSpec type = p.type();
        if (type instanceof TypeSpec.Scalar s && s.kind() != TypeSpec.Kind.STRING) {
            return null;
        }
        Constraints c = p.constraints() == null ? Constraints.NONE : p.constraints();
        long maxLength = 0;
        long total = 1;
        boolean scalarString = type instanceof TypeSpec.Scalar;
        while (true) {
            long max = c != null && c.length() != null ? c.length().max() : DEFAULT_MAX;
            maxLength = Math.max(maxLength, max);
            total = Math.multiplyHigh(total, Math.max(1, max)) != 0 ? Long.MAX_VALUE : total * Math.max(1, max);
            if (scalarString || type instanceof TypeSpec.Node) {
                break;
            }
            if (type instanceof TypeSpec.ArrayOf a) {
                type = a.element();
            } else if (type instanceof TypeSpec.ListOf l) {
                type = l.element();
            } else {
                break;
            }
            c = c == null ? null : c.element();
            if (type instanceof TypeSpec.Scalar s && s.kind() != TypeSpec.Kind.STRING) {
                break;
            }
            scalarString = type instanceof TypeSpec.Scalar;
        }
        long declaredTotal = p.constraints() == null ? 0 : p.constraints().extras().totalMax();
        if (declaredTotal > 0) {
            total = Math.min(total, declaredTotal);
        }
        return new Sized(p.name(), maxLength, total);
    }
}
