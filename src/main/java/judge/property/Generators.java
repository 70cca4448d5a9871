package judge.property;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import judge.problem.CharClass;
import judge.problem.Constraints;
import judge.problem.Design;
import judge.problem.GeneratorHint;
import judge.problem.Param;
import judge.problem.Range;
import judge.problem.Signature;
import judge.problem.TypeSpec;
import judge.problem.Violation;
import judge.value.Value;

/**
 * Draws a method's arguments from its declared types and constraints: the same declaration that validates
 * the tests, so every drawn input is one the problem allows.
 *
 * <p>How each kind is encoded in choices, simplest first (what shrinking moves towards):
 * <ul>
 *   <li>lengths: one "another element?" choice per element past the minimum (Hypothesis's encoding), so
 *       deleting a span of choices deletes elements and the length follows;</li>
 *   <li>characters: an index into the alphabet ordered a-z, A-Z, 0-9, then the rest, after a choice of how
 *       many distinct letters the string uses (1, 2, 3 or all);</li>
 *   <li>integers: the distance from the simplest value in range (0 if allowed), alternating sides;</li>
 *   <li>a hinted string: per character, "copy one of the source's characters" (simplest) or "draw one";</li>
 *   <li>a sorted or distinct array: drawn element by element as any other, a duplicate moved to the next
 *       unused value, then sorted, so that deleting an element's choices still deletes that element;</li>
 *   <li>a design problem's calls: the constructor's arguments, then per call "one more?", which method
 *       (weighted; the first declared is the simplest) and its arguments. Deleting a call's choices deletes
 *       the call, so a failing sequence shrinks to a few calls.</li>
 * </ul>
 */
final class Generators {
    private static final String DEFAULT_CHARS = "a-zA-Z0-9";
    private static final long LENGTH_LIMIT = 1_000_000;

    private final Signature signature;

    Generators(Signature signature) {
        this.signature = signature;
    }

    /**
     * The arguments of one call, made of {@code choices}. Parameters are drawn in order, and a bound that
     * reads an earlier parameter ({@code "length": {"sameAs": "scores"}}, {@code "max": "logits[i].length - 1"},
     * {@code "shape": "imageEmb"}) is resolved against the value already drawn: each shared dimension is
     * drawn once and reused, so a drawn input always meets these bounds and nothing is drawn to be refused.
     */
    List<Value> draw(Choices choices, Profile profile) {
        return draw(choices, profile, Map.of());
    }

    /**
     * {@link #draw(Choices, Profile)} with a profile of its own for some parameters, by name (how
     * {@code complexity} grows one parameter while it holds another at a fixed size).
     */
    List<Value> draw(Choices choices, Profile profile, Map<String, Profile> perParameter) {
        if (signature.isDesign()) {
            return calls(choices, profile, signature.design());
        }
        Map<String, Value> drawn = new HashMap<>();
        List<Value> args = new ArrayList<>(signature.params().size());
        for (Param p : signature.params()) {
            Profile own = perParameter.getOrDefault(p.name(), profile);
            Constraints c = p.constraints() == null ? Constraints.NONE : p.constraints();
            Value source = null;
            GeneratorHint hint = p.hint();
            if (hint != null && !own.noHint()) {
                source = drawn.get(hint.charsFrom());
            }
            long total = c.extras().totalMax();
            Frame frame = new Frame(drawn, -1, total > 0 ? new long[] {total} : null,
                    c.extras().rectangular() ? new long[depth(p.type())] : null, 0,
                    c.extras().shape() == null ? null : drawn.get(c.extras().shape()), rowCap(total, c));
            if (frame.widths != null) {
                java.util.Arrays.fill(frame.widths, -1);
            }
            Value v = signature.isNodeRef(p.name()) ? nodeRef(choices, drawn, signature.nodes())
                    : value(choices, own, p.type(), c, hint, source, frame);
            drawn.put(p.name(), v);
            args.add(v);
        }
        return args;
    }

