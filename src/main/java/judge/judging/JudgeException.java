package judge.judging;

/** The judge or the problem package failed, not the solution: reported as {@link Verdict#INTERNAL_ERROR}. */
public final class JudgeException extends RuntimeException {
    public JudgeException(String message) {
        super(message);
    }
}
