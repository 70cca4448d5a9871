package judge.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import judge.practice.StatementRenderer;
import judge.practice.Style;
import judge.practice.Terminal;
import judge.report.JsonOutput;

/** {@code judge plan}'s output: the list of plans, or one plan, as text for a person or as JSON. */
public final class PlanReport {
    private static final ObjectMapper MAPPER = JsonOutput.pretty();
    private static final int BAR = 20;

    private PlanReport() {}

    /** One line per plan: its name, title and progress. */
    public static String list(List<PlanProgress> plans, String lang, Style style) {
        if (plans.isEmpty()) {
            return "";
        }
        int nameWidth = 4;
        int titleWidth = 5;
        for (PlanProgress p : plans) {
            nameWidth = Math.max(nameWidth, p.plan().name().length());
            titleWidth = Math.max(titleWidth, Terminal.width(p.plan().title().in(lang)));
        }
        StringBuilder out = new StringBuilder(style.bold(Terminal.pad("Plan", nameWidth) + "  "
                + Terminal.pad("Title", titleWidth) + "  Solved")).append('\n');
        for (PlanProgress p : plans) {
            out.append(Terminal.pad(p.plan().name(), nameWidth)).append("  ")
                    .append(Terminal.pad(p.plan().title().in(lang), titleWidth)).append("  ")
                    .append(Terminal.pad(solved(p.solved(), p.total()), 9)).append("  ").append(bar(p.solved(), p.total(), style));
            if (p.notBundled() > 0) {
                out.append("  ").append(style.dim("(" + p.notBundled() + " not bundled)"));
            }
            out.append('\n');
        }
        out.append('\n').append("judge plan NAME shows a plan's sections, each problem's status and the next one to"
                + " do.\n");
        return out.toString();
    }

    /** One plan: its title, description, progress, next problem and each section's problems with their status. */
    public static String show(PlanProgress p, String lang, int width, Style style) {
        StringBuilder out = new StringBuilder();
        StatementRenderer renderer = new StatementRenderer(width, style);
        out.append(renderer.render("# " + p.plan().title().in(lang) + " (" + p.plan().name() + ")"));
        if (!p.plan().description().in(lang).isEmpty()) {
            out.append('\n').append(renderer.render(p.plan().description().in(lang)));
        }
        out.append('\n');
        if (p.solved() == null) {
            out.append(p.total()).append(p.total() == 1 ? " problem" : " problems").append(" (statuses unknown)");
        } else {
            out.append(style.bold("Solved " + p.solved() + " of " + p.total())).append("  ")
                    .append(bar(p.solved(), p.total(), style)).append("  ").append(p.attempted()).append(" attempted");
        }
        if (p.notBundled() > 0) {
            out.append(", ").append(p.notBundled()).append(" not bundled in this judge");
        }
        out.append('\n');
        if (p.next() != null) {
            PlanProgress.Item n = p.next();
            out.append("Next: ").append(style.bold(n.entry().id() + ". " + title(n, lang))).append(" (")
                    .append(n.problem().difficulty()).append("): judge show ").append(n.entry().id())
                    .append(", judge new ").append(n.entry().id()).append('\n');
        } else if (p.complete() && p.total() > 0) {
            out.append(style.green("Plan complete: every problem of it is solved.")).append('\n');
        }
        int idWidth = 2;
        int titleWidth = 5;
        for (PlanProgress.Item item : items(p)) {
            idWidth = Math.max(idWidth, String.valueOf(item.entry().id()).length());
            titleWidth = Math.max(titleWidth, Terminal.width(title(item, lang)));
        }
        int number = 0;
        for (PlanProgress.SectionProgress s : p.sections()) {
            number++;
            out.append('\n').append(style.bold(number + ". " + s.section().title().in(lang)));
            out.append("   ").append(solved(s.solved(), s.total())).append('\n');
            for (PlanProgress.Item item : s.items()) {
                String label = Terminal.pad(item.status().label(), 12);
                out.append("   ").append(item.status() == PlanProgress.Status.NOT_BUNDLED
                        || item.status() == PlanProgress.Status.UNKNOWN ? style.dim(label)
                                : style.verdict(item.status().name(), label)).append(' ')
                        .append(" ".repeat(idWidth - String.valueOf(item.entry().id()).length()))
                        .append(item.entry().id()).append("  ");
                if (item.problem() == null) {
                    out.append(style.dim(item.entry().slug()));
                } else {
                    out.append(Terminal.pad(title(item, lang), titleWidth)).append("  ")
                            .append(style.difficulty(item.problem().difficulty(),
                                    Terminal.pad(item.problem().difficulty(), 6)));
                    if (item == p.next()) {
                        out.append("  ").append(style.yellow("<- next"));
                    }
                }
                out.append('\n');
            }
        }
        return stripTrailingSpaces(out.toString());
    }

    /** {@code judge plan --format json}. */
    public static String listJson(List<PlanProgress> plans, String lang) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        ArrayNode array = root.putArray("plans");
        for (PlanProgress p : plans) {
            summary(array.addObject(), p, lang);
        }
        return write(root);
    }

    /** {@code judge plan NAME --format json}. */
    public static String showJson(PlanProgress p, String lang) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        summary(root, p, lang);
        root.put("description", p.plan().description().in(lang));
        ArrayNode sections = root.putArray("sections");
        for (PlanProgress.SectionProgress s : p.sections()) {
            ObjectNode node = sections.addObject();
            node.put("title", s.section().title().in(lang));
            putCount(node, "solved", s.solved());
            node.put("total", s.total());
            ArrayNode problems = node.putArray("problems");
            for (PlanProgress.Item item : s.items()) {
                item(problems.addObject(), item, lang);
            }
        }
        return write(root);
    }

    private static void summary(ObjectNode node, PlanProgress p, String lang) {
        node.put("name", p.plan().name());
        node.put("title", p.plan().title().in(lang));
        putCount(node, "solved", p.solved());
        putCount(node, "attempted", p.attempted());
        node.put("total", p.total());
        node.put("notBundled", p.notBundled());
        if (p.next() == null) {
            node.putNull("next");
        } else {
            item(node.putObject("next"), p.next(), lang);
        }
    }

    private static void item(ObjectNode node, PlanProgress.Item item, String lang) {
        node.put("id", item.entry().id());
        node.put("slug", item.entry().slug());
        if (item.problem() == null) {
            node.putNull("title");
            node.putNull("difficulty");
        } else {
            node.put("title", title(item, lang));
            node.put("difficulty", item.problem().difficulty());
        }
        node.put("status", item.status().label());
    }

    private static void putCount(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PlanProgress.Item> items(PlanProgress p) {
        return p.sections().stream().flatMap(s -> s.items().stream()).toList();
    }

    private static String title(PlanProgress.Item item, String lang) {
        if (item.problem() == null) {
            return item.entry().slug();
        }
        return lang.equals("zh") ? item.problem().titleZh() : item.problem().title();
    }

    private static String solved(Integer solved, int total) {
        return (solved == null ? "?" : String.valueOf(solved)) + " / " + total;
    }

    private static String bar(Integer solved, int total, Style style) {
        int filled = solved == null || total == 0 ? 0 : Math.round((float) BAR * solved / total);
        return style.green("#".repeat(filled)) + style.dim(".".repeat(BAR - filled));
    }

    private static String stripTrailingSpaces(String s) {
        return s.replaceAll("(?m)[ \\t]+$", "");
    }
}
