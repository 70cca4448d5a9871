package judge.lang;

import judge.compile.Compiler;

/**
 * What a judge lends its languages for compiling: the judge's own Java compiler (its settings, its time limit)
 * and whether the class scan is on. A language uses what it needs and ignores the rest.
 */
public record Toolchain(Compiler javaCompiler, boolean scanClasses) {}
