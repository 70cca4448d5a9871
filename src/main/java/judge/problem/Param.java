package judge.problem;

/**
 * One parameter of the solution's method, with what the problem promises about its values and, optionally,
 * a hint for the property-test generator ({@code null} when there is none).
 */
public record Param(String name, TypeSpec type, Constraints constraints, GeneratorHint hint) {

    public Param(String name, TypeSpec type, Constraints constraints) {
        this(name, type, constraints, null);
    }
}
