package judge.serve;

import java.util.List;
import judge.practice.Statements;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TextFiles;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A statement's Markdown as HTML for the page, by CommonMark. HTML written in the Markdown is escaped (shown as
 * text) and link targets other than http, https and mailto are dropped, so a package's statement cannot put
 * a script in the page.
 */
public final class StatementHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private StatementHtml() {}

    /** The statement in {@code lang} as HTML, or {@code null} when the package has none in that language. */
    public static String render(Problem problem, Statements.Lang lang) {
        if (!Statements.exists(problem, lang)) {
            return null;
        }
        java.nio.file.Path file = Statements.file(problem, lang);
        return markdown(TextFiles.readUtf8(file, ProblemLoader.shown(file)));
    }

    /** {@code markdown} as HTML, raw HTML escaped. */
    public static String markdown(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
