package judge.report;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import judge.compile.CompileError;
import judge.grading.Grade;
import judge.grading.GradeReport;
import judge.grading.Skipped;
import judge.judging.Result;
import judge.judging.TestResult;
import judge.judging.Verdict;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML, the test report format GitHub (through report actions), GitLab and Jenkins all render: the shape
 * Ant and Maven Surefire write ({@code testsuites > testsuite > testcase > failure|error|skipped}).
 *
 * <p>For grading, a test suite per student and a test case per problem; a rejected submission is a
 * {@code failure} (its verdict as the type, a one-line summary as the message, the failing input and outputs
 * in the body), an Internal Error is an {@code error}, and skipped files are {@code skipped} cases of a suite
 * of their own. For one submission ({@code submit --junit-xml}), a suite for the problem and a case per test
 * that ran. Output carries no timestamps, so the same grades always give the same file.
 */
public final class JUnitXml {
    private JUnitXml() {}

    public static String render(GradeReport report) {
        return write(w -> {
            Map<String, List<Grade>> byStudent = new TreeMap<>();
            report.grades().forEach(g -> byStudent.computeIfAbsent(g.student(), s -> new ArrayList<>()).add(g));
            w.start("testsuites");
            w.attribute("name", "judge grade" + (report.shard() == null ? "" : " (shard " + report.shard() + ")"));
            int errors = report.internalErrors().size();
            attributes(w, report.grades().size() + report.skipped().size(), report.rejected() - errors, errors,
                    report.skipped().size(), report.grades().stream().mapToDouble(Grade::runtimeMs).sum());
            for (Map.Entry<String, List<Grade>> e : byStudent.entrySet()) {
                List<Grade> grades = e.getValue();
                long failures = grades.stream().filter(g -> !g.verdict().isAccepted()
                        && g.verdict() != Verdict.INTERNAL_ERROR).count();
                long suiteErrors = grades.stream().filter(g -> g.verdict() == Verdict.INTERNAL_ERROR).count();
                w.start("testsuite");
                w.attribute("name", e.getKey());
                attributes(w, grades.size(), (int) failures, (int) suiteErrors, 0,
                        grades.stream().mapToDouble(Grade::runtimeMs).sum());
                for (Grade g : grades) {
                    w.start("testcase");
                    w.attribute("classname", e.getKey());
                    w.attribute("name", g.problemId() + ". " + g.problemTitle());
                    w.attribute("file", g.file());
                    w.attribute("time", seconds(g.runtimeMs()));
                    if (!g.verdict().isAccepted()) {
                        w.start(g.verdict() == Verdict.INTERNAL_ERROR ? "error" : "failure");
                        w.attribute("type", g.verdict().code());
                        w.attribute("message", g.summary());
                        w.text(details(g));
                        w.end();
                    }
                    w.end();
                }
                w.end();
            }
            if (!report.skipped().isEmpty()) {
                w.start("testsuite");
                w.attribute("name", "skipped files");
                attributes(w, report.skipped().size(), 0, 0, report.skipped().size(), 0);
                for (Skipped s : report.skipped()) {
                    w.start("testcase");
                    w.attribute("classname", "skipped files");
                    w.attribute("name", s.path());
                    w.attribute("time", "0.000");
                    w.start("skipped");
                    w.attribute("message", s.reason());
                    w.end();
                    w.end();
                }
                w.end();
            }
            w.end();
        });
    }

