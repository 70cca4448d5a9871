package judge.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The framing of the channel between the judge and the runner.
 *
 * <p>Judge to runner, on the child's stdin: {@code <length>\n<payload>}. Runner to judge, on the child's
 * stdout: {@code \u0001J<nonce> <length>\n<payload>\u0001E<nonce>\n}. The nonce is a per-run secret the
 * solution never learns, so whatever it prints (even straight to file descriptor 1) cannot pass for a frame;
 * the trailer makes any bytes it manages to interleave into a real frame detectable. Payloads are values in
 * LeetCode's format, UTF-8.
 */
public final class Frames {
    public static final int MAX_INPUT_FRAME = 256 << 20;
    static final String HEADER = "\u0001J";
    static final String TRAILER = "\u0001E";

    private Frames() {}

    public static byte[] request(String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        byte[] head = (body.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[head.length + body.length];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(body, 0, frame, head.length, body.length);
        return frame;
    }

    /** Reads one request frame; {@code null} at the end of the stream. */
    static String readRequest(InputStream in) throws IOException {
        int length = 0;
        int digits = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (digits == 0) {
                    return null;
                }
                throw new IOException("the stream ended inside a frame header");
            }
            if (b == '\n') {
                break;
            }
            if (b < '0' || b > '9' || ++digits > 10) {
                throw new IOException("malformed frame header");
            }
            length = length * 10 + (b - '0');
            if (length > MAX_INPUT_FRAME) {
                throw new IOException("frame too large");
            }
        }
        byte[] body = in.readNBytes(length);
        if (body.length != length) {
            throw new IOException("the stream ended inside a frame");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    static byte[] response(String nonce, String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
        out.writeBytes((HEADER + nonce + " " + body.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes((TRAILER + nonce + "\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
