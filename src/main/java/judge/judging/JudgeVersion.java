package judge.judging;

/**
 * The judge's version, as reports and grading logs record it: the jar's {@code Implementation-Version}, or
 * {@value #DEVELOPMENT} when running from a build folder (tests, an IDE).
 */
public final class JudgeVersion {
    public static final String DEVELOPMENT = "development";

    private JudgeVersion() {}

    public static String current() {
        String v = JudgeVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? DEVELOPMENT : v;
    }
}
