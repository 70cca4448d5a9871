package judge.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A study plan: a named, ordered list of problems in sections ({@code plans/sliding-window.json}). Its name is
 * its file's name; titles and the description are given in English and Chinese.
 */
public record Plan(String name, Text title, Text description, List<Section> sections) {
    public Plan {
        sections = List.copyOf(sections);
    }

    /** A text in English and Chinese. */
    public record Text(String en, String zh) {
        public String in(String lang) {
            return lang.equals("zh") ? zh : en;
        }
    }

    /** A part of a plan: its title and its problems, in the order to do them. */
    public record Section(Text title, List<Entry> problems) {
        public Section {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One problem of a plan, named by its number and its slug: the slug makes a mistyped number an error when
     * the number is bundled, and names the problem when it is not (yet).
     */
    public record Entry(int id, String slug) {}

    /** Every problem of the plan, in order. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.problems()));
        return all;
    }
}
