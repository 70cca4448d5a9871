package judge.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import judge.problem.ForbiddenApi;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads a solution's compiled classes and rejects, before anything runs, a solution that refers to a JDK member
 * not on the allow-list ({@code allowed-members.txt} beside this class) or to one the problem package forbids.
 * It is a lint that gives a clear message ({@code uses java.lang.System.exit (line 7): solutions may not end the
 * JVM}); the boundary is the sandbox the solution runs in, which holds whatever the scan misses.
 *
 * <p>What is judged: every class a class names (supertypes, {@code new}, casts, {@code instanceof}, class
 * literals, array types), every method, field and constructor it calls or reads, every method-handle and
 * method-type constant, every {@code invokedynamic} and dynamic constant with its bootstrap and arguments, and
 * the descriptors of its own methods and fields. A member reference is allowed when
 * <ol>
 *   <li>its owner is an allowed type (the solution's own classes, the classes outside any package the judge
 *       offers, and the classes the allow-list names);</li>
 *   <li>the member, judged at the class that declares it as the JVM resolves it (through superclasses and
 *       interfaces, read from this JDK's own class files: {@code ForkJoinWorkerThread.getAllStackTraces} is
 *       {@code Thread}'s), is on the allow-list and no deny rule ({@link #DENIED}) or problem rule names it;</li>
 *   <li>every type in its descriptor is allowed ({@code new Scanner(File)} is refused however the {@code File}
 *       was made).</li>
 * </ol>
 * The only bootstraps allowed are those javac emits: lambdas and method references, string concatenation,
 * records' {@code ObjectMethods}, switch patterns, and enum-constant descriptors.
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
    static final String SERIALISATION = "solutions may not use serialisation";
    static final String THREADS = "solutions may not inspect, stop or reconfigure threads that are not their own";
    static final String LOGGING = "solutions may not use the JDK's logging";
    static final String MANAGEMENT = "solutions may not inspect or manage the JVM (JMX)";
    static final String BOOTSTRAP = "solutions may not use invokedynamic beyond what javac emits";
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

    private static List<Deny> denyAll(String reason, String... owners) {
        return Stream.of(owners).map(o -> deny(o, reason)).toList();
    }

    /** Constructors that open a file by name: {@code new PrintStream("out.txt")}. */
    private static Deny denyFileNameConstructor(String owner) {
        return new Deny(owner, "<init>", "(Ljava/lang/String;", FILES);
    }

    /**
     * The forbidden families, each with the reason shown. They name why something is refused, and they hold
     * even where the allow-list says "all members" of a class.
     */
    static final List<Deny> DENIED = Stream.of(
            deny("java/lang/System", "exit", END_JVM),
            deny("java/lang/Runtime", "exit halt addShutdownHook removeShutdownHook", END_JVM),
            deny("java/lang/Runtime", "exec", PROCESSES),
            denyAll(PROCESSES, "java/lang/ProcessBuilder", "java/lang/Process", "java/lang/ProcessHandle"),
            denyAll(FILES, "java/io/File", "java/io/FileInputStream", "java/io/FileOutputStream", "java/io/FileReader",
                    "java/io/FileWriter", "java/io/FileDescriptor", "java/io/RandomAccessFile", "java/io/Console",
                    "java/io/FileFilter", "java/io/FilenameFilter", "java/io/FilePermission", "java/nio/file/",
                    "java/nio/channels/", "java/util/prefs/"),
            List.of(denyFileNameConstructor("java/io/PrintStream"), denyFileNameConstructor("java/io/PrintWriter"),
                    denyFileNameConstructor("java/util/Formatter")),
            deny("java/util/Properties", "loadFromXML storeToXML", FILES),
            denyAll(SERIALISATION, "java/io/ObjectInputStream", "java/io/ObjectOutputStream", "java/io/ObjectInput",
                    "java/io/ObjectOutput", "java/io/ObjectStreamClass", "java/io/ObjectStreamField",
                    "java/io/ObjectInputFilter", "java/io/ObjectInputValidation", "java/io/Externalizable",
                    "java/io/SerializablePermission"),
            denyAll(NETWORK, "java/net/", "javax/net/", "java/rmi/"),
            deny("java/lang/Class", "forName", CLASS_LOADING),
            denyAll(CLASS_LOADING, "java/lang/ClassLoader", "java/util/ServiceLoader", "java/util/ResourceBundle",
                    "java/util/ListResourceBundle", "java/util/PropertyResourceBundle", "java/lang/Module",
                    "java/lang/ModuleLayer", "java/lang/ClassValue"),
            denyAll(REFLECTION, "java/lang/reflect/", "java/lang/invoke/", "java/lang/runtime/",
                    "java/lang/StackWalker", "java/lang/Package"),
            deny("java/util/concurrent/atomic/AtomicIntegerFieldUpdater", "newUpdater", REFLECTION),
            deny("java/util/concurrent/atomic/AtomicLongFieldUpdater", "newUpdater", REFLECTION),
            deny("java/util/concurrent/atomic/AtomicReferenceFieldUpdater", "newUpdater", REFLECTION),
            deny("java/lang/System", "load loadLibrary mapLibraryName", NATIVE),
            deny("java/lang/Runtime", "load loadLibrary", NATIVE),
            denyAll(NATIVE, "sun/", "jdk/", "com/sun/", "java/lang/foreign/"),
            deny("java/lang/System", "getenv getProperty getProperties setProperty setProperties clearProperty",
                    ENVIRONMENT),
            deny("java/lang/Integer", "getInteger", ENVIRONMENT),
            deny("java/lang/Long", "getLong", ENVIRONMENT),
            deny("java/lang/Boolean", "getBoolean", ENVIRONMENT),
            deny("java/lang/System", "setIn setOut setErr console inheritedChannel", STREAMS),
            deny("java/lang/System", "getLogger", LOGGING),
            denyAll(LOGGING, "java/lang/System$Logger", "java/lang/System$LoggerFinder", "java/util/logging/"),
            deny("java/lang/Thread", "getAllStackTraces enumerate activeCount stop suspend resume countStackFrames"
                    + " setDefaultUncaughtExceptionHandler getDefaultUncaughtExceptionHandler getContextClassLoader"
                    + " setContextClassLoader getThreadGroup", THREADS),
            denyAll(THREADS, "java/lang/ThreadGroup", "java/lang/ThreadDeath"),
            denyAll(MANAGEMENT, "java/lang/management/", "javax/management/", "java/lang/instrument/"),
            denyAll(NOT_AVAILABLE, "java/lang/SecurityManager", "java/security/", "javax/security/", "java/awt/",
                    "javax/swing/", "java/applet/", "javax/script/", "javax/tools/", "java/sql/", "javax/naming/",
                    "java/util/spi/", "java/nio/charset/spi/", "java/util/zip/", "java/util/jar/"))
            .flatMap(List::stream).toList();

    /** For classes the allow-list limits to some members, why the rest is refused (default: not available). */
    private static final Map<String, String> LIMITED_REASON = Map.of("java/lang/Class", REFLECTION);

    /** The allow-list: internal class name to the members allowed ({@code "*"} for all). */
    static final Map<String, Set<String>> ALLOWED;

    /** The classes of the allow-list marked as newer than JDK 17 (for the test that the others exist). */
    static final Set<String> NEWER_THAN_17;

    static {
        Map<String, Set<String>> allowed = new HashMap<>();
        Set<String> newer = new HashSet<>();
        readAllowList(allowed, newer);
        ALLOWED = Map.copyOf(allowed);
        NEWER_THAN_17 = Set.copyOf(newer);
    }

    /** The bootstrap methods javac emits for lambdas, string concatenation, records and switches. */
    private static final Set<String> ALLOWED_BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch");

    /** The dynamic-constant bootstrap javac emits (JDK 21+) for enum constants among a pattern switch's labels. */
    private static final Set<String> ALLOWED_CONSTANT_BOOTSTRAPS = Set.of("java/lang/invoke/ConstantBootstraps.invoke");

    /** One forbidden use, at the user's line (0 when it is in a declaration, such as a superclass). */
    public record Violation(String api, int line, String reason) {
        /** {@code uses java.lang.System.exit (line 7): solutions may not end the JVM}. */
        public String message() {
            return "uses " + api + (line > 0 ? " (line " + line + ")" : "") + ": " + reason;
        }

        /** The simple name to point at in the source line: {@code exit}, {@code Scanner}. */
        String token() {
            String name = api.replaceFirst("^new ", "");
            int cut = name.indexOf('(');
            name = cut < 0 ? name : name.substring(0, cut);
            cut = name.indexOf(' ');
            name = cut < 0 ? name : name.substring(0, cut);
            return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
        }
    }

    /** {@link #check(CompileResult, Source, List)} with no API the problem forbids. */
    public static CompileResult check(CompileResult compiled, Source source) {
        return check(compiled, source, List.of());
    }

    /**
     * {@code compiled} itself, or, when its classes use an API that is not allowed or that the problem forbids, a
     * Compile Error whose summary is the first use and whose errors point at each one in the source. A source
     * that did not compile because a forbidden member does not exist on this JDK ({@code cannot find symbol}) gets
     * the problem's reason instead, so the message is the same on every JDK.
     */
    public static CompileResult check(CompileResult compiled, Source source, List<ForbiddenApi> forbidden) {
        if (compiled instanceof CompileResult.Failed failed) {
            return explainMissing(failed, forbidden);
        }
        CompileResult.Compiled c = (CompileResult.Compiled) compiled;
        List<Violation> violations = scan(c.classes(), forbidden);
        if (violations.isEmpty()) {
            return compiled;
        }
        List<CompileError> errors = new ArrayList<>();
        for (Violation v : violations) {
            String line = source.line(v.line());
            int at = line.indexOf(v.token());
            errors.add(new CompileError(v.line(), at < 0 ? 0 : at + 1, "uses " + v.api() + ": " + v.reason(), line));
        }
        return new CompileResult.Failed(violations.get(0).message(), errors);
    }

    private static final Pattern MISSING = Pattern.compile(
            "cannot find symbol\\s+symbol:\\s+(method|variable|class) ([\\w$]+)[^\\n]*\\s+location:\\s+"
                    + "(package|class|interface|variable \\w+ of type) ([\\w.$]+)");

    /** javac's "cannot find symbol" for a member the problem forbids, given the problem's reason instead. */
    private static CompileResult explainMissing(CompileResult.Failed failed, List<ForbiddenApi> forbidden) {
        if (forbidden.isEmpty()) {
            return failed;
        }
        List<CompileError> errors = new ArrayList<>();
        String summary = null;
        for (CompileError e : failed.errors()) {
            Matcher m = MISSING.matcher(e.message());
            ForbiddenApi rule = null;
            if (m.find()) {
                String symbol = m.group(2);
                String location = m.group(4).replace('$', '.');
                for (ForbiddenApi f : forbidden) {
                    String owner = f.owner().replace('$', '.');
                    boolean matches = m.group(3).equals("package")
                            ? f.member() == null && owner.equals(location + "." + symbol)
                            : (location.equals(owner) || owner.endsWith("." + location))
                                    && (symbol.equals(f.member()) || f.member() == null && !m.group(1).equals("class"));
                    if (matches) {
                        rule = f;
                        break;
                    }
                }
            }
            if (rule == null) {
                errors.add(e);
                continue;
            }
            String api = rule.name().replace('$', '.');
            errors.add(new CompileError(e.line(), e.column(), "uses " + api + ": " + rule.reason(), e.sourceLine()));
            if (summary == null) {
                summary = new Violation(api, (int) e.line(), rule.reason()).message();
            }
        }
        return summary == null ? failed : new CompileResult.Failed(summary, errors);
    }

    /** A class as the scan needs it: its supertypes and the members it declares ({@code name + descriptor}). */
    private record ClassInfo(String superName, List<String> interfaces, Set<String> members, boolean isPublic) {
        static ClassInfo of(ClassReader reader) {
            Set<String> members = new HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    members.add(name + descriptor);
                    return null;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                        Object value) {
                    members.add(name + ":" + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new ClassInfo(reader.getSuperName(), List.of(reader.getInterfaces()), members,
                    (reader.getAccess() & Opcodes.ACC_PUBLIC) != 0);
        }
    }

    /** JDK classes, read once from this JDK's own class files (never loaded or initialised). */
    private static final Map<String, Optional<ClassInfo>> JDK = new ConcurrentHashMap<>();

    private static Optional<ClassInfo> jdkClass(String name) {
        return JDK.computeIfAbsent(name, n -> {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(n + ".class")) {
                return in == null ? Optional.empty() : Optional.of(ClassInfo.of(new ClassReader(in)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private final Map<String, ClassInfo> own = new HashMap<>();
    private final List<ForbiddenApi> forbidden;
    private final Map<String, Violation> found = new LinkedHashMap<>();

    private ClassScan(List<ForbiddenApi> forbidden) {
        this.forbidden = forbidden;
    }

    /** {@link #scan(Path, List)} with no API the problem forbids. */
    public static List<Violation> scan(Path classes) {
        return scan(classes, List.of());
    }

    /** The uses in the classes under {@code classes} that are not allowed, one per API, in line order. */
    public static List<Violation> scan(Path classes, List<ForbiddenApi> forbidden) {
        ClassScan scan = new ClassScan(forbidden);
        List<ClassReader> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                ClassReader reader = new ClassReader(Files.readAllBytes(file));
                scan.own.put(reader.getClassName(), ClassInfo.of(reader));
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

    private void report(String api, int line, String reason) {
        found.merge(api, new Violation(api, line, reason), (a, b) -> a.line() > 0 && a.line() <= b.line() ? a : b);
    }

    private static String display(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }

    // ---- types ----

    /** Why {@code type} (an internal name or a descriptor's type) may not be named, or {@code null}. */
    private String typeProblem(Type type) {
        if (type.getSort() == Type.ARRAY) {
            type = type.getElementType();
        }
        return type.getSort() == Type.OBJECT ? classProblem(type.getInternalName()) : null;
    }

    private String classProblem(String name) {
        if (name.startsWith("[")) {
            return typeProblem(Type.getType(name));
        }
        if (own.containsKey(name)) {
            return null;
        }
        for (ForbiddenApi f : forbidden) {
            if (f.member() == null && matchesClass(f, name)) {
                return f.reason();
            }
        }
        for (Deny d : DENIED) {
            if (d.member() == null && d.matches(name, null, null)) {
                return d.reason();
            }
        }
        // The unnamed package holds only the solution's own classes and the node types the judge offers.
        if (name.indexOf('/') < 0 || ALLOWED.containsKey(name)) {
            return null;
        }
        return NOT_AVAILABLE;
    }

    private static boolean matchesClass(ForbiddenApi f, String internalName) {
        String owner = f.owner().replace('.', '/');
        String name = internalName.replace('.', '/');
        // The owner is written with dots; a nested class may be written Outer$Inner or Outer.Inner.
        return name.equals(owner) || name.startsWith(owner + "$") || name.replace('$', '/').equals(owner);
    }

    private void useType(Type type, int line) {
        String problem = typeProblem(type);
        if (problem != null) {
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            report(display(element.getInternalName()), line, problem);
        }
    }

    private void useClass(String name, int line) {
        useType(name.startsWith("[") ? Type.getType(name) : Type.getObjectType(name), line);
    }

    /** Every type in a method descriptor (a method-type constant, a declaration) must be allowed. */
    private void useMethodType(String descriptor, int line) {
        for (Type t : Type.getArgumentTypes(descriptor)) {
            useType(t, line);
        }
        useType(Type.getReturnType(descriptor), line);
    }

    // ---- members ----

    /**
     * The class that declares {@code name + descriptor} as the JVM resolves a reference through {@code owner}:
     * the class itself, then its superclasses, then its interfaces (methods); fields look at interfaces before
     * the superclass. {@code null} when it is not found (a member this JDK does not have).
     */
    private String declaring(String owner, String key, boolean field, Set<String> seen) {
        ClassInfo info = own.containsKey(owner) ? own.get(owner) : jdkClass(owner).orElse(null);
        if (info == null || !seen.add(owner)) {
            return null;
        }
        if (info.members().contains(key)) {
            return owner;
        }
        if (!field && info.superName() != null) {
            String found = declaring(info.superName(), key, false, seen);
            if (found != null) {
                return found;
            }
        }
        for (String i : info.interfaces()) {
            String found = declaring(i, key, field, seen);
            if (found != null) {
                return found;
            }
        }
        return field && info.superName() != null ? declaring(info.superName(), key, true, seen) : null;
    }

    /** The first JDK class at or above {@code owner} (a solution's class inherits from the JDK somewhere). */
    private String firstJdkClass(String owner) {
        while (own.containsKey(owner)) {
            String up = own.get(owner).superName();
            if (up == null) {
                return "java/lang/Object";
            }
            owner = up;
        }
        return owner;
    }

    /** A method, field or constructor reference: its owner, its declaring class's rules, its descriptor. */
    private void useMember(String owner, String name, String descriptor, boolean field, int line) {
        if (owner.startsWith("[")) {
            // clone() and length on an array: only the element type matters.
            useClass(owner, line);
            return;
        }
        String api = memberName(owner, name);
        String ownerProblem = classProblem(owner);
        if (ownerProblem != null) {
            report(api, line, ownerProblem);
            return;
        }
        String key = field ? name + ":" + descriptor : name + descriptor;
        String declaring = name.equals("<init>") ? owner : declaring(owner, key, field, new HashSet<>());
        if (declaring == null) {
            declaring = firstJdkClass(owner);
        }
        if (!own.containsKey(declaring) && declaring.indexOf('/') >= 0) {
            // A package-private JDK class (AbstractStringBuilder) is judged through the public class named.
            String judged = jdkClass(declaring).map(ClassInfo::isPublic).orElse(true) ? declaring
                    : firstJdkClass(owner);
            String problem = memberProblem(judged, name, descriptor);
            if (problem == null && !judged.equals(owner) && !own.containsKey(owner)) {
                problem = memberProblem(owner, name, descriptor);
            }
            if (problem != null) {
                report(memberName(judged, name) + (name.equals("<init>") && judged.equals(owner)
                        && descriptor.startsWith("(Ljava/lang/String;") && fileNameRule(judged) ? "(String)" : ""),
                        line, problem);
                return;
            }
        }
        descriptorProblem(api, descriptor, field, line);
    }

    private static boolean fileNameRule(String owner) {
        return owner.equals("java/io/PrintStream") || owner.equals("java/io/PrintWriter")
                || owner.equals("java/util/Formatter");
    }

    /** Why member {@code name} of JDK class {@code owner} is refused, or {@code null}. */
    private String memberProblem(String owner, String name, String descriptor) {
        for (ForbiddenApi f : forbidden) {
            if (matchesClass(f, owner) && (f.member() == null || f.member().equals(name))) {
                return f.reason();
            }
        }
        for (Deny d : DENIED) {
            if (d.matches(owner, name, descriptor)) {
                return d.reason();
            }
        }
        String typeProblem = classProblem(owner);
        if (typeProblem != null) {
            return typeProblem;
        }
        Set<String> members = ALLOWED.get(owner);
        if (members != null && !members.contains("*") && !members.contains(name)) {
            return LIMITED_REASON.getOrDefault(owner, NOT_AVAILABLE);
        }
        return null;
    }

    private void descriptorProblem(String api, String descriptor, boolean field, int line) {
        if (field) {
            String problem = typeProblem(Type.getType(descriptor));
            if (problem != null) {
                report(api + " of type " + display(elementName(Type.getType(descriptor))), line, problem);
            }
            return;
        }
        for (Type t : Type.getArgumentTypes(descriptor)) {
            String problem = typeProblem(t);
            if (problem != null) {
                report(api + "(" + display(elementName(t)) + ")", line, problem);
                return;
            }
        }
        Type returned = Type.getReturnType(descriptor);
        String problem = typeProblem(returned);
        if (problem != null) {
            report(api + " returning " + display(elementName(returned)), line, problem);
        }
    }

    private static String elementName(Type t) {
        return (t.getSort() == Type.ARRAY ? t.getElementType() : t).getInternalName();
    }

    private static String memberName(String owner, String member) {
        return member.equals("<init>") ? "new " + display(owner) : display(owner) + "." + member;
    }

    private void useHandle(Handle handle, int line) {
        boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
        useMember(handle.getOwner(), handle.getName(), handle.getDesc(), field, line);
    }

    /** A constant (ldc or a bootstrap argument): a class, a method type, a method handle or a dynamic constant. */
    private void useConstant(Object constant, int line) {
        if (constant instanceof Type type) {
            if (type.getSort() == Type.METHOD) {
                useMethodType(type.getDescriptor(), line);
            } else {
                useType(type, line);
            }
        } else if (constant instanceof Handle handle) {
            useHandle(handle, line);
        } else if (constant instanceof ConstantDynamic dynamic) {
            Handle bootstrap = dynamic.getBootstrapMethod();
            if (!ALLOWED_CONSTANT_BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                report(memberName(bootstrap.getOwner(), bootstrap.getName()), line, BOOTSTRAP);
            }
            useType(Type.getType(dynamic.getDescriptor()), line);
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                useConstant(dynamic.getBootstrapMethodArgument(i), line);
            }
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
                useClass(superName, 0);
            }
            for (String i : interfaces) {
                useClass(i, 0);
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            useType(Type.getType(descriptor), 0);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            useMethodType(descriptor, 0);
            return new MethodVisitor(Opcodes.ASM9) {
                private int line;

                @Override
                public void visitLineNumber(int number, Label start) {
                    line = number;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    if (opcode == Opcodes.NEW) {
                        // Named like the constructor call that follows, so the two make one error.
                        String problem = classProblem(type);
                        if (problem != null) {
                            report(memberName(type, "<init>"), line, problem);
                        }
                    } else {
                        useClass(type, line);
                    }
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                    useMember(owner, field, desc, true, line);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                    useMember(owner, method, desc, false, line);
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... args) {
                    if (!ALLOWED_BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                        report(memberName(bootstrap.getOwner(), bootstrap.getName()), line, BOOTSTRAP);
                    }
                    useMethodType(desc, line);
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

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        useClass(type, line);
                    }
                }
            };
        }
    }

    private static void readAllowList(Map<String, Set<String>> allowed, Set<String> newer) {
        try (InputStream in = ClassScan.class.getResourceAsStream("allowed-members.txt")) {
            if (in == null) {
                throw new IllegalStateException("the class scan's allow-list (allowed-members.txt) is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int comment = line.indexOf('#');
                String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                // Split by hand: a regular expression per line costs more than the rest of the scan's start.
                List<String> words = new ArrayList<>();
                for (int at = 0; at < entry.length(); ) {
                    int end = entry.indexOf(' ', at);
                    end = end < 0 ? entry.length() : end;
                    if (end > at) {
                        words.add(entry.substring(at, end));
                    }
                    at = end + 1;
                }
                String name = words.get(0).replace('.', '/');
                allowed.put(name, Set.copyOf(words.subList(1, words.size())));
                if (line.contains("# newer than JDK 17")) {
                    newer.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class scan's allow-list", e);
        }
    }
}
