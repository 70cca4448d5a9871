package judge.compile;

/**
 * A small lexical scan of a Java compilation unit, just enough to find the {@code package} declaration and
 * the public top-level type: it skips comments, string, character and text-block literals, and counts braces.
 */
record JavaScan(int packageStart, int packageEnd, String publicType) {

    static JavaScan of(String text) {
        int packageStart = -1;
        int packageEnd = -1;
        String publicType = null;
        int depth = 0;
        boolean sawPublic = false;
        boolean firstToken = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                firstToken = false;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                firstToken = false;
            } else if (c == '{') {
                depth++;
                i++;
                sawPublic = false;
            } else if (c == '}') {
                depth--;
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (depth == 0) {
                    if (firstToken && word.equals("package")) {
                        int semi = text.indexOf(';', i);
                        packageStart = start;
                        packageEnd = semi < 0 ? n : semi + 1;
                        i = packageEnd;
                    } else if (word.equals("public")) {
                        sawPublic = true;
                    } else if (sawPublic && publicType == null && isTypeKeyword(word)) {
                        int s = skipSpace(text, i);
                        int e = s;
                        while (e < n && Character.isJavaIdentifierPart(text.charAt(e))) {
                            e++;
                        }
                        if (e > s) {
                            publicType = text.substring(s, e);
                        }
                        sawPublic = false;
                    }
                }
                firstToken = false;
            } else {
                if (c == ';') {
                    sawPublic = false;
                }
                if (!Character.isWhitespace(c) && c != '@') {
                    firstToken = false;
                }
                i++;
            }
        }
        return new JavaScan(packageStart, packageEnd, publicType);
    }

    private static boolean isTypeKeyword(String word) {
        return word.equals("class") || word.equals("interface") || word.equals("enum") || word.equals("record");
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
