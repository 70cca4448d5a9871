package judge.runner;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import judge.value.Value;

/** Turns LeetCode values into the Java arguments a method declares, and its return value back into a value. */
final class Convert {
    private Convert() {}

    static Object toJava(Value value, Type type) {
        if (type instanceof Class<?> c) {
            if (value instanceof Value.Null && !c.isPrimitive()) {
                return null;
            }
            if (c == String.class) {
                return ((Value.Str) value).value();
            }
            if (c == int.class || c == Integer.class) {
                return Math.toIntExact(((Value.Int) value).value());
            }
            if (c == long.class || c == Long.class) {
                return ((Value.Int) value).value();
            }
            if (c == double.class || c == Double.class) {
                return value instanceof Value.Int i ? (double) i.value() : ((Value.Dbl) value).value();
            }
            if (c == boolean.class || c == Boolean.class) {
                return ((Value.Bool) value).value();
            }
            if (c == char.class || c == Character.class) {
                return ((Value.Str) value).value().charAt(0);
            }
            if (c.isArray()) {
                List<Value> items = ((Value.Arr) value).items();
                Object array = Array.newInstance(c.getComponentType(), items.size());
                for (int i = 0; i < items.size(); i++) {
                    Array.set(array, i, toJava(items.get(i), c.getComponentType()));
                }
                return array;
            }
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type element = p.getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (Value item : ((Value.Arr) value).items()) {
                list.add(toJava(item, element));
            }
            return list;
        }
        if (type instanceof GenericArrayType g) {
            List<Value> items = ((Value.Arr) value).items();
            Class<?> raw = rawClass(g.getGenericComponentType());
            Object array = Array.newInstance(raw, items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, toJava(items.get(i), g.getGenericComponentType()));
            }
            return array;
        }
        throw new IllegalArgumentException("the runner cannot pass a " + type.getTypeName());
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    static Value toValue(Object object) {
        if (object == null) {
            return Value.Null.INSTANCE;
        }
        if (object instanceof String s) {
            return new Value.Str(s);
        }
        if (object instanceof Integer || object instanceof Long || object instanceof Short || object instanceof Byte) {
            return new Value.Int(((Number) object).longValue());
        }
        if (object instanceof Double || object instanceof Float) {
            return new Value.Dbl(((Number) object).doubleValue());
        }
        if (object instanceof Boolean b) {
            return new Value.Bool(b);
        }
        if (object instanceof Character c) {
            return new Value.Str(String.valueOf(c));
        }
        if (object.getClass().isArray()) {
            int n = Array.getLength(object);
            List<Value> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(toValue(Array.get(object, i)));
            }
            return new Value.Arr(items);
        }
        if (object instanceof Collection<?> collection) {
            List<Value> items = new ArrayList<>(collection.size());
            for (Object item : collection) {
                items.add(toValue(item));
            }
            return new Value.Arr(items);
        }
        throw new IllegalArgumentException("the solution returned a " + object.getClass().getName()
                + ", which has no LeetCode format");
    }
}
