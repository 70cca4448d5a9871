package judge.problem;

/**
 * How a problem wants random inputs drawn where uniform ones would be weak. For 76, a random {@code t} over
 * 52 letters almost never fits in a random {@code s}, so {@code t} takes most of its characters from
 * {@code s}: {@code "generator": {"charsFrom": "s", "weight": 0.9}}. The hint only skews the random draws;
 * every generated value still satisfies the parameter's constraints, and shrinks the same way.
 *
 * @param charsFrom an earlier String parameter whose characters this one mostly reuses
 * @param weight    the probability (0 to 1) of taking a character from there rather than from the alphabet
 */
public record GeneratorHint(String charsFrom, double weight) {}
