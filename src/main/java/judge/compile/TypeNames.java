package judge.compile;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a type as a problem spells it ({@code List<List<Integer>>}, {@code int[]}, {@code TreeNode}) into javac's
 * model of that type, so that a solution's return type can be compared with it by Java's own assignment rules.
 */
final class TypeNames {
    private TypeNames() {}

    /** javac's type for {@code name}, or {@code null} when it names no type this compilation knows. */
    static TypeMirror parse(Elements elements, Types types, String name) {
        String s = name.strip();
        if (s.endsWith("[]")) {
            TypeMirror component = parse(elements, types, s.substring(0, s.length() - 2));
            return component == null ? null : types.getArrayType(component);
        }
        for (TypeKind kind : TypeKind.values()) {
            if (kind.isPrimitive() && kind.name().toLowerCase(java.util.Locale.ROOT).equals(s)) {
                return types.getPrimitiveType(kind);
            }
        }
        int open = s.indexOf('<');
        String raw = open < 0 ? s : s.substring(0, open);
        TypeElement element = element(elements, raw);
        if (element == null) {
            return null;
        }
        if (open < 0) {
            return types.getDeclaredType(element);
        }
        if (!s.endsWith(">")) {
            return null;
        }
        List<TypeMirror> arguments = new ArrayList<>();
        for (String argument : splitTopLevel(s.substring(open + 1, s.length() - 1))) {
            TypeMirror t = parse(elements, types, argument);
            if (t == null || t.getKind().isPrimitive()) {
                return null;
            }
            arguments.add(t);
        }
        if (arguments.size() != element.getTypeParameters().size()) {
            return null;
        }
        return types.getDeclaredType(element, arguments.toArray(TypeMirror[]::new));
    }

    private static TypeElement element(Elements elements, String raw) {
        if (raw.contains(".")) {
            return elements.getTypeElement(raw);
        }
        for (String prefix : List.of("java.lang.", "java.util.", "")) {
            TypeElement e = elements.getTypeElement(prefix + raw);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static List<String> splitTopLevel(String arguments) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        out.add(arguments.substring(start));
        return out;
    }
}
