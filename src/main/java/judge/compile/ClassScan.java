package judge.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads a solution's compiled classes and rejects, before anything runs, a solution that reaches for an API no
 * LeetCode solution needs: ending the JVM, processes, files, the network, reflection and class loading, native
 * code and JDK internals, the environment and the standard streams. It is a lint that gives a clear message
 * ({@code uses java.lang.System.exit (line 7): solutions may not end the JVM}); the boundary is the sandbox
 * the solution runs in, which holds whatever the scan misses.
 *
 * <p>Every class, method and field a class refers to in its code (calls, field accesses, {@code new}, casts,
 * class literals, method references) and its supertypes are judged by these rules, in order:
 * <ol>
 *   <li>the solution's own classes are fine; a call through one of them to a method it inherits from the JDK
 *       is judged as a call on that JDK class;</li>
 *   <li>{@link #DENIED}: APIs and packages of the forbidden families, each with the reason shown;</li>
 *   <li>{@link #LIMITED}: in {@code System}, {@code Runtime} and {@code Class}, only the members listed;</li>
 *   <li>{@link #ALLOWED_PACKAGES}: what LeetCode solutions use (collections, streams, math, text, time, buffers,
 *       in-memory I/O, threads, {@code Pair});</li>
 *   <li>anything else is not available to solutions.</li>
 * </ol>
 * The {@code invokedynamic} bootstraps javac emits for lambdas, string concatenation and records are allowed;
 * the method a lambda or method reference points at ({@code System::exit}) is judged like a call.
 */
public final class ClassScan {
    static final String END_JVM = "solutions may not end the JVM";
    static final String PROCESSES = "solutions may not start processes";
    static final String FILES = "solutions may not use files";
    static final String NETWORK = "solutions may not use the network";
    static final String REFLECTION = "solutions may not use reflection";
    static final String CLASS_LOADING = "solutions may not load classes";
    static final String NATIVE = "solutions may not use native code or JDK internals (Unsafe)";
    static final String ENVIRONMENT = "solutions may not read the environment or system properties";
    static final String STREAMS = "solutions may not replace or bypass the standard streams";
    static final String NOT_AVAILABLE = "not available to solutions";

    /** A forbidden API: a class (with its nested classes) or a package ending in '/', one member or all. */
    private record Deny(String owner, String member, String descriptorPrefix, String reason) {
        boolean matches(String type, String name, String descriptor) {
            boolean ownerMatches = owner.endsWith("/") ? type.startsWith(owner)
                    : type.equals(owner) || type.startsWith(owner + "$");
            return ownerMatches && (member == null || member.equals(name))
                    && (descriptorPrefix == null || (descriptor != null && descriptor.startsWith(descriptorPrefix)));
        }
    }

    private static Deny deny(String owner, String reason) {
        return new Deny(owner, null, null, reason);
    }

    private static List<Deny> deny(String owner, String members, String reason) {
        return Stream.of(members.split(" ")).map(m -> new Deny(owner, m, null, reason)).toList();
    }

    /** Constructors that open a file by name: {@code new PrintStream("out.txt")}. */
    private static Deny denyFileNameConstructor(String owner) {
        return new Deny(owner, "<init>", "(Ljava/lang/String;", FILES);
    }

    static final List<Deny> DENIED = Stream.of(
            deny("java/lang/System", "exit", END_JVM),
            deny("java/lang/Runtime", "exit halt addShutdownHook removeShutdownHook", END_JVM),
            deny("java/lang/Runtime", "exec", PROCESSES),
            List.of(deny("java/lang/ProcessBuilder", PROCESSES), deny("java/lang/Process", PROCESSES),
                    deny("java/lang/ProcessHandle", PROCESSES)),
            Stream.of("File", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "FileDescriptor",
                    "RandomAccessFile", "Console", "FileFilter", "FilenameFilter", "FilePermission")
                    .map(c -> deny("java/io/" + c, FILES)).toList(),
            List.of(denyFileNameConstructor("java/io/PrintStream"), denyFileNameConstructor("java/io/PrintWriter"),
                    denyFileNameConstructor("java/util/Formatter"), deny("java/nio/file/", FILES),
                    deny("java/nio/channels/", FILES)),
            List.of(deny("java/net/", NETWORK), deny("javax/net/", NETWORK), deny("java/rmi/", NETWORK)),
            deny("java/lang/Class", "forName", CLASS_LOADING),
            List.of(deny("java/lang/ClassLoader", CLASS_LOADING), deny("java/util/ServiceLoader", CLASS_LOADING),
                    deny("java/util/ResourceBundle", CLASS_LOADING), deny("java/lang/Module", CLASS_LOADING),
                    deny("java/lang/ModuleLayer", CLASS_LOADING)),
            List.of(deny("java/lang/reflect/", REFLECTION), deny("java/lang/invoke/", REFLECTION),
                    deny("java/lang/StackWalker", REFLECTION)),
            deny("java/lang/System", "load loadLibrary mapLibraryName", NATIVE),
            deny("java/lang/Runtime", "load loadLibrary", NATIVE),
            List.of(deny("sun/", NATIVE), deny("jdk/", NATIVE), deny("com/sun/", NATIVE)),
            deny("java/lang/System", "getenv getProperty getProperties setProperty setProperties clearProperty",
                    ENVIRONMENT),
            deny("java/lang/System", "setIn setOut setErr console inheritedChannel", STREAMS),
            List.of(deny("java/lang/SecurityManager", NOT_AVAILABLE)))
            .flatMap(List::stream).toList();

    /** Classes of allowed packages of which solutions may use only these members; the reason for the rest. */
    private record Limited(Set<String> members, String reason) {}

    static final Map<String, Limited> LIMITED = Map.of(
            "java/lang/System", new Limited(Set.of("currentTimeMillis", "nanoTime", "arraycopy", "identityHashCode",
                    "lineSeparator", "gc", "runFinalization", "out", "err", "in"), NOT_AVAILABLE),
            "java/lang/Runtime", new Limited(Set.of("getRuntime", "availableProcessors", "freeMemory", "totalMemory",
                    "maxMemory", "gc", "runFinalization", "version"), NOT_AVAILABLE),
            "java/lang/Class", new Limited(Set.of("getName", "getSimpleName", "getTypeName", "getCanonicalName",
                    "getPackageName", "toString", "hashCode", "equals", "isInstance", "cast", "isArray", "isPrimitive",
                    "isInterface", "isEnum", "isRecord", "isAnnotation", "isAnonymousClass", "isLocalClass",
                    "isMemberClass", "isSynthetic", "getComponentType", "componentType", "arrayType",
                    "descriptorString", "getSuperclass", "isAssignableFrom", "getEnumConstants",
                    "desiredAssertionStatus", "getModifiers"), REFLECTION));

    static final Set<String> ALLOWED_PACKAGES = Set.of("java/lang", "java/lang/ref", "java/lang/annotation",
            "java/util", "java/util/function", "java/util/stream", "java/util/concurrent",
            "java/util/concurrent/atomic", "java/util/concurrent/locks", "java/util/regex", "java/util/random",
            "java/math", "java/text", "java/time", "java/time/format", "java/time/temporal", "java/time/chrono",
            "java/io", "java/nio", "java/nio/charset", "javafx/util");

    /** The bootstrap methods javac emits for lambdas, method references, string concatenation and records. */
    private static final Set<String> ALLOWED_BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch");

    /** One forbidden use, at the user's line (0 when it is in a declaration, such as a superclass). */
    public record Violation(String api, int line, String reason) {
        /** {@code uses java.lang.System.exit (line 7): solutions may not end the JVM}. */
        public String message() {
            return "uses " + api + (line > 0 ? " (line " + line + ")" : "") + ": " + reason;
        }
    }

    /**
     * {@code compiled} itself, or, when its classes use a forbidden API, a Compile Error whose summary is the
     * first use and whose errors point at each one in the source.
     */
    public static CompileResult check(CompileResult compiled, Source source) {
        if (!(compiled instanceof CompileResult.Compiled c)) {
            return compiled;
        }
        List<Violation> violations = scan(c.classes());
        if (violations.isEmpty()) {
            return compiled;
        }
        List<CompileError> errors = new ArrayList<>();
        for (Violation v : violations) {
            String line = source.line(v.line());
            String name = v.api().replaceFirst("^new ", "").replace("(String)", "");
            int at = line.indexOf(name.substring(name.lastIndexOf('.') + 1));
            errors.add(new CompileError(v.line(), at < 0 ? 0 : at + 1, "uses " + v.api() + ": " + v.reason(), line));
        }
        return new CompileResult.Failed(violations.get(0).message(), errors);
    }

    private final Map<String, String> superOf = new HashMap<>();
    private final Map<String, Violation> found = new LinkedHashMap<>();

    private ClassScan() {}

    /** The forbidden uses in the classes under {@code classes}, one per API, in line order; empty when none. */
    public static List<Violation> scan(Path classes) {
        ClassScan scan = new ClassScan();
        List<ClassReader> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                ClassReader reader = new ClassReader(Files.readAllBytes(file));
                scan.superOf.put(reader.getClassName(), reader.getSuperName());
                readers.add(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled classes in " + classes, e);
        }
        for (ClassReader reader : readers) {
            reader.accept(scan.new Visitor(), ClassReader.SKIP_FRAMES);
        }
        List<Violation> violations = new ArrayList<>(scan.found.values());
        violations.sort(Comparator.comparingInt(v -> v.line() == 0 ? Integer.MAX_VALUE : v.line()));
        return violations;
    }

    private void use(String owner, String member, String descriptor, int line) {
        if (owner.startsWith("[")) {
            Type element = Type.getType(owner).getElementType();
            if (element.getSort() != Type.OBJECT) {
                return;
            }
            owner = element.getInternalName();
        }
        // A call through the solution's own class to an inherited method is a call on the JDK class above it.
        while (superOf.containsKey(owner)) {
            if (member == null || superOf.get(owner) == null) {
                return;
            }
            owner = superOf.get(owner);
        }
        String reason = null;
        Deny rule = null;
        for (Deny d : DENIED) {
            if (d.matches(owner, member, descriptor)) {
                rule = d;
                reason = d.reason();
                break;
            }
        }
        if (reason == null && member != null && LIMITED.containsKey(owner)
                && !LIMITED.get(owner).members().contains(member)) {
            reason = LIMITED.get(owner).reason();
        }
        if (reason == null) {
            int slash = owner.lastIndexOf('/');
            if (!ALLOWED_PACKAGES.contains(slash < 0 ? "" : owner.substring(0, slash))) {
                reason = NOT_AVAILABLE;
            }
        }
        if (reason != null) {
            String api = apiName(owner, member, rule);
            found.merge(api, new Violation(api, line, reason), (a, b) -> a.line() > 0 && a.line() <= b.line() ? a : b);
        }
    }

    private static String apiName(String owner, String member, Deny rule) {
        String type = owner.replace('/', '.').replace('$', '.');
        if (member == null) {
            return type;
        }
        if (member.equals("<init>")) {
            return "new " + type + (rule != null && rule.descriptorPrefix() != null ? "(String)" : "");
        }
        return type + "." + member;
    }

    private void useType(Type type, int line) {
        if (type.getSort() == Type.ARRAY) {
            type = type.getElementType();
        }
        if (type.getSort() == Type.OBJECT) {
            use(type.getInternalName(), null, null, line);
        }
    }

    private void useHandle(Handle handle, int line) {
        use(handle.getOwner(), handle.getName(), handle.getDesc(), line);
    }

    private void useConstant(Object constant, int line) {
        if (constant instanceof Type type && type.getSort() != Type.METHOD) {
            useType(type, line);
        } else if (constant instanceof Handle handle) {
            useHandle(handle, line);
        }
    }

    private final class Visitor extends ClassVisitor {
        Visitor() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            if (superName != null) {
                use(superName, null, null, 0);
            }
            for (String i : interfaces) {
                use(i, null, null, 0);
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                private int line;

                @Override
                public void visitLineNumber(int number, Label start) {
                    line = number;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    use(type, opcode == Opcodes.NEW ? "<init>" : null, null, line);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                    use(owner, field, desc, line);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                    use(owner, method, desc, line);
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... args) {
                    if (!ALLOWED_BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                        useHandle(bootstrap, line);
                    }
                    for (Object arg : args) {
                        useConstant(arg, line);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    useConstant(value, line);
                }

                @Override
                public void visitMultiANewArrayInsn(String desc, int dimensions) {
                    useType(Type.getType(desc), line);
                }
            };
        }
    }
}
