package judge.problem;

/** One parameter of the solution's method, with what the problem promises about its values. */
public record Param(String name, TypeSpec type, Constraints constraints) {}
