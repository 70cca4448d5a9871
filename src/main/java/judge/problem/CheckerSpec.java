package judge.problem;

/** Which checker decides a problem's answers: exact comparison, or a class of the package's own. */
public sealed interface CheckerSpec permits CheckerSpec.Exact, CheckerSpec.PackageClass {
    record Exact() implements CheckerSpec {}

    /** A class in the package's {@code checker/} folder implementing {@code judge.check.Checker}. */
    record PackageClass(String className) implements CheckerSpec {}
}
