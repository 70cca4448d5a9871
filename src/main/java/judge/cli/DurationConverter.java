package judge.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people write them: {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h}, or plain seconds. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text);
            }
            if (t.endsWith("s")) {
                return positive(Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000)), text);
            }
            if (t.endsWith("m")) {
                return positive(Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60)), text);
            }
            if (t.endsWith("h")) {
                return positive(Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 3600)), text);
            }
            return positive(Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000)), text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a duration; write for example 30s, 2m, 500ms");
        }
    }

    private static Duration positive(Duration d, String text) {
        if (d.isNegative() || d.isZero()) {
            throw new TypeConversionException("'" + text + "' is not a positive duration");
        }
        return d;
    }
}
