package judge.lang;

import java.util.ArrayList;
import java.util.List;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * The wire protocol between the judge and a runner, typed: the configuration frame, a batch of calls, and the
 * answers, each encoded and decoded in this one place. The framing (nonce, lengths) is
 * {@link judge.runner.Frames}'s; every payload is a value in LeetCode's format ({@link ValueFormat}).
 * {@code docs/protocol.md} documents the bytes field by field; every runner passes {@code ProtocolConformanceTest}.
 */
public final class Protocol {
    private Protocol() {}

    /**
     * The first request: {@code [nonce, className, method, keepBytes, limitBytes, solutionFolder, design,
     * types, language, memoryMb, answer, [api, [apiState...]], cycle, nodes, codec]}. The first seven fields are the original
     * protocol's, in its order; the others were added at the end, and a runner that does not need them ignores
     * them.
     *
     * @param nonce the per-run secret that frames every answer
     * @param className the class to instantiate ({@code Solution}, or the design class)
     * @param method the method to call; empty for a design problem
     * @param keepBytes how much of what the solution prints a runner keeps per call
     * @param limitBytes how much the solution may print in all before the run ends as output limit exceeded
     * @param solutionFolder where the solution's compiled or copied files are
     * @param design for a design problem, each member (constructor first) as its name then its parameter types
     *     as Java spells them; empty otherwise
     * @param types the method's parameter types then its return type, as Java spells them ({@code int[]},
     *     {@code ListNode}, {@code List<List<Integer>>}); empty for a design problem
     * @param language the language's name ({@code java}, {@code python})
     * @param memoryMb the solution's memory limit
     * @param answer the index of the argument whose value after the call is the answer (an in-place
     *     problem), or -1 when the returned value is the answer
     * @param api the judge-provided API the solution calls ({@code VersionControl}), or empty
     * @param apiState the indices of the arguments that are the API's hidden state, not the method's
     * @param cycle empty, or {@code [list, pos, returnsNode]}: the list argument whose tail links to the node at
     *     index argument {@code pos} (not passed to the method), and 1 when a returned node is answered by its index
     * @param nodes empty, or {@code [tree, returnsNode, ref...]}: the arguments {@code ref} are values of nodes of
     *     the tree argument, passed as those nodes; with returnsNode 1 the returned node is answered by the value it
     *     had, and a node not in the tree by a sentence
     * @param codec empty, or the name of the decoder: the method is an encoder to a String, judged by the round
     *     trip through the decoder (on a second instance)
     */
    public record Config(String nonce, String className, String method, long keepBytes, long limitBytes,
            String solutionFolder, List<List<String>> design, List<String> types, String language, long memoryMb,
            int answer, String api, List<Integer> apiState, List<Integer> cycle, List<Integer> nodes,
            String codec) {
        public Config {
            design = design.stream().map(List::copyOf).toList();
            types = List.copyOf(types);
            apiState = List.copyOf(apiState);
            cycle = List.copyOf(cycle);
            nodes = List.copyOf(nodes);
        }

        public Config(String nonce, String className, String method, long keepBytes, long limitBytes,
                String solutionFolder, List<List<String>> design, List<String> types, String language, long memoryMb,
                int answer, String api, List<Integer> apiState, List<Integer> cycle) {
            this(nonce, className, method, keepBytes, limitBytes, solutionFolder, design, types, language, memoryMb,
                    answer, api, apiState, cycle, List.of(), "");
        }

        /** A configuration for a problem of the plain shape: the returned value is the answer, no API. */
        public Config(String nonce, String className, String method, long keepBytes, long limitBytes,
                String solutionFolder, List<List<String>> design, List<String> types, String language, long memoryMb) {
            this(nonce, className, method, keepBytes, limitBytes, solutionFolder, design, types, language, memoryMb,
                    -1, "", List.of(), List.of());
        }

        /**
         * The configuration frame; fields 11 to 13 only for a problem of another shape than "return the answer",
         * 14 and 15 only for node references or a codec.
         */
        public String encode() {
            List<Value> fields = new ArrayList<>(List.of(new Value.Str(nonce), new Value.Str(className),
                    new Value.Str(method), new Value.Int(keepBytes), new Value.Int(limitBytes),
                    new Value.Str(solutionFolder), strings2(design), strings(types), new Value.Str(language),
                    new Value.Int(memoryMb)));
            boolean referenced = !nodes.isEmpty() || !codec.isEmpty();
            if (answer >= 0 || !api.isEmpty() || !cycle.isEmpty() || referenced) {
                fields.add(new Value.Int(answer));
                fields.add(new Value.Arr(List.of(new Value.Str(api), ints(apiState))));
                fields.add(ints(cycle));
            }
            if (referenced) {
                fields.add(ints(nodes));
                fields.add(new Value.Str(codec));
            }
            return ValueFormat.format(new Value.Arr(fields));
        }

        private static Value ints(List<Integer> items) {
            return new Value.Arr(items.stream().<Value>map(i -> new Value.Int(i)).toList());
        }

        private static Value strings(List<String> items) {
            return new Value.Arr(items.stream().<Value>map(Value.Str::new).toList());
        }

        private static Value strings2(List<List<String>> items) {
            return new Value.Arr(items.stream().map(Config::strings).toList());
        }
    }

