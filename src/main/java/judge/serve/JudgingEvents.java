package judge.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The progress of the server's judgings, for {@code GET /api/events} (server-sent events): every open stream
 * hears every event, as one line of JSON. Publishing never blocks a judging: a stream that does not keep up
 * loses events rather than slowing the judge down.
 */
final class JudgingEvents {
    /** Streams open at once: each holds one of the server's threads while it is open. */
    static final int MAX_STREAMS = 4;
    private static final int BACKLOG = 1000;
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private final Set<BlockingQueue<String>> streams = ConcurrentHashMap.newKeySet();

    /** A new stream's queue of events, or {@code null} when {@link #MAX_STREAMS} are open already. */
    synchronized BlockingQueue<String> open() {
        if (streams.size() >= MAX_STREAMS) {
            return null;
        }
        BlockingQueue<String> q = new ArrayBlockingQueue<>(BACKLOG);
        streams.add(q);
        return q;
    }

    synchronized void close(BlockingQueue<String> stream) {
        streams.remove(stream);
    }

    /** Sends {@code event} to every open stream. */
    void publish(ObjectNode event) {
        if (streams.isEmpty()) {
            return;
        }
        String line;
        try {
            line = COMPACT.writeValueAsString(event); // one line: a newline in a string is escaped
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (BlockingQueue<String> q : streams) {
            q.offer(line);
        }
    }

    static ObjectNode event(String name) {
        return COMPACT.createObjectNode().put("event", name);
    }
}
