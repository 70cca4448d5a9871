package judge.sandbox;

import java.nio.file.Path;
import java.util.List;
import judge.lang.Language;
import judge.lang.Languages;

/**
 * How to start one child JVM: the class folders it may see (the runner's and the solution's, never the
 * problem's), the class and method to call, the folder of the solution's own classes (whose stack frames a
 * runtime error shows; it is also on the class path), its heap, and how much it may print.
 *
 * <p>For a design problem {@code design} lists the class's members, the constructor first, each as its name
 * followed by its parameter types as Java spells them ({@code ["LRUCache", "int"], ["put", "int", "int"]});
 * it is empty otherwise.
 *
 * <p>{@code types} are the method's parameter types then its return type, as Java spells them (empty for a
 * design problem, and where the runner does not need them); {@code language} starts the child
 * ({@link Language#launch}) and reads its failures.
 */
public record ChildSpec(
        List<Path> classPath,
        String className,
        String method,
        Path userClasses,
        int memoryMb,
        int keepOutputBytes,
        long outputLimitBytes,
        List<List<String>> design,
        List<String> types,
        Language language,
        Shape shape) {

    public ChildSpec {
        classPath = List.copyOf(classPath);
        design = design.stream().map(List::copyOf).toList();
        types = List.copyOf(types);
        shape = shape == null ? Shape.NONE : shape;
    }

    public ChildSpec(List<Path> classPath, String className, String method, Path userClasses, int memoryMb,
            int keepOutputBytes, long outputLimitBytes, List<List<String>> design, List<String> types,
            Language language) {
        this(classPath, className, method, userClasses, memoryMb, keepOutputBytes, outputLimitBytes, design, types,
                language, Shape.NONE);
    }

    /**
     * What a plain method's call does beyond "call it, answer what it returns": {@code answer}, the index of the
     * argument whose value after the call is the answer (an in-place problem; -1 otherwise); {@code api}, the
     * judge-provided API the solution calls ({@code VersionControl}; empty for none) and {@code state}, the
     * indices of the arguments that are the API's hidden state rather than the method's; {@code cycle}, empty or
     * {@code [list, pos, returnsNode]}: the argument that is a list whose tail links to the node at the index
     * argument {@code pos} (not passed to the method), and 1 when the returned node is answered by its index;
     * {@code nodes}, empty or {@code [tree, returnsNode, ref...]}: arguments that are values of nodes of the tree
     * argument, passed as those nodes (1: a returned node is answered by identity); {@code codec}, empty or the
     * decoder's name: the method is an encoder judged by the round trip.
     */
    public record Shape(int answer, String api, List<Integer> state, List<Integer> cycle, List<Integer> nodes,
            String codec) {
        public static final Shape NONE = new Shape(-1, "", List.of(), List.of());

        public Shape {
            state = List.copyOf(state);
            cycle = List.copyOf(cycle);
            nodes = List.copyOf(nodes);
        }

        public Shape(int answer, String api, List<Integer> state, List<Integer> cycle) {
            this(answer, api, state, cycle, List.of(), "");
        }
    }

    /** A Java child. */
    public ChildSpec(List<Path> classPath, String className, String method, Path userClasses, int memoryMb,
            int keepOutputBytes, long outputLimitBytes, List<List<String>> design) {
        this(classPath, className, method, userClasses, memoryMb, keepOutputBytes, outputLimitBytes, design,
                List.of(), Languages.java());
    }

    public ChildSpec(List<Path> classPath, String className, String method, Path userClasses, int memoryMb,
            int keepOutputBytes, long outputLimitBytes) {
        this(classPath, className, method, userClasses, memoryMb, keepOutputBytes, outputLimitBytes, List.of());
    }

    public static final int DEFAULT_KEEP_OUTPUT = 64 << 10;
    public static final long DEFAULT_OUTPUT_LIMIT = 16L << 20;
}
