package judge.runner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * The program that runs inside the sandboxed child JVM: it reads one test's arguments at a time from the
 * judge, calls a new instance of the solution's class on its own large-stack thread, and answers with the
 * return value, the CPU time the call took on that thread (converting the returned value included) and what
 * the solution printed.
 *
 * <p>It knows nothing of expected answers, tests it has not been sent, or the checker: the judge decides
 * every verdict. It depends only on the JDK and {@code judge.value}, so the child starts fast.
 *
 * <p>The first request is the configuration: {@code ["nonce", "Solution", "minWindow", keepBytes,
 * limitBytes, "/folder/of/the/solution's/classes", design, types, language, memoryMb, answer, [api, [state]]]},
 * where {@code design} is empty except for a design problem (see {@link Design}), and the last two say what an
 * in-place problem's answer is and which judge API the solution calls (see {@link Shape}). The child may start before the solution is compiled:
 * its class is loaded at the first call. Each later request is a batch of calls, each call the list of its
 * arguments: {@code [["ADOBECODEBANC","ABC"],["a","aa"]]}. Every call gets one answer, in order:
 * <ul>
 *   <li>{@code ["ok", nanos, "<returned value>", "<stdout>"]}; for a design problem the returned value is
 *       the list of every operation's result</li>
 *   <li>{@code ["exception", nanos, "java.lang.Foo", "message", [["Class", "method", line], ...], "<stdout>"]}</li>
 *   <li>{@code ["output-limit"]} when the solution printed more than the limit, after which the runner exits</li>
 *   <li>{@code ["error", "message"]} when the runner itself cannot go on (never the solution's fault)</li>
 * </ul>
 */
public final class Runner {
    /**
     * LeetCode accepts recursion some 10^5 frames deep; the solution's thread gets a stack to match: plain
     * frames reach a depth of over a million in 32 MB, frames with several locals some 300,000. Not more:
     * an infinite recursion must overflow well within a test's time limit to be the Runtime Error LeetCode
     * reports, and filling 64 MB took over a second on a busy machine.
     */
    private static final long SOLUTION_STACK_BYTES = 32L << 20;
    private static final int MAX_MESSAGE_CHARS = 2000;
    private static final int MAX_FRAMES = 30;

    private static final long FLUSH_EVERY_NANOS = 10_000_000;

    /**
     * The clock a call's time is read from: the solution thread's CPU time (what the limits judge, so that a
     * busy machine does not turn a verdict), falling back to the wall clock where the JVM cannot tell it. Held
     * in a class of its own so that the flusher thread loads the management classes while the child waits for
     * its first call, not on the solution's time.
     */
    static final class CpuClock {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

        static long now() {
            return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }

    private final InputStream in;
    private final OutputStream out;
    private String nonce;
    private long outputLimit;
    private volatile boolean batching;
    private long lastFlush;
    private boolean pending; // answers written but not flushed; guarded by this

    private Runner(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        // Take the real stdin and stdout before the solution can reach them through System.
        Runner runner = new Runner(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16),
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        String config = Frames.readRequest(runner.in);
        if (config == null) {
            return;
        }
        List<Value> c = ((Value.Arr) ValueFormat.parse(config)).items();
        runner.nonce = str(c.get(0));
        Path userClasses = Path.of(str(c.get(5)));
        runner.outputLimit = ((Value.Int) c.get(4)).value();
        Capture capture = new Capture((int) ((Value.Int) c.get(3)).value(), runner.outputLimit,
                runner::outputLimitExceeded);
        PrintStream printed = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(printed);
        System.setErr(printed);
        System.setIn(new ByteArrayInputStream(new byte[0]));

        List<Value> design = c.size() > 6 ? ((Value.Arr) c.get(6)).items() : List.of();
        Shape shape = Shape.of(c);
        Thread solution = new Thread(null, () -> {
            if (design.isEmpty()) {
                runner.serve(str(c.get(1)), str(c.get(2)), capture, userClasses, shape);
            } else {
                runner.serveDesign(str(c.get(1)), design, capture, userClasses);
            }
        }, "main", SOLUTION_STACK_BYTES);
        // Within a batch answers are flushed every few milliseconds, not one by one; this thread does it when
        // the solution is busy, so that an answer never waits in the buffer behind a long call that follows
        // it (the judge would blame the wrong call of the batch for the time).
        Thread flusher = new Thread(() -> {
            CpuClock.now();
            while (true) {
                try {
                    Thread.sleep(FLUSH_EVERY_NANOS / 1_000_000);
                } catch (InterruptedException e) {
                    return;
                }
                runner.flushPending();
            }
        }, "flusher");
        flusher.setDaemon(true);
        flusher.start();
        solution.start();
        solution.join();
        runner.flush();
        // Threads the solution left behind must not keep the child alive: the judge has its answers.
        Runtime.getRuntime().halt(0);
    }

    /**
     * The configuration's fields 10 and 11: the index of the argument that is the answer after the call (an
     * in-place problem; -1 when the returned value is) and the judge-provided API with the indices of the
     * arguments that are its hidden state ({@code ["VersionControl", [1]]}; {@code ["", []]} for none).
     */
    record Shape(int answer, String api, java.util.Set<Integer> state, List<Integer> cycle, List<Integer> nodes,
            String codec) {
        /** Whether argument {@code i} is not passed to the method: an API's state, or a cycle's pos. */
        boolean hidden(int i) {
            return state.contains(i) || (cycle.size() == 3 && cycle.get(1) == i);
        }

        static Shape of(List<Value> config) {
            int answer = config.size() > 10 ? (int) ((Value.Int) config.get(10)).value() : -1;
            String api = "";
            java.util.Set<Integer> state = new java.util.HashSet<>();
            if (config.size() > 11) {
                List<Value> a = ((Value.Arr) config.get(11)).items();
                api = str(a.get(0));
                for (Value v : ((Value.Arr) a.get(1)).items()) {
                    state.add((int) ((Value.Int) v).value());
                }
            }
            List<Integer> cycle = new ArrayList<>();
            if (config.size() > 12) {
                for (Value v : ((Value.Arr) config.get(12)).items()) {
                    cycle.add((int) ((Value.Int) v).value());
                }
            }
            // Fields 13 and 14: node references [tree, returnsNode, ref...] and a codec's decoder.
            List<Integer> nodes = new ArrayList<>();
            if (config.size() > 13) {
                for (Value v : ((Value.Arr) config.get(13)).items()) {
                    nodes.add((int) ((Value.Int) v).value());
                }
            }
            String codec = config.size() > 14 ? str(config.get(14)) : "";
            return new Shape(answer, api, state, cycle, nodes, codec);
        }

        /** Whether argument {@code i} is a node reference, passed as the tree's node of that value. */
        boolean isNodeRef(int i) {
            return nodes.size() > 2 && nodes.subList(2, nodes.size()).contains(i);
        }
    }

    /**
     * A tree argument whose nodes other arguments name by value, as the test gives it: each node with the value
     * it had before the call, so that a returned node is answered by identity with that value (a solution may
     * change values on its way), and a node that is not the tree's by a sentence.
     */
    static final class NodeTree {
        private final Map<Object, Integer> before = new java.util.IdentityHashMap<>();
        private final Map<Integer, Object> byValue = new HashMap<>();
        private java.lang.reflect.Field val;

        NodeTree(Object root) throws ReflectiveOperationException {
            java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
            if (root != null) {
                todo.add(root);
            }
            java.lang.reflect.Field left = null;
            java.lang.reflect.Field right = null;
            while (!todo.isEmpty()) {
                Object node = todo.poll();
                if (val == null) {
                    val = node.getClass().getDeclaredField("val");
                    left = node.getClass().getDeclaredField("left");
                    right = node.getClass().getDeclaredField("right");
                    val.setAccessible(true);
                    left.setAccessible(true);
                    right.setAccessible(true);
                }
                before.put(node, val.getInt(node));
                byValue.put(val.getInt(node), node);
                for (Object child : new Object[] {left.get(node), right.get(node)}) {
                    if (child != null) {
                        todo.add(child);
                    }
                }
            }
        }

        /** The tree's node of value {@code value}; the judge validated that there is one. */
        Object node(Value value) {
            Object node = byValue.get((int) ((Value.Int) value).value());
            if (node == null) {
                throw new IllegalArgumentException("no node of value " + value.format() + " in the tree");
            }
            return node;
        }

        /** The value {@code node} had when given, by identity; null for null; a sentence for another node. */
        Value answer(Object node) {
            if (node == null) {
                return Value.Null.INSTANCE;
            }
            Integer value = before.get(node);
            if (value != null) {
                return new Value.Int(value);
            }
            String seen = "";
            try {
                seen = val == null ? "" : " with val " + val.getInt(node);
            } catch (RuntimeException | IllegalAccessException e) {
                seen = "";
            }
            return new Value.Str("a node that is not in the given tree (a new node" + seen + "; return the tree's own"
                    + " node)");
        }
    }

    /**
     * A list whose tail links back to the node at index {@code pos}, as the test describes it, with what every
     * node held before the call: after it, the list must be exactly as given (a solution may not relink or
     * relabel nodes to find the cycle), and a returned node is answered by its index in the list.
     */
    static final class CycleList {
        private final Object[] nodes;
        private final Object[] nexts;
        private final int[] vals;
        private final java.lang.reflect.Field val;
        private final java.lang.reflect.Field next;

        CycleList(Object head, long pos) throws ReflectiveOperationException {
            List<Object> all = new ArrayList<>();
            java.lang.reflect.Field v = null;
            java.lang.reflect.Field n = null;
            for (Object node = head; node != null; node = n.get(node)) {
                if (n == null) {
                    v = node.getClass().getDeclaredField("val");
                    n = node.getClass().getDeclaredField("next");
                    v.setAccessible(true);
                    n.setAccessible(true);
                }
                all.add(node);
            }
            nodes = all.toArray();
            val = v;
            next = n;
            if (pos >= 0 && pos < nodes.length) {
                next.set(nodes[nodes.length - 1], nodes[(int) pos]);
            }
            nexts = new Object[nodes.length];
            vals = new int[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                nexts[i] = next.get(nodes[i]);
                vals[i] = val.getInt(nodes[i]);
            }
        }

        /** What the call changed in the list, or {@code null} when it left every node as it was. */
        String changed() throws IllegalAccessException {
            for (int i = 0; i < nodes.length; i++) {
                if (next.get(nodes[i]) != nexts[i]) {
                    return "the solution changed the list: node " + i + "'s next is not what it was";
                }
                if (val.getInt(nodes[i]) != vals[i]) {
                    return "the solution changed the list: node " + i + "'s val is not what it was";
                }
            }
            return null;
        }

        /** The index of {@code node} in the list by identity, -1 for null, or a sentence for a node not in it. */
        Value indexOf(Object node) {
            if (node == null) {
                return new Value.Int(-1);
            }
            for (int i = 0; i < nodes.length; i++) {
                if (nodes[i] == node) {
                    return new Value.Int(i);
                }
            }
            return new Value.Str("a node that is not in the given list");
        }
    }

    /**
     * The judge's API in the child ({@code VersionControl}): the runner gives it the test's hidden state before
     * a call and reads its call count after. Its fields are private; the runner reaches them by reflection,
     * which solutions may not use.
     */
    static final class Api {
        private final java.lang.reflect.Field bad;
        private final java.lang.reflect.Field calls;

        Api(String name, Path userClasses) throws ReflectiveOperationException {
            if (!name.equals("VersionControl")) {
                throw new ClassNotFoundException("no API " + name);
            }
            if (Files.exists(userClasses.resolve(name + ".class"))) {
                throw new ClassNotFoundException("the solution declares its own " + name + ", which is the judge's");
            }
            Class<?> type = Class.forName(name, true, Runner.class.getClassLoader());
            bad = type.getDeclaredField("bad");
            calls = type.getDeclaredField("calls");
            bad.setAccessible(true);
            calls.setAccessible(true);
        }

        void start(List<Value> state) throws IllegalAccessException {
            bad.setLong(null, ((Value.Int) state.get(0)).value());
            ((java.util.concurrent.atomic.AtomicLong) calls.get(null)).set(0);
        }

        long calls() throws IllegalAccessException {
            return ((java.util.concurrent.atomic.AtomicLong) calls.get(null)).get();
        }
    }

    private void serve(String className, String methodName, Capture capture, Path userClasses, Shape shape) {
        Method method = null;
        Constructor<?> constructor = null;
        Type[] parameterTypes = null;
        Api api = null;
        Method decode = null;
        while (true) {
            List<Value> calls;
            try {
                String request = Frames.readRequest(in);
                if (request == null) {
                    return;
                }
                if (method == null) {
                    try {
                        Class<?> type = Class.forName(className, false, Runner.class.getClassLoader());
                        method = find(type, methodName);
                        constructor = type.getDeclaredConstructor();
                        constructor.setAccessible(true);
                        method.setAccessible(true);
                        parameterTypes = method.getGenericParameterTypes();
                        if (!shape.api().isEmpty()) {
                            api = new Api(shape.api(), userClasses);
                        }
                        if (!shape.codec().isEmpty()) {
                            decode = type.getDeclaredMethod(shape.codec(), String.class);
                            decode.setAccessible(true);
                        }
                    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                        send(List.of(new Value.Str("error"), new Value.Str("cannot load " + className + "."
                                + methodName + ": " + e)));
                        return;
                    }
                }
                calls = ((Value.Arr) ValueFormat.parse(request)).items();
            } catch (IOException | RuntimeException e) {
                send(List.of(new Value.Str("error"), new Value.Str("bad request: " + e)));
                return;
            }
            // A batch streams its answers; they are flushed every few milliseconds rather than one by one,
            // so that thousands of tiny calls cost few system calls, and the judge still sees which call
            // of a batch is the one that hangs.
            batching = calls.size() > 1;
            for (Value call : calls) {
                Object[] arguments;
                int answer = -1;
                CycleList cycle = null;
                NodeTree tree = null;
                try {
                    List<Value> values = ((Value.Arr) call).items();
                    List<Value> state = new ArrayList<>();
                    List<Object> passed = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        if (shape.hidden(i)) {
                            if (shape.state().contains(i)) {
                                state.add(values.get(i));
                            }
                            continue;
                        }
                        if (i == shape.answer()) {
                            answer = passed.size();
                        }
                        Object argument = shape.isNodeRef(i) ? null
                                : Convert.toJava(values.get(i), parameterTypes[passed.size()]);
                        if (shape.cycle().size() == 3 && shape.cycle().get(0) == i) {
                            cycle = new CycleList(argument, ((Value.Int) values.get(shape.cycle().get(1))).value());
                        }
                        if (shape.nodes().size() > 2 && shape.nodes().get(0) == i) {
                            tree = new NodeTree(argument);
                        }
                        passed.add(argument);
                    }
                    // A node reference is the tree's own node of the value the test gives (no argument is
                    // hidden in a problem with node references, so indices are the method's).
                    for (int i = 0; tree != null && i < values.size(); i++) {
                        if (shape.isNodeRef(i)) {
                            passed.set(i, tree.node(values.get(i)));
                        }
                    }
                    arguments = passed.toArray();
                    if (api != null) {
                        api.start(state);
                    }
                } catch (RuntimeException | ReflectiveOperationException e) {
                    send(List.of(new Value.Str("error"), new Value.Str("bad request: " + e)));
                    return;
                }
                if (decode != null) {
                    callCodec(constructor, method, decode, arguments[0], capture, userClasses);
                    continue;
                }
                call(constructor, method, arguments, answer, api, cycle, shape.cycle().size() == 3
                        && shape.cycle().get(2) == 1, tree != null && shape.nodes().get(1) == 1 ? tree : null,
                        capture, userClasses);
            }
            batching = false;
            flush();
        }
    }

    /** Like {@link #serve}, for a design problem: each call is {@code [operations, arguments]}. */
    private void serveDesign(String className, List<Value> members, Capture capture, Path userClasses) {
        Design design = null;
        while (true) {
            List<Value> calls;
            try {
                String request = Frames.readRequest(in);
                if (request == null) {
                    return;
                }
                if (design == null) {
                    try {
                        design = Design.load(Class.forName(className, false, Runner.class.getClassLoader()), members);
                    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                        send(List.of(new Value.Str("error"), new Value.Str("cannot load " + className + ": " + e)));
                        return;
                    }
                }
                calls = ((Value.Arr) ValueFormat.parse(request)).items();
            } catch (IOException | RuntimeException e) {
                send(List.of(new Value.Str("error"), new Value.Str("bad request: " + e)));
                return;
            }
            batching = calls.size() > 1;
            for (Value call : calls) {
                Design.Calls prepared;
                try {
                    prepared = design.prepare(((Value.Arr) call).items());
                } catch (RuntimeException e) {
                    send(List.of(new Value.Str("error"), new Value.Str("bad request: " + e)));
                    return;
                }
                callDesign(prepared, capture, userClasses);
            }
            batching = false;
            flush();
        }
    }

    /**
     * Runs one design test: the constructor, then each method on the object it made. The calls and the
     * conversion of what they return are timed; each result is written out as soon as it returns, as LeetCode records it (a later call may
     * change an object an earlier one returned).
     */
    private void callDesign(Design.Calls calls, Capture capture, Path userClasses) {
        long origin = CpuClock.now();
        List<Value> results = new ArrayList<>(calls.size());
        Convert.Budget budget = new Convert.Budget(outputLimit);
        Object instance = null;
        for (int i = 0; i < calls.size(); i++) {
            Object returned;
            try {
                if (i == 0) {
                    instance = calls.constructor().newInstance(calls.arguments(0));
                    returned = null;
                } else {
                    returned = calls.method(i).invoke(instance, calls.arguments(i));
                }
            } catch (Throwable e) {
                sendException(origin, thrown(e), capture, userClasses);
                return;
            }
            try {
                if (i == 0 || calls.method(i).getReturnType() == void.class) {
                    results.add(Value.Null.INSTANCE);
                } else {
                    results.add(returned == null && Convert.isNode(calls.method(i).getReturnType())
                            ? new Value.Arr(List.of()) : Convert.toValue(returned, budget));
                }
            } catch (Convert.TooLarge e) {
                outputLimitExceeded();
                return;
            } catch (Throwable e) {
                sendException(origin, new IllegalStateException("the value " + calls.name(i) + " returned cannot be"
                        + " written out: " + describe(e)), capture, userClasses);
                return;
            }
        }
        long nanos = CpuClock.now() - origin;
        send(List.of(new Value.Str("ok"), new Value.Int(nanos), new Value.Str(ValueFormat.format(new Value.Arr(results))),
                new Value.Str(capture.take())));
    }

    /**
     * Calls the solution once. For an in-place problem ({@code answer} >= 0) the answer is that argument after
     * the call, whatever the method returned; with an {@code api}, the answer carries its call count.
     */
    private void call(Constructor<?> constructor, Method method, Object[] arguments, int answer, Api api,
            CycleList cycle, boolean nodeByIndex, NodeTree tree, Capture capture, Path userClasses) {
        long start = CpuClock.now();
        Object returned;
        try {
            returned = method.invoke(constructor.newInstance(), arguments);
        } catch (Throwable e) {
            sendException(start, thrown(e), capture, userClasses);
            return;
        }
        // Converting the returned value runs the solution's code too (a lazy collection's iterator, its
        // size()): it is part of the call's time, and bounded by the output limit.
        String output;
        try {
            Object result = answer >= 0 ? arguments[answer] : returned;
            String changed = cycle == null ? null : cycle.changed();
            if (changed != null) {
                output = ValueFormat.format(new Value.Str(changed));
            } else if (cycle != null && nodeByIndex) {
                output = ValueFormat.format(cycle.indexOf(returned));
            } else if (tree != null) {
                output = ValueFormat.format(tree.answer(returned));
            } else {
                output = ValueFormat.format(answer < 0 && returned == null && Convert.isNode(method.getReturnType())
                        ? new Value.Arr(List.of()) : Convert.toValue(result, new Convert.Budget(outputLimit)));
            }
        } catch (Convert.TooLarge e) {
            outputLimitExceeded();
            return;
        } catch (Throwable e) {
            sendException(start, new IllegalStateException("the returned value cannot be written out: "
                    + describe(e)), capture, userClasses);
            return;
        }
        long nanos = CpuClock.now() - start;
        if (api != null) {
            long calls;
            try {
                calls = api.calls();
            } catch (IllegalAccessException e) {
                send(List.of(new Value.Str("error"), new Value.Str("cannot read the API's calls: " + e)));
                return;
            }
            send(List.of(new Value.Str("ok"), new Value.Int(nanos), new Value.Str(output), new Value.Str(capture.take()),
                    new Value.Int(calls)));
            return;
        }
        send(List.of(new Value.Str("ok"), new Value.Int(nanos), new Value.Str(output), new Value.Str(capture.take())));
    }

    /** What the solution's code threw, unwrapped from the reflection or class initialisation that carried it. */
    private static Throwable thrown(Throwable e) {
        if (e instanceof InvocationTargetException invoked) {
            return invoked.getCause();
        }
        if (e instanceof ExceptionInInitializerError init && init.getCause() != null) {
            return init.getCause();
        }
        return e;
    }

    /**
     * Calls a codec once, as LeetCode does: {@code new Codec().serialize(value)}, then the decoder on another new
     * instance with that string. The answer is the decoded value; an encoding longer than
     * {@code MAX_ENCODED_CHARS}, or a decoded value that reuses a node given to the encoder, is answered with a
     * sentence saying so (a wrong answer). Both calls, and writing the result out, count in the time.
     */
    private void callCodec(Constructor<?> constructor, Method encode, Method decode, Object value, Capture capture,
            Path userClasses) {
        Map<Object, Boolean> given = new java.util.IdentityHashMap<>();
        long start = CpuClock.now();
        Object decoded;
        String problem = null;
        try {
            nodes(value, given);
            start = CpuClock.now();
            Object encoded = encode.invoke(constructor.newInstance(), value);
            if (encoded instanceof String s && s.length() > MAX_ENCODED_CHARS) {
                problem = encode.getName() + " returned " + s.length() + " characters, more than the "
                        + MAX_ENCODED_CHARS + " allowed";
            }
            decoded = problem != null ? null : decode.invoke(constructor.newInstance(), encoded);
        } catch (Throwable e) {
            sendException(start, thrown(e), capture, userClasses);
            return;
        }
        String output;
        try {
            if (problem == null && decoded != null) {
                Map<Object, Boolean> seen = new java.util.IdentityHashMap<>();
                nodes(decoded, seen);
                if (seen.keySet().stream().anyMatch(given::containsKey)) {
                    problem = decode.getName() + " returned nodes of the value given to " + encode.getName()
                            + ", not new ones built from the string";
                }
            }
            output = problem != null ? ValueFormat.format(new Value.Str(problem)) : ValueFormat.format(decoded == null
                    ? new Value.Arr(List.of()) : Convert.toValue(decoded, new Convert.Budget(outputLimit)));
        } catch (Convert.TooLarge e) {
            outputLimitExceeded();
            return;
        } catch (Throwable e) {
            sendException(start, new IllegalStateException("the decoded value cannot be written out: "
                    + describe(e)), capture, userClasses);
            return;
        }
        long nanos = CpuClock.now() - start;
        send(List.of(new Value.Str("ok"), new Value.Int(nanos), new Value.Str(output), new Value.Str(capture.take())));
    }

    /** The longest encoding a codec may return (the judge's {@code Codec.MAX_ENCODED_CHARS}). */
    static final int MAX_ENCODED_CHARS = 1 << 22;

    /**
     * Every node reachable from {@code root} through its fields {@code left}, {@code right} and {@code next}, by
     * identity; stops at {@code Convert}'s node bound, so a cyclic or huge structure cannot hang the runner.
     */
    private static void nodes(Object root, Map<Object, Boolean> into) throws IllegalAccessException {
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty() && into.size() < 2_000_000) {
            Object node = todo.poll();
            if (into.put(node, Boolean.TRUE) != null) {
                continue;
            }
            for (String name : new String[] {"left", "right", "next"}) {
                java.lang.reflect.Field f = field(node.getClass(), name);
                Object child = f == null ? null : f.get(node);
                if (child != null) {
                    todo.add(child);
                }
            }
        }
    }

    private static java.lang.reflect.Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                java.lang.reflect.Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                continue;
            }
        }
        return null;
    }

    /** What went wrong, without trusting the throwable: its message may run the solution's code, or throw. */
    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "it is nested too deeply";
        }
        try {
            String message = e.getMessage();
            return message == null ? e.getClass().getName() : message;
        } catch (Throwable again) {
            return e.getClass().getName();
        }
    }

    /**
     * Answers a call that threw. Reading the throwable (its stack trace, its message) may run the solution's
     * code, so it counts in the call's time, which ends only here; a throwable whose methods throw in turn is
     * described by its class alone.
     */
    private void sendException(long start, Throwable thrown, Capture capture, Path userClasses) {
        List<Value> frames = new ArrayList<>();
        Map<String, Boolean> isUsers = new HashMap<>();
        StackTraceElement[] trace;
        try {
            trace = thrown.getStackTrace();
        } catch (Throwable e) {
            trace = new StackTraceElement[0];
        }
        for (StackTraceElement frame : trace) {
            if (frame == null || frames.size() >= MAX_FRAMES) {
                continue;
            }
            String top = String.valueOf(frame.getClassName());
            int dollar = top.indexOf('$');
            String outer = dollar < 0 ? top : top.substring(0, dollar);
            // The solution's classes are those compiled into its folder; the JDK's and the runner's are not.
            boolean users = isUsers.computeIfAbsent(outer, n -> {
                try {
                    return Files.isRegularFile(userClasses.resolve(n.replace('.', '/') + ".class"));
                } catch (RuntimeException e) {
                    return false;
                }
            });
            if (users) {
                frames.add(new Value.Arr(List.of(new Value.Str(top), new Value.Str(String.valueOf(frame.getMethodName())),
                        new Value.Int(frame.getLineNumber()))));
            }
        }
        String message;
        try {
            String m = thrown.getMessage();
            message = m == null ? "" : m;
        } catch (Throwable e) {
            message = "(its getMessage() threw " + e.getClass().getName() + ")";
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "...";
        }
        boolean memory = memoryLimitReached(thrown);
        long nanos = CpuClock.now() - start;
        send(List.of(new Value.Str("exception"), new Value.Int(nanos), new Value.Str(thrown.getClass().getName()),
                new Value.Str(message), new Value.Arr(frames), new Value.Str(capture.take()), new Value.Bool(memory)));
    }

    /**
     * Whether an {@link OutOfMemoryError} that reached the runner as an exception means the JVM really ran into
     * the memory limit: its heap nearly full, or its direct buffers (capped by {@code -XX:MaxDirectMemorySize})
     * taking much of their cap. Anyone can {@code throw new OutOfMemoryError()}; that alone is a runtime error.
     * (A heap the JVM itself finds exhausted ends the JVM at once, {@code -XX:+ExitOnOutOfMemoryError}.)
     */
    private static boolean memoryLimitReached(Throwable thrown) {
        if (!(thrown instanceof OutOfMemoryError)) {
            return false;
        }
        try {
            Runtime rt = Runtime.getRuntime();
            if (rt.totalMemory() - rt.freeMemory() >= rt.maxMemory() / 100 * 85) {
                return true;
            }
            long maxDirect = -1;
            for (String argument : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (argument.startsWith("-XX:MaxDirectMemorySize=")) {
                    maxDirect = parseSize(argument.substring(argument.indexOf('=') + 1));
                }
            }
            if (maxDirect <= 0) {
                return false;
            }
            for (java.lang.management.BufferPoolMXBean pool
                    : java.lang.management.ManagementFactory.getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class)) {
                if (pool.getName().equals("direct") && pool.getMemoryUsed() >= maxDirect / 2) {
                    return true;
                }
            }
            return false;
        } catch (Throwable e) {
            return false;
        }
    }

    private static long parseSize(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
        return Long.parseLong(digits) << shift;
    }

    private void outputLimitExceeded() {
        send(List.of(new Value.Str("output-limit")));
        flush();
        Runtime.getRuntime().halt(0);
    }

    private synchronized void send(List<Value> answer) {
        try {
            out.write(Frames.response(nonce, ValueFormat.format(new Value.Arr(answer))));
            long now = System.nanoTime();
            if (!batching || now - lastFlush > FLUSH_EVERY_NANOS) {
                out.flush();
                lastFlush = now;
                pending = false;
            } else {
                pending = true;
            }
        } catch (IOException e) {
            // The judge has gone; nothing is left to answer to.
            Runtime.getRuntime().halt(1);
        }
    }

    private synchronized void flushPending() {
        if (pending && System.nanoTime() - lastFlush > FLUSH_EVERY_NANOS) {
            flush();
        }
    }

    private synchronized void flush() {
        try {
            out.flush();
            lastFlush = System.nanoTime();
            pending = false;
        } catch (IOException e) {
            Runtime.getRuntime().halt(1);
        }
    }

    /**
     * The method LeetCode calls: a public one of that name before any other, since a solution may overload the
     * name with a private helper ({@code private void permute(int[] a, int k, ...)}) and the order of
     * {@code getDeclaredMethods} is unspecified.
     */
    private static Method find(Class<?> type, String name) throws NoSuchMethodException {
        Method other = null;
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name) && !m.isBridge() && !m.isSynthetic()) {
                if (java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                    return m;
                }
                other = other == null ? m : other;
            }
        }
        if (other != null) {
            return other;
        }
        throw new NoSuchMethodException(name);
    }

    private static String str(Value value) {
        return ((Value.Str) value).value();
    }
}
