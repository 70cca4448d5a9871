package judge.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start one child JVM: the class folders it may see (the runner's and the solution's, never the
 * problem's), the class and method to call, its heap, and how much it may print.
 */
public record ChildSpec(
        List<Path> classPath,
        String className,
        String method,
        List<String> userClasses,
        int memoryMb,
        int keepOutputBytes,
        long outputLimitBytes) {

    public ChildSpec {
        classPath = List.copyOf(classPath);
        userClasses = List.copyOf(userClasses);
    }

    public static final int DEFAULT_KEEP_OUTPUT = 64 << 10;
    public static final long DEFAULT_OUTPUT_LIMIT = 16L << 20;
}
