package judge.problem;

import java.util.List;
import judge.value.Value;

/**
 * One test: the arguments in the order of the method's parameters and, when known, the expected answer
 * ({@code null} for custom input, whose answer comes from the reference solution). {@code origin} says
 * where it was written, for messages: {@code tests/hidden/01-boundaries.json /3}.
 */
public record TestCase(String name, List<Value> input, Value expected, String origin) {
    public TestCase {
        input = List.copyOf(input);
    }

    public TestCase withExpected(Value answer) {
        return new TestCase(name, input, answer, origin);
    }
}
