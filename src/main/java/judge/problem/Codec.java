package judge.problem;

/**
 * An encoder and decoder judged by their round trip, as LeetCode's 297 does: {@code "codec": {"decode":
 * "deserialize"}} on a signature whose method ({@code serialize}) takes one value and whose {@code returns} is
 * that value's type. The runners call {@code new Codec().serialize(value)}, which must return a {@code String}
 * of at most {@link #MAX_ENCODED_CHARS} characters, then {@code decode} on a second new instance with that string;
 * the answer is what the decoder returns, and tests expect the value itself. Any encoding is accepted. A decoder
 * that returns any of the given nodes (kept from the encoder rather than rebuilt) is answered with a sentence
 * saying so, a wrong answer.
 */
public record Codec(String decode) {
    /** The longest encoding the runners accept: 64 characters for each of 10^4 nodes, more than any fair one. */
    public static final int MAX_ENCODED_CHARS = 1 << 22;
}
