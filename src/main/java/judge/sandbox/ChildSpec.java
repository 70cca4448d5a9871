package judge.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start one child JVM: the class folders it may see (the runner's and the solution's, never the
 * problem's), the class and method to call, the folder of the solution's own classes (whose stack frames a
 * runtime error shows; it is also on the class path), its heap, and how much it may print.
 */
public record ChildSpec(
        List<Path> classPath,
        String className,
        String method,
        Path userClasses,
        int memoryMb,
        int keepOutputBytes,
        long outputLimitBytes) {

    public ChildSpec {
        classPath = List.copyOf(classPath);
    }

    public static final int DEFAULT_KEEP_OUTPUT = 64 << 10;
    public static final long DEFAULT_OUTPUT_LIMIT = 16L << 20;
}
