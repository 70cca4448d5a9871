package judge.problem;

/**
 * Which checker decides a problem's answers, as {@code problem.json} declares it:
 * {@code "exact"} (the default), {@code "unordered"}, {@code {"float": {"abs": 1e-5, "rel": 1e-5}}}, or
 * {@code {"class": "Name"}} for a checker of the package's own, or {@code {"random": "Name"}} for a package's
 * checker of randomised answers.
 */
public sealed interface CheckerSpec
        permits CheckerSpec.Exact, CheckerSpec.Unordered, CheckerSpec.Float, CheckerSpec.PackageClass,
        CheckerSpec.Random {

    /** The same value: same type, same content, same order. */
    record Exact() implements CheckerSpec {}

    /** An array whose elements may come in any order ("return the answer in any order"). */
    record Unordered() implements CheckerSpec {}

    /** Numbers equal within an absolute or a relative tolerance (either suffices), anywhere in the value. */
    record Float(double absolute, double relative) implements CheckerSpec {}

    /** A class in the package's {@code checker/} folder implementing {@code judge.check.Checker}. */
    record PackageClass(String className) implements CheckerSpec {}

    /**
     * Randomised answers (384 Shuffle an Array): a class in {@code checker/} judges each answer from the input
     * alone, with statistics over the calls of one test (see {@code judge.check.Uniformity}). A stored expected
     * answer is only one possible answer, and the reference's answers are not the user's to match; the C++
     * driver refuses such problems.
     */
    record Random(String className) implements CheckerSpec {}
}