    /**
     * A node reference: the value of a node of the tree drawn before it, chosen by its place in level order
     * (so shrinking moves it towards the root), and another node than the references drawn before it. A tree
     * with fewer nodes than references (below its declared minimum) gives its first value again.
     */
    private static Value nodeRef(Choices choices, Map<String, Value> drawn, judge.problem.NodeRefs nodes) {
        List<Value> values = new ArrayList<>();
        if (drawn.get(nodes.tree()) instanceof Value.Arr tree) {
            tree.items().stream().filter(v -> !(v instanceof Value.Null)).forEach(values::add);
        }
        for (String ref : nodes.refs()) {
            if (values.size() > 1 && drawn.containsKey(ref)) {
                values.remove(drawn.get(ref));
            }
        }
        if (values.isEmpty()) {
            return new Value.Int(0);
        }
        return values.get((int) choices.choose(values.size() - 1));
    }

    /**
     * Where a value is being drawn: the parameters drawn so far, the index {@code [i]} of the outermost
     * element it is in, what is left of a total-size bound, the row lengths fixed so far at each depth of a
     * rectangular array ({@code -1}: not yet), its depth, and the value at the same place in the parameter
     * whose shape it copies.
     */
    private record Frame(Map<String, Value> args, int index, long[] budget, long[] widths, int depth, Value shape,
            long rowCap) {
        static final Frame NONE = new Frame(Map.of(), -1, null, null, 0, null, 0);

        Frame child(int i, Value shapeChild) {
            return new Frame(args, index < 0 ? i : index, budget, widths, depth + 1, shapeChild, rowCap);
        }

        Long resolve(judge.problem.Ref ref) {
            return ref == null ? null : ref.resolve(args, index);
        }
    }

    /**
     * Under a total-size bound, the longest innermost row drawn: about the square root of the bound (or the
     * bound over the outermost maximum length, if larger), so that a filled draw is many rows of many numbers
     * rather than one row holding the whole budget.
     */
    private static long rowCap(long total, Constraints c) {
        if (total <= 0) {
            return 0;
        }
        long outer = c.length() == null ? 1 : Math.max(1, c.length().max());
        return Math.max((long) Math.ceil(Math.sqrt(total)), total / outer);
    }

    /** How deeply arrays nest in {@code type}: 0 for a scalar, 2 for {@code int[][]}. */
    private static int depth(TypeSpec type) {
        int d = 0;
        while (type instanceof TypeSpec.ArrayOf || type instanceof TypeSpec.ListOf) {
            type = type instanceof TypeSpec.ArrayOf a ? a.element() : ((TypeSpec.ListOf) type).element();
            d++;
        }
        return d;
    }

    /** The declared range narrowed by bounds that read other parameters (the narrowing keeps it non-empty). */
    private static Range tied(Range declared, Long min, Long max, long typeMin, long typeMax) {
        long lo = declared == null ? typeMin : declared.min();
        long hi = declared == null ? typeMax : declared.max();
        if (min != null) {
            lo = Math.max(lo, min);
        }
        if (max != null) {
            hi = Math.min(hi, max);
        }
        return new Range(Math.min(lo, hi), hi);
    }

    /** How far "small" integer draws reach: 10, or for a design problem's arguments half the size drawn. */
    private long near = 10;

    private List<Value> calls(Choices choices, Profile profile, Design design) {
        near = Math.max(2, profile.cap() / 2);
        try {
            return drawCalls(choices, profile, design);
        } finally {
            near = 10;
        }
    }

    private List<Value> drawCalls(Choices choices, Profile profile, Design design) {
        List<Value> ops = new ArrayList<>();
        List<Value> args = new ArrayList<>();
        ops.add(new Value.Str(design.className()));
        args.add(arguments(choices, profile, design.constructor()));
        List<Design.Method> methods = design.methods();
        double total = methods.stream().mapToDouble(Design.Method::weight).sum();
        Length length = new Length(choices, profile, design.calls());
        while (length.more()) {
            int index = (int) choices.choose(methods.size() - 1, (r, b) -> {
                double x = r.nextDouble() * total;
                for (int i = 0; i < methods.size(); i++) {
                    x -= methods.get(i).weight();
                    if (x < 0) {
                        return i;
                    }
                }
                return methods.size() - 1;
            });
            Design.Method m = methods.get(index);
            ops.add(new Value.Str(m.name()));
            args.add(arguments(choices, profile, m.params()));
        }
        return List.of(new Value.Arr(ops), new Value.Arr(args));
    }

