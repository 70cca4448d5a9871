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
        String[] lines = text.split("\n", -1);
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == 'R' && i + 1 < n && text.charAt(i + 1) == '"' && (i == 0 || !isPart(text.charAt(i - 1)))) {
                int open = text.indexOf('(', i + 2);
                String close = open < 0 ? null : ")" + text.substring(i + 2, open) + "\"";
                int end = close == null ? -1 : text.indexOf(close, open + 1);
                end = end < 0 ? n : end + close.length();
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
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
                    errors.add(new CompileError(line, start - lineStart + 1, word + " is not allowed in this problem: "
                            + reason, line - 1 < lines.length ? lines[line - 1] : ""));
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

    private static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
