package judge.practice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TextFiles;

/** A problem's statement in a language, rendered for a terminal. */
public final class Statements {
    public enum Lang { en, zh }

    private Statements() {}

    /** The first of {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} that is set: Chinese for {@code zh*}. */
    public static Lang language(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                return v.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? Lang.zh : Lang.en;
            }
        }
        return Lang.en;
    }

    /** {@code statement.zh.md} for Chinese, {@code statement.md} for English. */
    public static Path file(Problem problem, Lang lang) {
        return problem.dir().resolve(lang == Lang.zh ? "statement.zh.md" : "statement.md");
    }

    public static boolean exists(Problem problem, Lang lang) {
        return Files.isRegularFile(file(problem, lang));
    }

    /** The statement, its title followed by the difficulty and tags. */
    public static String render(Problem problem, Lang lang, int width, Style style) {
        Path file = file(problem, lang);
        String markdown = TextFiles.readUtf8(file, ProblemLoader.shown(file));
        StringBuilder meta = new StringBuilder(style.difficulty(problem.difficulty(), problem.difficulty()));
        int used = problem.difficulty().length();
        for (int i = 0; i < problem.tags().size(); i++) {
            String tag = problem.tags().get(i);
            String sep = i == 0 ? "   " : " · ";
            if (used + sep.length() + tag.length() > width && i > 0) {
                meta.append("\n");
                used = 0;
                sep = "";
            }
            meta.append(sep).append(style.dim(tag));
            used += sep.length() + tag.length();
        }
        String body = markdown.stripLeading();
        StatementRenderer renderer = new StatementRenderer(width, style);
        if (body.startsWith("# ")) {
            int end = body.indexOf('\n');
            String heading = end < 0 ? body : body.substring(0, end);
            String rest = end < 0 ? "" : body.substring(end + 1);
            return renderer.render(heading) + meta + "\n\n" + renderer.render(rest);
        }
        return meta + "\n\n" + renderer.render(body);
    }
}
