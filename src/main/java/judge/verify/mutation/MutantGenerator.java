package judge.verify.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Makes the mutants of compiled classes with ASM, one per applicable change of each instruction (PIT's
 * operators, {@link Operator}).
 *
 * <p>Every change keeps the operand stack's shape at every instruction that follows it and adds no branch, so
 * the class's stack map frames stay valid as javac wrote them and only the maximum stack size is recomputed:
 * no class loading is needed to write a mutant, and every mutant passes the JVM's verifier.
 */
public final class MutantGenerator {
    private MutantGenerator() {}

    /** A change to the instruction at one place, applied to a fresh copy of the class. */
    private interface Edit {
        void apply(InsnList list, AbstractInsnNode at);
    }

    private record Change(Operator operator, String description, Edit edit) {}

    /** Every mutant of every class file under {@code classes}, in a fixed order (file, method, instruction). */
    public static List<Mutant> generate(Path classes) {
        List<Path> files;
        try (Stream<Path> all = Files.walk(classes)) {
            files = all.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + classes, e);
        }
        List<Mutant> mutants = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            mutants.addAll(generate(classes.relativize(file).toString().replace('\\', '/'), bytes));
        }
        return mutants;
    }

    /** The mutants of one class file. */
    static List<Mutant> generate(String classFile, byte[] bytes) {
        ClassNode original = read(bytes);
        String simple = original.name.replace('/', '.');
        List<Mutant> mutants = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int m = 0; m < original.methods.size(); m++) {
            MethodNode method = original.methods.get(m);
            if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE)) != 0) {
                continue;
            }
            int line = 0;
            for (int i = 0; i < method.instructions.size(); i++) {
                AbstractInsnNode insn = method.instructions.get(i);
                if (insn instanceof LineNumberNode n) {
                    line = n.line;
                    continue;
                }
                for (Change change : changes(method, insn)) {
                    String base = simple + "." + method.name + ":" + line + " " + change.operator() + " "
                            + change.description();
                    int n = seen.merge(base, 1, Integer::sum);
                    String id = n == 1 ? base : base + " (" + n + ")";
                    byte[] mutated = apply(bytes, m, i, change.edit());
                    mutants.add(new Mutant(id, simple, method.name, line, change.operator(), change.description(),
                            classFile, mutated));
                }
            }
        }
        return mutants;
    }

    private static ClassNode read(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        return node;
    }

    private static byte[] apply(byte[] bytes, int methodIndex, int insnIndex, Edit edit) {
        ClassNode copy = read(bytes);
        InsnList list = copy.methods.get(methodIndex).instructions;
        edit.apply(list, list.get(insnIndex));
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        copy.accept(writer);
        return writer.toByteArray();
    }

    private static List<Change> changes(MethodNode method, AbstractInsnNode insn) {
        List<Change> changes = new ArrayList<>();
        int op = insn.getOpcode();
        if (insn instanceof JumpInsnNode) {
            Integer boundary = BOUNDARY.get(op);
            if (boundary != null) {
                changes.add(new Change(Operator.CONDITIONALS_BOUNDARY, name(op) + " -> " + name(boundary),
                        jump(boundary)));
            }
            Integer negated = NEGATED.get(op);
            if (negated != null) {
                changes.add(new Change(Operator.NEGATE_CONDITIONALS, name(op) + " -> " + name(negated), jump(negated)));
            }
        } else if (insn instanceof IincInsnNode inc) {
            changes.add(new Change(Operator.INCREMENTS, "increment " + inc.incr + " -> " + (-inc.incr),
                    (list, at) -> ((IincInsnNode) at).incr = -((IincInsnNode) at).incr));
        } else if (MATH.containsKey(op)) {
            int to = MATH.get(op);
            changes.add(new Change(Operator.MATH, name(op) + " -> " + name(to), replace(new InsnNode(to))));
        } else if (op == Opcodes.INEG || op == Opcodes.LNEG || op == Opcodes.FNEG || op == Opcodes.DNEG) {
            changes.add(new Change(Operator.INVERT_NEGATIVES, "removed " + name(op), replace(new InsnNode(Opcodes.NOP))));
        } else if (op >= Opcodes.IRETURN && op <= Opcodes.ARETURN) {
            returns(method, op, changes);
            changes.removeIf(c -> returnsSame(insn, c));
        } else if (insn instanceof MethodInsnNode call && !call.name.equals("<init>")) {
            calls(call, changes);
        } else {
            constants(insn, changes);
        }
        return changes;
    }

    private static Edit jump(int opcode) {
        return (list, at) -> ((JumpInsnNode) at).setOpcode(opcode);
    }

    /** Replaces the instruction with {@code replacement}'s instructions (cloned per use by the caller's lambda). */
    private static Edit replace(AbstractInsnNode... replacement) {
        return (list, at) -> {
            InsnList with = new InsnList();
            for (AbstractInsnNode r : replacement) {
                with.add(r.clone(Map.of()));
            }
            list.insert(at, with);
            list.remove(at);
        };
    }

    /** Inserts {@code before} in front of the instruction, which stays. */
    private static Edit prefix(AbstractInsnNode... before) {
        return (list, at) -> {
            InsnList with = new InsnList();
            for (AbstractInsnNode r : before) {
                with.add(r.clone(Map.of()));
            }
            list.insertBefore(at, with);
        };
    }

    private static void returns(MethodNode method, int op, List<Change> changes) {
        Type type = Type.getReturnType(method.desc);
        switch (op) {
            case Opcodes.IRETURN -> {
                if (type.getSort() == Type.BOOLEAN) {
                    changes.add(new Change(Operator.RETURN_VALUES, "return false", prefix(pop(1), new InsnNode(Opcodes.ICONST_0))));
                    changes.add(new Change(Operator.RETURN_VALUES, "return true", prefix(pop(1), new InsnNode(Opcodes.ICONST_1))));
                } else {
                    changes.add(new Change(Operator.RETURN_VALUES, "return 0", prefix(pop(1), new InsnNode(Opcodes.ICONST_0))));
                }
            }
            case Opcodes.LRETURN -> changes.add(new Change(Operator.RETURN_VALUES, "return 0",
                    prefix(pop(2), new InsnNode(Opcodes.LCONST_0))));
            case Opcodes.FRETURN -> changes.add(new Change(Operator.RETURN_VALUES, "return 0",
                    prefix(pop(1), new InsnNode(Opcodes.FCONST_0))));
            case Opcodes.DRETURN -> changes.add(new Change(Operator.RETURN_VALUES, "return 0",
                    prefix(pop(2), new InsnNode(Opcodes.DCONST_0))));
            case Opcodes.ARETURN -> {
                changes.add(new Change(Operator.RETURN_VALUES, "return null",
                        prefix(pop(1), new InsnNode(Opcodes.ACONST_NULL))));
                String name = type.getInternalName();
                if (name.equals("java/lang/String")) {
                    changes.add(new Change(Operator.RETURN_VALUES, "return \"\"", prefix(pop(1), new LdcInsnNode(""))));
                } else if (name.equals("java/util/List") || name.equals("java/util/Collection")) {
                    changes.add(new Change(Operator.RETURN_VALUES, "return an empty list", prefix(pop(1),
                            new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Collections", "emptyList",
                                    "()Ljava/util/List;", false))));
                }
            }
            default -> { }
        }
    }

    /**
     * Whether a return mutant would return what the code returns already ({@code return "";} mutated to
     * {@code return "";}): such a mutant is equivalent by construction and is not made, as PIT does not make it.
     */
    private static boolean returnsSame(AbstractInsnNode ret, Change change) {
        AbstractInsnNode before = ret.getPrevious();
        while (before != null && before.getOpcode() < 0) {
            before = before.getPrevious();
        }
        if (before == null) {
            return false;
        }
        int op = before.getOpcode();
        return switch (change.description()) {
            case "return 0" -> op == Opcodes.ICONST_0 || op == Opcodes.LCONST_0 || op == Opcodes.FCONST_0
                    || op == Opcodes.DCONST_0;
            case "return false" -> op == Opcodes.ICONST_0;
            case "return true" -> op == Opcodes.ICONST_1;
            case "return null" -> op == Opcodes.ACONST_NULL;
            case "return \"\"" -> before instanceof LdcInsnNode ldc && "".equals(ldc.cst);
            default -> false;
        };
    }

    private static void calls(MethodInsnNode call, List<Change> changes) {
        Type[] args = Type.getArgumentTypes(call.desc);
        Type result = Type.getReturnType(call.desc);
        List<AbstractInsnNode> replacement = new ArrayList<>();
        for (int a = args.length - 1; a >= 0; a--) {
            replacement.add(pop(args[a].getSize()));
        }
        if (call.getOpcode() != Opcodes.INVOKESTATIC) {
            replacement.add(pop(1));
        }
        String callee = call.owner.replace('/', '.') + "." + call.name;
        if (result.getSort() == Type.VOID) {
            changes.add(new Change(Operator.VOID_METHOD_CALL, "removed call to " + callee,
                    replace(replacement.toArray(AbstractInsnNode[]::new))));
            return;
        }
        AbstractInsnNode value = switch (result.getSort()) {
            case Type.LONG -> new InsnNode(Opcodes.LCONST_0);
            case Type.FLOAT -> new InsnNode(Opcodes.FCONST_0);
            case Type.DOUBLE -> new InsnNode(Opcodes.DCONST_0);
            case Type.OBJECT, Type.ARRAY -> new InsnNode(Opcodes.ACONST_NULL);
            default -> new InsnNode(Opcodes.ICONST_0);
        };
        replacement.add(value);
        String what = value.getOpcode() == Opcodes.ACONST_NULL ? "null" : "0";
        changes.add(new Change(Operator.NON_VOID_METHOD_CALL, "removed call to " + callee + ", " + what + " instead",
                replace(replacement.toArray(AbstractInsnNode[]::new))));
    }

    private static void constants(AbstractInsnNode insn, List<Change> changes) {
        int op = insn.getOpcode();
        Number value = null;
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            value = op - Opcodes.ICONST_0;
        } else if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
            value = ((IntInsnNode) insn).operand;
        } else if (op == Opcodes.LCONST_0 || op == Opcodes.LCONST_1) {
            value = (long) (op - Opcodes.LCONST_0);
        } else if (op >= Opcodes.FCONST_0 && op <= Opcodes.FCONST_2) {
            value = (float) (op - Opcodes.FCONST_0);
        } else if (op == Opcodes.DCONST_0 || op == Opcodes.DCONST_1) {
            value = (double) (op - Opcodes.DCONST_0);
        } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Number n) {
            value = n;
        }
        if (value == null) {
            return;
        }
        Object mutated;
        if (value instanceof Integer i) {
            mutated = i == 1 ? 0 : i + 1;
        } else if (value instanceof Long l) {
            mutated = l == 1 ? 0L : l + 1;
        } else if (value instanceof Float f) {
            mutated = f == 1f ? 0f : f + 1f;
        } else {
            double d = value.doubleValue();
            mutated = d == 1d ? 0d : d + 1d;
        }
        if (mutated.equals(value)) {
            return; // -Infinity + 1, NaN + 1, 1e300 + 1: the same constant, equivalent by construction
        }
        changes.add(new Change(Operator.CONSTANTS, "constant " + value + " -> " + mutated,
                replace(new LdcInsnNode(mutated))));
    }

    private static AbstractInsnNode pop(int size) {
        return new InsnNode(size == 2 ? Opcodes.POP2 : Opcodes.POP);
    }

    private static final Map<Integer, Integer> BOUNDARY = Map.of(
            Opcodes.IFLT, Opcodes.IFLE, Opcodes.IFLE, Opcodes.IFLT,
            Opcodes.IFGT, Opcodes.IFGE, Opcodes.IFGE, Opcodes.IFGT,
            Opcodes.IF_ICMPLT, Opcodes.IF_ICMPLE, Opcodes.IF_ICMPLE, Opcodes.IF_ICMPLT,
            Opcodes.IF_ICMPGT, Opcodes.IF_ICMPGE, Opcodes.IF_ICMPGE, Opcodes.IF_ICMPGT);

    private static final Map<Integer, Integer> NEGATED = Map.ofEntries(
            Map.entry(Opcodes.IFEQ, Opcodes.IFNE), Map.entry(Opcodes.IFNE, Opcodes.IFEQ),
            Map.entry(Opcodes.IFLT, Opcodes.IFGE), Map.entry(Opcodes.IFGE, Opcodes.IFLT),
            Map.entry(Opcodes.IFGT, Opcodes.IFLE), Map.entry(Opcodes.IFLE, Opcodes.IFGT),
            Map.entry(Opcodes.IF_ICMPEQ, Opcodes.IF_ICMPNE), Map.entry(Opcodes.IF_ICMPNE, Opcodes.IF_ICMPEQ),
            Map.entry(Opcodes.IF_ICMPLT, Opcodes.IF_ICMPGE), Map.entry(Opcodes.IF_ICMPGE, Opcodes.IF_ICMPLT),
            Map.entry(Opcodes.IF_ICMPGT, Opcodes.IF_ICMPLE), Map.entry(Opcodes.IF_ICMPLE, Opcodes.IF_ICMPGT),
            Map.entry(Opcodes.IF_ACMPEQ, Opcodes.IF_ACMPNE), Map.entry(Opcodes.IF_ACMPNE, Opcodes.IF_ACMPEQ),
            Map.entry(Opcodes.IFNULL, Opcodes.IFNONNULL), Map.entry(Opcodes.IFNONNULL, Opcodes.IFNULL));

    private static final Map<Integer, Integer> MATH = Map.ofEntries(
            Map.entry(Opcodes.IADD, Opcodes.ISUB), Map.entry(Opcodes.ISUB, Opcodes.IADD),
            Map.entry(Opcodes.IMUL, Opcodes.IDIV), Map.entry(Opcodes.IDIV, Opcodes.IMUL),
            Map.entry(Opcodes.IREM, Opcodes.IMUL), Map.entry(Opcodes.IAND, Opcodes.IOR),
            Map.entry(Opcodes.IOR, Opcodes.IAND), Map.entry(Opcodes.IXOR, Opcodes.IAND),
            Map.entry(Opcodes.ISHL, Opcodes.ISHR), Map.entry(Opcodes.ISHR, Opcodes.ISHL),
            Map.entry(Opcodes.IUSHR, Opcodes.ISHL),
            Map.entry(Opcodes.LADD, Opcodes.LSUB), Map.entry(Opcodes.LSUB, Opcodes.LADD),
            Map.entry(Opcodes.LMUL, Opcodes.LDIV), Map.entry(Opcodes.LDIV, Opcodes.LMUL),
            Map.entry(Opcodes.LREM, Opcodes.LMUL), Map.entry(Opcodes.LAND, Opcodes.LOR),
            Map.entry(Opcodes.LOR, Opcodes.LAND), Map.entry(Opcodes.LXOR, Opcodes.LAND),
            Map.entry(Opcodes.LSHL, Opcodes.LSHR), Map.entry(Opcodes.LSHR, Opcodes.LSHL),
            Map.entry(Opcodes.LUSHR, Opcodes.LSHL),
            Map.entry(Opcodes.FADD, Opcodes.FSUB), Map.entry(Opcodes.FSUB, Opcodes.FADD),
            Map.entry(Opcodes.FMUL, Opcodes.FDIV), Map.entry(Opcodes.FDIV, Opcodes.FMUL),
            Map.entry(Opcodes.FREM, Opcodes.FMUL),
            Map.entry(Opcodes.DADD, Opcodes.DSUB), Map.entry(Opcodes.DSUB, Opcodes.DADD),
            Map.entry(Opcodes.DMUL, Opcodes.DDIV), Map.entry(Opcodes.DDIV, Opcodes.DMUL),
            Map.entry(Opcodes.DREM, Opcodes.DMUL));

    /** The names descriptions use, as the JVM specification spells them. */
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(Opcodes.IFEQ, "IFEQ"),
            Map.entry(Opcodes.IFNE, "IFNE"),
            Map.entry(Opcodes.IFLT, "IFLT"),
            Map.entry(Opcodes.IFGE, "IFGE"),
            Map.entry(Opcodes.IFGT, "IFGT"),
            Map.entry(Opcodes.IFLE, "IFLE"),
            Map.entry(Opcodes.IF_ICMPEQ, "IF_ICMPEQ"),
            Map.entry(Opcodes.IF_ICMPNE, "IF_ICMPNE"),
            Map.entry(Opcodes.IF_ICMPLT, "IF_ICMPLT"),
            Map.entry(Opcodes.IF_ICMPGE, "IF_ICMPGE"),
            Map.entry(Opcodes.IF_ICMPGT, "IF_ICMPGT"),
            Map.entry(Opcodes.IF_ICMPLE, "IF_ICMPLE"),
            Map.entry(Opcodes.IF_ACMPEQ, "IF_ACMPEQ"),
            Map.entry(Opcodes.IF_ACMPNE, "IF_ACMPNE"),
            Map.entry(Opcodes.IFNULL, "IFNULL"),
            Map.entry(Opcodes.IFNONNULL, "IFNONNULL"),
            Map.entry(Opcodes.IADD, "IADD"),
            Map.entry(Opcodes.ISUB, "ISUB"),
            Map.entry(Opcodes.IMUL, "IMUL"),
            Map.entry(Opcodes.IDIV, "IDIV"),
            Map.entry(Opcodes.IREM, "IREM"),
            Map.entry(Opcodes.IAND, "IAND"),
            Map.entry(Opcodes.IOR, "IOR"),
            Map.entry(Opcodes.IXOR, "IXOR"),
            Map.entry(Opcodes.ISHL, "ISHL"),
            Map.entry(Opcodes.ISHR, "ISHR"),
            Map.entry(Opcodes.IUSHR, "IUSHR"),
            Map.entry(Opcodes.LADD, "LADD"),
            Map.entry(Opcodes.LSUB, "LSUB"),
            Map.entry(Opcodes.LMUL, "LMUL"),
            Map.entry(Opcodes.LDIV, "LDIV"),
            Map.entry(Opcodes.LREM, "LREM"),
            Map.entry(Opcodes.LAND, "LAND"),
            Map.entry(Opcodes.LOR, "LOR"),
            Map.entry(Opcodes.LXOR, "LXOR"),
            Map.entry(Opcodes.LSHL, "LSHL"),
            Map.entry(Opcodes.LSHR, "LSHR"),
            Map.entry(Opcodes.LUSHR, "LUSHR"),
            Map.entry(Opcodes.FADD, "FADD"),
            Map.entry(Opcodes.FSUB, "FSUB"),
            Map.entry(Opcodes.FMUL, "FMUL"),
            Map.entry(Opcodes.FDIV, "FDIV"),
            Map.entry(Opcodes.FREM, "FREM"),
            Map.entry(Opcodes.DADD, "DADD"),
            Map.entry(Opcodes.DSUB, "DSUB"),
            Map.entry(Opcodes.DMUL, "DMUL"),
            Map.entry(Opcodes.DDIV, "DDIV"),
            Map.entry(Opcodes.DREM, "DREM"),
            Map.entry(Opcodes.INEG, "INEG"),
            Map.entry(Opcodes.LNEG, "LNEG"),
            Map.entry(Opcodes.FNEG, "FNEG"),
            Map.entry(Opcodes.DNEG, "DNEG"));

    private static String name(int opcode) {
        return NAMES.get(opcode);
    }
}
