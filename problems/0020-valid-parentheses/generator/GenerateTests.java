/*
 * Writes the hidden tests of 20. Valid Parentheses: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0020-valid-parentheses/generator/GenerateTests.java problems/0020-valid-parentheses
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (a stack),
 * checked on every test against an independent brute force that deletes adjacent pairs until none is
 * left. Each input is checked against the constraints (1 <= n <= 10^4, only the characters ()[]{}).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  every single character (all invalid), every two-character pair and its mirror,
 *                       and length 10^4 both valid and invalid.
 *   02-tricky.json      crossing pairs with balanced counts ("([)]": rejects counting each kind), a
 *                       string left open ("((": rejects forgetting the final empty check), a closer on an
 *                       empty stack (")(", "]": rejects popping without looking), a closer matched against
 *                       the bracket under the top, and the same kind nested deeply.
 *   03-random.json      random well-formed strings of many sizes, and the same with one character
 *                       changed or two swapped (almost valid).
 *   04-max.json         n = 10^4: deep nesting (5000 levels), 5000 pairs side by side, mismatches at the
 *                       very end, and a long prefix that no deletion can shorten before a deep nest: the
 *                       worst case of a scan that deletes one adjacent pair and starts again.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;
    static final String OPEN = "([{";
    static final String CLOSE = ")]}";

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "s");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "single-open-round", "(");
        add(out, "single-close-round", ")");
        add(out, "single-open-square", "[");
        add(out, "single-close-square", "]");
        add(out, "single-open-curly", "{");
        add(out, "single-close-curly", "}");
        add(out, "pair-square", "[]");
        add(out, "pair-curly", "{}");
        add(out, "pair-round-reversed", ")(");
        add(out, "pair-square-reversed", "][");
        add(out, "pair-curly-reversed", "}{");
        add(out, "pair-round-closed-by-curly", "(}");
        add(out, "pair-square-closed-by-round", "[)");
        add(out, "max-length-all-open", "(".repeat(MAX_N));
        add(out, "max-length-all-close", "}".repeat(MAX_N));
    }

    static void tricky(TestWriter.Group out) {
        add(out, "crossing-round-square", "([)]");
        add(out, "crossing-curly-round", "{(})");
        add(out, "crossing-inside-valid", "()[{(])}]{}");
        add(out, "crossing-three-kinds", "({[)]}");
        add(out, "left-open-two", "((");
        add(out, "left-open-after-valid", "()[]{}[");
        add(out, "left-open-deep", "{[()]");
        add(out, "close-first-then-open", ")()(");
        add(out, "extra-close-at-end", "([])]");
        add(out, "extra-close-in-middle", "()]()");
        add(out, "matches-the-one-under-top", "[(]");
        add(out, "matches-the-one-under-top-longer", "{[()]{(}}");
        add(out, "same-kind-nested", "((((((()))))))");
        add(out, "all-kinds-nested", "{[({[()]})]}");
        add(out, "side-by-side-then-nested", "()[]{}({[]})");
        add(out, "balanced-counts-wrong-order", "}{)(][");
        add(out, "every-kind-once-interleaved", "([{)]}");
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(2001);
        int[] sizes = {4, 6, 10, 16, 30, 50, 100, 300, 1000, 3000};
        int index = 0;
        for (int n : sizes) {
            String valid = randomValid(rnd, n);
            add(out, String.format("random-valid-%02d-n%d", ++index, n), valid);
            char[] changed = valid.toCharArray();
            int at = rnd.nextInt(n);
            String kinds = "()[]{}";
            char c;
            do {
                c = kinds.charAt(rnd.nextInt(kinds.length()));
            } while (c == changed[at]);
            changed[at] = c;
            add(out, String.format("random-one-changed-%02d-n%d", ++index, n), new String(changed));
            char[] swapped = valid.toCharArray();
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            char t = swapped[a];
            swapped[a] = swapped[b];
            swapped[b] = t;
            add(out, String.format("random-two-swapped-%02d-n%d", ++index, n), new String(swapped));
        }
        for (int i = 0; i < 5; i++) {
            int n = 1 + rnd.nextInt(20);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                sb.append("()[]{}".charAt(rnd.nextInt(6)));
            }
            add(out, String.format("random-any-%02d-n%d", ++index, n), sb.toString());
        }
    }

    static void max(TestWriter.Group out) {
        int half = MAX_N / 2;
        add(out, "max-deep-nest-round", "(".repeat(half) + ")".repeat(half));
        add(out, "max-side-by-side-pairs", "()".repeat(half / 3) + "[]".repeat(half / 3) + "{}".repeat(half - 2 * (half / 3)));
        add(out, "max-deep-nest-wrong-last", "(".repeat(half) + ")".repeat(half - 1) + "]");
        StringBuilder mixed = new StringBuilder();
        StringBuilder closers = new StringBuilder();
        for (int i = 0; i < half; i++) {
            mixed.append(OPEN.charAt(i % 3));
            closers.append(CLOSE.charAt(i % 3));
        }
        add(out, "max-deep-nest-all-kinds", mixed + closers.reverse().toString());
        add(out, "max-deep-nest-all-kinds-crossed-at-bottom", mixed.substring(0, half - 2) + mixed.charAt(half - 1)
                + mixed.charAt(half - 2) + closers);
        int third = MAX_N / 3;
        add(out, "max-stuck-prefix-then-deep-nest", "(]".repeat((MAX_N - 2 * third) / 2) + "(".repeat(third) + ")".repeat(third));
        add(out, "max-random-valid", randomValid(new Random(4001), MAX_N));
        add(out, "max-random-valid-open-left", randomValid(new Random(4002), MAX_N - 2) + "{{");
    }

    /** A random well-formed string of even length n: opens while there is room, closes the top otherwise. */
    static String randomValid(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        char[] stack = new char[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            int left = n - i;
            boolean open = top == 0 || (top < left && rnd.nextInt(2) == 0);
            if (open) {
                int kind = rnd.nextInt(3);
                sb.append(OPEN.charAt(kind));
                stack[top++] = CLOSE.charAt(kind);
            } else {
                sb.append(stack[--top]);
            }
        }
        if (top != 0) {
            throw new IllegalStateException("randomValid left " + top + " open");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- building tests

    static void add(TestWriter.Group out, String name, String s) {
        if (s.length() < 1 || s.length() > MAX_N) {
            throw new IllegalStateException(name + ": length " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            if ("()[]{}".indexOf(s.charAt(i)) < 0) {
                throw new IllegalStateException(name + ": character " + s.charAt(i) + " at " + i);
            }
        }
        boolean expected = isValid(s);
        boolean slow = deletePairs(s);
        if (slow != expected) {
            throw new IllegalStateException(name + ": reference says " + expected + ", brute force says " + slow);
        }
        out.add(name, expected, s);
    }

    /** Copy of reference/Solution.java: a stack of the closers still expected. */
    static boolean isValid(String s) {
        char[] stack = new char[s.length()];
        int top = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '(' -> stack[top++] = ')';
                case '[' -> stack[top++] = ']';
                case '{' -> stack[top++] = '}';
                default -> {
                    if (top == 0 || stack[--top] != c) {
                        return false;
                    }
                }
            }
        }
        return top == 0;
    }

    /** Independent check: a well-formed string shrinks to nothing by deleting adjacent matching pairs. */
    static boolean deletePairs(String s) {
        String before;
        do {
            before = s;
            s = s.replace("()", "").replace("[]", "").replace("{}", "");
        } while (!s.equals(before));
        return s.isEmpty();
    }
}
