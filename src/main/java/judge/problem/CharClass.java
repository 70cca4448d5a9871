package judge.problem;

import java.util.BitSet;

/**
 * A set of characters written like a regular expression's class without the brackets: {@code A-Za-z},
 * {@code 0-9+-}. Used to validate string inputs and, later, to draw random ones.
 */
public record CharClass(String spec, BitSet members) {

    public static CharClass parse(String spec) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("a character class may not be empty");
        }
        BitSet members = new BitSet(128);
        for (int i = 0; i < spec.length(); i++) {
            char from = spec.charAt(i);
            if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
                char to = spec.charAt(i + 2);
                if (to < from) {
                    throw new IllegalArgumentException("range " + from + "-" + to + " runs backwards");
                }
                members.set(from, to + 1);
                i += 2;
            } else {
                members.set(from);
            }
        }
        return new CharClass(spec, members);
    }

    public boolean contains(char c) {
        return members.get(c);
    }

    /** The characters in order, for generators: {@code "AB...Zab...z"}. */
    public String alphabet() {
        StringBuilder out = new StringBuilder();
        members.stream().forEach(c -> out.append((char) c));
        return out.toString();
    }
}
