package judge.verify.mutation;

/**
 * One small deliberate bug in the reference: the class file it replaces and its bytes.
 *
 * @param id          stable while the reference does not change: {@code Class.method:line OPERATOR description},
 *                    with {@code (2)}, {@code (3)}... when one line has the same change more than once. An
 *                    {@code equivalent-mutants.json} names mutants by it
 * @param className   the binary name of the mutated class ({@code LRUCache$Node})
 * @param method      the mutated method ({@code <init>} for a constructor)
 * @param line        the source line, 0 when the class has no line numbers there
 * @param description what changed, in bytecode terms ({@code IF_ICMPGE -> IF_ICMPGT})
 * @param classFile   the class file's path relative to the classes folder
 * @param bytes       the mutated class file
 */
public record Mutant(String id, String className, String method, int line, Operator operator, String description,
        String classFile, byte[] bytes) {}
