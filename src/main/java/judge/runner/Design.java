package judge.runner;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import judge.value.Value;

/**
 * The solution's class of a design problem, resolved once: its constructor and methods, found by name and
 * by the parameter types the problem declares (the configuration lists them as
 * {@code [["LRUCache", "int"], ["get", "int"], ["put", "int", "int"]]}, the constructor first). The compile
 * step has already checked that each exists; an overload of another arity or type is left alone.
 */
final class Design {
    private final Constructor<?> constructor;
    private final Map<String, Method> methods = new HashMap<>();

    private Design(Constructor<?> constructor) {
        this.constructor = constructor;
    }

    static Design load(Class<?> type, List<Value> members) throws NoSuchMethodException {
        List<String> ctor = strings(members.get(0));
        Constructor<?> found = null;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (matches(c, ctor)) {
                found = c;
            }
        }
        if (found == null) {
            throw new NoSuchMethodException(type.getName() + "(" + String.join(", ", ctor.subList(1, ctor.size())) + ")");
        }
        found.setAccessible(true);
        Design design = new Design(found);
        for (Value member : members.subList(1, members.size())) {
            List<String> m = strings(member);
            Method method = Stream.of(type.getDeclaredMethods())
                    .filter(x -> x.getName().equals(m.get(0)) && !x.isBridge() && !x.isSynthetic() && matches(x, m))
                    .findFirst().orElseThrow(() -> new NoSuchMethodException(m.get(0)));
            method.setAccessible(true);
            design.methods.put(m.get(0), method);
        }
        return design;
    }

    private static boolean matches(Executable e, List<String> member) {
        Type[] types = e.getGenericParameterTypes();
        if (types.length != member.size() - 1 || e.isVarArgs()) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            if (!javaName(types[i]).equals(member.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** A type as a problem spells it: {@code int[]}, {@code List<Integer>}, {@code String}. */
    static String javaName(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? javaName(c.getComponentType()) + "[]" : c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return javaName(p.getRawType()) + Stream.of(p.getActualTypeArguments()).map(Design::javaName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof GenericArrayType g) {
            return javaName(g.getGenericComponentType()) + "[]";
        }
        return type.getTypeName();
    }

    private static List<String> strings(Value member) {
        return ((Value.Arr) member).items().stream().map(v -> ((Value.Str) v).value()).toList();
    }

    /** One test's operations, resolved and with their arguments converted, ready to run. */
    record Calls(Constructor<?> constructor, List<String> names, List<Method> methods, List<Object[]> args) {
        int size() {
            return names.size();
        }

        String name(int i) {
            return names.get(i);
        }

        Method method(int i) {
            return methods.get(i);
        }

        Object[] arguments(int i) {
            return args.get(i);
        }
    }

    /** Resolves {@code [operations, arguments]}; the judge has validated both against the problem. */
    Calls prepare(List<Value> input) {
        List<Value> ops = ((Value.Arr) input.get(0)).items();
        List<Value> argLists = ((Value.Arr) input.get(1)).items();
        List<String> names = new ArrayList<>(ops.size());
        List<Method> resolved = new ArrayList<>(ops.size());
        List<Object[]> args = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            String name = ((Value.Str) ops.get(i)).value();
            Executable target = i == 0 ? constructor : methods.get(name);
            if (target == null) {
                throw new IllegalArgumentException("unknown operation " + name);
            }
            List<Value> values = ((Value.Arr) argLists.get(i)).items();
            Type[] types = target.getGenericParameterTypes();
            Object[] converted = new Object[types.length];
            for (int j = 0; j < types.length; j++) {
                converted[j] = Convert.toJava(values.get(j), types[j]);
            }
            names.add(name);
            resolved.add(i == 0 ? null : (Method) target);
            args.add(converted);
        }
        return new Calls(constructor, names, resolved, args);
    }
}
