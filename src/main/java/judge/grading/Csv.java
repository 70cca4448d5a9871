package judge.grading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import judge.problem.PackageException;

/**
 * RFC 4180 CSV: fields separated by commas, optionally in double quotes (a quote inside written twice), rows by
 * CRLF or LF. Reads manifests; {@link #field} writes the CSV report.
 */
public final class Csv {
    private Csv() {}

    public static List<List<String>> parse(String text, Path shown) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                    i++;
                    if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                        throw new PackageException(shown + ":" + line + ": expected a comma or the end of the line"
                                + " after a closing quote");
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append(c);
                i++;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
            } else {
                field.append(c);
                any = true;
                i++;
            }
        }
        if (quoted) {
            throw new PackageException(shown + ":" + line + ": a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** One field as CSV writes it: quoted when it holds a comma, a quote or a line break. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
