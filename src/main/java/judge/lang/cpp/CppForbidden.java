package judge.lang.cpp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import judge.compile.CompileError;
import judge.problem.ForbiddenCpp;

/**
 * The C++ identifiers a package forbids ({@link ForbiddenCpp}), found in a source outside its comments and
 * string and character literals: one Compile Error per identifier, at its first use, with the package's reason.
 */
final class CppForbidden {
    private CppForbidden() {}

    static List<CompileError> check(String text, List<ForbiddenCpp> forbidden) {
        if (forbidden.isEmpty()) {
            return List.of();
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        forbidden.forEach(f -> reasons.putIfAbsent(f.identifier(), f.reason()));
        List<CompileError> errors = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == 'R' && i + 1 < n && text.charAt(i + 1) == '"' && (i == 0 || !isPart(text.charAt(i - 1)))) {
                int open = text.indexOf('(', i + 2);
                String close = open < 0 ? null : ")" + text.substring(i + 2, open) + "\"";
                int end = close == null ? -1 : text.indexOf(close, open + 1);
                i = end < 0 ? n : end + close.length();
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && isPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                String reason = reasons.remove(word);
                if (reason != null) {
                    errors.add(at(text, start, word + " is not allowed in this problem: " + reason));
                }
            } else if (Character.isDigit(c)) {
                while (i < n && (isPart(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '\'')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return errors;
    }

    /** {@code message} at offset {@code at} of {@code text}: its line and column from 1, and the line itself. */
    private static CompileError at(String text, int at, String message) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        long line = 1 + text.substring(0, at).chars().filter(ch -> ch == '\n').count();
        return new CompileError(line, at - lineStart + 1, message,
                text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
    }

    private static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
