package judge.grading;

/** A file or folder that grading could not place as a submission, and why. */
public record Skipped(String path, String reason) {}