    /** One batch request: each call is the list of its arguments ({@code [["ADOBECODEBANC","ABC"],["a","aa"]]}). */
    public static String batch(List<List<Value>> calls) {
        StringBuilder request = new StringBuilder();
        request.append('[');
        for (int i = 0; i < calls.size(); i++) {
            if (i > 0) {
                request.append(',');
            }
            ValueFormat.append(request, new Value.Arr(calls.get(i)));
        }
        request.append(']');
        return request.toString();
    }

    /** One answer of a runner, as it came over the channel. */
    public sealed interface Reply permits Ok, Raised, OutputLimit, Error {}

    /**
     * {@code ["ok", nanos, "<returned value>", "<stdout>"]}: the call returned {@code value} (LeetCode format); for
     * an in-place problem {@code value} is the answer argument after the call. A problem with a judge-provided
     * API adds a fifth element, how many times the solution called it ({@code apiCalls}; -1 when absent).
     */
    public record Ok(long nanos, String value, String stdout, long apiCalls) implements Reply {
        /** An answer of a problem without a judge-provided API. */
        public Ok(long nanos, String value, String stdout) {
            this(nanos, value, stdout, -1);
        }
    }

    /**
     * {@code ["exception", nanos, "type", "message", [[file or class, function, line], ...], "<stdout>"]}: the
     * call raised; the frames are the solution's own, innermost last as the runner lists them.
     */
    public record Raised(long nanos, String type, String message, List<Frame> frames, String stdout,
            boolean memoryLimit) implements Reply {
        public Raised {
            frames = List.copyOf(frames);
        }

        /** An exception that is not the runtime's memory at its limit. */
        public Raised(long nanos, String type, String message, List<Frame> frames, String stdout) {
            this(nanos, type, message, frames, stdout, false);
        }
    }

    /** A stack frame of the solution's: a class (Java) or file (Python), a method or function, a line. */
    public record Frame(String where, String function, int line) {}

    /** {@code ["output-limit"]}: the solution printed more than the limit; the runner exits after it. */
    public record OutputLimit() implements Reply {}

    /** {@code ["error", "message"]}: the runner cannot go on (a request it cannot read, a class it cannot load). */
    public record Error(String message) implements Reply {}

    /** The payload of an answer frame. */
    public static String encode(Reply reply) {
        Value v;
        if (reply instanceof Ok ok) {
            v = ok.apiCalls() < 0
                    ? arr(new Value.Str("ok"), new Value.Int(ok.nanos()), new Value.Str(ok.value()), new Value.Str(ok.stdout()))
                    : arr(new Value.Str("ok"), new Value.Int(ok.nanos()), new Value.Str(ok.value()), new Value.Str(ok.stdout()),
                            new Value.Int(ok.apiCalls()));
        } else if (reply instanceof Raised r) {
            v = arr(new Value.Str("exception"), new Value.Int(r.nanos()), new Value.Str(r.type()),
                    new Value.Str(r.message()), new Value.Arr(r.frames().stream().<Value>map(f -> arr(
                            new Value.Str(f.where()), new Value.Str(f.function()), new Value.Int(f.line()))).toList()),
                    new Value.Str(r.stdout()), new Value.Bool(r.memoryLimit()));
        } else if (reply instanceof OutputLimit) {
            v = arr(new Value.Str("output-limit"));
        } else {
            v = arr(new Value.Str("error"), new Value.Str(((Error) reply).message()));
        }
        return ValueFormat.format(v);
    }

    private static Value arr(Value... items) {
        return new Value.Arr(List.of(items));
    }

    /**
     * Reads an answer frame's payload. A runner is partly the solution's process, so anything that is not a
     * well-formed answer is an {@link Error} saying what was wrong, never an exception.
     */
    public static Reply decode(Value frame) {
        try {
            List<Value> f = ((Value.Arr) frame).items();
            String kind = str(f.get(0));
            switch (kind) {
                case "ok":
                    return new Ok(num(f.get(1)), str(f.get(2)), str(f.get(3)), f.size() > 4 ? num(f.get(4)) : -1);
                case "exception": {
                    List<Frame> frames = new ArrayList<>();
                    for (Value v : ((Value.Arr) f.get(4)).items()) {
                        List<Value> x = ((Value.Arr) v).items();
                        frames.add(new Frame(str(x.get(0)), str(x.get(1)), (int) num(x.get(2))));
                    }
                    // The optional 7th element: true when the runner saw its memory at the limit.
                    boolean memory = f.size() > 6 && f.get(6) instanceof Value.Bool b && b.value();
                    return new Raised(num(f.get(1)), str(f.get(2)), str(f.get(3)), frames, str(f.get(5)), memory);
                }
                case "output-limit":
                    return new OutputLimit();
                case "error":
                    return new Error(f.size() > 1 ? str(f.get(1)) : "error");
                default:
                    return new Error(kind);
            }
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            return new Error("malformed answer " + abbreviate(ValueFormat.format(frame)));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static String str(Value v) {
        return ((Value.Str) v).value();
    }

    private static long num(Value v) {
        return ((Value.Int) v).value();
    }
}