    /** One submission: a suite named after the problem, a case per test that ran. */
    public static String render(Result r) {
        return write(w -> {
            String suite = r.problem().id() + ". " + r.problem().title();
            boolean internal = r.verdict() == Verdict.INTERNAL_ERROR;
            w.start("testsuites");
            w.attribute("name", "judge " + r.mode());
            int cases = Math.max(1, r.tests().size());
            int failures = !r.verdict().isAccepted() && !internal ? 1 : 0;
            attributes(w, cases, failures, internal ? 1 : 0, 0, r.runtimeMs());
            w.start("testsuite");
            w.attribute("name", suite);
            attributes(w, cases, failures, internal ? 1 : 0, 0, r.runtimeMs());
            if (r.tests().isEmpty()) {
                // Nothing ran: the source did not compile, or the judge could not judge.
                w.start("testcase");
                w.attribute("classname", r.problem().slug());
                w.attribute("name", internal ? "judge" : "compile");
                w.attribute("file", r.sourceFile());
                w.attribute("time", "0.000");
                if (!r.verdict().isAccepted()) {
                    w.start(internal ? "error" : "failure");
                    w.attribute("type", r.verdict().code());
                    w.attribute("message", r.verdict().title() + (r.shownMessage() == null ? ""
                            : ": " + r.shownMessage()));
                    StringBuilder body = new StringBuilder();
                    for (CompileError e : r.compileErrors()) {
                        body.append(r.sourceFile()).append(':').append(e.line()).append(':').append(e.column())
                                .append(": ").append(e.message()).append('\n');
                    }
                    w.text(body.toString());
                    w.end();
                }
                w.end();
            }
            for (TestResult t : r.tests()) {
                w.start("testcase");
                w.attribute("classname", r.problem().slug());
                w.attribute("name", t.name());
                w.attribute("file", r.sourceFile());
                w.attribute("time", seconds(t.runtimeMs() == null ? 0 : t.runtimeMs()));
                if (!t.verdict().isAccepted()) {
                    w.start(t.verdict() == Verdict.INTERNAL_ERROR ? "error" : "failure");
                    w.attribute("type", t.verdict().code());
                    w.attribute("message", t.verdict().title() + (t.message() == null ? ""
                            : ": " + firstLine(t.message())));
                    w.text(failureBody(t.input(), t.expected(), t.output(), t.message()));
                    w.end();
                }
                w.end();
            }
            w.end();
            w.end();
        });
    }

    private static String details(Grade g) {
        StringBuilder b = new StringBuilder(g.summary()).append('\n');
        for (CompileError e : g.compileErrors()) {
            b.append(g.file()).append(':').append(e.line()).append(':').append(e.column()).append(": ")
                    .append(e.message()).append('\n');
        }
        if (g.failure() != null) {
            b.append("test: ").append(g.failure().test()).append('\n');
            b.append(failureBody(g.failure().input(), g.failure().expected(), g.failure().output(),
                    g.failure().message()));
        } else if (g.message() != null && g.compileErrors().isEmpty() && !g.summary().endsWith(firstLine(g.message()))) {
            b.append(g.message()).append('\n');
        }
        return b.toString();
    }

    private static String failureBody(List<String> input, String expected, String output, String message) {
        StringBuilder b = new StringBuilder();
        if (!input.isEmpty()) {
            b.append("input:\n");
            input.forEach(line -> b.append("  ").append(line).append('\n'));
        }
        if (expected != null) {
            b.append("expected: ").append(expected).append('\n');
        }
        if (output != null) {
            b.append("output:   ").append(output).append('\n');
        }
        if (message != null) {
            b.append(message).append('\n');
        }
        return b.toString();
    }

    private static void attributes(Xml w, int tests, int failures, int errors, int skipped, double ms)
            {
        w.attribute("tests", String.valueOf(tests));
        w.attribute("failures", String.valueOf(failures));
        w.attribute("errors", String.valueOf(errors));
        w.attribute("skipped", String.valueOf(skipped));
        w.attribute("time", seconds(ms));
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private interface Body {
        void write(Xml w);
    }

    private static String write(Body body) {
        Xml xml = new Xml();
        body.write(xml);
        return xml.toString();
    }

    /** A DOM document built element by element, printed indented; the DOM takes care of escaping. */
    private static final class Xml {
        private final Document document;
        private final ArrayDeque<Element> open = new ArrayDeque<>();

        Xml() {
            try {
                document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        void start(String name) {
            Element element = document.createElement(name);
            if (open.isEmpty()) {
                document.appendChild(element);
            } else {
                open.peek().appendChild(element);
            }
            open.push(element);
        }

        /** Every attribute is one line of {@link HostileText}: inert, and text XML 1.0 can hold. */
        void attribute(String name, String value) {
            open.peek().setAttribute(name, HostileText.line(value == null ? "" : value));
        }

        /** Every body is a block of {@link HostileText}: lines kept, controls escaped. */
        void text(String text) {
            open.peek().appendChild(document.createTextNode(HostileText.block(text == null ? "" : text)));
        }

        void end() {
            open.pop();
        }

        @Override
        public String toString() {
            try {
                Transformer t = TransformerFactory.newInstance()
                        .newTransformer();
                t.setOutputProperty(OutputKeys.INDENT, "yes");
                t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
                StringWriter text = new StringWriter();
                t.transform(new DOMSource(document),
                        new StreamResult(text));
                return text.toString().stripTrailing() + "\n";
            } catch (TransformerException e) {
                throw new IllegalStateException("cannot write JUnit XML", e);
            }
        }
    }
}
