package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StopGateTest {
    @Test
    void whatIsPrintedBeforeTheStopPassesAndNothingAfterItButLastWords() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StopGate gate = new StopGate(bytes, StandardCharsets.UTF_8);
        PrintStream out = gate.printer();
        out.println("judging 76 ✓");
        out.print("progress");
        gate.shut();
        out.println("Internal Error   76. Minimum Window Substring");
        out.write('x');
        out.flush();
        StopGate.lastWords(out, "Stopped serving.");

        assertEquals("judging 76 ✓" + System.lineSeparator() + "progressStopped serving." + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void lastWordsOnAStreamWithoutAGateArePrintedPlainly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StopGate.lastWords(new PrintStream(bytes, true, StandardCharsets.UTF_8), "Stopped watching a.java.");

        assertEquals("Stopped watching a.java." + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void thePrinterWritesInTheGatesCharset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new StopGate(bytes, StandardCharsets.ISO_8859_1).printer().print("é");

        assertEquals(1, bytes.size());
        assertEquals((byte) 0xE9, bytes.toByteArray()[0]);
    }
}
