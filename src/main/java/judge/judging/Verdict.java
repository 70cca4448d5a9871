package judge.judging;

/**
 * LeetCode's verdicts. {@link #code()} is the stable name in JSON output, {@link #title()} what users read.
 *
 * <p>An enum rather than a sealed hierarchy: a verdict carries no data of its own (the details live in
 * {@link TestResult}), and on Java 17 only an enum gives an exhaustive {@code switch} that the compiler checks.
 */
public enum Verdict {
    ACCEPTED("Accepted"),
    WRONG_ANSWER("Wrong Answer"),
    TIME_LIMIT_EXCEEDED("Time Limit Exceeded"),
    MEMORY_LIMIT_EXCEEDED("Memory Limit Exceeded"),
    OUTPUT_LIMIT_EXCEEDED("Output Limit Exceeded"),
    RUNTIME_ERROR("Runtime Error"),
    COMPILE_ERROR("Compile Error"),
    INTERNAL_ERROR("Internal Error");

    private final String title;

    Verdict(String title) {
        this.title = title;
    }

    public String code() {
        return name();
    }

    public String title() {
        return title;
    }

    public boolean isAccepted() {
        return this == ACCEPTED;
    }

    /** The verdict named by a folder of {@code submissions/} ({@code wrong_answer}), or {@code null}. */
    public static Verdict fromFolderName(String folder) {
        for (Verdict v : values()) {
            if (v.name().equalsIgnoreCase(folder)) {
                return v;
            }
        }
        return null;
    }
}
