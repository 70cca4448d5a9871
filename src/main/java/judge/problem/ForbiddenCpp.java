package judge.problem;

/**
 * A C++ identifier a problem package forbids its solutions ({@code {"cpp": "_Float16", "reason": "..."}} in
 * {@code forbiddenApis}): a type, function or intrinsic that would do the exercise's work (9002's rounding to half
 * precision). The C++ language refuses a source that names it, outside comments and literals, as a Compile Error
 * at its line with {@code reason}. A learning rule like Python's, not a security boundary: a macro that pastes
 * the name together gets past it.
 */
public record ForbiddenCpp(String identifier, String reason) {}
