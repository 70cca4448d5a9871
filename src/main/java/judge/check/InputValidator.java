package judge.check;

import java.util.List;
import judge.value.Value;

/**
 * A problem's rule about a whole input that per-parameter constraints cannot say: "1 <= k <= nums.length",
 * "at least one answer exists". A package declares one in {@code problem.json} as
 * {@code "validator": {"class": "Name"}}, the class in its {@code checker/} folder with a public no-argument
 * constructor. The judge applies it to every test and custom input, and property runs draw again when a
 * drawn input breaks it (Hypothesis's {@code assume}), so that generated inputs keep to it too.
 */
public interface InputValidator {

    /** {@code null} when {@code input} (the arguments in parameter order) is valid, else why not, in a sentence. */
    String violation(List<Value> input);
}
