package javafx.util;

import java.util.Objects;

/**
 * The {@code Pair} that LeetCode's Java environment offers without an import (it comes from JavaFX there).
 * The judge compiles every solution with {@code import javafx.util.*;} in front, so that code written for
 * LeetCode, with or without {@code import javafx.util.Pair;}, compiles unchanged. A solution that declares its
 * own {@code Pair} keeps it: an on-demand import never shadows a class of the solution's own file.
 */
public class Pair<K, V> {
    private final K key;
    private final V value;

    public Pair(K key, V value) {
        this.key = key;
        this.value = value;
    }

    public K getKey() {
        return key;
    }

    public V getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pair<?, ?> p && Objects.equals(key, p.key) && Objects.equals(value, p.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key) * 13 + Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
