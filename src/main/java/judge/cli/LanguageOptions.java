package judge.cli;

import java.nio.file.Path;
import judge.compile.Source;
import judge.lang.Language;
import judge.lang.Languages;
import judge.sandbox.Sandbox;
import picocli.CommandLine.Option;

/**
 * The options of every command that judges a user's source: its language ({@code --lang}, else the file's
 * extension), and whether a language that needs the OS sandbox may run without it.
 */
final class LanguageOptions {
    @Option(names = "--lang", paramLabel = "LANG", description = "The source's language (java, python); by default"
            + " its file extension says.")
    String lang;

    @Option(names = "--allow-unsandboxed", description = "Run a Python solution even without the OS sandbox"
            + " (bubblewrap): only for code you trust.")
    boolean allowUnsandboxed;

    /** The language of {@code file}. */
    Language language(Path file) {
        return Languages.of(file, lang);
    }

    /**
     * Reads {@code file} in its language, refusing (a usage error) a language that needs the OS sandbox when it
     * is not active and the user did not allow it.
     */
    Source read(Path file) {
        Language language = language(file);
        check(language);
        return language.read(file);
    }

    /** Refuses {@code language} without the OS sandbox unless allowed (see {@link Languages#refusal}). */
    void check(Language language) {
        String refusal = Languages.refusal(language, Sandbox.current(), allowUnsandboxed);
        if (refusal != null) {
            throw new JudgeCommand.UsageException(refusal);
        }
    }
}
