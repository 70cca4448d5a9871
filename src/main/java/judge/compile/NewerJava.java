package judge.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises compile errors that only mean the judge's JDK is older than LeetCode's Java: a call to an API that
 * Java 18 to 21 added ({@code List.getLast()}, {@code Math.clamp}, {@code StringBuilder.repeat}) or syntax that
 * is a preview there (a pattern-matching {@code switch}), and says so under the error, with how to fix it.
 */
final class NewerJava {
    private NewerJava() {}

    private static final Set<String> SEQUENCED = Set.of("List", "ArrayList", "LinkedList", "Vector", "Stack",
            "Deque", "ArrayDeque", "LinkedHashSet", "LinkedHashMap", "SortedSet", "NavigableSet", "TreeSet",
            "SortedMap", "NavigableMap", "TreeMap", "Collection", "CopyOnWriteArrayList", "ConcurrentSkipListSet",
            "ConcurrentSkipListMap", "LinkedBlockingDeque", "ConcurrentLinkedDeque");

    /** Methods the JDK added after Java 17, with the release that added them and the types that have them. */
    private static final Map<String, Added> ADDED = Map.ofEntries(
            Map.entry("getFirst", new Added(21, SEQUENCED)), Map.entry("getLast", new Added(21, SEQUENCED)),
            Map.entry("removeFirst", new Added(21, SEQUENCED)), Map.entry("removeLast", new Added(21, SEQUENCED)),
            Map.entry("addFirst", new Added(21, SEQUENCED)), Map.entry("addLast", new Added(21, SEQUENCED)),
            Map.entry("reversed", new Added(21, SEQUENCED)), Map.entry("putFirst", new Added(21, SEQUENCED)),
            Map.entry("putLast", new Added(21, SEQUENCED)), Map.entry("sequencedKeySet", new Added(21, SEQUENCED)),
            Map.entry("sequencedValues", new Added(21, SEQUENCED)),
            Map.entry("clamp", new Added(21, Set.of("Math", "StrictMath"))),
            Map.entry("ceilDiv", new Added(18, Set.of("Math", "StrictMath"))),
            Map.entry("ceilMod", new Added(18, Set.of("Math", "StrictMath"))),
            Map.entry("divideExact", new Added(18, Set.of("Math", "StrictMath"))),
            Map.entry("repeat", new Added(21, Set.of("StringBuilder", "StringBuffer"))),
            Map.entry("splitWithDelimiters", new Added(21, Set.of("String", "Pattern"))),
            Map.entry("isEmoji", new Added(21, Set.of("Character"))),
            Map.entry("newHashMap", new Added(19, Set.of("HashMap"))),
            Map.entry("newHashSet", new Added(19, Set.of("HashSet"))),
            Map.entry("newLinkedHashMap", new Added(19, Set.of("LinkedHashMap"))),
            Map.entry("newLinkedHashSet", new Added(19, Set.of("LinkedHashSet"))),
            Map.entry("ofVirtual", new Added(21, Set.of("Thread"))));

    private record Added(int release, Set<String> owners) {}

    private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+method (\\w+)\\(");
    private static final Pattern PREVIEW = Pattern.compile("^(.+?) (is|are) a preview feature");
    /** What javac says of newer syntax when it is newer than {@code --release} (on a JDK that knows it). */
    private static final Pattern UNSUPPORTED = Pattern.compile(
            "^(.+?) (is|are) not supported in -source \\d+\\s*\\(use -source (\\d+) or higher", Pattern.DOTALL);
    private static final Pattern LOCATION = Pattern.compile(
            "location:\\s+(?:variable \\w+ of type|class|interface)\\s+(?:[\\w.]*\\.)?(\\w+)");

    /** {@code errors}, each that a newer JDK would not have given carrying a note saying so. */
    static List<CompileError> explain(List<CompileError> errors, int release) {
        if (release >= Compiler.LEETCODE_JAVA) {
            return errors;
        }
        List<CompileError> out = new ArrayList<>(errors.size());
        for (CompileError e : errors) {
            String what = newer(e.message(), release);
            out.add(what == null ? e : new CompileError(e.line(), e.column(), e.message() + "\n  note: " + what
                    + "; LeetCode compiles at Java " + Compiler.LEETCODE_JAVA + ", but this judge runs on JDK " + release
                    + ": install JDK " + Compiler.LEETCODE_JAVA + " or newer (the judge finds it in /usr/lib/jvm,"
                    + " ~/.sdkman or /opt) or set JAVA_HOME to one; `judge doctor` shows the JDK in use", e.sourceLine()));
        }
        return out;
    }

    /**
     * What in {@code message} is newer than {@code release} ("Math.clamp() is new in Java 21"), or {@code null}
     * when nothing is.
     */
    static String newer(String message, int release) {
        Matcher preview = PREVIEW.matcher(message);
        if (preview.find()) {
            return preview.group(1) + " " + preview.group(2) + " standard Java from Java " + Compiler.LEETCODE_JAVA + " on";
        }
        Matcher unsupported = UNSUPPORTED.matcher(message);
        if (unsupported.find() && Integer.parseInt(unsupported.group(3)) <= Compiler.LEETCODE_JAVA) {
            return unsupported.group(1) + " " + unsupported.group(2) + " standard Java from Java "
                    + unsupported.group(3) + " on";
        }
        if (!message.startsWith("cannot find symbol")) {
            return null;
        }
        Matcher symbol = SYMBOL.matcher(message);
        Matcher location = LOCATION.matcher(message);
        if (!symbol.find() || !location.find()) {
            return null;
        }
        Added added = ADDED.get(symbol.group(1));
        if (added == null || added.release() <= release || !added.owners().contains(location.group(1))) {
            return null;
        }
        return location.group(1) + "." + symbol.group(1) + "() is new in Java " + added.release();
    }
}
