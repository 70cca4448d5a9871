package judge.problem;

/**
 * Which checker decides a problem's answers, as {@code problem.json} declares it:
 * {@code "exact"} (the default), {@code "unordered"}, {@code {"float": {"abs": 1e-5, "rel": 1e-5}}}, or
 * {@code {"class": "Name"}} for a checker of the package's own.
 */
public sealed interface CheckerSpec
        permits CheckerSpec.Exact, CheckerSpec.Unordered, CheckerSpec.Float, CheckerSpec.PackageClass {

    /** The same value: same type, same content, same order. */
    record Exact() implements CheckerSpec {}

    /** An array whose elements may come in any order ("return the answer in any order"). */
    record Unordered() implements CheckerSpec {}

    /** Numbers equal within an absolute or a relative tolerance (either suffices), anywhere in the value. */
    record Float(double absolute, double relative) implements CheckerSpec {}

    /** A class in the package's {@code checker/} folder implementing {@code judge.check.Checker}. */
    record PackageClass(String className) implements CheckerSpec {}
}
