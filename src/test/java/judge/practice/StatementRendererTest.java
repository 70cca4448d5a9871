package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementRendererTest {
    static String plain(String md, int width) {
        return new StatementRenderer(width, Style.PLAIN).render(md);
    }

    @Test
    void paragraphsAreJoinedAndWrappedAtSpaces() {
        assertEquals("alpha beta gamma\ndelta epsilon\n", plain("alpha beta\ngamma delta epsilon", 20));
        assertEquals("aaaa bbbb cccc dddd\neeee\n", plain("aaaa bbbb cccc dddd eeee", 20));
    }

    @Test
    void markersAreRemovedWhenPlainAndStyledInColour() {
        assertEquals("A covers t, and x.\n", plain("A **covers** `t`, and *x*.", 40));
        assertEquals("A \u001b[1mcovers it\u001b[0m \u001b[36mt\u001b[0m\n",
                new StatementRenderer(40, new Style(true)).render("A **covers it** `t`"));
        assertEquals("a ** b\n", plain("a ** b", 40), "a marker without its pair is text");
    }

    @Test
    void chineseBreaksBetweenCharactersCountingTwoColumnsEachButNeverBeforePunctuation() {
        // 12 wide characters = 24 columns; at width 20 a line holds 10 columns' worth of them.
        String out = plain("一二三四五六七八九十，一二", 20);
        assertEquals("一二三四五六七八九\n十，一二\n", out, "the comma stays with the character before it");
        assertEquals("给定 s 和 t，长度\n", plain("给定 `s` 和\n`t`，长度", 40), "a space before code stays");
        assertEquals("子串中，t 里的字符\n", plain("子串中，\n`t` 里的字\n符", 40), "Chinese lines join without a space");
    }

    @Test
    void headingsCodeBlocksAndLists() {
        String md = "# 76. Title\n\nText.\n\n```\nInput: s = \"a\"   t\n```\n\n- one\n- two two two two two two two\n1. first\n";
        assertEquals("76. Title\n=========\n\nText.\n\n    Input: s = \"a\"   t\n\n  - one\n  - two two two two two\n"
                + "    two two\n  1. first\n", plain(md, 26));
    }

    @Test
    void aCodeLineWiderThanTheTerminalIsWrappedUnderItsStart() {
        assertEquals("    Explanation: aaaa\n      bbbb\n", plain("```\nExplanation: aaaa bbbb\n```", 22));
    }

    @Test
    void wideCharactersAreTwoColumns() {
        assertEquals(4, Terminal.width("最小"));
        assertEquals(2, Terminal.width("，"));
        assertEquals(3, Terminal.width("a\u001b[1mb\u001b[0mc"));
    }

    @Test
    void languageComesFromTheLocale() {
        assertEquals(Statements.Lang.zh, Statements.language(Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals(Statements.Lang.en, Statements.language(Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Statements.Lang.zh, Statements.language(Map.of("LC_ALL", "zh_TW", "LANG", "en_US")));
        assertEquals(Statements.Lang.en, Statements.language(Map.of("LC_ALL", "C", "LANG", "zh_CN")));
        assertEquals(Statements.Lang.en, Statements.language(Map.of()));
    }

    @Test
    void colourFollowsTheModeNoColorAndTheTerminal() {
        assertEquals(true, Style.resolve(Style.Mode.auto, Map.of(), true).color());
        assertEquals(false, Style.resolve(Style.Mode.auto, Map.of("NO_COLOR", "1"), true).color());
        assertEquals(true, Style.resolve(Style.Mode.auto, Map.of("NO_COLOR", ""), true).color(),
                "an empty NO_COLOR does not count");
        assertEquals(false, Style.resolve(Style.Mode.auto, Map.of("TERM", "dumb"), true).color());
        assertEquals(false, Style.resolve(Style.Mode.auto, Map.of(), false).color());
        assertEquals(true, Style.resolve(Style.Mode.always, Map.of("NO_COLOR", "1"), false).color());
        assertEquals(false, Style.resolve(Style.Mode.never, Map.of(), true).color());
    }

    @Test
    void widthComesFromColumns() {
        assertEquals(120, Terminal.width(Map.of("COLUMNS", "120"), false));
        assertEquals(80, Terminal.width(Map.of("COLUMNS", "x"), false));
        assertEquals(80, Terminal.width(Map.of(), false));
    }
}