    private Value arguments(Choices choices, Profile profile, List<Param> params) {
        List<Value> values = new ArrayList<>(params.size());
        for (Param p : params) {
            values.add(value(choices, profile, p.type(), p.constraints() == null ? Constraints.NONE : p.constraints(),
                    null, null, Frame.NONE));
        }
        return new Value.Arr(values);
    }

    private Value value(Choices choices, Profile profile, TypeSpec type, Constraints c, GeneratorHint hint,
            Value source, Frame frame) {
        if (type instanceof TypeSpec.Scalar s) {
            if (frame.budget() != null) {
                frame.budget()[0]--;
            }
            Constraints.Extras x = c.extras();
            return switch (s.kind()) {
                case STRING -> new Value.Str(string(choices, profile, c, hint, source));
                case CHAR -> new Value.Str(string(choices, profile,
                        new Constraints(new Range(1, 1), c.chars(), null, null), null, null));
                case INT -> new Value.Int(special(choices, x, tied(c.values(), frame.resolve(x.min()),
                        frame.resolve(x.max()), Integer.MIN_VALUE, Integer.MAX_VALUE), profile, Integer.MIN_VALUE,
                        Integer.MAX_VALUE));
                case LONG -> new Value.Int(special(choices, x, tied(c.values(), frame.resolve(x.min()),
                        frame.resolve(x.max()), Long.MIN_VALUE, Long.MAX_VALUE), profile, Long.MIN_VALUE,
                        Long.MAX_VALUE));
                case BOOLEAN -> new Value.Bool(choices.choose(1) == 1);
                case DOUBLE -> new Value.Dbl(real(choices, c, false));
                case FLOAT -> new Value.Dbl(real(choices, c, true));
            };
        }
        if (type instanceof TypeSpec.Node node) {
            return node.tree() ? tree(choices, profile, c) : list(choices, profile, c);
        }
        TypeSpec element = type instanceof TypeSpec.ArrayOf a ? a.element() : ((TypeSpec.ListOf) type).element();
        Constraints ec = c.element() == null ? Constraints.NONE : c.element();
        boolean nested = element instanceof TypeSpec.ArrayOf || element instanceof TypeSpec.ListOf;
        Range range = tied(distinctCap(c, element, ec), frame.resolve(c.extras().minLength()),
                frame.resolve(c.extras().maxLength()), 0, LENGTH_LIMIT);
        if (frame.shape() instanceof Value.Arr like) {
            range = new Range(like.items().size(), like.items().size());
        } else if (frame.widths() != null && frame.depth() > 0 && frame.widths()[frame.depth() - 1] >= 0) {
            long w = frame.widths()[frame.depth() - 1];
            range = new Range(w, w);
        } else if (frame.budget() != null && !nested) {
            long left = Math.max(0, Math.min(frame.budget()[0], frame.rowCap()));
            range = new Range(range.min(), Math.max(range.min(), Math.min(range.max(), left)));
        }
        boolean rectangular = frame.widths() == null && frame.shape() == null && rowsMayDiffer(element, ec)
                && choices.choose(1, (r, b) -> r.nextDouble() < RECTANGULAR_SHARE ? 0 : 1) == 0;
        Length length = new Length(choices, profile, range);
        List<Value> items = new ArrayList<>();
        Unique unique = mustDiffer(c) ? new Unique(element, ec) : null;
        // Under a total-size bound, rows stop (past the minimum) once the next one would not fit.
        while ((frame.budget() == null || !nested || items.size() < range.min()
                || frame.budget()[0] >= rowNeeds(element, ec, frame.widths(), frame.depth() + 1)) && length.more()) {
            Constraints row = ec;
            if (rectangular && !items.isEmpty()) {
                int width = ((Value.Arr) items.get(0)).items().size();
                row = ec.withLength(new Range(width, width));
            }
            int i = items.size();
            Value shapeChild = frame.shape() instanceof Value.Arr like && i < like.items().size()
                    ? like.items().get(i) : null;
            Frame inner = frame.child(i, shapeChild);
            Value v = value(choices, profile, element, row, null, null, inner);
            // A repeated string (or other non-integer) is drawn again a few times; an integer moves instead.
            for (int retry = 0; unique != null && !(v instanceof Value.Int) && unique.taken(v) && retry < 8; retry++) {
                v = value(choices, profile, element, row, null, null, inner);
            }
            if (frame.widths() != null && v instanceof Value.Arr drawnRow && frame.widths()[frame.depth()] < 0) {
                frame.widths()[frame.depth()] = drawnRow.items().size();
            }
            keep(items, unique, v);
        }
        return ordered(items, c);
    }

