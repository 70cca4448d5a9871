package judge.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import judge.TestPackages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's round trip through the page alone, in Debian's headless Chromium driven by its chromedriver:
 * the list, 76 with a wrong solution (Run: Wrong Answer on the failing example), fixed (Submit: Accepted), 76
 * solved in the list and today in the heatmap, the statement in Chinese, a solution's {@code <script>} output
 * shown as text; and the same round trip on a design problem (146). On the way: the editor's highlighting and
 * the progress the page shows while a judging runs. Skipped where chromium or chromedriver is missing
 * ({@code apt-get install chromium chromium-driver}).
 *
 * <p>Screenshots go to the test's temporary folder, or to {@code -Djudge.screenshots=DIR} (how
 * docs/images/ was made).
 */
class ServePageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Judging on a loaded machine: generous, since only the verdict is asserted, never the time. */
    private static final Duration JUDGING = Duration.ofMinutes(5);

    @TempDir static Path dir;
    static ServeFixture serve;
    static WebDriver browser;
    static Path shots;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are not installed");
        serve = new ServeFixture(dir);
        String wanted = System.getProperty("judge.screenshots");
        shots = wanted == null || wanted.isBlank() ? dir.resolve("screenshots") : Path.of(wanted);
        Files.createDirectories(shots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,900", "--user-data-dir=" + dir.resolve("chromium-profile"), "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    private static WebElement waitFor(By by, Duration timeout) {
        return new WebDriverWait(browser, timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static WebElement waitFor(By by) {
        return waitFor(by, Duration.ofSeconds(60));
    }

    private static void waitForText(By by, String text, Duration timeout) {
        new WebDriverWait(browser, timeout).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Puts {@code code} in the editor as the page's own input would (long sources: typing them is slow). */
    private static void setEditor(String code) {
        WebElement editor = waitFor(By.id("editor"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", editor, code);
    }

    private static String verdictAfter(String button) {
        browser.findElement(By.id(button)).click();
        // the panel first says Judging...; the verdict replaces it
        new WebDriverWait(browser, JUDGING).until(d -> !d.findElements(By.id("verdict")).isEmpty()
                || !d.findElements(By.cssSelector("#result #error")).isEmpty());
        if (!browser.findElements(By.cssSelector("#result #error")).isEmpty()) {
            throw new AssertionError("the page showed an error: " + browser.findElement(By.cssSelector("#result #error"))
                    .getText());
        }
        return browser.findElement(By.id("verdict")).getText();
    }

    /** Starts noting every text the panel shows while a judging runs (the progress the events drive). */
    private static void watchProgress() {
        ((JavascriptExecutor) browser).executeScript("window.progressSeen = [];"
                + "new MutationObserver(() => { const p = document.getElementById('pending');"
                + " if (p) window.progressSeen.push(p.textContent); })"
                + ".observe(document.getElementById('result'), {subtree: true, childList: true, characterData: true});");
    }

    @SuppressWarnings("unchecked")
    private static List<String> progressSeen() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return window.progressSeen;");
    }

    /** The texts the editor's highlighting shows as {@code kind} ({@code keyword}, {@code string}...). */
    private static List<String> highlighted(String kind) {
        return browser.findElements(By.cssSelector("#highlight .tok-" + kind)).stream().map(WebElement::getText)
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(name + ".png"), png);
    }

    private static int todaysJudgings() {
        browser.get(serve.server.url().toString().replace("/?token=" + serve.server.token(), "/#/progress"));
        String today = LocalDate.now(ZoneId.systemDefault()).toString();
        WebElement day = waitFor(By.cssSelector("#heatmap .day[data-date='" + today + "']"));
        return Integer.parseInt(day.getAttribute("data-count"));
    }

    @Test
    void aLearnersRoundTripThroughThePageAlone() throws IOException {
        browser.get(serve.server.url().toString());
        assertFalse(browser.getCurrentUrl().contains("token="), "the token leaves the address bar");
        WebElement row = waitFor(By.id("problem-76"));
        assertFalse(row.findElement(By.cssSelector("td.status")).getText().contains("solved"));
        screenshot("serve-list");
        int before = todaysJudgings();

        browser.get(browser.getCurrentUrl().replace("#/progress", "#/"));
        waitFor(By.cssSelector("#problem-76 a.title")).click();
        waitForText(By.id("problem-title"), "76. Minimum Window Substring", Duration.ofSeconds(60));
        WebElement editor = waitFor(By.id("editor"));
        assertTrue(highlighted("keyword").containsAll(List.of("class", "public")), "the stub is highlighted: "
                + highlighted("keyword"));
        editor.clear();
        editor.sendKeys("class Solution {\n    public String minWindow(String s, String t) {\n        return t;\n"
                + "    }\n}\n");
        assertEquals("Wrong Answer", verdictAfter("run"));
        assertTrue(browser.findElement(By.id("input")).getText().contains("\"ADOBECODEBANC\""),
                "the failing example's input");
        assertEquals("\"BANC\"", browser.findElement(By.id("expected")).getText());
        assertEquals("\"ABC\"", browser.findElement(By.id("output")).getText());
        screenshot("serve-wrong-answer");

        setEditor(TestPackages.read(TestPackages.P76.resolve("reference/Solution.java")));
        assertTrue(highlighted("comment").stream().anyMatch(c -> c.startsWith("/**") && c.endsWith("*/")
                && c.contains("\n")), "a Javadoc is one comment over its lines: " + highlighted("comment"));
        watchProgress();
        assertEquals("Accepted", verdictAfter("submit"));
        List<String> progress = progressSeen();
        assertTrue(progress.stream().anyMatch(t -> t.equals("Compiling…") || t.equals("Running…")
                || t.matches("Running: \\d+ / \\d+ testcases") || t.startsWith("Property phase")),
                "the panel showed the judging's progress: " + progress);
        assertTrue(browser.findElement(By.id("passed")).getText().matches("(\\d+) / \\1 testcases passed.*"),
                browser.findElement(By.id("passed")).getText());
        screenshot("serve-accepted");
        assertTrue(Files.readString(serve.workspace.resolve("0076-minimum-window-substring/Solution.java"))
                .contains("minWindow"), "the editor saved to the file judge new writes");

        browser.findElement(By.id("lang-zh")).click();
        waitForText(By.id("problem-title"), "最小覆盖子串", Duration.ofSeconds(30));
        assertTrue(browser.findElement(By.id("statement")).getText().contains("给定两个字符串"));
        assertTrue(browser.findElement(By.id("editor")).getAttribute("value").contains("minWindow"),
                "switching the language keeps the editor");
        screenshot("serve-problem-zh");
        browser.findElement(By.id("lang-en")).click();

        setEditor("class Solution {\n    public String minWindow(String s, String t) {\n"
                + "        System.out.println(\"<script>alert(1)</script>\");\n        return \"\";\n    }\n}\n");
        assertEquals("Wrong Answer", verdictAfter("run"));
        assertEquals("<script>alert(1)</script>", browser.findElement(By.id("stdout")).getText());
        assertTrue(highlighted("string").contains("\"<script>alert(1)</script>\""), "the editor shows it as text too");
        assertTrue(browser.findElements(By.cssSelector("#highlight script")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#result script")).isEmpty());
        try {
            browser.switchTo().alert();
            throw new AssertionError("the solution's output ran as a script");
        } catch (NoAlertPresentException expected) {
            // shown as text
        }

        browser.findElement(By.id("nav-problems")).click();
        waitForText(By.cssSelector("#problem-76 td.status"), "solved", Duration.ofSeconds(60));
        assertTrue(todaysJudgings() >= before + 3, "run, submit and run are today's judgings");
        screenshot("serve-progress");
    }

    @Test
    void theRoundTripOnADesignProblem() {
        browser.get(serve.server.url().toString());
        WebElement row = waitFor(By.id("problem-146"));
        assertFalse(row.findElement(By.cssSelector("td.status")).getText().contains("solved"));
        row.findElement(By.cssSelector("a.title")).click();
        waitForText(By.id("problem-title"), "146. LRU Cache", Duration.ofSeconds(60));
        assertTrue(browser.findElement(By.id("editor")).getAttribute("value").contains("class LRUCache"),
                "the stub of judge new");
        assertTrue(browser.findElement(By.id("statement")).getText().contains("LRUCache"), "the statement");

        setEditor(TestPackages.read(TestPackages.PROBLEMS.resolve(
                "0146-lru-cache/submissions/wrong_answer/GetDoesNotRefresh.java")));
        assertEquals("Wrong Answer", verdictAfter("run"));
        String input = browser.findElement(By.id("input")).getText();
        assertTrue(input.contains("\"LRUCache\"") && input.contains("\"put\""), "the failing example's calls: " + input);
        String expected = browser.findElement(By.id("expected")).getText();
        assertTrue(expected.startsWith("[null,null,null,1,null,-1"), expected);
        assertFalse(expected.equals(browser.findElement(By.id("output")).getText()), "the output differs");

        setEditor(TestPackages.read(TestPackages.PROBLEMS.resolve("0146-lru-cache/reference/Solution.java")));
        assertEquals("Accepted", verdictAfter("submit"));
        assertTrue(browser.findElement(By.id("passed")).getText().matches("(\\d+) / \\1 testcases passed.*"),
                browser.findElement(By.id("passed")).getText());

        browser.findElement(By.id("nav-problems")).click();
        waitForText(By.cssSelector("#problem-146 td.status"), "solved", Duration.ofSeconds(60));
    }
}
