package judge.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start one child JVM: the class folders it may see (the runner's and the solution's, never the
 * problem's), the class and method to call, the folder of the solution's own classes (whose stack frames a
 * runtime error shows; it is also on the class path), its heap, and how much it may print.
 *
 * <p>For a design problem {@code design} lists the class's members, the constructor first, each as its name
 * followed by its parameter types as Java spells them ({@code ["LRUCache", "int"], ["put", "int", "int"]});
 * it is empty otherwise.
 */
public record ChildSpec(
        List<Path> classPath,
        String className,
        String method,
        Path userClasses,
        int memoryMb,
        int keepOutputBytes,
        long outputLimitBytes,
        List<List<String>> design) {

    public ChildSpec {
        classPath = List.copyOf(classPath);
        design = design.stream().map(List::copyOf).toList();
    }

    public ChildSpec(List<Path> classPath, String className, String method, Path userClasses, int memoryMb,
            int keepOutputBytes, long outputLimitBytes) {
        this(classPath, className, method, userClasses, memoryMb, keepOutputBytes, outputLimitBytes, List.of());
    }

    public static final int DEFAULT_KEEP_OUTPUT = 64 << 10;
    public static final long DEFAULT_OUTPUT_LIMIT = 16L << 20;
}