    /**
     * The fewest numbers one more row at {@code depth} adds to a total-size bound: the fixed widths of a
     * rectangular array where they are known, else the declared minimum lengths (at least 1).
     */
    private static long rowNeeds(TypeSpec type, Constraints c, long[] widths, int depth) {
        long needs = 1;
        while (type instanceof TypeSpec.ArrayOf || type instanceof TypeSpec.ListOf) {
            long w = widths != null && depth - 1 < widths.length && widths[depth - 1] >= 0 ? widths[depth - 1]
                    : c == null || c.length() == null ? 0 : c.length().min();
            needs = Math.multiplyHigh(needs, Math.max(1, w)) != 0 ? Long.MAX_VALUE : needs * Math.max(1, w);
            type = type instanceof TypeSpec.ArrayOf a ? a.element() : ((TypeSpec.ListOf) type).element();
            c = c == null ? null : c.element();
            depth++;
        }
        return needs;
    }

    /**
     * An integer that may be one of the declared special values: first a choice of "ordinary" (0, the
     * simplest, so shrinking leaves the special values) or of a special value, exactly or one above or
     * below it; random draws take a special value half of the time. A special value out of the range that
     * applies here falls back to an ordinary draw.
     */
    private long special(Choices choices, Constraints.Extras x, Range range, Profile profile, long typeMin,
            long typeMax) {
        List<Value> specials = x.special();
        if (!specials.isEmpty()) {
            long bound = 3L * specials.size();
            long k = choices.choose(bound, (r, b) -> r.nextBoolean() ? 0 : r.nextDouble() < 0.6
                    ? 1 + 3L * r.nextInt(specials.size()) : 1 + r.nextLong(b));
            if (k > 0) {
                long base = ((Value.Int) specials.get((int) ((k - 1) / 3))).value();
                long v = switch ((int) ((k - 1) % 3)) {
                    case 0 -> base;
                    case 1 -> base == Long.MAX_VALUE ? base : base + 1;
                    default -> base == Long.MIN_VALUE ? base : base - 1;
                };
                if (range.contains(v) && v >= typeMin && v <= typeMax) {
                    return v;
                }
            }
        }
        return integer(choices, profile, range, typeMin, typeMax, near, near != 10);
    }

