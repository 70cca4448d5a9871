package judge.check;

/** A checker's decision on one answer; a rejection says in a sentence what is wrong with it. */
public sealed interface CheckResult permits CheckResult.Accepted, CheckResult.Rejected {

    record Accepted() implements CheckResult {}

    record Rejected(String message) implements CheckResult {}

    static CheckResult accept() {
        return new Accepted();
    }

    static CheckResult reject(String message) {
        return new Rejected(message);
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
