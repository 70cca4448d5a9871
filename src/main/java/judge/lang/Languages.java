package judge.lang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import judge.compile.Source;
import judge.problem.PackageException;
import judge.sandbox.Sandbox;

/**
 * The languages this judge knows, found once with {@link ServiceLoader}, and how a source or a name picks one:
 * by {@code --lang}, else by the file's extension.
 */
public final class Languages {
    /** Where {@code new} takes its language from when {@code --lang} does not say: then Java. */
    public static final String ENVIRONMENT_VARIABLE = "JUDGE_LANG";

    private static List<Language> all;

    private Languages() {}

    /** Every language, ordered by name. */
    public static synchronized List<Language> all() {
        if (all == null) {
            List<Language> found = new ArrayList<>();
            ServiceLoader.load(Language.class, Languages.class.getClassLoader()).forEach(found::add);
            found.sort(Comparator.comparing(Language::name));
            all = List.copyOf(found);
        }
        return all;
    }

    /** The Java language: the reference solutions' and the default one. */
    public static Language java() {
        return named("java");
    }

    /** {@code java, python}: for error messages. */
    public static String names() {
        return all().stream().map(Language::name).collect(Collectors.joining(", "));
    }

    /** The language called {@code name} (any case); an unknown name is an {@link PackageException}. */
    public static Language named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Language language : all()) {
            if (language.name().equals(wanted)) {
                return language;
            }
        }
        throw new PackageException("unknown language \"" + name + "\"; supported languages: " + names());
    }

    /** The language of a file by its extension (any case), or {@code null} when no language claims it. */
    public static Language byExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        for (Language language : all()) {
            for (String ext : language.extensions()) {
                if (n.endsWith(ext) && n.length() > ext.length()) {
                    return language;
                }
            }
        }
        return null;
    }

    /**
     * Languages people write LeetCode solutions in that this judge does not (yet) judge, by extension: a file in
     * one is named as such rather than compiled as something else.
     */
    private static final Map<String, String> OTHER_LANGUAGES = Map.ofEntries(Map.entry("cpp", "C++"),
            Map.entry("cc", "C++"), Map.entry("cxx", "C++"), Map.entry("c", "C"), Map.entry("h", "C"),
            Map.entry("hpp", "C++"), Map.entry("js", "JavaScript"), Map.entry("ts", "TypeScript"),
            Map.entry("go", "Go"), Map.entry("rs", "Rust"), Map.entry("kt", "Kotlin"), Map.entry("cs", "C#"),
            Map.entry("rb", "Ruby"), Map.entry("swift", "Swift"), Map.entry("scala", "Scala"), Map.entry("php", "PHP"),
            Map.entry("dart", "Dart"), Map.entry("ex", "Elixir"), Map.entry("erl", "Erlang"),
            Map.entry("rkt", "Racket"));

    /**
     * The language of {@code file}: {@code lang} when given (from {@code --lang}), else its extension; a file
     * no language claims is an {@link PackageException} naming the supported ones.
     */
    public static Language of(Path file, String lang) {
        if (lang != null && !lang.isBlank()) {
            return named(lang);
        }
        Language language = byExtension(file);
        if (language == null && !Files.isRegularFile(file)) {
            // A missing file or a folder: reading it says so, which is the more useful message.
            return java();
        }
        if (language == null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot <= 0) {
                return java(); // LeetCode's default, and what a file without an extension most often holds
            }
            String other = OTHER_LANGUAGES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            throw new PackageException(file + ": " + (other != null ? "a " + other + " file, which this judge does"
                    + " not judge" : "cannot tell the language from the file name") + "; expected one of "
                    + all().stream().flatMap(l -> l.extensions().stream()).collect(Collectors.joining(", "))
                    + " (supported languages: " + names() + "), or say it with --lang");
        }
        return language;
    }

    /** The language a source was read as. */
    public static Language of(Source source) {
        return named(source.language());
    }

    /** Reads {@code file} as a source of its language ({@link #of(Path, String)}). */
    public static Source read(Path file, String lang) {
        return of(file, lang).read(file);
    }

    /** Reads {@code file} as a source of the language its extension names. */
    public static Source read(Path file) {
        return read(file, null);
    }


    /**
     * Why a solution in {@code language} must not run under {@code sandbox}, or {@code null} when it may: a
     * language that {@linkplain Language#needsOsSandbox needs the OS sandbox} runs without it only when the user
     * said so ({@code allowUnsandboxed}, from {@code --allow-unsandboxed}) or turned the sandbox off on purpose
     * ({@code JUDGE_SANDBOX=none}).
     */
    public static String refusal(Language language, Sandbox sandbox, boolean allowUnsandboxed) {
        if (!language.needsOsSandbox() || sandbox.isolated() || allowUnsandboxed
                || sandbox.setting().trim().equalsIgnoreCase("none")) {
            return null;
        }
        return language.title() + " solutions run only under the OS sandbox (bubblewrap), which is not active"
                + " here: " + language.title() + " code is not checked before it runs, so without the sandbox it"
                + " could read and change your files, start processes and use the network. Install bubblewrap"
                + " (see ./judge doctor), or pass --allow-unsandboxed (or set JUDGE_SANDBOX=none) to run code you"
                + " trust anyway";
    }
}