    /**
     * A double (or float) in its declared bounds: a special value (as for integers, the neighbours being the
     * next representable numbers), else one of 10^6 evenly spaced steps from the lower bound (simplest) to
     * the upper, spaced evenly in the logarithm for {@code "scale": "log"}; random draws take either bound an
     * eighth of the time each. An exclusive bound is replaced by the next number inside it; with
     * {@code "exclusiveMin": 0} on a log scale the lowest step is {@code 1e-12 × max}.
     */
    private static double real(Choices choices, Constraints c, boolean isFloat) {
        Constraints.Real real = c.extras().real();
        if (real == null) {
            double d = decimal(choices, c.values());
            return isFloat ? (float) d : d;
        }
        List<Value> specials = c.extras().special();
        if (!specials.isEmpty()) {
            long k = choices.choose(3L * specials.size(), (r, b) -> r.nextBoolean() ? 0 : r.nextDouble() < 0.6
                    ? 1 + 3L * r.nextInt(specials.size()) : 1 + r.nextLong(b));
            if (k > 0) {
                double base = ((Value.Dbl) specials.get((int) ((k - 1) / 3))).value();
                int side = (int) ((k - 1) % 3);
                double v = side == 0 ? base : isFloat ? (side == 1 ? Math.nextUp((float) base)
                        : Math.nextDown((float) base)) : side == 1 ? Math.nextUp(base) : Math.nextDown(base);
                if (real.contains(v) && (Double.isFinite(v) || real.nonFinite())) {
                    return v;
                }
            }
        }
        double lo = real.minExclusive() ? up(real.min(), isFloat) : real.min();
        double hi = real.maxExclusive() ? down(real.max(), isFloat) : real.max();
        boolean log = real.log();
        if (log && lo <= 0) {
            lo = real.max() * 1e-12;
        }
        long steps = 1_000_000;
        long k = choices.choose(steps, (r, b) -> {
            double u = r.nextDouble();
            return u < 0.125 ? 0 : u < 0.25 ? b : r.nextLong(b + 1);
        });
        double v = k == 0 ? lo : k == steps ? hi
                : log ? Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * k / steps) : lo + (hi - lo) * k / steps;
        v = Math.max(lo, Math.min(hi, v));
        if (isFloat) {
            float f = (float) v;
            if (f < lo) {
                f = Math.nextUp(f);
            } else if (f > hi) {
                f = Math.nextDown(f);
            }
            return f;
        }
        return v;
    }

    private static double up(double d, boolean isFloat) {
        return isFloat ? Math.nextUp((float) d) : Math.nextUp(d);
    }

    private static double down(double d, boolean isFloat) {
        return isFloat ? Math.nextDown((float) d) : Math.nextDown(d);
    }

    /** The share of random 2-D values drawn rectangular (all rows as long as the first). */
    private static final double RECTANGULAR_SHARE = 0.8;

    /**
     * Whether a 2-D value's rows may have different lengths. Then it first chooses whether it is a matrix
     * (simplest, so shrinking keeps it one): LeetCode's grids are rectangular, a rule a validator states,
     * and rows drawn independently would almost never meet it. Fixed-length rows need no such choice.
     */
    private static boolean rowsMayDiffer(TypeSpec element, Constraints ec) {
        boolean rows = element instanceof TypeSpec.ArrayOf || element instanceof TypeSpec.ListOf;
        return rows && (ec.length() == null || ec.length().min() != ec.length().max());
    }

    private static Value list(Choices choices, Profile profile, Constraints c) {
        Constraints ec = c.element() == null ? Constraints.NONE : c.element();
        TypeSpec element = new TypeSpec.Scalar(TypeSpec.Kind.INT, false);
        Length length = new Length(choices, profile, distinctCap(c, element, ec));
        List<Value> items = new ArrayList<>();
        Unique unique = mustDiffer(c) ? new Unique(element, ec) : null;
        while (length.more()) {
            keep(items, unique, new Value.Int(integer(choices, profile, ec.values(), Integer.MIN_VALUE,
                    Integer.MAX_VALUE)));
        }
        return ordered(items, c);
    }

    /** Whether elements must all differ: declared distinct, or strictly sorted. */
    private static boolean mustDiffer(Constraints c) {
        return c.distinct() || (c.sorted() != null && c.sorted().strict());
    }

    /** The declared length, no longer than the number of distinct values there are when they must differ. */
    private static Range distinctCap(Constraints c, TypeSpec element, Constraints ec) {
        Range length = c.length();
        boolean whole = element instanceof TypeSpec.Scalar s && (s.kind() == TypeSpec.Kind.INT
                || s.kind() == TypeSpec.Kind.LONG);
        if (!mustDiffer(c) || !whole || ec.values() == null) {
            return length;
        }
        long span = ec.values().max() - ec.values().min() + 1;
        if (span <= 0) {
            return length; // the range is wider than a long
        }
        long min = length == null ? 0 : length.min();
        long max = length == null ? LENGTH_LIMIT : length.max();
        return new Range(Math.min(min, span), Math.min(max, span));
    }

    /** Appends {@code v}, or what {@code unique} (when elements must differ) makes of it. */
    private static void keep(List<Value> items, Unique unique, Value v) {
        Value kept = unique == null ? v : unique.take(v);
        if (kept != null) {
            items.add(kept);
        }
    }

    /**
     * The values an array has taken, when they must differ. A whole number taken already moves up to the next
     * free value in range (wrapping to the minimum), so that the same choices always give the same, valid
     * array; the next free value is found by union-find over the taken ones, so that even an array holding
     * every value of its range is drawn in near-linear time. Any other repeat is dropped.
     */
    private static final class Unique {
        private final Set<Value> taken = new HashSet<>();
        /** For a taken whole number: a value at or after it (cyclically) that may be free. */
        private final Map<Long, Long> after = new HashMap<>();
        private final boolean whole;
        private final long lo;
        private final long hi;

        Unique(TypeSpec element, Constraints ec) {
            whole = element instanceof TypeSpec.Scalar s && (s.kind() == TypeSpec.Kind.INT
                    || s.kind() == TypeSpec.Kind.LONG);
            boolean isInt = element instanceof TypeSpec.Scalar s && s.kind() == TypeSpec.Kind.INT;
            lo = Math.max(ec.values() == null ? Long.MIN_VALUE : ec.values().min(),
                    isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
            hi = Math.min(ec.values() == null ? Long.MAX_VALUE : ec.values().max(),
                    isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
        }

        boolean taken(Value v) {
            return taken.contains(v);
        }

        /** {@code v} or the value it moves to, now taken; {@code null} when it is a repeat that cannot move. */
        Value take(Value v) {
            if (whole && v instanceof Value.Int n) {
                long free = free(n.value());
                after.put(free, free == hi ? lo : free + 1);
                Value kept = new Value.Int(free);
                taken.add(kept);
                return kept;
            }
            return taken.add(v) ? v : null;
        }

        private long free(long v) {
            long x = v;
            while (after.containsKey(x)) {
                x = after.get(x);
            }
            // Path compression: every value passed now points at the free one.
            for (long y = v; after.containsKey(y) && y != x; ) {
                long next = after.get(y);
                after.put(y, x);
                y = next;
            }
            return x;
        }
    }

    private static Value ordered(List<Value> items, Constraints c) {
        if (c.sorted() != null) {
            items.sort(Violation::compare);
            if (c.sorted() == Constraints.Order.DESCENDING || c.sorted() == Constraints.Order.NON_INCREASING) {
                java.util.Collections.reverse(items);
            }
        }
        return new Value.Arr(items);
    }

    /**
     * A tree in level order: node by node in breadth-first order, a recorded "is there a left child?" and
     * "a right child?" (forced while the tree is below its minimum size), then the child's value. Shrinking
     * thus removes subtrees and lowers values; the result is always a well-formed tree of allowed size.
     */
    private static Value tree(Choices choices, Profile profile, Constraints c) {
        TypeSpec intType = new TypeSpec.Scalar(TypeSpec.Kind.INT, false);
        Constraints ec = c.element() == null ? Constraints.NONE : c.element();
        Range length = c.distinct() ? distinctCap(c, intType, ec) : c.length();
        // Distinct values (a tree whose nodes tests name by value): a repeat moves to the next free value.
        Unique unique = c.distinct() ? new Unique(intType, ec) : null;
        long min = length == null ? 0 : length.min();
        long max = Math.min(length == null ? 10_000 : length.max(), LENGTH_LIMIT);
        long cap = Math.max(min, Math.min(max, profile.cap()));
        long target = choices.random() == null ? min
                : profile.fill() ? cap : min + choices.random().nextLong(cap - min + 1);
        Range values = c.element() == null ? null : c.element().values();
        List<Value> order = new ArrayList<>();
        if (max == 0 || (min == 0 && choices.choose(1, (r, b) -> target > 0 ? 1 : 0) == 0)) {
            return new Value.Arr(order);
        }
        order.add(node(unique, integer(choices, profile, values, Integer.MIN_VALUE, Integer.MAX_VALUE)));
        long nodes = 1;
        int parent = 0; // index in order of the next node whose children are decided
        while (parent < order.size()) {
            if (order.get(parent) instanceof Value.Null) {
                parent++;
                continue;
            }
            for (int side = 0; side < 2; side++) {
                boolean present;
                if (nodes >= max) {
                    present = false;
                } else if (nodes < min) {
                    present = true;
                } else {
                    long have = nodes;
                    present = choices.choose(1, (r, b) -> have < target && r.nextDouble() < 0.75 ? 1 : 0) == 1;
                }
                if (present) {
                    order.add(node(unique, integer(choices, profile, values, Integer.MIN_VALUE, Integer.MAX_VALUE)));
                    nodes++;
                } else {
                    order.add(Value.Null.INSTANCE);
                }
            }
            parent++;
        }
        int end = order.size();
        while (end > 0 && order.get(end - 1) instanceof Value.Null) {
            end--;
        }
        return new Value.Arr(order.subList(0, end));
    }

    private static Value node(Unique unique, long value) {
        return unique == null ? new Value.Int(value) : unique.take(new Value.Int(value));
    }

    /**
     * A length from the constraint's minimum up, decided element by element: the minimum is forced, then
     * each further element is preceded by a recorded "one more?" choice. Element and choice sit side by side
     * in the sequence, so deleting the pair deletes the element. The random draw picks a target length
     * first (up to the profile's cap) and answers the "one more?" choices to reach it.
     */
    private static final class Length {
        private final Choices choices;
        private final long min;
        private final long max;
        private final long target;
        private long n;

        Length(Choices choices, Profile profile, Range range) {
            this.choices = choices;
            this.min = range == null ? 0 : range.min();
            this.max = Math.min(range == null ? LENGTH_LIMIT : range.max(), LENGTH_LIMIT);
            long cap = Math.max(min, Math.min(max, profile.cap()));
            this.target = choices.random() == null ? min
                    : profile.fill() ? cap : min + choices.random().nextLong(cap - min + 1);
        }

        boolean more() {
            if (n < min) {
                n++;
                return true;
            }
            if (n >= max) {
                return false;
            }
            long want = n < target ? 1 : 0;
            if (choices.choose(1, (r, b) -> want) == 0) {
                return false;
            }
            n++;
            return true;
        }
    }

    private static String string(Choices choices, Profile profile, Constraints c, GeneratorHint hint, Value source) {
        String alphabet = shrinkOrder(c.chars() == null ? CharClass.parse(DEFAULT_CHARS) : c.chars());
        int[] widths = widths(alphabet.length());
        int width = widths[(int) choices.choose(widths.length - 1,
                (r, b) -> profile.oneLetter() ? 0 : r.nextLong(b + 1))];
        String from = source instanceof Value.Str s && !s.value().isEmpty() ? s.value() : null;
        double copy = from == null ? 0 : hint.weight();
        Length length = new Length(choices, profile, c.length());
        StringBuilder out = new StringBuilder();
        while (length.more()) {
            // 0 = copy a character of the source (the hint's case, and the simpler one), 1 = draw a letter.
            boolean drawn = from == null || choices.choose(1, (r, b) -> r.nextDouble() < copy ? 0 : 1) == 1;
            if (drawn) {
                out.append(alphabet.charAt((int) choices.choose(width - 1)));
            } else {
                out.append(from.charAt((int) choices.choose(from.length() - 1)));
            }
        }
        return out.toString();
    }

    /** How many distinct letters a string may use: 1, 2, 3 or all of its alphabet. */
    private static int[] widths(int size) {
        return size <= 3 ? java.util.stream.IntStream.rangeClosed(1, size).toArray() : new int[] {1, 2, 3, size};
    }

    /** The alphabet in the order shrinking prefers: lower case, upper case, digits, then the rest. */
    static String shrinkOrder(CharClass chars) {
        String all = chars.alphabet();
        StringBuilder out = new StringBuilder(all.length());
        String[] groups = {"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"};
        for (String group : groups) {
            for (char ch : group.toCharArray()) {
                if (chars.contains(ch)) {
                    out.append(ch);
                }
            }
        }
        for (char ch : all.toCharArray()) {
            if (out.indexOf(String.valueOf(ch)) < 0) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * An integer in range, encoded as its rank in the order 0, 1, -1, 2, -2, ... (from the simplest value in
     * range; past the shorter side the longer side continues alone). Random draws are half small numbers,
     * half anywhere in range, so that bounds and overflows are tried too.
     */
    static long integer(Choices choices, Profile profile, Range declared, long typeMin, long typeMax) {
        return integer(choices, profile, declared, typeMin, typeMax, 10, false);
    }

    /**
     * {@code near}: how far from the simplest value the "small number" draws reach; {@code preferNear}: make
     * them half of all draws. Design problems use both, scaled to the number of calls, so that keys repeat
     * and capacities are small enough to fill: random keys over 0..10^4 would almost never meet again.
     */
    static long integer(Choices choices, Profile profile, Range declared, long typeMin, long typeMax, long near,
            boolean preferNear) {
        long min = declared == null ? typeMin : Math.max(typeMin, declared.min());
        long max = declared == null ? typeMax : Math.min(typeMax, declared.max());
        long origin = Math.max(min, Math.min(max, 0));
        // Either side may overflow for full long ranges: saturate.
        long up = max - origin < 0 ? Long.MAX_VALUE : max - origin;
        long down = origin - min < 0 ? Long.MAX_VALUE : origin - min;
        long both = Math.min(up, down);
        long bound = saturatedAdd(up, down);
        long rank = choices.choose(bound, (r, b) -> {
            long value;
            int kind = r.nextInt(4);
            if (preferNear && kind == 2) {
                kind = 1;
            }
            if (kind == 0) {
                value = r.nextBoolean() ? min : max;
            } else if (kind == 1) {
                value = origin + r.nextLong(-near, near + 1);
            } else {
                value = min + (long) (r.nextDouble() * ((double) max - (double) min));
            }
            value = Math.max(min, Math.min(max, value));
            return rank(value - origin, both, up >= down);
        });
        return origin + offset(rank, both, up >= down);
    }

    /** The offset from the origin at {@code rank}: 0, +1, -1, +2, -2, ... then the longer side alone. */
    static long offset(long rank, long both, boolean upIsLonger) {
        long half = rank / 2 + rank % 2;
        if (half <= both) {
            return rank % 2 == 1 ? half : -half;
        }
        long beyond = rank - 2 * both; // both < half <= 2^62 here: no overflow
        return upIsLonger ? both + beyond : -(both + beyond);
    }

    /** The inverse of {@link #offset}, saturating at {@code Long.MAX_VALUE} for ranges wider than a long. */
    static long rank(long offset, long both, boolean upIsLonger) {
        long magnitude = offset == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(offset);
        if (magnitude > Long.MAX_VALUE / 2) {
            return Long.MAX_VALUE;
        }
        if (magnitude <= both) {
            return offset > 0 ? 2 * magnitude - 1 : 2 * magnitude;
        }
        return 2 * both + (magnitude - both);
    }

    private static double decimal(Choices choices, Range range) {
        double min = range == null ? -1e6 : range.min();
        double max = range == null ? 1e6 : range.max();
        long steps = 1_000_000;
        return min + (max - min) * choices.choose(steps) / steps;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
