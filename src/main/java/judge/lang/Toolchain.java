package judge.lang;

import judge.compile.Compiler;

/**
 * What a judge lends its languages for compiling: the judge's own Java compiler (its settings, its time limit),
 * whether the class scan is on, and whether the build is a checked one ({@code run} and {@code fuzz}: a native
 * language adds its run-time checks, C++ its sanitizers; {@code submit} builds without, for honest timing). A
 * language uses what it needs and ignores the rest.
 */
public record Toolchain(Compiler javaCompiler, boolean scanClasses, boolean checked) {
    public Toolchain(Compiler javaCompiler, boolean scanClasses) {
        this(javaCompiler, scanClasses, false);
    }
}
