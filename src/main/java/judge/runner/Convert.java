package judge.runner;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
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

    /** More nodes than any input has: a list or tree this big returned by a solution has a cycle. */
    private static final int MAX_NODES = 2_000_000;

    static Object toJava(Value value, Type type) {
        if (type instanceof Class<?> c) {
            if (value instanceof Value.Null && !c.isPrimitive()) {
                return null;
            }
            if (c.getName().equals("ListNode")) {
                return list(((Value.Arr) value).items(), c);
            }
            if (c.getName().equals("TreeNode")) {
                return tree(((Value.Arr) value).items(), c);
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
            if (c == float.class || c == Float.class) {
                return value instanceof Value.Int i ? (float) i.value() : (float) ((Value.Dbl) value).value();
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

    private static Object list(List<Value> values, Class<?> type) {
        try {
            Field next = field(type, "next");
            Object head = null;
            for (int i = values.size() - 1; i >= 0; i--) {
                Object node = node(type, values.get(i));
                next.set(node, head);
                head = node;
            }
            return head;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a ListNode: " + e, e);
        }
    }

    /** Builds a tree from level order: each non-null node takes the next two entries as its children. */
    private static Object tree(List<Value> values, Class<?> type) {
        if (values.isEmpty() || values.get(0) instanceof Value.Null) {
            return null;
        }
        try {
            Field left = field(type, "left");
            Field right = field(type, "right");
            Object root = node(type, values.get(0));
            java.util.ArrayDeque<Object> parents = new java.util.ArrayDeque<>();
            parents.add(root);
            int i = 1;
            while (i < values.size() && !parents.isEmpty()) {
                Object parent = parents.poll();
                for (Field side : new Field[] {left, right}) {
                    if (i < values.size()) {
                        Value v = values.get(i++);
                        if (!(v instanceof Value.Null)) {
                            Object child = node(type, v);
                            side.set(parent, child);
                            parents.add(child);
                        }
                    }
                }
            }
            return root;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a TreeNode: " + e, e);
        }
    }

    private static Object node(Class<?> type, Value value) throws ReflectiveOperationException {
        java.lang.reflect.Constructor<?> make = type.getDeclaredConstructor(int.class);
        make.setAccessible(true);
        return make.newInstance(Math.toIntExact(((Value.Int) value).value()));
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Value listValue(Object head) throws IllegalAccessException, NoSuchFieldException {
        Field val = field(head.getClass(), "val");
        Field next = field(head.getClass(), "next");
        List<Value> items = new ArrayList<>();
        for (Object n = head; n != null; n = next.get(n)) {
            if (items.size() >= MAX_NODES) {
                throw new IllegalArgumentException("the returned list has more than " + MAX_NODES
                        + " nodes: it has a cycle");
            }
            items.add(new Value.Int(val.getInt(n)));
        }
        return new Value.Arr(items);
    }

    /** Level order with null for a missing child, trailing nulls trimmed: LeetCode's way of writing a tree. */
    private static Value treeValue(Object root) throws IllegalAccessException, NoSuchFieldException {
        Field val = field(root.getClass(), "val");
        Field left = field(root.getClass(), "left");
        Field right = field(root.getClass(), "right");
        List<Value> items = new ArrayList<>();
        java.util.ArrayDeque<Object> queue = new java.util.ArrayDeque<>();
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        items.add(new Value.Int(val.getInt(root)));
        queue.add(root);
        seen.add(root);
        while (!queue.isEmpty()) {
            Object n = queue.poll();
            for (Field side : new Field[] {left, right}) {
                Object child = side.get(n);
                if (child == null) {
                    items.add(Value.Null.INSTANCE);
                } else {
                    if (!seen.add(child) || seen.size() > MAX_NODES) {
                        throw new IllegalArgumentException("the returned tree is not a tree: a node is reached twice");
                    }
                    items.add(new Value.Int(val.getInt(child)));
                    queue.add(child);
                }
            }
        }
        int end = items.size();
        while (end > 0 && items.get(end - 1) instanceof Value.Null) {
            end--;
        }
        return new Value.Arr(items.subList(0, end));
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

    /** A returned {@code null} of these types is the empty list or tree, which LeetCode writes {@code []}. */
    static boolean isNode(Class<?> type) {
        return type.getName().equals("ListNode") || type.getName().equals("TreeNode");
    }

    /**
     * How much of the output limit a returned value may still fill, in characters of its LeetCode form
     * (roughly: a string's length, a number's digits, a separator per item); converting stops with
     * {@link TooLarge} as soon as it is spent, so a 30 MB string or an endless lazy list never grows the
     * runner's memory or the judge's report.
     */
    static final class Budget {
        private long left;

        Budget(long limit) {
            this.left = limit;
        }

        void spend(long chars) {
            left -= chars;
            if (left < 0) {
                throw new TooLarge();
            }
        }
    }

    /** The returned value is over the output limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("the returned value is over the output limit", null, false, false);
        }
    }

    /** Values nested deeper than this are not LeetCode values (nor readable by the judge). */
    static final int MAX_DEPTH = 1000;

    static Value toValue(Object object) {
        return toValue(object, new Budget(Long.MAX_VALUE));
    }

    static Value toValue(Object object, Budget budget) {
        return toValue(object, budget, 0);
    }

    private static Value toValue(Object object, Budget budget, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("it is nested deeper than " + MAX_DEPTH + " levels");
        }
        budget.spend(1);
        if (object == null) {
            budget.spend(4);
            return Value.Null.INSTANCE;
        }
        if (object instanceof String s) {
            budget.spend(s.length() + 2L);
            return new Value.Str(s);
        }
        if (object instanceof Integer || object instanceof Long || object instanceof Short || object instanceof Byte) {
            budget.spend(20);
            return new Value.Int(((Number) object).longValue());
        }
        if (object instanceof Double || object instanceof Float) {
            budget.spend(24);
            return new Value.Dbl(((Number) object).doubleValue());
        }
        if (object instanceof Boolean b) {
            budget.spend(5);
            return new Value.Bool(b);
        }
        if (object instanceof Character c) {
            budget.spend(3);
            return new Value.Str(String.valueOf(c));
        }
        String className = object.getClass().getName();
        if (className.equals("ListNode") || className.equals("TreeNode")) {
            try {
                Value nodes = className.equals("ListNode") ? listValue(object) : treeValue(object);
                budget.spend(((Value.Arr) nodes).items().size() * 12L);
                return nodes;
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot read the returned " + className + ": " + e);
            }
        }
        if (object.getClass().isArray()) {
            int n = Array.getLength(object);
            List<Value> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(toValue(Array.get(object, i), budget, depth + 1));
            }
            return new Value.Arr(items);
        }
        if (object instanceof Collection<?> collection) {
            // Not sized by collection.size(): the solution's own collection may say anything.
            List<Value> items = new ArrayList<>();
            for (Object item : collection) {
                items.add(toValue(item, budget, depth + 1));
            }
            return new Value.Arr(items);
        }
        throw new IllegalArgumentException("the solution returned a " + className + ", which has no LeetCode format");
    }
}
